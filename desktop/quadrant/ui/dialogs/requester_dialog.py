"""Requesters: one manager's details and working agreements, and the list of all of them.

The agreements text is what the ``{agreement}`` placeholder quotes in a
reply ("new requests after 3 pm are planned for the next day"), so the
dialog says so where it is typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.task import MAX_NAME_CHARS, Requester
from quadrant.services.requesters import MAX_EMAIL_CHARS, MAX_ROLE_CHARS

SaveRequester = Callable[[Requester], str | None]
"""Saves the requester (new when its id is None); None on success, else why not."""


class RequesterDialog(QDialog):
    """Edits one requester; OK saves through ``save`` and stays open when that fails."""

    def __init__(self, save: SaveRequester, requester: Requester, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self._requester = requester
        self.setObjectName("requester_dialog")
        self.setWindowTitle(
            self.tr("Requester") if requester.id is not None else self.tr("New requester")
        )
        self.setMinimumWidth(480)
        self.name = QLineEdit(requester.name)
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setAccessibleName(self.tr("Name"))
        self.email = QLineEdit(requester.email)
        self.email.setMaxLength(MAX_EMAIL_CHARS)
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.email.setPlaceholderText(self.tr("Used as the recipient when a reply opens in mail"))
        self.role = QLineEdit(requester.role)
        self.role.setMaxLength(MAX_ROLE_CHARS)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setPlaceholderText(self.tr("e.g. Director, Finance manager"))
        self.agreements = QPlainTextEdit(requester.agreements)
        self.agreements.setAccessibleName(self.tr("Working agreements"))
        self.agreements.setTabChangesFocus(True)
        self.agreements.setPlaceholderText(
            self.tr("What counts as urgent for this person, expected response times, …")
        )
        hint = QLabel(self.tr("Replies quote this text where a template says {agreement}."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Agreements:"), self.agreements)
        form.addRow("", hint)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._on_name_text_changed)
        self._on_name_text_changed()

    def requester(self) -> Requester:
        """The requester with the fields as typed."""
        return Requester(
            id=self._requester.id,
            name=self.name.text(),
            email=self.email.text(),
            role=self.role.text(),
            agreements=self.agreements.toPlainText(),
            created_at=self._requester.created_at,
        )

    def _on_name_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        """Save; close only when it worked."""
        problem = self._save(self.requester())
        if problem is None:
            super().accept()
            return
        self.error.setText(problem)
        self.error.show()


class RequestersDialog(QDialog):
    """Every requester, to look up and edit their details and agreements."""

    def __init__(
        self,
        load: Callable[[], Sequence[Requester]],
        edit: Callable[[Requester, QWidget], RequesterDialog],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._edit = edit
        self.setObjectName("requesters_dialog")
        self.setWindowTitle(self.tr("Requesters"))
        self.resize(560, 420)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Requesters"))
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Details of the selected requester"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setAccessibleName(self.tr("New requester"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit requester"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.new_button)
        side.addWidget(self.edit_button)
        side.addWidget(self.details, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemActivated.connect(self._on_edit_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the requesters again, keeping (or moving) the selection."""
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.list.clear()
        for requester in self._load():
            item = QListWidgetItem(requester.name)
            item.setData(Qt.ItemDataRole.UserRole, requester)
            self.list.addItem(item)
            if requester.id == wanted:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._on_list_current_item_changed()

    def selected(self) -> Requester | None:
        """The requester under the cursor."""
        item = self.list.currentItem()
        requester = item.data(Qt.ItemDataRole.UserRole) if item else None
        return requester if isinstance(requester, Requester) else None

    def _on_list_current_item_changed(self, *_args: object) -> None:
        requester = self.selected()
        self.edit_button.setEnabled(requester is not None)
        if requester is None:
            self.details.setText(self.tr("No requesters yet."))
            return
        lines = [requester.name]
        lines += [text for text in (requester.role, requester.email) if text]
        if requester.agreements:
            lines += ["", self.tr("Agreements:"), requester.agreements]
        self.details.setText("\n".join(lines))

    def _on_new_clicked(self) -> None:
        dialog = self._edit(Requester(name=""), self)
        dialog.finished.connect(lambda _code: self.reload())

    def _on_edit_clicked(self, *_args: object) -> None:
        requester = self.selected()
        if requester is not None:
            dialog = self._edit(requester, self)
            dialog.finished.connect(lambda _code: self.reload(requester.id))

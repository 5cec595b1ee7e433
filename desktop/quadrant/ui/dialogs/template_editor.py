"""The template editor: fields, a placeholder palette, and validation while typing.

A placeholder error names its line and column; "Go to problem" puts the
cursor there, so a typo such as ``{taak}`` is found without hunting.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
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

from quadrant.domain.errors import ValidationError
from quadrant.domain.placeholders import PLACEHOLDERS, PlaceholderError, validate
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import MAX_NAME_CHARS, Template
from quadrant.ui.dialogs.reply_widgets import PLACEHOLDER_PATTERN, PatternHighlighter
from quadrant.ui.errors import user_message
from quadrant.ui.reply_labels import kind_label, language_label, tone_label

PLACEHOLDER_COLOUR = "#cfe3ff"


class TemplateEditor(QWidget):
    """Edits one template's fields; the manager decides what saving means.

    Signals:
        changed(): a field changed (the manager enables Save).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template: Template | None = None
        self._loading = False
        self._problem: tuple[QWidget, int] | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setAccessibleName(self.tr("Template name"))
        self.kind = self._combo(self.tr("Kind of reply"), [(kind_label(k), k) for k in ReplyKind])
        self.tone = self._combo(self.tr("Tone"), [(tone_label(t), t) for t in Tone])
        self.language = self._combo(
            self.tr("Language"), [(language_label(lang), lang) for lang in Language]
        )
        labels_row = QHBoxLayout()
        for widget in (self.kind, self.tone, self.language):
            labels_row.addWidget(widget, 1)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setTabChangesFocus(True)
        self._highlighter = PatternHighlighter(
            self.body.document(), PLACEHOLDER_PATTERN, PLACEHOLDER_COLOUR
        )
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. workload, meetings"))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem in the template"))
        self.go_to_problem = QPushButton(self.tr("&Go to problem"))
        self.go_to_problem.setAccessibleName(self.tr("Go to the problem in the template"))
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.go_to_problem)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("For:"), labels_row)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("Te&xt:"), self.body)
        form.addRow(self.tr("T&ags:"), self.tags)
        left = QVBoxLayout()
        left.addWidget(self.note)
        left.addLayout(form, 1)
        left.addLayout(problem_row)
        self._columns = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(self._build_palette(), 1)
        self._target: QLineEdit | QPlainTextEdit = self.body
        self._connect()
        self.load(None)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_palette(self) -> QVBoxLayout:
        self.placeholder_list = QListWidget()
        self.placeholder_list.setAccessibleName(self.tr("Placeholders"))
        self.placeholder_list.setAccessibleDescription(
            self.tr("Enter or double-click inserts the placeholder at the cursor.")
        )
        language = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
        for spec in PLACEHOLDERS:
            item = QListWidgetItem("{" + spec.name + "}")
            item.setToolTip(f"{spec.description(language)}\n{spec.example(language)}")
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.placeholder_list.addItem(item)
        # Wide enough for the longest name, so no placeholder hides behind a scroll bar.
        widest = self.placeholder_list.sizeHintForColumn(0)
        self.placeholder_list.setFixedWidth(widest + 2 * self.placeholder_list.frameWidth() + 8)
        self.insert_button = QPushButton(self.tr("&Insert placeholder"))
        self.insert_button.setAccessibleName(self.tr("Insert the selected placeholder"))
        self.palette_title = title = QLabel(self.tr("&Placeholders:"))
        title.setBuddy(self.placeholder_list)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(self.placeholder_list, 1)
        column.addWidget(self.insert_button)
        return column

    def _connect(self) -> None:
        for line in (self.name, self.subject, self.tags):
            line.textChanged.connect(self._on_field_changed)
        self.body.textChanged.connect(self._on_field_changed)
        for combo in (self.kind, self.tone, self.language):
            combo.currentIndexChanged.connect(self._on_field_changed)
        self.subject.cursorPositionChanged.connect(lambda *_: self._aim(self.subject))
        self.body.cursorPositionChanged.connect(lambda: self._aim(self.body))
        self.placeholder_list.itemActivated.connect(self._on_palette_item_activated)
        self.insert_button.clicked.connect(self._on_insert_clicked)
        self.go_to_problem.clicked.connect(self._on_go_to_problem_clicked)

    def _aim(self, target: QLineEdit | QPlainTextEdit) -> None:
        self._target = target

    # Loading and reading -----------------------------------------------------

    def load(self, template: Template | None) -> None:
        """Show ``template`` (None: an empty new one)."""
        self._loading = True
        self._template = template
        self.name.setText(template.name if template else "")
        for combo, value in (
            (self.kind, template.kind if template else ReplyKind.DECLINE),
            (self.tone, template.tone if template else Tone.WARM),
            (self.language, template.language if template else Language.NL),
        ):
            combo.setCurrentIndex(combo.findData(value))
        self.subject.setText(template.subject if template else "")
        self.body.setPlainText(template.body if template else "")
        self.tags.setText(", ".join(template.tags) if template else "")
        self.note.setText(
            self.tr("Built-in templates stay as shipped: saving stores your own copy.")
            if template is not None and template.builtin
            else ""
        )
        self.note.setVisible(template is not None and template.builtin)
        self._loading = False
        self.check()

    def set_read_only(self, read_only: bool) -> None:
        """Show without editing: a team pack's template is imported, not changed in place."""
        for line in (self.name, self.subject, self.tags):
            line.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        for combo in (self.kind, self.tone, self.language):
            combo.setEnabled(not read_only)
        # Nothing to insert into: the palette makes room for the list instead.
        for widget in (self.palette_title, self.placeholder_list, self.insert_button):
            widget.setVisible(not read_only)
        self._columns.setStretch(1, 0 if read_only else 1)
        self.check()

    def loaded(self) -> Template | None:
        """The template as it was loaded (None for a new one)."""
        return self._template

    def template(self) -> Template:
        """A template with the fields as typed, keeping the loaded one's identity."""
        base = self._template
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return Template(
            uid=base.uid if base else "",
            name=self.name.text().strip(),
            kind=ReplyKind(self.kind.currentData()),
            tone=Tone(self.tone.currentData()),
            language=Language(self.language.currentData()),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            tags=tags,
            builtin=base.builtin if base else False,
            version=base.version if base else 1,
            id=base.id if base else None,
            pack_uid=base.pack_uid if base else None,
        )

    def is_dirty(self) -> bool:
        """Whether the fields differ from the loaded template."""
        if self._template is None:
            return bool(self.name.text().strip() or self.body.toPlainText().strip())
        return self.template() != self._template

    def check(self) -> bool:
        """Validate the fields and show the first problem; True when the template is valid.

        An untouched new template shows no problem yet, and a read-only one
        (a team pack's, validated when the pack was read) none at all.
        """
        self._problem = None
        message = ""
        if self.body.isReadOnly() or (self._template is None and not self.is_dirty()):
            self.problem.setText("")
            self.go_to_problem.setVisible(False)
            return self._template is not None
        for field, text in (
            (self.subject, self.subject.text()),
            (self.body, self.body.toPlainText()),
        ):
            try:
                validate(text)
            except PlaceholderError as e:
                self._problem = (field, e.offset)
                where = self.tr("Subject") if field is self.subject else self.tr("Text")
                message = f"{where}: {user_message(e)}"
                break
        if not message:
            try:
                candidate = self.template()
                # A new template gets its uid when it is saved; its other rules apply now.
                replace(candidate, uid=candidate.uid or "new").validate()
            except ValidationError as e:
                message = user_message(e)
        self.problem.setText(message)
        self.go_to_problem.setVisible(self._problem is not None)
        return not message

    # Reacting ----------------------------------------------------------------

    def _on_field_changed(self, *_args: object) -> None:
        if not self._loading:
            self.check()
            self.changed.emit()

    def _on_palette_item_activated(self, item: QListWidgetItem) -> None:
        self._insert(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_insert_clicked(self) -> None:
        item = self.placeholder_list.currentItem()
        if item is not None:
            self._insert(str(item.data(Qt.ItemDataRole.UserRole)))

    def _insert(self, name: str) -> None:
        """Put ``{name}`` at the cursor of the subject or text, whichever was used last."""
        if isinstance(self._target, QPlainTextEdit):
            self._target.insertPlainText("{" + name + "}")
        else:
            self._target.insert("{" + name + "}")
        self._target.setFocus()

    def _on_go_to_problem_clicked(self) -> None:
        if self._problem is None:
            return
        field, offset = self._problem
        if isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            cursor.setPosition(_utf16(field.toPlainText(), offset))
            cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
            field.setTextCursor(cursor)
        elif isinstance(field, QLineEdit):
            field.setSelection(_utf16(field.text(), offset), 1)
        field.setFocus()


def _utf16(text: str, offset: int) -> int:
    """A Python character offset as the UTF-16 position Qt counts in (emoji count twice)."""
    return len(text[:offset].encode("utf-16-le")) // 2

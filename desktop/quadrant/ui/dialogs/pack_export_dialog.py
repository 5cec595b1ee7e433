"""The export dialog: which pack (new, or an update of one shared before), its metadata,
whether to strip personal names, and where to write it — as a Quadrant pack or for Espanso.

The dialog only collects; ``submit`` (from ui.pack_actions) writes the file
and returns None, or a message that keeps the dialog open with what she typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.packs import FILE_SUFFIX, PackMetadata, parse_version
from quadrant.services.sharing import new_metadata, next_version


class ExportFormat(Enum):
    """What the export writes."""

    PACK = "pack"  # one .quadrant-pack.json file
    ESPANSO = "espanso"  # an Espanso package folder


@dataclass(frozen=True)
class ExportRequest:
    """Everything the user chose in the dialog."""

    metadata: PackMetadata
    strip_names: bool
    target: Path
    format: ExportFormat
    template_ids: tuple[int, ...]


Submit = Callable[[ExportRequest], str | None]
"""Writes the export; returns None on success or a message saying why it failed."""


class PackExportDialog(QDialog):
    """Collects the metadata of a pack to share."""

    def __init__(
        self,
        submit: Submit,
        scopes: Sequence[tuple[str, Sequence[int]]],
        earlier: Sequence[PackMetadata] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``scopes`` are the choices of templates ("My templates", ids); one is shown fixed."""
        super().__init__(parent)
        self._submit = submit
        self._earlier = list(earlier)
        self.setObjectName("pack_export_dialog")
        self.setWindowTitle(self.tr("Share templates"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Templates to share"))
        for label, ids in scopes:
            self.scope.addItem(label, tuple(ids))
        self.counted = QLabel()
        self.counted.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.scope)
        row.addWidget(self.counted, 1)
        self.scope.setVisible(len(scopes) > 1)
        layout.addLayout(row)
        layout.addLayout(self._build_form())
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_from.currentIndexChanged.connect(self._on_update_from_changed)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.scope.currentIndexChanged.connect(self._on_scope_changed)
        self._on_scope_changed()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.update_from = QComboBox()
        self.update_from.setAccessibleName(self.tr("Pack to write"))
        self.update_from.addItem(self.tr("A new pack"), None)
        for meta in self._earlier:
            label = self.tr("Update “%1” (now %2)").replace("%1", meta.name)
            self.update_from.addItem(label.replace("%2", meta.version), meta.uid)
        self.name = QLineEdit(self.tr("My templates"))
        self.author = QLineEdit()
        self.version = QLineEdit("1.0.0")
        self.version.setAccessibleName(self.tr("Version, as MAJOR.MINOR.PATCH"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.license = QLineEdit("CC-BY-4.0")
        self.strip_names = QCheckBox(self.tr("Replace personal names by placeholders"))
        self.strip_names.setToolTip(
            self.tr(
                "Names of your requesters and your own name in subjects and texts become "
                "{requester}, {requester_first_name} and {my_name}."
            )
        )
        self.format = QComboBox()
        self.format.addItem(self.tr("Quadrant template pack (one file)"), ExportFormat.PACK)
        self.format.addItem(self.tr("Espanso package (a folder)"), ExportFormat.ESPANSO)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Where to write it"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        form.addRow(self.tr("&Pack:"), self.update_from)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Author:"), self.author)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Licence:"), self.license)
        form.addRow("", self.strip_names)
        form.addRow(self.tr("&Format:"), self.format)
        save_in = QLabel(self.tr("&Save in:"))
        save_in.setBuddy(self.target)
        form.addRow(save_in, where)
        return form

    # Reading ---------------------------------------------------------------

    def request(self) -> ExportRequest:
        """What the fields say now (not yet checked)."""
        uid = self.update_from.currentData()
        metadata = new_metadata(
            self.name.text(),
            author=self.author.text(),
            description=self.description.toPlainText(),
            version=self.version.text(),
            license=self.license.text(),
            uid=uid if isinstance(uid, str) else None,
        )
        chosen = self.format.currentData()
        export_format = chosen if isinstance(chosen, ExportFormat) else ExportFormat.PACK
        ids = self.scope.currentData()
        return ExportRequest(
            metadata,
            self.strip_names.isChecked(),
            Path(self.target.text().strip()),
            export_format,
            tuple(ids) if isinstance(ids, tuple) else (),
        )

    def _problem(self, request: ExportRequest) -> str | None:
        if not request.template_ids:
            return self.tr("There are no templates to share here.")
        if not request.metadata.name:
            return self.tr("Give the pack a name.")
        try:
            parse_version(request.metadata.version)
        except ValueError:
            return self.tr("Write the version as three numbers, such as 1.0.0.")
        if not self.target.text().strip():
            return self.tr("Choose where to save it.")
        return None

    # Slots -----------------------------------------------------------------

    def accept(self) -> None:
        request = self.request()
        problem = self._problem(request) or self._submit(request)
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def _on_update_from_changed(self, index: int) -> None:
        if index <= 0:
            return
        earlier = self._earlier[index - 1]
        self.name.setText(earlier.name)
        self.author.setText(earlier.author)
        self.description.setPlainText(earlier.description)
        self.license.setText(earlier.license)
        self.version.setText(next_version(earlier.version))

    def _on_scope_changed(self, *_args: object) -> None:
        count = len(self.request().template_ids)
        text = self.tr("1 template to share.") if count == 1 else self.tr("%1 templates to share.")
        self.counted.setText(text.replace("%1", str(count)))

    def _on_format_changed(self) -> None:
        self.target.clear()

    def _on_browse_clicked(self) -> None:
        if self.request().format is ExportFormat.ESPANSO:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder to put the Espanso package in")
            )
            chosen = folder
        else:
            suggested = (self.name.text().strip() or "templates") + FILE_SUFFIX
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the template pack"),
                suggested,
                self.tr("Template packs (*%1)").replace("%1", FILE_SUFFIX),
            )
        if chosen:
            self.target.setText(chosen)


def with_suffix(path: Path) -> Path:
    """``path`` ending in .quadrant-pack.json, so the team folder and colleagues recognise it."""
    if path.name.lower().endswith(FILE_SUFFIX):
        return path
    return path.with_name(path.name + FILE_SUFFIX)

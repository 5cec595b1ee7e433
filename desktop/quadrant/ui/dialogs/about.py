"""Help → About: the version, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class AboutDialog(QDialog):
    """Shows the version and every folder Quadrant writes to."""

    def __init__(self, locations: dict[str, str], parent: QWidget | None = None) -> None:
        from quadrant import __version__  # read when the dialog opens, not at start-up

        super().__init__(parent)
        self.setWindowTitle(self.tr("About Quadrant"))
        heading = QLabel(self.tr("Quadrant %1").replace("%1", __version__))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        blurb = QLabel(
            self.tr(
                "Prioritise, say no kindly, and reflect on your week. "
                "Everything stays on this computer."
            )
        )
        blurb.setWordWrap(True)
        form = QFormLayout()
        for label, path in locations.items():
            value = QLabel(path)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            form.addRow(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)

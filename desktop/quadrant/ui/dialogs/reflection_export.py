"""The reflection dialog's export row: one button per format, and who the report is for.

Every file is written by ``interop.week_export.export_week``, atomically: a
failed export leaves no partial file. PDF is drawn by ui.pdf, imported on
the first PDF export only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.domain.reflection import IsoWeek
from quadrant.domain.task import Requester
from quadrant.interop.report import ReportOptions, Variant
from quadrant.interop.week_export import ExportFormat, export_week
from quadrant.services.ports import UnitOfWorkFactory
from quadrant.ui.errors import user_message

_SUFFIX = {
    ExportFormat.MARKDOWN: "md",
    ExportFormat.HTML: "html",
    ExportFormat.PDF: "pdf",
    ExportFormat.CSV: "csv",
}


def _native_dialogs() -> bool:
    """Native file dialogs on a real desktop; Qt's own where there is no screen (tests)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


class ExportPanel(QWidget):
    """Buttons that write the week as Markdown, HTML, PDF or CSV.

    Signals:
        exported(object): the file was written (its Path).
        failed(str): the export failed; nothing was written. The text is for the user.
    """

    exported = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        new_uow: UnitOfWorkFactory,
        week: Callable[[], IsoWeek],
        week_start: int,
        requesters: Sequence[Requester],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_panel")
        self._new_uow = new_uow
        self._week = week
        self._week_start = week_start
        self.folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self.file_dialog: QFileDialog | None = None
        self.before_export: Callable[[], bool] = lambda: True
        """Runs first (the dialog saves the answers on screen); False stops the export."""
        self._build(requesters)

    def _build(self, requesters: Sequence[Requester]) -> None:
        self.variant = QComboBox()
        self.variant.setObjectName("export_variant")
        self.variant.setAccessibleName(self.tr("Report for"))
        self.variant.addItem(self.tr("My reflection (everything)"), Variant.REFLECTION)
        self.variant.addItem(self.tr("Value report for my manager"), Variant.VALUE)
        self.variant.setToolTip(
            self.tr("The value report leaves out your answers and the notes in the log.")
        )
        self.hide_names = QCheckBox(self.tr("Hide other requesters' names"))
        self.hide_names.setObjectName("hide_names")
        self.reader = QComboBox()
        self.reader.setObjectName("report_reader")
        self.reader.setAccessibleName(self.tr("Manager the report is for"))
        self.reader.addItem(self.tr("(hide all names)"), None)
        for person in requesters:
            self.reader.addItem(person.name, person.name)
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(1 if QLocale().name().startswith("nl") else 0)
        self.buttons: dict[ExportFormat, QPushButton] = {}
        texts = {
            ExportFormat.MARKDOWN: self.tr("&Markdown…"),
            ExportFormat.HTML: self.tr("&HTML…"),
            ExportFormat.PDF: self.tr("&PDF…"),
            ExportFormat.CSV: self.tr("&CSV (events)…"),
        }
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Export:")))
        for export_format, text in texts.items():
            button = QPushButton(text)
            button.setObjectName(f"export_{export_format.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, f=export_format: self.choose_file(f))
            self.buttons[export_format] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.button_row = buttons  # the dialog adds its Close button at the end
        options = QHBoxLayout()
        options.addWidget(self.variant)
        options.addWidget(self.hide_names)
        options.addWidget(self.reader)
        options.addStretch(1)
        options.addWidget(QLabel(self.tr("Report language:")))
        options.addWidget(self.language)
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        self.status.hide()  # until there is something to say
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.variant.currentIndexChanged.connect(self._on_variant_current_index_changed)
        self.hide_names.toggled.connect(self._on_variant_current_index_changed)
        self._on_variant_current_index_changed()

    # Options -----------------------------------------------------------------

    def options(self) -> ReportOptions:
        """The report options the widgets describe."""
        variant = self.chosen_variant()
        hide = variant is Variant.VALUE and self.hide_names.isChecked()
        return ReportOptions(
            variant=variant,
            language=str(self.language.currentData()),
            hide_other_names=hide,
            for_requester=self.reader.currentData() if hide else None,
        )

    def chosen_variant(self) -> Variant:
        """The report variant chosen (the combo box keeps it as plain text)."""
        return Variant(self.variant.currentData())

    def default_name(self, export_format: ExportFormat) -> str:
        """A file name that says what is in it: "reflection-2026-W47.md"."""
        stem = "reflection" if self.chosen_variant() is Variant.REFLECTION else "value-report"
        if export_format is ExportFormat.CSV:
            stem = "events"
        return f"{stem}-{self._week()}.{_SUFFIX[export_format]}"

    # Exporting ---------------------------------------------------------------

    def choose_file(self, export_format: ExportFormat) -> QFileDialog:
        """Ask where to save (non-blocking); the export runs when a file is chosen."""
        suffix = _SUFFIX[export_format]
        dialog = QFileDialog(
            self,
            self.tr("Export week %1").replace("%1", str(self._week())),
            str(self.folder / self.default_name(export_format)),
            self.tr("%1 files (*.%2)").replace("%1", suffix.upper()).replace("%2", suffix),
        )
        dialog.setObjectName("export_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not _native_dialogs())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(export_format, Path(path)))
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def export_to(self, export_format: ExportFormat, path: Path) -> Path | None:
        """Write the week in ``export_format`` to ``path``; returns the file, or None on failure."""
        self.folder = path.parent
        if not self.before_export():
            self.status.setText(self.tr("Not exported: the answers on screen could not be saved."))
            self.status.show()
            return None
        self.status.setText(self.tr("Exporting…"))
        self.status.show()
        self.status.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = self._export(export_format, path)
        except QuadrantError as e:
            message = user_message(e)
            self.status.setText(message)
            self.failed.emit(message)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Saved to %1").replace("%1", str(written)))
        self.exported.emit(written)
        return written

    def _export(self, export_format: ExportFormat, path: Path) -> Path:
        if export_format is not ExportFormat.PDF:
            return export_week(
                self._new_uow(), self._week(), path, export_format, self.options(),
                week_start=self._week_start,
            )  # fmt: skip
        from quadrant.ui.pdf import paint_chart, pdf_renderer  # Qt's PDF machinery, on demand

        return export_week(
            self._new_uow(), self._week(), path, export_format, self.options(),
            week_start=self._week_start, pdf_renderer=pdf_renderer, chart_painter=paint_chart,
        )  # fmt: skip

    def _on_variant_current_index_changed(self) -> None:
        value = self.chosen_variant() is Variant.VALUE
        self.hide_names.setEnabled(value)
        self.reader.setEnabled(value and self.hide_names.isChecked())

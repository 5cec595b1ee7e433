"""The import preview: every template of a pack with its status, a diff, and a decision.

Everything shown comes from a stranger's file, so every text is plain:
QLabel with Qt.PlainText, QTableWidgetItem text and QPlainTextEdit — never
rich text, never a link. The dialog only collects decisions; applying them
(one transaction, undoable) is ui.pack_actions' job.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.domain.pack_plan import Decision, ImportPlan, ItemStatus, PlanItem, Reason
from quadrant.domain.packs import PackError
from quadrant.domain.templates import Template
from quadrant.ui.diff_view import DiffView
from quadrant.ui.errors import user_message
from quadrant.ui.reply_labels import kind_short, language_label, tone_label

COLUMN_NAME, COLUMN_LANGUAGE, COLUMN_STATUS, COLUMN_DECISION = range(4)
_STATUS_COLOURS = {
    ItemStatus.NEW: QColor(30, 110, 40),
    ItemStatus.CHANGED: QColor(20, 80, 160),
    ItemStatus.IDENTICAL: QColor(110, 110, 110),
    ItemStatus.CONFLICTING: QColor(170, 60, 0),
}


def status_label(item: PlanItem) -> str:
    """The status column's text: what the template is, and why."""
    reasons = {
        Reason.UPDATE: QCoreApplication.translate("PackImportDialog", "Changed: an update"),
        Reason.OLDER: QCoreApplication.translate("PackImportDialog", "Changed: older than yours"),
        Reason.EDITED_HERE: QCoreApplication.translate(
            "PackImportDialog", "Conflict: you edited it"
        ),
        Reason.YOURS: QCoreApplication.translate("PackImportDialog", "Conflict: your own template"),
        Reason.OTHER_PACK: QCoreApplication.translate(
            "PackImportDialog", "Conflict: from another pack"
        ),
        Reason.BUILTIN: QCoreApplication.translate(
            "PackImportDialog", "Conflict: differs from the built-in"
        ),
        Reason.KEPT_EARLIER: QCoreApplication.translate(
            "PackImportDialog", "Identical: kept as a copy earlier"
        ),
        Reason.IN_BIN: QCoreApplication.translate("PackImportDialog", "Identical: in your bin"),
    }
    if item.reason in reasons:
        return reasons[item.reason]
    return {
        ItemStatus.NEW: QCoreApplication.translate("PackImportDialog", "New"),
        ItemStatus.CHANGED: QCoreApplication.translate("PackImportDialog", "Changed"),
        ItemStatus.IDENTICAL: QCoreApplication.translate("PackImportDialog", "Identical"),
        ItemStatus.CONFLICTING: QCoreApplication.translate("PackImportDialog", "Conflict"),
    }[item.status]


def explanation(item: PlanItem) -> str:
    """One or two sentences under the table: what the status means for this template."""
    copy = QCoreApplication.translate(
        "PackImportDialog", "Keep both adds the pack's text as “%1”."
    ).replace("%1", item.copy.name)
    texts = {
        Reason.UPDATE: QCoreApplication.translate(
            "PackImportDialog",
            "The pack changed this template and you did not: replacing updates it.",
        ),
        Reason.OLDER: QCoreApplication.translate(
            "PackImportDialog", "The pack has an older version of this template than you do."
        ),
        Reason.EDITED_HERE: QCoreApplication.translate(
            "PackImportDialog", "You changed this template after importing it."
        )
        + " "
        + copy,
        Reason.YOURS: QCoreApplication.translate(
            "PackImportDialog", "One of your own templates has the same identity."
        )
        + " "
        + copy,
        Reason.OTHER_PACK: QCoreApplication.translate(
            "PackImportDialog", "This template came with another pack."
        )
        + " "
        + copy,
        Reason.BUILTIN: QCoreApplication.translate(
            "PackImportDialog", "A built-in template is never replaced."
        )
        + " "
        + copy,
        Reason.KEPT_EARLIER: QCoreApplication.translate(
            "PackImportDialog", "You kept this text as a copy before; nothing to do."
        ),
        Reason.IN_BIN: QCoreApplication.translate(
            "PackImportDialog", "You have exactly this template, in your bin; nothing to do."
        ),
    }
    if item.reason in texts:
        return texts[item.reason]
    if item.status is ItemStatus.NEW:
        return QCoreApplication.translate(
            "PackImportDialog", "This template is not in your library yet."
        )
    return QCoreApplication.translate(
        "PackImportDialog", "Your library already has exactly this template; nothing to do."
    )


def decision_label(decision: Decision) -> str:
    """What a decision does, in the words of the combo box."""
    return {
        Decision.IMPORT: QCoreApplication.translate("PackImportDialog", "Import"),
        Decision.SKIP: QCoreApplication.translate("PackImportDialog", "Skip"),
        Decision.REPLACE: QCoreApplication.translate("PackImportDialog", "Replace yours"),
        Decision.KEEP_BOTH: QCoreApplication.translate("PackImportDialog", "Keep both"),
    }[decision]


def template_text(template: Template) -> str:
    """A template as the plain text the diff compares: labels, then the body.

    The labels are in the user's language, as in the template manager; the
    body stays in the template's own.
    """
    return "\n".join(
        (
            QCoreApplication.translate("PackImportDialog", "Name: %1").replace("%1", template.name),
            QCoreApplication.translate("PackImportDialog", "Kind: %1 · Tone: %2 · Language: %3")
            .replace("%1", kind_short(template.kind))
            .replace("%2", tone_label(template.tone))
            .replace("%3", language_label(template.language)),
            QCoreApplication.translate("PackImportDialog", "Tags: %1").replace(
                "%1", ", ".join(template.tags)
            ),
            QCoreApplication.translate("PackImportDialog", "Subject: %1").replace(
                "%1", template.subject
            ),
            "",
            template.body,
        )
    )


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class PackImportDialog(QDialog):
    """Shows what importing a pack would do and collects a decision per template.

    Open it with ``open()``; on ``accepted`` read :meth:`decisions`.
    """

    def __init__(
        self,
        plan: ImportPlan,
        left_out: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("pack_import_dialog")
        self.setWindowTitle(self.tr("Import templates"))
        self.resize(1000, 700)
        self.combos: dict[str, QComboBox] = {}
        self.table = self._build_table()
        self.diff = DiffView(self.tr("In your library"), self.tr("In the pack"))
        self.explanation = _plain_label()
        self.explanation.setObjectName("pack_item_explanation")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.explanation)
        lower_layout.addWidget(self.diff, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 380])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for label in self._header(left_out):
            layout.addWidget(label)
        layout.addWidget(splitter, 1)
        self.summary = _plain_label()
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        if plan.items:
            self.table.setCurrentCell(self._first_interesting_row(), COLUMN_NAME)
        self._update_summary()

    # Building --------------------------------------------------------------

    def _header(self, left_out: Sequence[str]) -> list[QLabel]:
        meta = self.plan.pack.metadata
        title = self.tr("“%1”, version %2").replace("%1", meta.name).replace("%2", meta.version)
        if meta.author:
            title += self.tr(", by %1").replace("%1", meta.author)
        self.title = _plain_label(title)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        labels = [self.title]
        installed = self.plan.installed
        if installed is not None:
            note = (
                self.tr("An update: you have version %1.")
                if self.plan.is_update
                else self.tr("You imported version %1 of this pack before.")
            )
            labels.append(_plain_label(note.replace("%1", installed.version)))
        if meta.description:
            self.description = _plain_label(meta.description[:600])
            labels.append(self.description)
        if left_out:
            text = self.tr("Left out (not plain text): %1").replace("%1", "; ".join(left_out))
            labels.append(_plain_label(text[:600]))
        return labels

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(len(self.plan.items), 4)
        table.setObjectName("pack_templates")
        table.setAccessibleName(self.tr("Templates in the pack"))
        table.setHorizontalHeaderLabels(
            [self.tr("Template"), self.tr("Language"), self.tr("Status"), self.tr("Decision")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_LANGUAGE, COLUMN_STATUS, COLUMN_DECISION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, item in enumerate(self.plan.items):
            table.setItem(row, COLUMN_NAME, QTableWidgetItem(item.incoming.name))
            table.setItem(row, COLUMN_LANGUAGE, QTableWidgetItem(item.incoming.language.value))
            status = QTableWidgetItem(status_label(item))
            status.setForeground(QBrush(_STATUS_COLOURS[item.status]))
            table.setItem(row, COLUMN_STATUS, status)
            table.setCellWidget(row, COLUMN_DECISION, self._combo(item))
        return table

    def _combo(self, item: PlanItem) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Decision for %1").replace("%1", item.incoming.name))
        for decision in item.choices:
            combo.addItem(decision_label(decision), decision)
        combo.setCurrentIndex(item.choices.index(item.default))
        combo.setEnabled(len(item.choices) > 1)
        combo.currentIndexChanged.connect(self._update_summary)
        self.combos[item.uid] = combo
        return combo

    def _first_interesting_row(self) -> int:
        for row, item in enumerate(self.plan.items):
            if item.status in (ItemStatus.CHANGED, ItemStatus.CONFLICTING):
                return row
        return 0

    # Reading ---------------------------------------------------------------

    def decisions(self) -> dict[str, Decision]:
        """The decision for every template, by uid."""
        return {uid: Decision(combo.currentData()) for uid, combo in self.combos.items()}

    def set_decision(self, uid: str, decision: Decision) -> None:
        """Choose for one template (as the user would in its combo box)."""
        combo = self.combos[uid]
        combo.setCurrentIndex(combo.findData(decision))

    def row_of(self, uid: str) -> int:
        """The table row of a template."""
        return next(row for row, item in enumerate(self.plan.items) if item.uid == uid)

    def show_item(self, uid: str) -> None:
        """Select a template, showing its diff."""
        self.table.setCurrentCell(self.row_of(uid), COLUMN_NAME)

    # Slots -----------------------------------------------------------------

    def _on_table_current_cell_changed(self, row: int, *_args: int) -> None:
        if not 0 <= row < len(self.plan.items):
            return
        item = self.plan.items[row]
        self.explanation.setText(explanation(item))
        local = item.local.template if item.local is not None else None
        self.diff.show_texts(
            template_text(local) if local is not None else None, template_text(item.incoming)
        )

    def _update_summary(self, *_args: object) -> None:
        chosen = self.decisions()
        counts = {decision: 0 for decision in Decision}
        for decision in chosen.values():
            counts[decision] += 1
        text = (
            self.tr("%1 to import, %2 to replace, %3 to keep both, %4 skipped or identical.")
            .replace("%1", str(counts[Decision.IMPORT]))
            .replace("%2", str(counts[Decision.REPLACE]))
            .replace("%3", str(counts[Decision.KEEP_BOTH]))
            .replace("%4", str(counts[Decision.SKIP]))
        )
        self.summary.setText(text)
        self.import_button.setEnabled(counts[Decision.SKIP] < len(chosen))


def error_text(error: QuadrantError) -> str:
    """The error in the user's language: its template translated, its fields filled in."""
    return user_message(error)


def import_error_box(error: QuadrantError, parent: QWidget | None = None) -> QMessageBox:
    """The message for a file that cannot be imported; every text plain, nothing changed.

    A pack with several problems lists them all under "Show Details…".
    """
    box = QMessageBox(parent)
    box.setObjectName("pack_import_error")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PackImportDialog", "Cannot import this file"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    where = getattr(error, "where", None)
    text = error_text(error)
    box.setText(f"{where}: {text}" if where else text)
    box.setInformativeText(QCoreApplication.translate("PackImportDialog", "Nothing was changed."))
    if isinstance(error, PackError) and len(error.problems) > 1:
        more = QCoreApplication.translate(
            "PackImportDialog",
            "Nothing was changed. The file has %1 more problems; see the details.",
        )
        box.setInformativeText(more.replace("%1", str(len(error.problems) - 1)))
        box.setDetailedText(error.details())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box

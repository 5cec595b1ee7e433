"""What an import did: counts up top, every skipped or adjusted item in a plain-text list.

The list is plain text on purpose: titles come from someone else's file, and
a user with three hundred skipped rows wants to select and copy them into a
mail, not click through them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.transfer import Problem, ignored_wording
from quadrant.services.transfer import ImportSummary
from quadrant.ui.errors import wording_text
from quadrant.ui.i18n import Plurals


def headline(summary: ImportSummary, file_name: str) -> str:
    """The one-sentence result: how many came in, and how."""
    # Plurals.tr: lupdate marks plurals in tr() calls, not in translate() ones.
    text = Plurals.tr("%n task(s) imported from %1", "", summary.imported)
    text = text.replace("%1", file_name)
    parts = [
        Plurals.tr("%n new", "", summary.created),
        Plurals.tr("%n updated", "", summary.updated),
        Plurals.tr("%n unchanged", "", summary.unchanged),
        Plurals.tr("%n skipped", "", len(summary.skipped)),
    ]
    return f"{text}: {', '.join(parts)}."


def details(summary: ImportSummary) -> str:
    """Every skipped item with its reason, then the adjustments, then what was not a task."""
    translate = QCoreApplication.translate
    sections: list[str] = []
    if summary.skipped:
        title = Plurals.tr("Skipped (%n):", "", len(summary.skipped))
        sections.append(_section(title, summary.skipped))
    if summary.adjusted:
        title = Plurals.tr("Imported with a change (%n):", "", len(summary.adjusted))
        sections.append(_section(title, summary.adjusted))
    if summary.ignored:
        kinds = ", ".join(
            wording_text(ignored_wording(kind, count))
            for kind, count in sorted(summary.ignored.items())
        )
        title = translate("ImportSummaryDialog", "Not tasks, left alone:")
        sections.append(f"{title} {kinds}")
    return "\n\n".join(sections)


def _section(title: str, problems: tuple[Problem, ...]) -> str:
    return "\n".join([title, *(f"  • {problem_text(problem)}" for problem in problems)])


def problem_text(problem: Problem) -> str:
    """A skipped or adjusted item in the user's language: "rij 3: er is geen titel".

    The place and the reason are each a whole phrase of their own, translated
    apart; the colon between them is the list's punctuation, not grammar.
    """
    return f"{wording_text(problem.where)}: {wording_text(problem.reason)}"


class ImportSummaryDialog(QDialog):
    """The result of one import, shown once it has been committed."""

    def __init__(
        self,
        summary: ImportSummary,
        file_name: str,
        backup: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary_dialog")
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(620, 420 if summary.skipped or summary.adjusted else 200)
        layout = QVBoxLayout(self)
        self.headline = QLabel(headline(summary, file_name))
        self.headline.setObjectName("import_headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.backup_note = QLabel(self._backup_text(backup))
        self.backup_note.setObjectName("import_backup_note")
        self.backup_note.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_note.setWordWrap(True)
        self.backup_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.backup_note)
        self.details = QPlainTextEdit(details(summary))
        self.details.setObjectName("import_details")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Skipped and adjusted items"))
        self.details.setVisible(bool(self.details.toPlainText()))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _backup_text(self, backup: Path | None) -> str:
        if backup is None:
            return self.tr("Quadrant held no data before the import, so no backup was needed.")
        return self.tr(
            "Backup taken before import: %1\nAn import is not on the Undo list; "
            "Help → Restore from backup… brings that backup back."
        ).replace("%1", backup.name)

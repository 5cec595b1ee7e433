"""File → Import tasks… as a user meets it: progress, the CSV mapping, the summary, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from quadrant.domain.transfer import Problem, TaskRecord
from quadrant.domain.wording import Wording
from quadrant.interop.csv_fields import CsvField
from quadrant.services.transfer import ImportSummary
from quadrant.ui.dialogs.csv_mapping_dialog import _preview_cells
from quadrant.ui.dialogs.import_summary import details, headline
from quadrant.ui.import_job import ImportJob, ImportOutcome
from tests.ui.conftest import App
from tests.ui.transfer_support import FIXTURES, TransferApp, build_transfer_app, ics_file

WAIT_MS = 20_000


@pytest.fixture
def transfer_app(app: App) -> TransferApp:
    return build_transfer_app(app)


def run_import(transfer_app: TransferApp, qtbot: QtBot, path: Path) -> object:
    """Start an import and wait for its end; returns the outcome (None: nothing imported)."""
    flow = transfer_app.transfer.imports
    with qtbot.waitSignal(flow.finished, timeout=WAIT_MS) as finished:
        flow.start(path)
    return finished.args[0]


def test_an_ics_file_imports_with_progress_and_shows_its_tasks(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    transfer_app.capture("Already here")
    flow = transfer_app.transfer.imports
    reports: list[tuple[int, int]] = []
    flow.job_started.connect(
        lambda job: job.progressed.connect(lambda d, t: reports.append((d, t)))
    )
    outcome = run_import(transfer_app, qtbot, FIXTURES / "ics" / "thunderbird.ics")
    assert isinstance(outcome, ImportOutcome)
    assert outcome.summary.created == 3
    assert reports[-1] == (3, 3), "the progress dialog is told the import finished"
    assert transfer_app.task_titles_in_database() == [
        "Already here", "Kerstborrel organiseren", "Notulen oktober uitwerken",
        "Reis naar Brussel boeken",
    ]  # fmt: skip
    assert transfer_app.titles_in_matrix() == ["Already here", "Reis naar Brussel boeken"]
    [backup] = transfer_app.backups("import")
    assert outcome.backup == backup
    dialog = flow.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert "3 new" in dialog.headline.text()
    assert backup.name in dialog.backup_note.text()
    assert flow.progress is None, "the progress dialog is gone once the summary shows"


def test_importing_the_same_file_again_changes_nothing(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    path = FIXTURES / "ics" / "outlook.ics"
    first = run_import(transfer_app, qtbot, path)
    assert isinstance(first, ImportOutcome) and first.summary.created > 0
    second = run_import(transfer_app, qtbot, path)
    assert isinstance(second, ImportOutcome)
    assert (second.summary.created, second.summary.updated) == (0, 0)
    assert second.summary.unchanged == first.summary.created


def test_skipped_to_dos_are_listed_with_their_reason(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    outcome = run_import(transfer_app, qtbot, FIXTURES / "ics" / "bad_dates.ics")
    assert isinstance(outcome, ImportOutcome)
    dialog = transfer_app.transfer.imports.summary_dialog
    assert dialog is not None
    text = dialog.details.toPlainText()
    for problem in outcome.summary.skipped:
        assert f"{problem.where}: {problem.message}" in text
    assert dialog.details.isVisible() == bool(text)


def test_the_csv_mapping_dialog_guesses_outlook_columns_and_imports(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    flow = transfer_app.transfer.imports
    flow.start(FIXTURES / "csv" / "outlook_en.csv")
    dialog = flow.mapping_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    chosen = {f: dialog.combos[f].currentText() for f in dialog.combos}
    assert chosen[CsvField.TITLE] == "Subject"
    assert chosen[CsvField.DUE] == "Due Date"
    assert chosen[CsvField.PRIORITY] == "Priority"
    assert chosen[CsvField.NOTES] == "Notes"
    assert chosen[CsvField.CATEGORIES] == "Categories"
    assert chosen[CsvField.STATUS] == "Status"
    assert dialog.preview.item(0, 1).text() == "Prepare board pack"
    assert dialog.preview.item(0, 2).text() == "Yes", "High priority reads as important"
    assert not dialog.date_order.isEnabled(), "11/27/2026 shows the month comes first"
    assert dialog.date_order.currentData() is False
    with qtbot.waitSignal(flow.finished, timeout=WAIT_MS) as finished:
        dialog.import_button.click()
    assert isinstance(finished.args[0], ImportOutcome)
    assert transfer_app.task_titles_in_database() == [
        "Book venue", "Chase supplier", "Prepare board pack", "Send invoices",
    ]  # fmt: skip
    assert transfer_app.titles_in_matrix() == ["Book venue", "Chase supplier", "Prepare board pack"]


def test_choosing_another_column_changes_the_preview(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    flow = transfer_app.transfer.imports
    flow.start(FIXTURES / "csv" / "outlook_en.csv")
    dialog = flow.mapping_dialog
    assert dialog is not None
    title = dialog.combos[CsvField.TITLE]
    title.setCurrentIndex(0)  # "(not in the file)"
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    assert "title" in dialog.problems.toPlainText()
    title.setCurrentIndex(title.findText("Status"))
    assert dialog.import_button.isEnabled()
    assert dialog.preview.item(0, 1).text() == "In Progress"


def test_the_date_order_choice_decides_ambiguous_dates(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "tasks.csv"
    path.write_text("Title,Due\nQuarterly figures,03/04/2026\n", encoding="utf-8")
    flow = transfer_app.transfer.imports
    flow.start(path)
    dialog = flow.mapping_dialog
    assert dialog is not None
    assert dialog.date_order.isEnabled(), "3/4 could be either: the user decides"
    dialog.date_order.setCurrentIndex(dialog.date_order.findData(False))
    assert dialog.mapping().day_first is False
    with qtbot.waitSignal(flow.finished, timeout=WAIT_MS):
        dialog.import_button.click()
    [(due,)] = transfer_app.app.rows("SELECT due_at FROM task")
    assert str(due).startswith("2026-03-0"), "month first: the 4th of March, local end of day"


def test_cancelling_the_mapping_dialog_imports_nothing(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    flow = transfer_app.transfer.imports
    flow.start(FIXTURES / "csv" / "todoist.csv")
    assert flow.mapping_dialog is not None
    with qtbot.waitSignal(flow.finished) as finished:
        flow.mapping_dialog.reject()
    assert finished.args == [None]
    assert transfer_app.task_titles_in_database() == []
    assert transfer_app.backups("import") == []


def test_cancel_during_the_import_changes_nothing(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    transfer_app.capture("Already here")
    before = transfer_app.app.rows("SELECT count(*) FROM task UNION ALL "
                                   "SELECT count(*) FROM reprioritisation")  # fmt: skip
    flow = transfer_app.transfer.imports
    halfway = threading.Event()
    cancelled = threading.Event()

    def hold(done: int, total: int) -> None:  # in the worker: wait until the user has cancelled
        if 0 < done < total and not halfway.is_set():
            halfway.set()
            cancelled.wait(10)

    def watch(job: ImportJob) -> None:
        job.progressed.connect(hold, Qt.ConnectionType.DirectConnection)

    flow.job_started.connect(watch)
    with qtbot.waitSignal(flow.finished, timeout=WAIT_MS) as finished:
        flow.start(ics_file(tmp_path, 3000))
        qtbot.waitUntil(halfway.is_set, timeout=WAIT_MS)
        assert flow.progress is not None
        button = flow.progress.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
        cancelled.set()
    assert finished.args == [None]
    after = transfer_app.app.rows("SELECT count(*) FROM task UNION ALL "
                                  "SELECT count(*) FROM reprioritisation")  # fmt: skip
    assert after == before
    assert transfer_app.titles_in_matrix() == ["Already here"]
    assert "nothing was changed" in transfer_app.app.window.statusBar().currentMessage()
    assert flow.summary_dialog is None


def test_a_snapshot_is_not_imported_as_tasks(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    transfer_app.capture("Already here")
    snapshot = tmp_path / "all.json"
    transfer_app.transfer.snapshots.export_everything(snapshot)
    assert run_import(transfer_app, qtbot, snapshot) is None
    message = transfer_app.transfer.imports.message
    assert message is not None and "Restore from snapshot" in message.text()
    assert transfer_app.task_titles_in_database() == ["Already here"]


def test_a_file_of_another_kind_is_refused_with_a_message(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    assert run_import(transfer_app, qtbot, FIXTURES / "ics" / "binary.bin") is None
    message = transfer_app.transfer.imports.message
    assert message is not None and "binary.bin" in message.text()
    assert transfer_app.task_titles_in_database() == []


_TEXT = st.text(min_size=1, max_size=40)


# Templates are constants from the code; what a file says travels in the values.
_PLACES = st.builds(
    Wording,
    st.just("to-do “{summary}” at line {line}"),
    st.fixed_dictionaries({"summary": _TEXT, "line": st.integers(1, 10**6)}),
)
_PROBLEMS = st.builds(
    Problem,
    _PLACES,
    st.just("its STATUS “{status}” is unknown; read as open"),
    st.fixed_dictionaries({"status": _TEXT}),
)


@given(st.lists(_PROBLEMS, max_size=8),
       st.integers(0, 10**6), st.integers(0, 10**6))  # fmt: skip
def test_the_summary_lists_every_skipped_item_once(
    qapp: object, skipped: list[Problem], created: int, updated: int
) -> None:
    summary = ImportSummary(created=created, updated=updated, skipped=tuple(skipped))
    text = details(summary)
    for problem in skipped:
        assert f"• {problem.where}: {problem.message}" in text
    assert str(created + updated) in headline(summary, "file.ics")


@given(st.builds(TaskRecord, title=_TEXT, notes=st.none() | st.text(max_size=300),
                 categories=st.lists(_TEXT, max_size=3).map(tuple)))  # fmt: skip
def test_any_record_previews_as_seven_short_cells(qapp: object, record: TaskRecord) -> None:
    cells = _preview_cells(record)
    assert len(cells) == 7
    assert cells[1] == record.title
    assert len(cells[6]) <= 60

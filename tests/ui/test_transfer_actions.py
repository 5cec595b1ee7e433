"""File → Export tasks…, Export everything, Restore from snapshot…, and the sound start-up check."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quadrant.app import Database
from quadrant.app_transfer import StoreBackups, StoreSnapshots
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import TaskStatus
from quadrant.interop.csv_tasks import read_rows
from quadrant.interop.ical import parse_ics
from quadrant.interop.snapshot import decode_snapshot
from quadrant.paths import resolve_paths
from quadrant.services import settings as settings_service
from quadrant.ui.background import Abandoned, BackgroundTask
from quadrant.ui.startup_check import StartupGuard
from quadrant.ui.transfer_actions import install_transfer_actions
from tests.ui.conftest import App
from tests.ui.transfer_support import TransferApp, build_transfer_app

WAIT_MS = 20_000


@pytest.fixture
def transfer_app(app: App) -> TransferApp:
    return build_transfer_app(app)


def export(transfer_app: TransferApp, qtbot: QtBot, target: Path, *, csv: bool = False,
           everything: bool = False) -> object:  # fmt: skip
    """Export tasks to ``target`` through the dialog; returns what ``finished`` said."""
    transfer_app.chosen.append(target)
    dialog = transfer_app.transfer.export_tasks()
    (dialog.csv if csv else dialog.ics).setChecked(True)
    dialog.all_tasks.setChecked(everything)
    dialog.open_only.setChecked(not everything)
    with qtbot.waitSignal(transfer_app.transfer.exports.finished, timeout=WAIT_MS) as finished:
        dialog.accept()
    return finished.args[0]


@pytest.mark.parametrize("csv", [False, True])
def test_export_tasks_writes_the_open_tasks_in_the_chosen_format(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path, csv: bool
) -> None:
    transfer_app.capture("Board pack")
    transfer_app.capture("Old report", Quadrant.DROP)
    [old] = [t for t in transfer_app.app.store.tasks() if t.title == "Old report"]
    transfer_app.app.store.set_status(old.id or 0, TaskStatus.DONE)
    assert export(transfer_app, qtbot, tmp_path / "out.tasks", csv=csv) == 1
    written = tmp_path / ("out.tasks.csv" if csv else "out.tasks.ics")
    data = written.read_bytes()
    batch = read_rows(data) if csv else parse_ics(data)
    assert [r.title for r in batch.records] == ["Board pack"], "done tasks only with 'all'"
    assert str(written) in transfer_app.app.window.statusBar().currentMessage()


def test_export_all_tasks_includes_finished_ones(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    transfer_app.capture("Board pack")
    [task] = transfer_app.app.store.tasks()
    transfer_app.app.store.set_status(task.id or 0, TaskStatus.DONE)
    assert export(transfer_app, qtbot, tmp_path / "all.ics", everything=True) == 1
    records = parse_ics((tmp_path / "all.ics").read_bytes()).records
    assert [r.title for r in records] == ["Board pack"]


def test_an_export_into_a_missing_folder_says_so_and_writes_nothing(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    transfer_app.capture("Board pack")
    assert export(transfer_app, qtbot, tmp_path / "missing" / "tasks.ics") is None
    message = transfer_app.transfer.message
    assert message is not None and "does not exist" in message.text()
    assert not (tmp_path / "missing").exists()


def test_a_snapshot_round_trips_into_an_empty_quadrant(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    transfer_app.capture("Board pack")
    transfer_app.capture("Travel to Brussels", Quadrant.PLAN)
    snapshot = tmp_path / "everything.json"
    transfer_app.chosen.append(snapshot)
    with qtbot.waitSignal(transfer_app.transfer.exports.finished, timeout=WAIT_MS):
        transfer_app.transfer.export_everything()
    assert decode_snapshot(snapshot.read_bytes()).tables["task"].rows
    other = empty_app(qtbot, tmp_path / "other")
    other.chosen.append(snapshot)
    with qtbot.waitSignal(other.transfer.snapshot_restored, timeout=WAIT_MS) as restored:
        other.transfer.restore_snapshot()
    assert isinstance(restored.args[0], int) and restored.args[0] > 0
    assert other.message_text() == ""
    assert other.titles() == ["Board pack", "Travel to Brussels"]


def test_a_snapshot_is_refused_by_a_quadrant_with_data(transfer_app: TransferApp) -> None:
    transfer_app.capture("Board pack")
    transfer_app.transfer.restore_snapshot()
    message = transfer_app.transfer.message
    assert message is not None and "only restored into an empty Quadrant" in message.text()
    assert transfer_app.chosen == [], "no file was even asked for"
    assert transfer_app.task_titles_in_database() == ["Board pack"]


def gated(checks_cancel: bool) -> tuple[Callable[[Callable[[], bool]], object], threading.Event]:
    """Work that waits for a gate; it then stops if cancelled (when it checks) or writes."""
    gate = threading.Event()

    def work(cancelled: Callable[[], bool]) -> object:
        gate.wait(10)
        if checks_cancel and cancelled():
            raise Abandoned
        return "written"

    return work, gate


def cancel_and_release(task: BackgroundTask, gate: threading.Event) -> None:
    button = task.dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    gate.set()


def test_cancelled_background_work_writes_nothing_and_says_so(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    work, gate = gated(checks_cancel=True)
    task = BackgroundTask(parent, "Export", "Writing…", work)
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS), qtbot.assertNotEmitted(task.finished):
        task.start()
        cancel_and_release(task, gate)


def test_work_that_finished_before_the_cancel_reports_what_it_wrote(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    work, gate = gated(checks_cancel=False)
    task = BackgroundTask(parent, "Export", "Writing…", work)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS) as finished:
        task.start()
        cancel_and_release(task, gate)
    assert finished.args == ["written"]


def test_the_start_up_check_passes_a_sound_database_without_a_dialog(app: App) -> None:
    backups = StoreBackups(app.database.paths, app.database.close)
    resumed: list[bool] = []
    guard = StartupGuard(app.window, backups, lambda: resumed.append(True), pytest.fail)
    guard.begin()
    assert guard.passed()
    assert guard.dialog is None and resumed == []


class EmptyApp:
    """A second window on its own, fresh data folder (settings only, as after the welcome)."""

    def __init__(self, app: App, transfer: object, chosen: list[Path | None]) -> None:
        self.app = app
        self.transfer = transfer
        self.chosen = chosen

    def message_text(self) -> str:
        message = getattr(self.transfer, "message", None)
        return "" if message is None else str(message.text())

    def titles(self) -> list[str]:
        return sorted(t for q in Quadrant for t in self.app.titles_on_screen(q))


def empty_app(qtbot: QtBot, data: Path) -> EmptyApp:
    from PySide6.QtCore import QSettings

    from quadrant.app import locations
    from quadrant.ui.actions import TaskActions
    from quadrant.ui.main_window import MainWindow
    from quadrant.ui.task_store import TaskStore

    paths = resolve_paths(data)
    paths.create()
    database = Database(paths)
    settings_service.mark_welcome_done(database.unit_of_work())
    store = TaskStore(database.unit_of_work)
    actions = TaskActions(store)
    window = MainWindow(actions, QSettings(str(paths.settings_file), QSettings.Format.IniFormat),
                        locations(paths))  # fmt: skip
    window.persist_state = False
    qtbot.addWidget(window)
    store.load()
    transfer = install_transfer_actions(
        window, StoreBackups(paths, database.close), StoreSnapshots(paths, database.close)
    )
    chosen: list[Path | None] = []
    transfer.choose_open_file = lambda _parent, _title, _filter: chosen.pop(0)
    return EmptyApp(App(window, store, actions, database), transfer, chosen)

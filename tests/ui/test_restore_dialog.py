"""A damaged database at start, the restore dialog, and Help → Restore from backup….

The start-up tests run the real ``app.run_gui`` in a child process
(tests/ui/restore_child.py answers its dialogs), on a database with a flipped
byte: the damage must be found before anything writes, the file kept, and a
chosen backup restored and shown.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quadrant.domain.errors import StorageError
from quadrant.domain.matrix import Quadrant
from quadrant.paths import resolve_paths
from quadrant.services import tasks as task_service
from quadrant.store.backups import quick_check, take_backup
from quadrant.store.database import create_database_engine
from quadrant.store.migrate import upgrade_to_head
from quadrant.store.unit_of_work import SqlUnitOfWork
from quadrant.ui.backup_port import BackupEntry
from quadrant.ui.dialogs.restore_dialog import RestoreDialog
from tests.ui.conftest import App
from tests.ui.transfer_support import TransferApp, build_transfer_app

CHILD = Path(__file__).with_name("restore_child.py")
BACKED_UP = ["Board pack", "Book the venue", "Travel to Brussels"]


@pytest.fixture
def transfer_app(app: App) -> TransferApp:
    return build_transfer_app(app)


def damaged_data_folder(root: Path) -> Path:
    """A data folder whose database has three tasks in a backup, then a flipped byte."""
    paths = resolve_paths(root)
    paths.create()
    engine = create_database_engine(paths.database)
    upgrade_to_head(engine, paths.database)
    for title in BACKED_UP:
        task_service.capture(SqlUnitOfWork(engine), title, quadrant=Quadrant.PLAN)
    take_backup(paths.database, paths.backups, "start")
    task_service.capture(SqlUnitOfWork(engine), "Lost with the damage", quadrant=Quadrant.DO)
    engine.dispose()
    connection = sqlite3.connect(paths.database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(paths.database.read_bytes())
    data[4096 * 2 + 8] ^= 0xFF  # the first page after the schema: a table's b-tree header
    paths.database.write_bytes(bytes(data))
    assert quick_check(paths.database) != "ok"
    return root


def start_app(data: Path, answer: str, tmp_path: Path) -> tuple[int, dict[str, object]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    result = subprocess.run(
        [sys.executable, str(CHILD), str(data), str(tmp_path / "shot.png"), answer],
        capture_output=True, text=True, timeout=90, env=env, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr
    return result.returncode, json.loads(lines[-1])


def test_a_damaged_database_is_kept_and_a_chosen_backup_restored_at_start(tmp_path: Path) -> None:
    data = damaged_data_folder(tmp_path / "data")
    code, seen = start_app(data, "restore", tmp_path)
    assert code == 0
    [kept] = data.glob("quadrant.sqlite3.corrupt-*")
    assert str(kept) in str(seen["intro"])
    assert seen["backups"] == [["3", "At start"]]
    assert seen["titles"] == BACKED_UP, "the restored tasks are on screen"
    database = data / "quadrant.sqlite3"
    assert quick_check(database) == "ok"
    connection = sqlite3.connect(database)
    titles = sorted(row[0] for row in connection.execute("SELECT title FROM task"))
    connection.close()
    assert titles == BACKED_UP
    assert (tmp_path / "shot.png").is_file(), "start-up went on to the populated window"


def test_cancelling_the_restore_opens_nothing_and_says_where_the_file_is(tmp_path: Path) -> None:
    data = damaged_data_folder(tmp_path / "data")
    code, seen = start_app(data, "cancel", tmp_path)
    assert code == 1
    [kept] = data.glob("quadrant.sqlite3.corrupt-*")
    message = str(seen["message"])
    assert "Nothing was opened" in message and str(kept) in message
    assert not (data / "quadrant.sqlite3").exists(), "no new database took the damaged one's place"
    assert seen["titles"] == []


def entry(hours_ago: int, reason: str, count: int | None) -> BackupEntry:
    taken = datetime(2026, 11, 23, 9, tzinfo=UTC) - timedelta(hours=hours_ago)
    return BackupEntry(Path(f"/backups/{hours_ago}.sqlite3"), taken, reason, count)


def test_the_dialog_lists_backups_and_chooses_the_newest_readable(qtbot: QtBot) -> None:
    restored: list[Path] = []
    entries = [entry(0, "periodic", None), entry(5, "import", 42), entry(30, "migration", 40)]
    dialog = RestoreDialog(entries, restored.append)
    qtbot.addWidget(dialog)
    rows = [dialog.list.topLevelItem(i) for i in range(3)]
    assert [(r.text(1), r.text(2)) for r in rows if r] == [
        ("unreadable", "While working"), ("42", "Before an import"), ("40", "Before an update"),
    ]  # fmt: skip
    assert rows[0] is not None and rows[0].isDisabled()
    assert dialog.chosen_backup() == entries[1].path
    with qtbot.waitSignal(dialog.restored) as signal:
        dialog.restore_button.click()
    assert restored == [entries[1].path] and signal.args == [entries[1].path]
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_a_failed_restore_is_shown_in_the_dialog_and_another_can_be_tried(qtbot: QtBot) -> None:
    def restore(path: Path) -> None:
        if path.name == "5.sqlite3":
            raise StorageError("The backup 5.sqlite3 is damaged: bad page")

    dialog = RestoreDialog([entry(5, "import", 42), entry(30, "start", 40)], restore)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.restore_button.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "damaged" in dialog.error.text()
    dialog.choose(1)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()


def test_without_backups_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = RestoreDialog([], lambda _path: None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "no backups" in dialog.error.text()


def test_help_restore_from_backup_brings_the_old_tasks_back(
    transfer_app: TransferApp, qtbot: QtBot
) -> None:
    transfer_app.capture("Kept in the backup")
    backup = transfer_app.transfer.back_up_now()
    assert backup is not None and backup.is_file()
    assert backup.name in transfer_app.app.window.statusBar().currentMessage()
    transfer_app.capture("Made after the backup")
    dialog = transfer_app.transfer.restore_from_backup()
    assert dialog.chosen_backup() == backup
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert transfer_app.titles_in_matrix() == ["Kept in the backup"]
    assert transfer_app.task_titles_in_database() == ["Kept in the backup"]
    assert transfer_app.app.actions.undo_stack.count() == 0, "undo would act on vanished tasks"
    [safety] = transfer_app.backups("before-restore")
    connection = sqlite3.connect(safety)
    assert connection.execute("SELECT count(*) FROM task").fetchone() == (2,)
    connection.close()


@pytest.mark.parametrize(("menu", "names"), [
    ("&File", ["import_tasks_action", "export_tasks_action", "export_everything_action",
               "restore_snapshot_action"]),
    ("&Help", ["back_up_now_action", "restore_backup_action"]),
])  # fmt: skip
def test_the_actions_are_in_their_menus(
    transfer_app: TransferApp, menu: str, names: list[str]
) -> None:
    for item in transfer_app.app.window.menuBar().actions():
        if item.text() == menu and item.menu() is not None:
            found = [a.objectName() for a in item.menu().actions()]  # type: ignore[union-attr]
            assert [n for n in found if n in names] == names
            return
    raise AssertionError(f"no {menu} menu")

"""The one wiring module: paths → database → migrations → services → Qt → main window.

Start-up shows the window first and fills it after: importing SQLAlchemy
costs more than Qt's first paint, so the first populated paint reads the
open tasks with plain sqlite3 (store/snapshot.py) and SQLAlchemy loads once
the matrix is on screen. Nothing the first populated paint does not need is
imported before it (docs/performance.md).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from quadrant.paths import APP_ID, AppPaths, resource_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from quadrant.services.ports import UnitOfWork
    from quadrant.store.snapshot import MatrixSnapshot
    from quadrant.ui.dialogs.settings_dialog import DataPlaces

log = logging.getLogger(__name__)

BENCH_EXIT_AFTER_PAINT = "QUADRANT_BENCH_EXIT_AFTER_PAINT"
"""Set (to 1) by benchmarks/: the app prints the first populated paint's moment and quits."""


class Database:
    """The database of one data folder, opened (and migrated) on first use."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """The engine, opening and migrating the database the first time."""
        if self._engine is None:
            self._engine = open_database(self.paths)
        return self._engine

    def unit_of_work(self) -> UnitOfWork:
        """A fresh unit of work: one per user action."""
        from quadrant.store.unit_of_work import SqlUnitOfWork

        return SqlUnitOfWork(self.engine)

    def warm_up(self) -> None:
        """Open the database and load the store layer, so the first user action need not wait."""
        from quadrant.store import unit_of_work  # noqa: F401  (loading it is the point)

        _ = self.engine

    def close(self) -> None:
        """Release the connections (checkpointing the WAL)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def open_database(paths: AppPaths) -> Engine:
    """Create the folders, open the database, and migrate it (after a backup) if needed."""
    from quadrant.store.backups import take_backup
    from quadrant.store.database import create_database_engine
    from quadrant.store.migrate import is_at_head, upgrade_to_head

    paths.create()
    engine = create_database_engine(paths.database)
    if not is_at_head(paths.database):
        log.info("migrating the database schema")
        upgrade_to_head(
            engine,
            paths.database,
            backup=lambda path: take_backup(path, paths.backups, "migration"),
        )
    return engine


def start_snapshot(paths: AppPaths) -> MatrixSnapshot | None:
    """The matrix read without SQLAlchemy, when nothing has to change before it is shown.

    None when the store needs a migration, a deadline must be escalated first,
    or the quick read failed: start-up then takes the full path.
    """
    from quadrant.services.tasks import URGENCY_HORIZON_KEY, escalation_pending
    from quadrant.store.snapshot import read_snapshot

    snapshot = read_snapshot(paths.database, URGENCY_HORIZON_KEY)
    if snapshot is None or escalation_pending(snapshot.tasks, snapshot.urgency_horizon):
        return None
    return snapshot


def run_gui(paths: AppPaths, screenshot: Path | None = None, argv: list[str] | None = None) -> int:
    """Start the desktop app; with ``screenshot``, save the populated window and quit.

    Returns:
        The process exit status.
    """
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    keep_pyside_from_caching_sources()  # before the app's modules and SQLAlchemy load
    from quadrant.app_transfer import install_transfer
    from quadrant.logging_setup import configure_logging
    from quadrant.services.settings import LANGUAGE_KEY
    from quadrant.store.settings_peek import peek_setting
    from quadrant.ui.actions import TaskActions
    from quadrant.ui.i18n import install_translations
    from quadrant.ui.main_window import MainWindow
    from quadrant.ui.shell import ShellServices, install_shell
    from quadrant.ui.single_instance import SingleInstance, bring_to_front
    from quadrant.ui.task_store import TaskStore

    configure_logging(paths.logs)
    app = QApplication.instance() or QApplication(argv or ["quadrant"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Quadrant")
    app.setOrganizationName("Quadrant")
    app.setDesktopFileName(APP_ID)  # so docks match the window to its menu entry and icon
    app.setWindowIcon(QIcon(str(resource_dir() / "icons" / "quadrant.svg")))
    paths.create()
    instance = SingleInstance(paths.data) if screenshot is None else None
    if instance is not None and not instance.claim():
        return instance.hand_over()  # the running one comes to the front instead
    database = Database(paths)
    translations = install_translations(peek_setting(paths.database, LANGUAGE_KEY))
    store = TaskStore(database.unit_of_work)
    actions = TaskActions(store)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(actions, settings, locations(paths))
    window.persist_state = screenshot is None
    places = data_places(paths)
    shell = install_shell(window, ShellServices(database.unit_of_work, translations, places))
    if instance is not None:
        instance.raise_requested.connect(lambda: bring_to_front(window))
    window.show()
    status = {"code": 0}

    def fail(error: Exception) -> None:
        _report_startup_failure(window, error)
        status["code"] = 1
        app.quit()

    transfer = install_transfer(window, paths, database, resume=lambda: fill(), give_up=fail)

    def fill() -> None:
        transfer.guard.begin()  # PRAGMA quick_check in a thread, beside the first paint
        try:
            snapshot = start_snapshot(paths)
            if snapshot is None:  # a migration, a deadline to escalate, or a problem to report
                if not transfer.guard.passed():  # damaged: the restore dialog takes over
                    return
                store.escalate_deadlines()
                store.load()
            else:
                store.show_open(snapshot.tasks, snapshot.requesters)
        except Exception as e:
            fail(e)
            return
        QTimer.singleShot(0, finish)

    def finish() -> None:
        window.repaint()  # the filled matrix on screen first, then the database layer loads
        _bench_mark("first-paint")
        if not transfer.guard.passed():  # nothing opens the database for writing before this
            return
        try:
            database.warm_up()
        except Exception as e:
            fail(e)
            return
        # What start-up built lives as long as the app: keep the collector from walking it
        # again at every full collection (a 60 ms pause in a move or a keystroke otherwise).
        gc.freeze()
        if screenshot is not None:
            _save_screenshot(window, screenshot, status, app.quit)
        elif os.environ.get(BENCH_EXIT_AFTER_PAINT):
            _bench_mark("ready")
            app.quit()
        else:
            shell.start()  # language from the data, welcome on a new database, reminders
            transfer.start()  # backups: at start when the data changed, then every 30 minutes

    QTimer.singleShot(0, fill)
    _watch_day_change(store)
    app.exec()
    database.close()
    if instance is not None:
        instance.release()
    return status["code"]


def keep_pyside_from_caching_sources() -> None:
    """Keep PySide6 from holding the source text of every module imported after it.

    After each import PySide6 asks whether the module mentions "PySide6" (for
    its opt-in ``__feature__`` switches) through ``inspect.getsource``, which
    leaves the whole source, line by line, in ``linecache`` for the life of
    the process: about 20 MB once the app and SQLAlchemy are loaded, the
    largest single item of start-up's peak memory (docs/performance.md). The
    same question is answered here from the source read once and let go.
    Nothing changes when PySide6 no longer has the hook.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]


def mentions_pyside(module: ModuleType) -> bool:
    """Whether a module's source mentions PySide6, as PySide6 asks it, without caching it."""
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    try:
        source = get_source(module.__name__) if get_source is not None else None
    except Exception:  # no source, unreadable, not text: PySide6 answers False then too
        return False
    return isinstance(source, str) and "PySide6" in source


def data_places(paths: AppPaths) -> DataPlaces:
    """The data folder and its backups, for the settings dialog (which may not import store)."""
    from quadrant.store.backups import list_backups, rotate_backups, take_backup
    from quadrant.ui.dialogs.settings_dialog import DataPlaces

    def back_up_now() -> Path:
        backup = take_backup(paths.database, paths.backups, "manual")
        rotate_backups(paths.backups)
        return backup

    return DataPlaces(paths.data, lambda: list_backups(paths.backups), back_up_now)


def locations(paths: AppPaths) -> dict[str, str]:
    """Folder names for Help → About."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # literal arguments: lupdate reads these calls
    return {
        translate("About", "Data:"): str(paths.data),
        translate("About", "Database:"): str(paths.database),
        translate("About", "Backups:"): str(paths.backups),
        translate("About", "Settings:"): str(paths.config),
        translate("About", "Logs:"): str(paths.logs),
    }


def _save_screenshot(
    window: object, target: Path, status: dict[str, int], done: Callable[[], None]
) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    window.repaint()
    image = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        status["code"] = 1
    done()


def _bench_mark(name: str) -> None:
    """benchmarks/: print a start-up milestone (shared monotonic clock, and CPU time so far)."""
    if os.environ.get(BENCH_EXIT_AFTER_PAINT):
        print(f"{name} {time.monotonic():.6f} {time.process_time():.6f}", flush=True)


def _watch_day_change(store: object) -> None:
    """Escalate deadlines when the local day changes while the app runs."""
    from PySide6.QtCore import QTimer

    from quadrant.services.clock import local_today
    from quadrant.ui.task_store import TaskStore

    assert isinstance(store, TaskStore)
    state = {"today": local_today()}
    timer = QTimer(store)
    timer.setInterval(60_000)

    def check() -> None:
        today = local_today()
        if today != state["today"]:
            state["today"] = today
            store.escalate_deadlines()

    timer.timeout.connect(check)
    timer.start()


def _report_startup_failure(window: object, error: Exception) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    assert isinstance(window, QWidget)
    log.exception("start-up failed")
    QMessageBox.critical(window, "Quadrant", f"Quadrant could not open its data:\n{error}")

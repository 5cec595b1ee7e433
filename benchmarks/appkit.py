"""The real app, built in-process the way run_gui builds it, for the in-process benchmarks.

The move and filter benchmarks drive the same objects a user drives:
TaskActions → TaskStore → services → SqlUnitOfWork → SQLite, and the
MainWindow's models and views, offscreen. Each works on a private copy of a
generated store, so the store stays as generated for the next run.
"""

from __future__ import annotations

import gc
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

from quadrant.app import keep_pyside_from_caching_sources

keep_pyside_from_caching_sources()  # as run_gui does, before the app's modules load

from quadrant.app import Database, locations, start_snapshot  # noqa: E402
from quadrant.paths import AppPaths, resolve_paths  # noqa: E402
from quadrant.ui.actions import TaskActions  # noqa: E402
from quadrant.ui.main_window import MainWindow  # noqa: E402
from quadrant.ui.task_store import TaskStore  # noqa: E402


@dataclass
class RunningApp:
    """The pieces of a started app that benchmarks touch."""

    app: QApplication
    paths: AppPaths
    database: Database
    store: TaskStore
    actions: TaskActions
    window: MainWindow


def start_app(data_dir: Path) -> RunningApp:
    """QApplication, database, store, actions and the shown, filled main window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    paths = resolve_paths(data_dir)
    paths.create()
    database = Database(paths)
    store = TaskStore(database.unit_of_work)
    actions = TaskActions(store)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(actions, settings, locations(paths))
    window.resize(1100, 720)
    window.show()
    snapshot = start_snapshot(paths)  # the path run_gui takes: no ORM objects for the matrix
    if snapshot is None:
        store.escalate_deadlines()
        store.load()
    else:
        store.show_open(snapshot.tasks, snapshot.requesters)
    window.repaint()
    app.processEvents()
    database.warm_up()
    gc.freeze()  # as run_gui does once started (see app.py)
    return RunningApp(app, paths, database, store, actions, window)


class PaintCounter(QObject):
    """Counts paint events on the widgets it watches: proof that a step repainted."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

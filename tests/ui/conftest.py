"""The real main window on a temporary database, for pytest-qt."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quadrant.app import Database, locations
from quadrant.domain.matrix import Quadrant
from quadrant.paths import resolve_paths
from quadrant.ui.actions import TaskActions
from quadrant.ui.main_window import MainWindow
from quadrant.ui.task_store import TaskStore


@dataclass
class App:
    """The pieces a UI test looks at: the window, and the database behind it."""

    window: MainWindow
    store: TaskStore
    actions: TaskActions
    database: Database

    def rows(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        """Ask the database directly, to check what was really saved."""
        with self.database.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]

    def quadrant_of(self, title: str) -> Quadrant:
        """The quadrant the database has for a task."""
        ((urgent, important),) = self.rows(
            "SELECT urgent, important FROM task WHERE title = :title", title=title
        )
        return Quadrant.of(urgent=bool(urgent), important=bool(important))

    def titles_on_screen(self, quadrant: Quadrant) -> list[str]:
        """The titles a pane shows, top to bottom."""
        model = self.window.matrix.panes[quadrant].model
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    paths = resolve_paths(tmp_path / "data")
    paths.create()
    database = Database(paths)
    store = TaskStore(database.unit_of_work)
    actions = TaskActions(store)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(actions, settings, locations(paths))
    qtbot.addWidget(window)
    store.load()
    window.show()
    qtbot.waitExposed(window)
    yield App(window, store, actions, database)
    database.close()  # pytest-qt closed the window; Qt has deleted it (see below)


from tests.ui.i18n_support import catalogue_dir, translations  # noqa: E402, F401  (fixtures)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Let Qt delete the test's windows while the fixtures still hold them.

    pytest-qt has just closed every widget the test registered and called
    ``deleteLater()`` on it; the fixtures drop their references right after
    this. A window's Python wrappers would then be a garbage cycle while the
    Qt objects still live, and a collection in that gap clears them in no
    particular order. shiboken (6.11) hands a cleared child wrapper ownership
    of its Qt object, so a wrapper PySide made for one of Qt's own parts (the
    ``QSplitterHandle``s that ``findChildren()`` returns, parented to the
    window's wrapper) deletes that part although its splitter still lists it,
    and the splitter's destructor deletes it again: SIGSEGV, in the collector
    or in the next event loop (tests/ui/test_teardown_order.py). Deleted here,
    Qt tears each tree down in its own order and marks every wrapper dead
    first, so the collection that follows is harmless.
    """
    _delete_pending_widgets()


@pytest.fixture(scope="session", autouse=True)
def _freeze_what_the_session_built() -> None:
    """Keep the modules and session state out of every per-test collection (as app.py does).

    Without it each full collection walks everything imported so far, about
    150 ms a test; frozen, a collection walks only what the tests since made.
    """
    gc.freeze()


@pytest.fixture(autouse=True)
def _collect_cycles_after_each_test() -> Iterator[None]:
    """Free each test's reference cycles at its end, not at a random later allocation.

    A cycle that still holds a live Qt tree then breaks (or crashes) in the
    test that made it, not several files later; the deferred deletions the
    fixtures posted while tearing down follow.
    """
    yield
    gc.collect()
    _delete_pending_widgets()


def _delete_pending_widgets() -> None:
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

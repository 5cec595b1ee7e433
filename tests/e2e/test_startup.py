"""Starting the GUI: lazy imports, the quick first paint, and the full path when it is needed.

Each test starts the real app in a child process (``python -m quadrant`` by
way of tests/e2e/startup_child.py), offscreen, with the benchmark hook that
makes it quit once it has painted and finished starting.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause
from quadrant.services import tasks
from quadrant.store.database import create_database_engine
from quadrant.store.migrate import upgrade_to_head
from quadrant.store.unit_of_work import SqlUnitOfWork

CHILD = Path(__file__).with_name("startup_child.py")
NEVER_AT_START = (
    "icalendar",
    "PySide6.QtCharts",
    "quadrant.interop.report",
    "quadrant.interop.markdown",
    "quadrant.interop.html",
    "quadrant.interop.week_export",
    "quadrant.interop.ical",
    "quadrant.ui.pdf",
    "quadrant.ui.charts",
)
"""Loaded when the user asks for a report, a chart or an import, never to show the matrix."""


def _start(data_dir: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUADRANT_BENCH_EXIT_AFTER_PAINT="1")
    env.pop("QUADRANT_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"no report; stderr: {done.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(lines[-1][len("REPORT ") :])
    assert report["status"] == 0, done.stderr[-2000:]
    return report


def _loaded(modules: list[str], name: str) -> bool:
    return any(module == name or module.startswith(name + ".") for module in modules)


@pytest.fixture
def store(data_dir: Path) -> SqlUnitOfWork:
    """A migrated store with a few open tasks, none due soon."""
    engine = create_database_engine(data_dir / "quadrant.sqlite3")
    upgrade_to_head(engine, data_dir / "quadrant.sqlite3")
    uow = SqlUnitOfWork(engine)
    later = datetime.now(UTC) + timedelta(days=90)
    for quadrant in Quadrant:
        tasks.capture(uow, f"Open in {quadrant.key}", quadrant=quadrant, due_at=later)
    engine.dispose()
    return uow


def test_starting_loads_no_report_chart_or_import_module(data_dir: Path, store: Any) -> None:
    report = _start(data_dir)
    for name in NEVER_AT_START:
        assert not _loaded(report["at_exit"], name), f"{name} was imported at start-up"
    assert not _loaded(report["at_exit"], "alembic"), "alembic loaded for an up-to-date store"


def test_the_first_paint_comes_before_sqlalchemy_loads(data_dir: Path, store: Any) -> None:
    report = _start(data_dir)
    assert not _loaded(report["at_paint"], "sqlalchemy")
    assert not _loaded(report["at_paint"], "importlib.metadata"), "the version is read lazily"
    assert _loaded(report["at_exit"], "sqlalchemy"), "the database layer loads right after"


def test_starting_keeps_no_module_source_text_in_memory(data_dir: Path, store: Any) -> None:
    """PySide6 would hold the source of every module imported after it: 20 MB at start."""
    report = _start(data_dir)
    files = [name for name in report["cached_sources"] if name.endswith(".py")]
    assert not [name for name in files if "quadrant" in name or "sqlalchemy" in name]


def test_a_deadline_due_at_start_is_escalated_before_the_matrix_shows(data_dir: Path) -> None:
    engine = create_database_engine(data_dir / "quadrant.sqlite3")
    upgrade_to_head(engine, data_dir / "quadrant.sqlite3")
    uow = SqlUnitOfWork(engine)
    due = datetime.now(UTC) + timedelta(hours=2)
    task = tasks.capture(uow, "Report due today", quadrant=Quadrant.PLAN, due_at=due)
    assert task.id is not None
    engine.dispose()
    report = _start(data_dir)
    assert _loaded(report["at_paint"], "sqlalchemy"), "the full path painted it"
    moved = tasks.get_task(SqlUnitOfWork(engine), task.id)
    assert moved.quadrant is Quadrant.DO
    assert tasks.history(SqlUnitOfWork(engine), task.id)[-1].cause is Cause.DEADLINE
    engine.dispose()


def test_a_new_data_folder_is_migrated_and_starts(data_dir: Path) -> None:
    report = _start(data_dir)
    assert _loaded(report["at_exit"], "alembic")
    assert (data_dir / "quadrant.sqlite3").stat().st_size > 0

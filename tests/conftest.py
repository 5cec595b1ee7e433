"""Shared fixtures: every test keeps its data in a temporary folder, Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME and the XDG folders at a temp folder: no test touches real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("QUADRANT_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    folder = tmp_path / "data"
    return folder


@pytest.fixture
def engine(data_dir: Path) -> Iterator[object]:
    """A migrated database in the test's data folder."""
    from quadrant.store.database import create_database_engine
    from quadrant.store.migrate import upgrade_to_head

    database = data_dir / "quadrant.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database)
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: object) -> object:
    """A unit of work on the test's migrated database."""
    from quadrant.store.unit_of_work import SqlUnitOfWork

    return SqlUnitOfWork(engine)  # type: ignore[arg-type]

"""Migrations: the schema Alembic builds is the schema the code describes."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from quadrant.store.backups import list_backups, take_backup
from quadrant.store.database import create_database_engine
from quadrant.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    is_at_head,
    upgrade_to_head,
)
from quadrant.store.schema import Base

FIXTURES = Path(__file__).parent.parent / "fixtures" / "databases"


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_the_cheap_head_constant_is_the_newest_revision() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION


def test_the_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    database = tmp_path / "q.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # SQLite cannot reflect expression indexes; this one is checked by name instead.
    expression_index = "uq_requester_name_nocase"
    assert [d for d in differences if getattr(d[1], "name", None) != expression_index] == []
    with engine.connect() as connection:
        names = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")
        assert expression_index in {row[0] for row in names}
    assert is_at_head(database)


@pytest.mark.parametrize("revision", revisions())
def test_a_database_at_every_revision_upgrades_to_head(tmp_path: Path, revision: str) -> None:
    database = tmp_path / "q.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database, revision=revision)
    assert current_revision(database) == revision
    backups = tmp_path / "backups"
    upgrade_to_head(engine, database, backup=lambda path: backups.mkdir() or path)
    assert is_at_head(database)


def test_committed_fixture_databases_upgrade_and_keep_their_rows(tmp_path: Path) -> None:
    fixtures = sorted(FIXTURES.glob("*.sqlite3"))
    assert fixtures, "every schema revision needs a committed fixture database"
    for fixture in fixtures:
        database = tmp_path / fixture.name
        database.write_bytes(fixture.read_bytes())
        engine = create_database_engine(database)
        with engine.connect() as connection:
            before = connection.execute(text("SELECT count(*) FROM task")).scalar()
        backups = tmp_path / f"{fixture.stem}-backups"
        upgrade_to_head(engine, database, backup=partial(take_backup, folder=backups,
                                                         reason="migration"))  # fmt: skip
        with engine.connect() as connection:
            after = connection.execute(text("SELECT count(*) FROM task")).scalar()
        assert after == before and before
        assert is_at_head(database)
        assert len(list_backups(backups)) == 1, "a backup is taken before migrating"
        engine.dispose()

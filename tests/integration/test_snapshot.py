"""Full snapshots: every table out as JSON and back into an empty store, byte for byte."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from quadrant.domain.errors import ImportRejected, StorageError
from quadrant.interop.snapshot import (
    FORMAT_VERSION,
    Snapshot,
    TableData,
    decode_snapshot,
    encode_snapshot,
    looks_like_snapshot,
)
from quadrant.services.ports import UnitOfWork
from quadrant.store.database import create_database_engine
from quadrant.store.migrate import HEAD_REVISION, upgrade_to_head
from quadrant.store.snapshot_io import dump_tables, holds_data, load_tables
from tests.integration.test_ical import make_tasks

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def fill_every_table(uow: UnitOfWork, database: Path) -> None:
    """Tasks, log and requesters through the app; the other tables with awkward values."""
    make_tasks(uow)
    connection = sqlite3.connect(database)
    connection.executescript(
        """
        INSERT INTO pack (uid, name, author, version, source_path, imported_at)
        VALUES ('pack-1', 'Team "NL"', 'Lotte', '1.2.0', 'C:\\packs\\team.qpack',
                '2026-11-20 10:00:00.000000');
        INSERT INTO template (uid, name, kind, tone, language, subject, body, tags, pack_id,
                              builtin, version, created_at, updated_at)
        VALUES ('t-1', 'Nee, tenzij…', 'decline', 'warm', 'nl', '', 'Beste {requester},
        helaas…', 'nee,warm', 1, 0, 3, '2026-11-20 10:00:00.000000',
                '2026-11-21 10:00:00.000000');
        INSERT INTO reply (task_id, requester_id, template_id, kind, tone, language, subject,
                           body, at, outcome)
        VALUES (1, 1, 1, 'decline', 'warm', 'nl', 'Re: begroting', 'Tekst 🧾',
                '2026-11-22 08:00:00.000000', 'pending');
        INSERT INTO reflection (week, answers, created_at, updated_at)
        VALUES ('2026-W47', '{"proud": "Begroting op tijd"}', '2026-11-22 16:00:00.000000',
                '2026-11-22 16:30:00.000000');
        INSERT INTO setting (key, value) VALUES ('urgency_horizon_days', '3');
        INSERT INTO setting (key, value) VALUES ('deleted-soon', 'x');
        INSERT INTO setting (key, value) VALUES ('binary', X'00FF10');
        INSERT INTO setting (key, value) VALUES ('real', 2.5);
        DELETE FROM setting WHERE key = 'deleted-soon';
        """
    )
    connection.commit()
    connection.close()


def every_table(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each table's rows as SQLite quotes them: types and bytes included, rowids too."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        result = {}
        for name in names:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            quoted = ", ".join(f'quote("{c}")' for c in columns)
            query = f'SELECT rowid, {quoted} FROM "{name}" ORDER BY rowid'
            result[name] = connection.execute(query).fetchall()
        result["sqlite_master"] = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()
        return result
    finally:
        connection.close()


def snapshot_of(database: Path) -> bytes:
    revision, tables = dump_tables(database)
    assert revision is not None
    return encode_snapshot(
        Snapshot(
            schema_revision=revision,
            created_at=NOW,
            app_version="test",
            tables={name: TableData(cols, rows) for name, (cols, rows) in tables.items()},
        )
    )


def restore_into(folder: Path, data: bytes) -> Path:
    """What ``quadrant restore-snapshot`` does, step by step."""
    snapshot = decode_snapshot(data)
    database = folder / "quadrant.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database, revision=snapshot.schema_revision)
    engine.dispose()
    load_tables(database, {n: (t.columns, t.rows) for n, t in snapshot.tables.items()})
    return database


def test_snapshot_rebuilds_a_byte_equal_database(
    uow: UnitOfWork, engine: Engine, data_dir: Path, tmp_path: Path
) -> None:
    database = data_dir / "quadrant.sqlite3"
    fill_every_table(uow, database)
    engine.dispose()
    before = every_table(database)
    assert all(before[name] for name in ("task", "reprioritisation", "requester", "setting"))
    restored = restore_into(tmp_path / "empty", snapshot_of(database))
    assert every_table(restored) == before


def test_the_snapshot_is_readable_json_with_a_format_version(
    uow: UnitOfWork, engine: Engine, data_dir: Path
) -> None:
    database = data_dir / "quadrant.sqlite3"
    fill_every_table(uow, database)
    data = snapshot_of(database)
    document = json.loads(data)
    assert document["format"] == "quadrant-snapshot"
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_revision"] == HEAD_REVISION
    assert "alembic_version" not in document["tables"]
    text = data.decode("utf-8")
    assert "Tekst 🧾" in text  # not \\u escapes: people can read it
    assert '{"base64": "AP8Q"}' in text
    task_lines = [line for line in text.splitlines() if "Jaarplan" in line]
    assert len(task_lines) == 1  # one row, one line
    assert looks_like_snapshot(data)


def test_setting_keeps_its_rowids_although_its_key_is_text(
    uow: UnitOfWork, engine: Engine, data_dir: Path
) -> None:
    database = data_dir / "quadrant.sqlite3"
    fill_every_table(uow, database)
    columns = json.loads(snapshot_of(database))["tables"]["setting"]["columns"]
    assert columns == ["rowid", "key", "value"]


def test_restore_refuses_a_database_that_holds_data(
    uow: UnitOfWork, engine: Engine, data_dir: Path
) -> None:
    database = data_dir / "quadrant.sqlite3"
    fill_every_table(uow, database)
    data = snapshot_of(database)
    assert holds_data(database)
    engine.dispose()
    with pytest.raises(StorageError, match="already holds data"):
        load_tables(
            database, {n: (t.columns, t.rows) for n, t in decode_snapshot(data).tables.items()}
        )


def test_dangling_references_leave_nothing_behind(tmp_path: Path) -> None:
    database = tmp_path / "quadrant.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database)
    engine.dispose()
    columns = ("id", "task_id", "at", "from_quadrant", "to_quadrant", "from_due", "to_due",
               "cause", "requester_id", "reason_category", "note")  # fmt: skip
    row = (1, 42, "2026-11-23 09:00:00.000000", None, "do", None, None, "self", None, None, "")
    with pytest.raises(ImportRejected, match="do not fit"):
        load_tables(database, {"reprioritisation": (columns, [row])})
    assert not holds_data(database)


def test_unknown_tables_and_columns_are_refused(tmp_path: Path) -> None:
    database = tmp_path / "quadrant.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database)
    engine.dispose()
    with pytest.raises(ImportRejected, match="tables this database does not"):
        load_tables(database, {"evil; DROP TABLE task": (("id",), [])})
    with pytest.raises(ImportRejected, match="columns"):
        load_tables(database, {"setting": (("rowid", "key", "value", "extra"), [])})


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (b"not json", "not JSON"),
        (b"[]", "not a Quadrant snapshot"),
        (b'{"format": "other"}', "not a Quadrant snapshot"),
        (b'{"format": "quadrant-snapshot", "format_version": 99}', "newer Quadrant"),
        (b'{"format": "quadrant-snapshot", "format_version": 1}', "schema_revision"),
    ],
)
def test_bad_snapshots_are_refused_with_a_clear_message(document: bytes, message: str) -> None:
    with pytest.raises(ImportRejected, match=message):
        decode_snapshot(document)


def _document(rows: object) -> bytes:
    return json.dumps(
        {
            "format": "quadrant-snapshot",
            "format_version": 1,
            "app_version": "x",
            "created_at": "2026-11-23T09:00:00+00:00",
            "schema_revision": "0001_initial",
            "tables": {"setting": {"columns": ["rowid", "key", "value"], "rows": rows}},
        }
    ).encode()


@pytest.mark.parametrize(
    "rows",
    [
        "nope",
        [[1, "a"]],
        [[1, "a", {"base64": "!!"}]],
        [[1, "a", [1, 2]]],
        [[1, "a", True]],
        [[2**64, "a", "b"]],
        [[1, "a", {"float": "nan"}]],
    ],
)
def test_malformed_rows_are_refused_with_where(rows: object) -> None:
    with pytest.raises(ImportRejected, match=r"tables\.setting"):
        decode_snapshot(_document(rows))


_CELLS = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.text(),
    st.binary(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_CELLS, _CELLS), max_size=8))
def test_every_sqlite_value_survives_encoding(rows: list[tuple[object, object]]) -> None:
    snapshot = Snapshot("0001_initial", NOW, "x", {"t": TableData(("a", "b"), list(rows))})  # type: ignore[arg-type]
    decoded = decode_snapshot(encode_snapshot(snapshot))
    assert [tuple((type(c), c) for c in row) for row in decoded.tables["t"].rows] == [
        tuple((type(c), c) for c in row) for row in rows
    ]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_hostile_bytes_give_only_import_rejected(data: bytes) -> None:
    with contextlib.suppress(ImportRejected):
        decode_snapshot(data)

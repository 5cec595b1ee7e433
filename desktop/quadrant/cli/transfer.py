"""Tasks in and out: ``import`` by content, exports, and snapshots restored."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

import quadrant
from quadrant.cli import packs
from quadrant.cli.common import Commands, Parser, data_dir_option, require_data
from quadrant.cli.speech import CommandLine, wording_text
from quadrant.domain.errors import QT_TRANSLATE_NOOP
from quadrant.paths import AppPaths

if TYPE_CHECKING:
    from quadrant.domain.transfer import Problem
    from quadrant.domain.wording import Wording

MAX_INPUT_BYTES = 256 * 1024 * 1024
"""Guards the read; every format's own limit is lower."""


def command(commands: Commands, name: str, text: str, handler: object) -> Parser:
    """A sub-command with its help, ``--data-dir`` after it, and its handler."""
    parser = commands.add_parser(name, help=text, description=text)
    data_dir_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def add_commands(commands: Commands) -> None:
    """Register ``import``, ``export-tasks``, ``export-all`` and ``restore-snapshot``."""
    command(commands, "import", "import tasks from an .ics or .csv file", cmd_import).add_argument(
        "file", type=Path, metavar="FILE"
    )
    export = command(commands, "export-tasks", "write tasks as .ics or .csv", cmd_export_tasks)
    export.add_argument("--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--format", choices=("ics", "csv"), help="default: from FILE's suffix")
    export.add_argument("--all", action="store_true", help="also done and dropped tasks")
    command(
        commands, "export-all", "write every table as a JSON snapshot", cmd_export_all
    ).add_argument("--output", required=True, type=Path, metavar="FILE.json")
    command(
        commands,
        "restore-snapshot",
        "rebuild the database of an empty data folder",
        cmd_restore_snapshot,
    ).add_argument("file", type=Path, metavar="FILE.json")


def read_input(path: Path) -> bytes:
    """The bytes of a file offered for import.

    Raises:
        ImportRejected: the file is too large or cannot be read.
    """
    from quadrant.domain.errors import ImportRejected

    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise ImportRejected(
                QT_TRANSLATE_NOOP("errors", "{path} is too large to import."),
                params={"path": path},
            )
        return path.read_bytes()
    except OSError as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            params={"path": path, "reason": e.strerror or e},
        ) from e


def cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    """Recognise the file by its content and hand it to its importer.

    The dispatch point for new formats: add a branch that recognises the
    bytes and calls the format's import.
    """
    from quadrant.domain.errors import ImportRejected
    from quadrant.interop.ical_lines import looks_like_ics
    from quadrant.interop.snapshot import looks_like_snapshot

    data = read_input(args.file)
    if looks_like_ics(data):
        from quadrant.interop.ical import parse_ics

        return import_tasks(paths, args.file, parse_ics(data))
    if looks_like_snapshot(data):
        return restore_snapshot(paths, data)
    if packs.is_template_file(data, args.file.name):
        return packs.import_template_file(paths, args.file, data, replace=args.replace)
    if args.file.suffix.lower() in (".csv", ".txt", ".tsv"):
        from quadrant.interop.csv_tasks import read_rows

        return import_tasks(paths, args.file, read_rows(data))
    raise ImportRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is not a file Quadrant can import: it takes tasks (.ics, .csv), "
            "template packs, Espanso package.yml files and snapshots.",
        ),
        params={"name": args.file.name},
    )


def import_tasks(paths: AppPaths, source: Path, batch: object) -> int:
    """Import a parsed task file after a backup; print what happened, row by row."""
    from quadrant.app import Database
    from quadrant.domain.transfer import ImportBatch, ignored_wording
    from quadrant.services.transfer import import_batch
    from quadrant.store.backups import take_backup
    from quadrant.store.snapshot_io import holds_data

    assert isinstance(batch, ImportBatch)
    if holds_data(paths.database):
        take_backup(paths.database, paths.backups, "import")
    database = Database(paths)
    try:
        summary = import_batch(database.unit_of_work(), batch)
    finally:
        database.close()
    counts = {
        "count": summary.imported,
        "file": source.name,
        "created": summary.created,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
    }
    if summary.imported == 1:
        print(CommandLine.tr("Imported {count} task from {file}: {created} new, "
                             "{updated} updated, {unchanged} unchanged.", **counts))  # fmt: skip
    else:
        print(CommandLine.tr("Imported {count} tasks from {file}: {created} new, "
                             "{updated} updated, {unchanged} unchanged.", **counts))  # fmt: skip
    for problem in summary.skipped:
        print(CommandLine.tr("  skipped {where}: {reason}", **_problem_words(problem)))
    for problem in summary.adjusted:
        print(CommandLine.tr("  note: {where}: {reason}", **_problem_words(problem)))
    if summary.ignored:
        kinds = ", ".join(
            _words(ignored_wording(kind, count)) for kind, count in sorted(summary.ignored.items())
        )
        print(CommandLine.tr("  not tasks, left alone: {kinds}", kinds=kinds))
    return 0


def _problem_words(problem: Problem) -> dict[str, str]:
    """A skipped or adjusted item's place and reason, each translated as a whole phrase."""
    return {"where": _words(problem.where), "reason": _words(problem.reason)}


def _words(wording: Wording) -> str:
    return wording_text(wording.template, wording.params)


def cmd_export_tasks(args: argparse.Namespace, paths: AppPaths) -> int:
    """Write the open tasks (or all, with ``--all``) as iCalendar or CSV."""
    from quadrant.app import Database
    from quadrant.domain.errors import ExportFailed
    from quadrant.interop.atomic import write_atomically
    from quadrant.interop.csv_tasks import export_csv
    from quadrant.interop.ical import export_ics
    from quadrant.services.transfer import ExportScope, tasks_to_export

    chosen = args.format or args.output.suffix.lower().lstrip(".")
    if chosen not in ("ics", "csv"):
        raise ExportFailed(
            QT_TRANSLATE_NOOP(
                "errors", "Say --format ics or --format csv, or name the file .ics or .csv."
            )
        )
    require_data(paths)
    database = Database(paths)
    try:
        tasks = tasks_to_export(
            database.unit_of_work(), ExportScope.ALL if args.all else ExportScope.OPEN
        )
    finally:
        database.close()
    write_atomically(args.output, export_ics(tasks) if chosen == "ics" else export_csv(tasks))
    if len(tasks) == 1:
        print(CommandLine.tr("Wrote {count} task to {path}", count=1, path=args.output))
    else:
        print(CommandLine.tr("Wrote {count} tasks to {path}", count=len(tasks), path=args.output))
    return 0


def cmd_export_all(args: argparse.Namespace, paths: AppPaths) -> int:
    """Write every table as a JSON snapshot (restored by ``restore-snapshot``)."""
    from datetime import UTC, datetime

    from quadrant.domain.errors import StorageError
    from quadrant.interop.atomic import write_atomically
    from quadrant.interop.snapshot import Snapshot, TableData, encode_snapshot
    from quadrant.store.snapshot_io import dump_tables

    revision, tables = dump_tables(paths.database)
    if revision is None:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "{database} is not a Quadrant database."),
            params={"database": paths.database},
        )
    snapshot = Snapshot(
        schema_revision=revision,
        created_at=datetime.now(UTC),
        app_version=quadrant.__version__,
        tables={name: TableData(columns, rows) for name, (columns, rows) in tables.items()},
    )
    write_atomically(args.output, encode_snapshot(snapshot))
    rows = sum(len(rows) for _columns, rows in tables.values())
    print(
        CommandLine.tr("Wrote {tables} tables ({rows} rows) to {path}",
                       tables=len(tables), rows=rows, path=args.output)
    )  # fmt: skip
    return 0


def cmd_restore_snapshot(args: argparse.Namespace, paths: AppPaths) -> int:
    """Rebuild the database of an empty data folder from a snapshot file."""
    return restore_snapshot(paths, read_input(args.file))


def restore_snapshot(paths: AppPaths, data: bytes) -> int:
    """Rebuild a database from a snapshot: schema at the snapshot's revision, rows, then head."""
    from alembic.util import CommandError

    from quadrant.domain.errors import ImportRejected, StorageError
    from quadrant.interop.snapshot import decode_snapshot
    from quadrant.store.database import create_database_engine
    from quadrant.store.migrate import upgrade_to_head
    from quadrant.store.snapshot_io import holds_data, load_tables

    snapshot = decode_snapshot(data)
    if holds_data(paths.database):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{folder} already holds Quadrant data; restore a snapshot into an empty folder.",
            ),
            params={"folder": paths.data},
        )
    paths.create()
    engine = create_database_engine(paths.database)
    try:
        upgrade_to_head(engine, paths.database, revision=snapshot.schema_revision)
    except CommandError as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The snapshot's schema {revision} is unknown to this Quadrant."
            ),
            params={"revision": snapshot.schema_revision},
        ) from e
    finally:
        engine.dispose()
    load_tables(paths.database, {n: (t.columns, t.rows) for n, t in snapshot.tables.items()})
    engine = create_database_engine(paths.database)
    try:
        upgrade_to_head(engine, paths.database)
    finally:
        engine.dispose()
    rows = sum(len(table.rows) for table in snapshot.tables.values())
    print(
        CommandLine.tr("Restored {rows} rows from a snapshot of {moment} UTC.",
                       rows=rows, moment=f"{snapshot.created_at:%Y-%m-%d %H:%M}")
    )  # fmt: skip
    return 0

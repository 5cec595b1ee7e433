"""The command line: the GUI by default, and headless sub-commands.

Bad arguments give one line on stderr and status 2; a project error gives
one line and status 2 as well (1 where a check found a problem). Never a
traceback.

Adding a sub-command: write ``_cmd_<name>(args) -> int`` and register it in
``_add_subcommands`` with its arguments. Heavy imports stay inside the
command function, so ``quadrant --version`` and the GUI start stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import quadrant
from quadrant.domain.errors import QuadrantError
from quadrant.logging_setup import configure_logging
from quadrant.paths import DATA_DIR_ENV, AppPaths, resolve_paths

if TYPE_CHECKING:
    from quadrant.interop.week_export import ChartPainter, PdfRenderer


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


class _VersionAction(argparse.Action):
    """--version, reading the version only when asked (see quadrant.__getattr__)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"quadrant {quadrant.__version__}")  # to stdout, as argparse's own action does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, global options first."""
    parser = _Parser(
        prog="quadrant",
        description="Prioritise, say no kindly, and reflect on your week.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep all data in DIR (also ${DATA_DIR_ENV}); default: the platform's data folder",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="start, save the populated main window to FILE.png, and quit",
    )
    _add_subcommands(parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser))
    return parser


def _add_subcommands(commands: argparse._SubParsersAction[_Parser]) -> None:
    demo = commands.add_parser("demo", help="fill an empty store with an example week")
    demo.add_argument("--force", action="store_true", help="add it even if the store has tasks")
    demo.add_argument(
        "--language", choices=("en", "nl"), default="en", help="language of the texts"
    )
    demo.set_defaults(handler=_cmd_demo)
    _add_export_week(commands)
    _add_empty_trash(commands)
    _add_transfer_commands(commands)
    _add_pack_commands(commands)


def main(argv: Sequence[str] | None = None) -> int:
    """Run Quadrant; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(arguments)
    paths = resolve_paths(args.data_dir)
    handler = getattr(args, "handler", None)
    configure_logging(paths.logs)
    try:
        if handler is None:
            from quadrant.app import run_gui

            return run_gui(paths, screenshot=args.screenshot, argv=[sys.argv[0], *arguments])
        status: int = handler(args, paths)
        return status
    except QuadrantError as e:
        print(f"quadrant: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.app import Database
    from quadrant.services.demo import fill_demo

    database = Database(paths)
    try:
        added = fill_demo(database.unit_of_work, language=args.language, force=args.force)
    finally:
        database.close()
    print(f"Added the example week: {added} tasks in {paths.data}")
    return 0


_WEEK_STARTS = {"monday": 0, "saturday": 5, "sunday": 6}


def _add_export_week(commands: argparse._SubParsersAction[_Parser]) -> None:
    export = commands.add_parser(
        "export-week", help="write a week's reflection or value report to a file"
    )
    export.add_argument("--week", required=True, metavar="YYYY-Www", help="the ISO week, 2026-W47")
    export.add_argument("--format", required=True, choices=("md", "html", "csv", "pdf"))
    export.add_argument("--variant", choices=("reflection", "value"), default="reflection")
    export.add_argument("--output", required=True, metavar="FILE", type=Path)
    export.add_argument("--language", choices=("en", "nl"), default="en")
    export.add_argument("--week-start", choices=tuple(_WEEK_STARTS), default="monday")
    export.add_argument(
        "--hide-names", action="store_true", help="value report: leave out other requesters' names"
    )
    export.add_argument("--for", dest="for_requester", metavar="NAME", help="the report's reader")
    # SUPPRESS: given after the sub-command it wins, and it never hides the global --data-dir.
    export.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    export.set_defaults(handler=_cmd_export_week)


def _cmd_export_week(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.app import Database
    from quadrant.domain.errors import StorageError
    from quadrant.interop.report import ReportOptions, Variant
    from quadrant.interop.week_export import ExportFormat, export_week, prepare_export

    export_format = ExportFormat(args.format)
    renderer, painter = _pdf_tools() if export_format is ExportFormat.PDF else (None, None)
    week, output = prepare_export(args.week, args.output, export_format, renderer)
    if not paths.database.is_file():
        raise StorageError(f"There is no Quadrant data in {paths.data}.")
    options = ReportOptions(
        variant=Variant(args.variant),
        language=args.language,
        hide_other_names=args.hide_names,
        for_requester=args.for_requester,
    )
    database = Database(paths)
    try:
        written = export_week(
            database.unit_of_work(),
            week,
            output,
            export_format,
            options,
            week_start=_WEEK_STARTS[args.week_start],
            pdf_renderer=renderer,
            chart_painter=painter,
        )
    finally:
        database.close()
    print(f"Wrote week {week} ({args.format}, {args.variant}) to {written}")
    return 0


def _pdf_tools() -> tuple[PdfRenderer, ChartPainter]:
    """Qt draws the PDF: a QGuiApplication (offscreen without a display), no window."""
    from quadrant.ui.pdf import ensure_gui_application, paint_chart, pdf_renderer

    ensure_gui_application()
    return pdf_renderer, paint_chart


def _add_empty_trash(commands: argparse._SubParsersAction[_Parser]) -> None:
    trash = commands.add_parser(
        "empty-trash", help="remove deleted tasks for good: their text, history and replies"
    )
    trash.add_argument(
        "--older-than-days", type=_days, default=0, metavar="N",
        help="only tasks deleted at least N days ago (default: all deleted tasks)",
    )  # fmt: skip
    trash.set_defaults(handler=_cmd_empty_trash)


def _days(text: str) -> int:
    """A number of days from 0 to a century (argparse type)."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 0 <= days <= 36_500:
        raise argparse.ArgumentTypeError("the number of days must be between 0 and 36500")
    return days


def _cmd_empty_trash(args: argparse.Namespace, paths: AppPaths) -> int:
    from datetime import timedelta

    from quadrant.app import Database
    from quadrant.domain.errors import StorageError
    from quadrant.services.tasks import purge_deleted

    if not paths.database.is_file():
        raise StorageError(f"There is no Quadrant data in {paths.data}.")
    database = Database(paths)
    try:
        purged = purge_deleted(database.unit_of_work(), timedelta(days=args.older_than_days))
    finally:
        database.close()
    print(f"Removed {purged} deleted tasks for good.")
    return 0


# --- tasks in and out: import, exports, snapshot, backups (issue 6) --------------------------


def _add_transfer_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    def command(name: str, text: str, handler: object) -> _Parser:
        parser = commands.add_parser(name, help=text, description=text)
        parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
        parser.set_defaults(handler=handler)
        return parser

    command("import", "import tasks from an .ics or .csv file", _cmd_import).add_argument(
        "file", type=Path, metavar="FILE"
    )
    export = command("export-tasks", "write tasks as .ics or .csv", _cmd_export_tasks)
    export.add_argument("--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--format", choices=("ics", "csv"), help="default: from FILE's suffix")
    export.add_argument("--all", action="store_true", help="also done and dropped tasks")
    command("export-all", "write every table as a JSON snapshot", _cmd_export_all).add_argument(
        "--output", required=True, type=Path, metavar="FILE.json"
    )
    command(
        "restore-snapshot", "rebuild the database of an empty data folder", _cmd_restore_snapshot
    ).add_argument("file", type=Path, metavar="FILE.json")
    command("backup", "take a verified backup now", _cmd_backup)
    command("check", "check the database (exit status 1 if damaged)", _cmd_check)
    command("list-backups", "list the backups with their task counts", _cmd_list_backups)
    command("restore", "restore a backup (a damaged database is kept aside)", _cmd_restore)
    commands.choices["restore"].add_argument(
        "backup", metavar="BACKUP", help="a backup file, its name, or 'newest'"
    )


def _read_input(path: Path) -> bytes:
    from quadrant.domain.errors import ImportRejected

    limit = 256 * 1024 * 1024  # every format's own limit is lower; this guards the read
    try:
        if path.stat().st_size > limit:
            raise ImportRejected(f"{path} is too large to import.")
        return path.read_bytes()
    except OSError as e:
        raise ImportRejected(f"Cannot read {path}: {e.strerror or e}.") from e


def _cmd_import(args: argparse.Namespace, paths: AppPaths) -> int:
    """Recognise the file by its content and hand it to its importer.

    The dispatch point for new formats (template packs, espanso): add a
    branch that recognises the bytes and calls the format's import.
    """
    from quadrant.domain.errors import ImportRejected
    from quadrant.interop.ical_lines import looks_like_ics
    from quadrant.interop.snapshot import looks_like_snapshot

    data = _read_input(args.file)
    if looks_like_ics(data):
        from quadrant.interop.ical import parse_ics

        return _import_tasks(paths, args.file, parse_ics(data))
    if looks_like_snapshot(data):
        return _restore_snapshot(paths, data)
    if _is_template_file(data):
        return _import_template_file(paths, args.file, data, replace=args.replace)
    if args.file.suffix.lower() in (".csv", ".txt", ".tsv"):
        from quadrant.interop.csv_tasks import read_rows

        return _import_tasks(paths, args.file, read_rows(data))
    raise ImportRejected(f"{args.file.name} is not a file Quadrant can import (.ics, .csv).")


def _import_tasks(paths: AppPaths, source: Path, batch: object) -> int:
    from quadrant.app import Database
    from quadrant.domain.transfer import ImportBatch
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
    print(
        f"Imported {summary.imported} tasks from {source.name}: {summary.created} new, "
        f"{summary.updated} updated, {summary.unchanged} unchanged."
    )
    for problem in summary.skipped:
        print(f"  skipped {problem}")
    for problem in summary.adjusted:
        print(f"  note: {problem}")
    if summary.ignored:
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(summary.ignored.items()))
        print(f"  not tasks, left alone: {kinds}")
    return 0


def _cmd_export_tasks(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.app import Database
    from quadrant.domain.errors import ExportFailed, StorageError
    from quadrant.interop.atomic import write_atomically
    from quadrant.interop.csv_tasks import export_csv
    from quadrant.interop.ical import export_ics
    from quadrant.services.transfer import ExportScope, tasks_to_export

    chosen = args.format or args.output.suffix.lower().lstrip(".")
    if chosen not in ("ics", "csv"):
        raise ExportFailed("Say --format ics or --format csv, or name the file .ics or .csv.")
    if not paths.database.is_file():
        raise StorageError(f"There is no Quadrant data in {paths.data}.")
    database = Database(paths)
    try:
        tasks = tasks_to_export(
            database.unit_of_work(), ExportScope.ALL if args.all else ExportScope.OPEN
        )
    finally:
        database.close()
    write_atomically(args.output, export_ics(tasks) if chosen == "ics" else export_csv(tasks))
    print(f"Wrote {len(tasks)} tasks to {args.output}")
    return 0


def _cmd_export_all(args: argparse.Namespace, paths: AppPaths) -> int:
    from datetime import UTC, datetime

    from quadrant.domain.errors import StorageError
    from quadrant.interop.atomic import write_atomically
    from quadrant.interop.snapshot import Snapshot, TableData, encode_snapshot
    from quadrant.store.snapshot_io import dump_tables

    revision, tables = dump_tables(paths.database)
    if revision is None:
        raise StorageError(f"{paths.database} is not a Quadrant database.")
    snapshot = Snapshot(
        schema_revision=revision,
        created_at=datetime.now(UTC),
        app_version=quadrant.__version__,
        tables={name: TableData(columns, rows) for name, (columns, rows) in tables.items()},
    )
    write_atomically(args.output, encode_snapshot(snapshot))
    rows = sum(len(rows) for _columns, rows in tables.values())
    print(f"Wrote {len(tables)} tables ({rows} rows) to {args.output}")
    return 0


def _cmd_restore_snapshot(args: argparse.Namespace, paths: AppPaths) -> int:
    return _restore_snapshot(paths, _read_input(args.file))


def _restore_snapshot(paths: AppPaths, data: bytes) -> int:
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
            f"{paths.data} already holds Quadrant data; restore a snapshot into an empty folder."
        )
    paths.create()
    engine = create_database_engine(paths.database)
    try:
        upgrade_to_head(engine, paths.database, revision=snapshot.schema_revision)
    except CommandError as e:
        raise ImportRejected(
            f"The snapshot's schema {snapshot.schema_revision} is unknown to this Quadrant."
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
    print(f"Restored {rows} rows from a snapshot of {snapshot.created_at:%Y-%m-%d %H:%M} UTC.")
    return 0


def _cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.domain.errors import StorageError
    from quadrant.store.backups import rotate_backups, take_backup

    if not paths.database.is_file():
        raise StorageError(f"There is no Quadrant data in {paths.data}.")
    backup = take_backup(paths.database, paths.backups, "manual")
    rotate_backups(paths.backups)
    print(f"Backup written and verified: {backup}")
    return 0


def _cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.store.backups import full_check

    problems = full_check(paths.database)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{paths.database} is damaged; see 'quadrant restore --help'.", file=sys.stderr)
        return 1
    print(f"{paths.database}: ok")
    return 0


def _cmd_list_backups(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.store.backups import describe_backup, list_backups

    for path in list_backups(paths.backups):
        info = describe_backup(path)
        count = "unreadable" if info.task_count is None else f"{info.task_count} tasks"
        taken = f"{info.taken_at.astimezone():%Y-%m-%d %H:%M}"
        print(f"{taken}  {count:>12}  {info.reason:<15} {path.name}")
    return 0


def _cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from quadrant.domain.errors import StorageError
    from quadrant.store.backups import list_backups, quarantine_corrupt, quick_check, restore_backup

    chosen = Path(args.backup)
    if args.backup == "newest":
        newest = list_backups(paths.backups)
        if not newest:
            raise StorageError(f"There are no backups in {paths.backups}.")
        chosen = newest[0]
    elif not chosen.is_file() and (paths.backups / args.backup).is_file():
        chosen = paths.backups / args.backup
    if not chosen.is_file():
        raise StorageError(f"There is no backup {args.backup}.")
    if paths.database.is_file() and quick_check(paths.database) != "ok":
        moved = quarantine_corrupt(paths.database)
        print(f"The damaged database was kept aside as {moved.name}")
    paths.create()
    restore_backup(chosen, paths.database, safety_folder=paths.backups)
    print(f"Restored {chosen.name} into {paths.database}")
    return 0


# --- template packs and Espanso (issue 5) ---------------------------------------------------


def _add_pack_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    export = commands.add_parser(
        "export-pack", help="write templates as a template pack to share with colleagues"
    )
    export.add_argument("--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--language", choices=("nl", "en"), help="only templates in this language")
    export.add_argument("--kind", metavar="KIND", help="only this reply kind, e.g. decline")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--builtin", action="store_true", help="only the built-in templates")
    which.add_argument("--mine", action="store_true", help="only your own templates")
    export.add_argument("--name", default="Quadrant templates", help="the pack's name")
    export.add_argument("--author", default="", help="the pack's author")
    export.add_argument("--pack-version", default="1.0.0", metavar="X.Y.Z")
    export.add_argument("--uid", help="the pack's stable uid (default: from author and name)")
    export.add_argument(
        "--strip-names", action="store_true", help="replace personal names by placeholders"
    )
    export.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)
    export.set_defaults(handler=_cmd_export_pack)
    commands.choices["import"].add_argument(
        "--replace",
        action="store_true",
        help="template packs: replace conflicting templates instead of keeping both",
    )


def _is_template_file(data: bytes) -> bool:
    from quadrant.interop.template_files import template_file_kind

    return template_file_kind(data) is not None


def _import_template_file(paths: AppPaths, source: Path, data: bytes, *, replace: bool) -> int:
    """Import a pack or an Espanso file without a preview.

    New and changed templates are imported, conflicts kept both (replaced
    with ``--replace``). The file is checked completely before the database
    is opened, so a bad file leaves the data untouched.
    """
    from quadrant.app import Database
    from quadrant.interop.template_files import read_template_bytes
    from quadrant.services.sharing import apply_import, plan_pack
    from quadrant.services.templates import ensure_builtins
    from quadrant.store.unit_of_work import SqlUnitOfWork

    template_file = read_template_bytes(data, source)
    database = Database(paths)
    try:
        uow = SqlUnitOfWork(database.engine)
        ensure_builtins(uow)  # a pack's copy of a built-in then meets the built-in
        plan = plan_pack(uow, template_file.pack, str(source))
        result = apply_import(uow, plan, plan.defaults(replace_conflicts=replace))
    finally:
        database.close()
    line = result.summary()
    if template_file.skipped:
        line += f" {len(template_file.skipped)} matches were not plain text and were left out."
    print(line)
    return 0


def _cmd_export_pack(args: argparse.Namespace, paths: AppPaths) -> int:
    import re

    from quadrant.app import Database
    from quadrant.domain.errors import ValidationError
    from quadrant.domain.replies import Language, ReplyKind
    from quadrant.interop.atomic import check_target, write_atomically
    from quadrant.services.sharing import export_pack, new_metadata
    from quadrant.services.templates import (
        TemplateQuery,
        TemplateSource,
        ensure_builtins,
        list_templates,
    )
    from quadrant.store.unit_of_work import SqlUnitOfWork

    try:
        kind = ReplyKind(args.kind) if args.kind else None
    except ValueError:
        known = ", ".join(k.value for k in ReplyKind)
        raise ValidationError(f"Unknown kind {args.kind!r}; use one of: {known}.") from None
    target = check_target(args.output)
    source = TemplateSource.BUILTIN if args.builtin else TemplateSource.MINE if args.mine else None
    language = Language(args.language) if args.language else None
    query = TemplateQuery(kind=kind, language=language, source=source)
    slug = re.sub(r"[^a-z0-9]+", "-", f"{args.author or 'anonymous'} {args.name}".lower())
    metadata = new_metadata(
        args.name,
        author=args.author,
        version=args.pack_version,
        uid=args.uid or f"pack.{slug.strip('-')[:150]}",
    )
    database = Database(paths)
    try:
        uow = SqlUnitOfWork(database.engine)
        ensure_builtins(uow)
        ids = [t.id for t in list_templates(uow, query) if t.id is not None]
        data = export_pack(uow, ids, metadata, strip_personal_names=args.strip_names)
    finally:
        database.close()
    write_atomically(target, data)
    print(f"Wrote {len(ids)} templates to {target}")
    return 0

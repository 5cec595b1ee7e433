"""Template packs and Espanso: ``export-pack``, and template files in ``import``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from quadrant.cli.common import Commands, data_dir_option
from quadrant.cli.speech import CommandLine
from quadrant.domain.errors import QT_TRANSLATE_NOOP
from quadrant.paths import AppPaths

if TYPE_CHECKING:
    from quadrant.services.sharing import ImportResult


def add_commands(commands: Commands) -> None:
    """Register ``export-pack`` and ``import --replace`` (after ``import`` exists)."""
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
    data_dir_option(export)
    export.set_defaults(handler=cmd_export_pack)
    commands.choices["import"].add_argument(
        "--replace",
        action="store_true",
        help="template packs: replace conflicting templates instead of keeping both",
    )


def is_template_file(data: bytes, name: str = "") -> bool:
    """Whether ``data`` (from the file ``name``) is a template pack or an Espanso match file."""
    from quadrant.interop.template_files import template_file_kind

    return template_file_kind(data, name) is not None


def import_template_file(paths: AppPaths, source: Path, data: bytes, *, replace: bool) -> int:
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
    line = import_summary(result)
    left_out = len(template_file.skipped)
    if left_out == 1:
        line += " " + CommandLine.tr("{count} match was not plain text and was left out.",
                                     count=left_out)  # fmt: skip
    elif left_out > 1:
        line += " " + CommandLine.tr("{count} matches were not plain text and were left out.",
                                     count=left_out)  # fmt: skip
    print(line)
    return 0


def import_summary(result: ImportResult) -> str:
    """The one line after an import, as ImportResult.summary() says it in English."""
    counts = {
        "name": result.pack_name,
        "version": result.version,
        "added": result.added,
        "replaced": result.replaced,
        "kept_both": result.kept_both,
        "unchanged": result.unchanged,
        "skipped": result.skipped,
    }
    if not result.changed:
        return CommandLine.tr(
            "Nothing to import from “{name}” {version}: {unchanged} unchanged, {skipped} skipped.",
            **counts,
        )
    return CommandLine.tr(
        "Imported “{name}” {version}: {added} new, {replaced} replaced, {kept_both} kept both, "
        "{unchanged} unchanged, {skipped} skipped.",
        **counts,
    )


def cmd_export_pack(args: argparse.Namespace, paths: AppPaths) -> int:
    """Write the chosen templates as a template pack."""
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
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind '{kind}'; use one of: {known}."),
            params={"kind": args.kind, "known": ", ".join(k.value for k in ReplyKind)},
        ) from None
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
    if len(ids) == 1:
        print(CommandLine.tr("Wrote {count} template to {path}", count=1, path=target))
    else:
        print(CommandLine.tr("Wrote {count} templates to {path}", count=len(ids), path=target))
    return 0

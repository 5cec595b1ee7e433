"""A picture of the pack import preview with a changed template, for the docs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/pack_import_screenshots.py \
        [docs/screenshots] [--language en|nl] [--dark]

A team pack is imported once, then an update of it is opened: the preview
shows the changed template's old and new text side by side, the diff's
colours on the palette chosen (``--dark``: Fusion with the screenshots' dark
palette, where the line colours must stay readable).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshots import start  # packaging/screenshots.py, beside this script

from quadrant.app import Database, locations
from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.paths import resolve_paths
from quadrant.ui.actions import TaskActions
from quadrant.ui.dialogs.pack_import_dialog import PackImportDialog
from quadrant.ui.main_window import MainWindow
from quadrant.ui.task_store import TaskStore

SIZE = (1100, 720)
META = PackMetadata(uid="team.office", name="Office team", version="1.0.0", author="Sandra")
BEFORE = (
    "Hi {requester_first_name},\n\nThanks for thinking of me. I can't take this on: "
    "this week is full with the board pack.\n\nKind regards,\n{my_name}"
)
AFTER = (
    "Hi {requester_first_name},\n\nThanks for thinking of me. I can't take this on "
    "before {alternative_date}: the board pack comes first.\n\nCould Ahmed help?\n\n"
    "Kind regards,\n{my_name}"
)


def _pack(version: str, body: str, revision: int) -> bytes:
    template = Template(
        "team.office.decline", "Decline, warmly", ReplyKind.DECLINE, Tone.WARM, Language.EN,
        "Re: {task}", body, version=revision,
    )  # fmt: skip
    other = Template(
        "team.office.later", "Not now", ReplyKind.POSTPONE, Tone.NEUTRAL, Language.EN,
        "Re: {task}", "Hi {requester_first_name},\n\nI'll pick this up on {alternative_date}.",
    )  # fmt: skip
    return pack_to_bytes(Pack(_meta(version), (template, other)))


def _meta(version: str) -> PackMetadata:
    return PackMetadata(uid=META.uid, name=META.name, version=version, author=META.author)


def main(argv: list[str]) -> int:
    """Write pack-import[-nl][-dark].png into the folder given."""
    args, _app, suffix = start(argv, __doc__ or "")  # _app: alive while the pictures are made
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        paths = resolve_paths(root / "data")
        paths.create()
        database = Database(paths)
        store = TaskStore(database.unit_of_work)
        window = MainWindow(
            TaskActions(store),
            QSettings(str(paths.settings_file), QSettings.Format.IniFormat),
            locations(paths),
        )
        window.persist_state = False
        store.load()
        window.show()
        first, update = root / "office-1.0.json", root / "office-1.1.json"
        first.write_bytes(_pack("1.0.0", BEFORE, 1))
        update.write_bytes(_pack("1.1.0", AFTER, 2))
        dialog = window.packs.open_file(first)
        assert isinstance(dialog, PackImportDialog)
        dialog.accept()
        dialog = window.packs.open_file(update)
        assert isinstance(dialog, PackImportDialog)
        dialog.resize(*SIZE)
        dialog.show_item("team.office.decline")
        QApplication.processEvents()
        dialog.repaint()
        picture = args.folder / f"pack-import{suffix}.png"
        if not dialog.grab().save(str(picture), "PNG"):
            raise SystemExit(f"could not write {picture}")
        print(picture)
        dialog.reject()
        window.close()
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Pictures of the weekly reflection for the docs: the dialog, and page 1 of its PDF report.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/reflection_screenshots.py \
        [docs/screenshots] [--language en|nl] [--dark]

The example week is built around a fixed Friday afternoon, so the pictures
change only when the dialog or the report does. The PDF page is rendered
with pdftoppm (poppler-utils) when it is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshots import start  # packaging/screenshots.py, beside this script

from quadrant.app import Database, locations
from quadrant.domain.reflection import IsoWeek
from quadrant.interop.report import ReportOptions
from quadrant.interop.week_export import ExportFormat, export_week
from quadrant.paths import resolve_paths
from quadrant.services.demo import fill_demo
from quadrant.ui.actions import TaskActions
from quadrant.ui.main_window import MainWindow
from quadrant.ui.pdf import paint_chart, pdf_renderer
from quadrant.ui.task_store import TaskStore

FRIDAY = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
WEEK = IsoWeek(2026, 47)
SIZE = (1120, 820)


def main(argv: list[str]) -> int:
    """Write reflection-dialog.png and report-page1.png into the folder given."""
    args, _app, suffix = start(argv, __doc__ or "")  # _app: alive while the pictures are made
    with tempfile.TemporaryDirectory() as scratch:
        paths = resolve_paths(Path(scratch))
        paths.create()
        database = Database(paths)
        fill_demo(database.unit_of_work, language=args.language, now=FRIDAY)
        store = TaskStore(database.unit_of_work)
        window = MainWindow(
            TaskActions(store),
            QSettings(str(paths.settings_file), QSettings.Format.IniFormat),
            locations(paths),
        )
        window.persist_state = False
        store.load()
        window.show()
        dialog = window.reflection.open_reflection(WEEK)
        dialog.resize(*SIZE)
        QApplication.processEvents()
        dialog.repaint()
        picture = args.folder / f"reflection-dialog{suffix}.png"
        if not dialog.grab().save(str(picture), "PNG"):
            raise SystemExit(f"could not write {picture}")
        print(picture)
        report = Path(scratch) / "report.pdf"
        export_week(
            database.unit_of_work(), WEEK, report, ExportFormat.PDF,
            ReportOptions(language=args.language), pdf_renderer=pdf_renderer,
            chart_painter=paint_chart, now=FRIDAY,
        )  # fmt: skip
        dialog.reject()
        window.close()
        database.close()
        if shutil.which("pdftoppm") is None:
            print("pdftoppm is not installed: no picture of the report", file=sys.stderr)
            return 0
        page = args.folder / f"report-page1{suffix}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
             str(report), str(page)],
            check=True,
        )  # fmt: skip
        print(f"{page}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

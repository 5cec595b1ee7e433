"""Screenshots of the import and backup dialogs: CSV mapping, import summary, restore.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/transfer_screenshots.py [docs/screenshots]

Each dialog is built on real data the way the app builds it: the CSV mapping
on the Outlook fixture, the summary from a real import of a file with broken
to-dos, the restore dialog on backups taken of a real database.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from quadrant.app import Database
from quadrant.app_transfer import StoreBackups
from quadrant.interop.csv_tasks import read_table
from quadrant.interop.ical import parse_ics
from quadrant.paths import resolve_paths
from quadrant.services.demo import fill_demo
from quadrant.services.transfer import import_batch
from quadrant.store.backups import take_backup
from quadrant.ui.dialogs.csv_mapping_dialog import CsvMappingDialog
from quadrant.ui.dialogs.import_summary import ImportSummaryDialog
from quadrant.ui.dialogs.restore_dialog import RestoreDialog
from quadrant.ui.i18n import install_translations

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"


def grab(widget: QWidget, target: Path) -> None:
    """Show, lay out and save a widget as PNG."""
    widget.show()
    QApplication.processEvents()
    widget.repaint()
    if not widget.grab().save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    print(target)


def demo_database(folder: Path) -> Database:
    paths = resolve_paths(folder)
    paths.create()
    database = Database(paths)
    fill_demo(database.unit_of_work, language="en")
    return database


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(["quadrant"])
    install_translations("en")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        table = read_table((FIXTURES / "csv" / "outlook_en.csv").read_bytes())
        mapping = CsvMappingDialog(table, "Outlook tasks.csv")
        grab(mapping, out / "csv-mapping.png")
        database = demo_database(Path(scratch) / "data")
        batch = parse_ics((FIXTURES / "ics" / "bad_dates.ics").read_bytes())
        summary = import_batch(database.unit_of_work(), batch)
        backup = take_backup(database.paths.database, database.paths.backups, "import")
        grab(ImportSummaryDialog(summary, "Team tasks.ics", backup), out / "import-summary.png")
        now = datetime.now(UTC)
        for hours, reason in ((2, "periodic"), (26, "start"), (50, "manual"), (170, "migration")):
            take_backup(database.paths.database, database.paths.backups, reason,
                        now - timedelta(hours=hours))  # fmt: skip
        backups = StoreBackups(database.paths, database.close)
        grab(RestoreDialog(backups.entries(), lambda _p: None), out / "restore.png")
        database.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))

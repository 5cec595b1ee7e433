"""The main window with the import/export/backup actions on a real data folder, for pytest-qt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quadrant.app_transfer import StoreBackups, StoreSnapshots
from quadrant.domain.matrix import Quadrant
from quadrant.paths import AppPaths
from quadrant.services import tasks as task_service
from quadrant.ui.transfer_actions import TransferActions, install_transfer_actions
from tests.ui.conftest import App

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@dataclass
class TransferApp:
    """The app fixture plus the transfer actions and the data folder behind them."""

    app: App
    transfer: TransferActions
    paths: AppPaths
    chosen: list[Path | None]

    def capture(self, title: str, quadrant: Quadrant = Quadrant.DO) -> None:
        """Add a task straight through the use case, and show it."""
        task_service.capture(self.app.database.unit_of_work(), title, quadrant=quadrant)
        self.app.store.load()

    def titles_in_matrix(self) -> list[str]:
        """Every title the four panes show, sorted."""
        return sorted(t for q in Quadrant for t in self.app.titles_on_screen(q))

    def task_titles_in_database(self) -> list[str]:
        return sorted(str(row[0]) for row in self.app.rows("SELECT title FROM task"))

    def backups(self, reason: str) -> list[Path]:
        return sorted(self.paths.backups.glob(f"quadrant-*-{reason}.sqlite3"))


def ics_file(folder: Path, todos: int) -> Path:
    """An .ics file with ``todos`` simple to-dos (for the long-import tests)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for number in range(todos):
        lines += ["BEGIN:VTODO", f"UID:many-{number}@example.org", f"SUMMARY:Taak {number}",
                  "PRIORITY:1", "END:VTODO"]  # fmt: skip
    lines.append("END:VCALENDAR")
    path = folder / f"many-{todos}.ics"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    return path


def build_transfer_app(app: App) -> TransferApp:
    """The transfer actions on ``app``'s window, with file choosers answered from a list."""
    paths = app.database.paths
    transfer = install_transfer_actions(
        app.window,
        StoreBackups(paths, app.database.close),
        StoreSnapshots(paths, app.database.close),
    )
    chosen: list[Path | None] = []
    transfer.choose_open_file = lambda _parent, _title, _filter: chosen.pop(0)
    transfer.choose_save_file = lambda _parent, _title, _name, _filter: chosen.pop(0)
    return TransferApp(app, transfer, paths, chosen)

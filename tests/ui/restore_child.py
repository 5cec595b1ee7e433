"""The real start-up (app.run_gui with --screenshot) in a child process, answering its dialogs.

    python tests/ui/restore_child.py DATA_DIR SHOT.png restore|cancel

A timer watches the top-level windows as a user would: when the restore
dialog appears it records what it lists and presses Restore (or Cancel);
a message box is read and closed. When the app quits, the titles the matrix
shows are recorded. Everything seen is printed as one JSON line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from quadrant.app import run_gui
from quadrant.paths import resolve_paths
from quadrant.ui.dialogs.restore_dialog import RestoreDialog
from quadrant.ui.main_window import MainWindow


def main(data: Path, shot: Path, answer: str) -> int:
    app = QApplication(["quadrant"])
    seen: dict[str, object] = {}

    def watch() -> None:
        for widget in app.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, RestoreDialog) and "backups" not in seen:
                rows = [widget.list.topLevelItem(i) for i in range(widget.list.topLevelItemCount())]
                seen["intro"] = widget.intro.text()
                seen["backups"] = [[item.text(1), item.text(2)] for item in rows if item]
                press = widget.restore_button.click if answer == "restore" else widget.reject
                QTimer.singleShot(0, press)  # as a click would: not inside this timer's slot
            elif isinstance(widget, QMessageBox) and "message" not in seen:
                seen["message"] = widget.text()
                QTimer.singleShot(0, lambda box=widget: box.done(0))

    def record_matrix() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow):
                seen["titles"] = sorted(task.title for task in widget.store.tasks())

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    app.aboutToQuit.connect(record_matrix)
    code = run_gui(resolve_paths(data), screenshot=shot)
    print(json.dumps(seen), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))

"""Floor A: a bare PySide6 window with four list views, to its first paint.

    python benchmarks/floor_a.py

What any Qt Widgets app with a 2×2 list layout pays before it can show
anything: the interpreter, PySide6's imports, QApplication, four views, one
paint. The app's start-up is measured the same way (``first_paint`` below,
and the app's QUADRANT_BENCH_EXIT_AFTER_PAINT hook): the window is shown,
filled in a zero timer, and painted in the next one; then the monotonic
clock is printed and the process quits.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout, QListView, QWidget

MARKER = "first-paint"


def build_window() -> tuple[QApplication, QWidget, list[QStringListModel]]:
    """The application, a window of the app's default size, four empty list views."""
    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QGridLayout(window)
    models = []
    for index in range(4):
        model = QStringListModel(window)
        view = QListView()
        view.setModel(model)
        view.setUniformItemSizes(True)
        layout.addWidget(view, index // 2, index % 2)
        models.append(model)
    window.resize(1100, 720)
    return app, window, models


def first_paint(window: QWidget, done: Callable[[], None]) -> None:
    """Paint now, print the moment (CLOCK_MONOTONIC, shared by all processes) and CPU time, quit."""
    window.repaint()
    print(f"{MARKER} {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
    done()


def run(fill: Callable[[list[QStringListModel]], None]) -> int:
    """Show the window, fill it after the frame is up, paint, report."""
    app, window, models = build_window()
    window.show()

    def fill_then_paint() -> None:
        fill(models)
        QTimer.singleShot(0, lambda: first_paint(window, app.quit))

    QTimer.singleShot(0, fill_then_paint)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(lambda models: None))

"""Starts the GUI as users do and reports what was loaded at the first paint and at the end.

Run by test_startup.py with QUADRANT_BENCH_EXIT_AFTER_PAINT=1 (the app paints,
finishes its start and quits) and QT_QPA_PLATFORM=offscreen. Prints one JSON
line: the exit status, the modules loaded at the first populated paint and
when the app had finished starting, and the source files held in linecache.
"""

from __future__ import annotations

import json
import linecache
import sys

from quadrant import app as app_module
from quadrant.cli import main

at_paint: list[str] = []
mark = app_module._bench_mark


def _watching_mark(name: str) -> None:
    if name == "first-paint":
        at_paint.extend(sys.modules)
    mark(name)


app_module._bench_mark = _watching_mark
status = main(["--data-dir", sys.argv[1]])
report = {
    "status": status,
    "at_paint": sorted(at_paint),
    "at_exit": sorted(sys.modules),
    # Module sources held in memory (PySide6 would keep every one: app.keep_pyside_from_...).
    "cached_sources": sorted(linecache.cache),
}
print("REPORT " + json.dumps(report), flush=True)

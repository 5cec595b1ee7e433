"""The Qt binding we depend on keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 takes a reference from None, True and False on
many calls without giving one (void methods, empty QVariant results); the
matrix delegate makes such calls for every painted task, so after a while of
scrolling the interpreter aborts with "deallocating None". pyproject.toml
keeps PySide6 below 6.12 for that; this test fails if a version with the bug
is installed again.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
model = QStringListModel(["a"])
index = model.index(0, 0)
image = QImage(8, 8, QImage.Format.Format_RGB32)
painter = QPainter(image)
before = [sys.getrefcount(x) for x in (None, True, False)]
for _ in range(3000):
    index.data(256)
    painter.setFont(QFont())
    painter.save()
    painter.restore()
after = [sys.getrefcount(x) for x in (None, True, False)]
painter.end()
print(min(a - b for a, b in zip(after, before)))
"""


def test_qt_calls_do_not_leak_references_to_none_true_or_false() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > -100, "the Qt binding drops references to None/True/False"

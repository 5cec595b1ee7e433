"""Qt deletes a test's windows before Python's cycle collector may free their wrappers.

shiboken 6.11 clears a garbage cycle one wrapper at a time and hands a cleared
child wrapper ownership of its Qt object. PySide makes such child wrappers for
Qt's own parts of a window: ``findChildren()`` parents every widget it returns
to the widget it was called on, so a ``QSplitterHandle`` gets one. When the
collector clears that wrapper before the window's, the wrapper deletes the
handle although its QSplitter still lists it, and the splitter deletes it again
(SIGSEGV). That is what crashed full UI runs: pytest-qt only calls
``deleteLater()`` on a test's window, so its wrappers were garbage while the Qt
objects waited for the next event loop. tests/ui/conftest.py has Qt delete them
first; these tests pin both halves.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QSplitterHandle, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

PROBE = """
import gc, sys
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QSplitter, QSplitterHandle, QVBoxLayout
app = QApplication([])
gc.disable()
dialog = QDialog()
dialog.cycle = dialog  # only the collector frees it
splitter = QSplitter()
splitter.addWidget(QLabel("a"))
splitter.addWidget(QLabel("b"))
QVBoxLayout(dialog).addWidget(splitter)
del splitter
handle = dialog.findChildren(QSplitterHandle)[1]
first, second = [handle], [dialog]  # the next collection puts the handle before the dialog
if sys.argv[1] == "qt-first":
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
del dialog, handle
gc.collect()
del first, second
gc.collect()  # clears the handle's wrapper first
print("survived")
"""


def _probe(order: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, order],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_wrappers_freed_after_qt_deleted_the_window_are_harmless() -> None:
    result = _probe("qt-first")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"


def test_the_binding_still_double_deletes_when_the_collector_goes_first() -> None:
    """Why conftest orders teardown: if this starts passing, shiboken fixed its tp_clear."""
    result = _probe("collector-first")
    assert result.returncode != 0, (
        "a cleared wrapper no longer deletes the QSplitterHandle its splitter holds: "
        "the Qt-first teardown in tests/ui/conftest.py is a precaution now, not a fix"
    )


@pytest.fixture
def walked_dialog(qtbot: QtBot) -> Iterator[QDialog]:
    """A dialog with a splitter, registered with pytest-qt; checked after the test lets go."""
    dialog = QDialog()
    dialog.cycle = dialog  # type: ignore[attr-defined]  # like a slot closure keeping it
    splitter = QSplitter()
    splitter.addWidget(QLabel("a"))
    splitter.addWidget(QLabel("b"))
    QVBoxLayout(dialog).addWidget(splitter)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    assert not shiboken6.isValid(dialog), "the dialog outlived the test: conftest must delete it"


def test_a_registered_window_is_deleted_by_qt_before_its_fixture_lets_go(
    walked_dialog: QDialog,
) -> None:
    handles = walked_dialog.findChildren(QSplitterHandle)
    assert handles and all(isinstance(h, QWidget) for h in handles)

"""PySide6's "does this module use PySide6?" question, answered without caching module sources.

PySide6 asks it after every import; its own answer reads the source through
``inspect.getsource`` and so keeps it in ``linecache`` for good (about 20 MB
at start-up). The app answers it the same way from the source read once.
"""

from __future__ import annotations

import importlib
import inspect
import linecache
import sys
from types import ModuleType

import pytest

from quadrant import app

MODULES = (
    "quadrant.ui.task_store",
    "quadrant.ui.matrix.model",
    "quadrant.domain.matrix",
    "quadrant.services.tasks",
    "quadrant.store.task_sql",
    "json",
)


def _pyside_answer(module: ModuleType) -> bool:
    """What PySide6's own check says: "PySide6" in the module's source, False without one."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


@pytest.mark.parametrize("name", MODULES)
def test_the_answer_is_pysides_own(name: str) -> None:
    module = importlib.import_module(name)
    assert app.mentions_pyside(module) is _pyside_answer(module)


@pytest.mark.parametrize("name", MODULES)
def test_asking_keeps_no_source_in_memory(name: str) -> None:
    module = importlib.import_module(name)
    linecache.clearcache()
    app.mentions_pyside(module)
    assert linecache.cache == {}


def test_a_module_without_source_does_not_use_pyside() -> None:
    assert app.mentions_pyside(sys) is False  # built in: no loader source
    assert app.mentions_pyside(ModuleType("made_up")) is False


def test_a_loader_that_fails_answers_no_rather_than_breaking_the_import() -> None:
    class Broken:
        def get_source(self, name: str) -> str:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "not text")

    module = ModuleType("broken")
    module.__loader__ = Broken()  # type: ignore[assignment]
    assert app.mentions_pyside(module) is False


def test_the_hook_is_replaced_once_pyside_is_loaded() -> None:
    pytest.importorskip("PySide6.QtCore")
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no source check to replace")
    original = feature._mod_uses_pyside
    try:
        app.keep_pyside_from_caching_sources()
        assert feature._mod_uses_pyside is app.mentions_pyside
    finally:
        feature._mod_uses_pyside = original

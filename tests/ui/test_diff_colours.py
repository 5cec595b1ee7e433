"""The pack preview's diff stays readable on light and dark palettes (WCAG AA, 4.5:1)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QStyleFactory
from pytestqt.qtbot import QtBot

from quadrant.ui.diff_colours import MIN_CONTRAST, contrast_ratio, diff_colours, is_dark
from quadrant.ui.diff_view import DiffView

ROOT = Path(__file__).resolve().parents[2]


def dark_palette() -> QPalette:
    """The dark palette the docs' screenshots use (packaging/screenshots.py)."""
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "packaging/screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    palette = module.dark_palette()
    assert isinstance(palette, QPalette)
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture(params=sorted(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> QPalette:
    return PALETTES[request.param]()


def line_backgrounds(pane: QPlainTextEdit) -> list[QColor]:
    return [selection.format.background().color() for selection in pane.extraSelections()]


def test_the_old_colours_fail_on_the_dark_palette(qapp: QApplication) -> None:
    """Why this exists: the light-palette pink under light text is unreadable."""
    text = dark_palette().color(QPalette.ColorRole.Text)
    assert contrast_ratio(text, QColor(255, 220, 220)) < 2
    assert is_dark(dark_palette()) and not is_dark(light_palette())


def test_every_marked_line_is_readable(qtbot: QtBot, palette: QPalette) -> None:
    view = DiffView("In your library", "In the pack")
    qtbot.addWidget(view)
    view.setPalette(palette)
    view.show_texts("Hi,\nno, sorry.\nBest", "Hi,\nnot this week.\nBest\nSandra")
    text = view.palette().color(QPalette.ColorRole.Text)
    assert view.left.palette().color(QPalette.ColorRole.Text) == text
    removed, added = line_backgrounds(view.left), line_backgrounds(view.right)
    assert removed and added
    for colour in removed + added:
        assert contrast_ratio(text, colour) >= MIN_CONTRAST, colour.name()
    base = palette.color(QPalette.ColorRole.Base)
    colours = view.colours
    assert colours.removed in removed and colours.added in added and colours.filler in removed
    for marked in (colours.removed, colours.added, colours.filler):
        assert marked != base  # still visible as a marked line


def test_a_switch_to_dark_while_open_recolours_the_lines(qtbot: QtBot, qapp: QApplication) -> None:
    view = DiffView("In your library", "In the pack")
    qtbot.addWidget(view)
    view.setPalette(light_palette())
    view.show_texts("one\ntwo", "one\nthree")
    light = line_backgrounds(view.right)
    view.setPalette(dark_palette())
    dark = line_backgrounds(view.right)
    assert dark != light
    text = dark_palette().color(QPalette.ColorRole.Text)
    assert all(contrast_ratio(text, colour) >= MIN_CONTRAST for colour in dark)


channel = st.integers(0, 255)
colours = st.builds(QColor, channel, channel, channel)


@given(base=colours, text=colours)
def test_any_palette_keeps_its_own_readability(
    qapp: QApplication, base: QColor, text: QColor
) -> None:
    """A high-contrast or odd theme: the marks never read worse than the theme's own text."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.Text, text)
    own = contrast_ratio(text, base)
    found = diff_colours(palette)
    for colour in (found.removed, found.added, found.filler):
        assert contrast_ratio(text, colour) >= min(MIN_CONTRAST, own) - 1e-9


def test_contrast_ratio_matches_the_wcag_examples() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)

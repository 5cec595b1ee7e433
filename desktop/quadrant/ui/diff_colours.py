"""The diff's line colours, taken from the palette so text on them stays readable.

A removed or added line is the pane's own background tinted red or green;
a line that exists on one side only is tinted toward the text colour. The
tint is stronger on a dark palette (a faint tint of near-black is invisible)
and is weakened step by step until the palette's text colour on it reaches
the WCAG AA contrast of 4.5:1. The palette of the system (light, dark, or
high contrast) decides; nothing here assumes a light one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QColor, QPalette

MIN_CONTRAST: Final = 4.5
"""WCAG 2 level AA for normal text."""
_REMOVED_HUE: Final = QColor(215, 58, 73)
_ADDED_HUE: Final = QColor(40, 167, 69)
_TINT_LIGHT: Final = 0.16
_TINT_DARK: Final = 0.34
_FILLER_TINT: Final = 0.08
_STEPS: Final = 8


@dataclass(frozen=True, slots=True)
class DiffColours:
    """Backgrounds for the lines of a diff, and the text colour they were checked against."""

    removed: QColor
    added: QColor
    filler: QColor
    text: QColor


def is_dark(palette: QPalette) -> bool:
    """Whether the text is shown on a dark background (the same test the matrix uses)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def diff_colours(palette: QPalette) -> DiffColours:
    """The diff's backgrounds for a pane with this palette."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    tint = _TINT_DARK if is_dark(palette) else _TINT_LIGHT
    return DiffColours(
        removed=_readable(base, _REMOVED_HUE, tint, text),
        added=_readable(base, _ADDED_HUE, tint, text),
        filler=_readable(base, text, _FILLER_TINT, text),
        text=text,
    )


def _readable(base: QColor, hue: QColor, tint: float, text: QColor) -> QColor:
    """``base`` tinted toward ``hue``, as strongly as ``text`` on it allows."""
    for step in range(_STEPS, -1, -1):
        colour = mix(base, hue, tint * step / _STEPS)
        if contrast_ratio(text, colour) >= MIN_CONTRAST:
            return colour
    return QColor(base)  # a palette whose own text fails on its base: no worse than that


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0…1) of the way to ``b``, channel by channel."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1 … 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)

"""The quick-capture syntax: one line in, a task's fields out.

``Call the notary @Anne ! * friday`` means: title "Call the notary", for Anne,
urgent, important, due on Friday. The markers may stand anywhere in the line:

- ``@Name`` or ``@"Full Name"``: the requester;
- ``!``: urgent; ``*``: important (both together: do now);
- a date word: today, tomorrow, a weekday (English or Dutch: vandaag, morgen,
  overmorgen, maandag…), ``+3`` (in three days), ``2026-12-01``, ``1-12`` or ``1/12``.

Anything that is not a marker is title. Parsing never fails on odd input: at
worst the whole line is the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_WEEKDAYS = {
    "monday": 0, "mon": 0, "maandag": 0, "ma": 0,
    "tuesday": 1, "tue": 1, "dinsdag": 1, "di": 1,
    "wednesday": 2, "wed": 2, "woensdag": 2, "wo": 2,
    "thursday": 3, "thu": 3, "donderdag": 3, "do": 3,
    "friday": 4, "fri": 4, "vrijdag": 4, "vr": 4,
    "saturday": 5, "sat": 5, "zaterdag": 5, "za": 5,
    "sunday": 6, "sun": 6, "zondag": 6, "zo": 6,
}  # fmt: skip
_RELATIVE = {"today": 0, "vandaag": 0, "tomorrow": 1, "morgen": 1, "overmorgen": 2}
# Short weekday words are markers only after a "#": "do" and "ma" are ordinary words too.
_SHORT_WEEKDAYS = {word for word in _WEEKDAYS if len(word) <= 3}

_TOKEN = re.compile(r'@"[^"]*"|\S+')
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})[-/](\d{1,2})")
_IN_DAYS = re.compile(r"\+(\d{1,3})")


@dataclass(frozen=True, slots=True)
class Capture:
    """What a quick-capture line asks for. None means "not said": use the default."""

    title: str
    requester: str | None = None
    urgent: bool | None = None
    important: bool | None = None
    due: date | None = None


def parse_capture(line: str, today: date) -> Capture:
    """Split a quick-capture line into title and markers.

    Args:
        line: what the user typed.
        today: the local date, for relative date words.

    Returns:
        The capture; its title may be empty when the line held only markers.
    """
    title_words: list[str] = []
    requester: str | None = None
    urgent: bool | None = None
    important: bool | None = None
    due: date | None = None
    for token in _TOKEN.findall(line):
        if token.startswith("@") and len(token) > 1 and requester is None:
            name = " ".join(token[1:].strip('"').split())
            if name:
                requester = name
                continue
        if token.strip("!*") == "" and len(token) <= 2:
            urgent = urgent or "!" in token or None
            important = important or "*" in token or None
            continue
        if due is None and (parsed := _parse_date_word(token, today)) is not None:
            due = parsed
            continue
        title_words.append(token)
    return Capture(" ".join(title_words), requester, urgent, important, due)


def _parse_date_word(token: str, today: date) -> date | None:
    """The date a single word stands for, or None when it is no date word."""
    word = token.lower()
    hashed = word.startswith("#")
    word = word.removeprefix("#")
    if word in _RELATIVE:
        return today + timedelta(days=_RELATIVE[word])
    if word in _WEEKDAYS and (hashed or word not in _SHORT_WEEKDAYS):
        ahead = (_WEEKDAYS[word] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    if match := _IN_DAYS.fullmatch(word):
        return today + timedelta(days=int(match.group(1)))
    if match := _ISO_DATE.fullmatch(word):
        return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _DAY_MONTH.fullmatch(word):
        day, month = int(match.group(1)), int(match.group(2))
        candidate = _safe_date(today.year, month, day)
        if candidate is not None and candidate < today:
            candidate = _safe_date(today.year + 1, month, day)
        return candidate
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None for an impossible one (31-02)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None

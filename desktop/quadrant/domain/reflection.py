"""The weekly reflection: its questions and the answers the user gives them.

The reflection is built from three smaller modules, each with one reason to
change:

* :mod:`quadrant.domain.weeks` — which week, in which locale, between which
  UTC moments;
* :mod:`quadrant.domain.week_figures` — the week's counts and how they compare
  with the weeks before;
* :mod:`quadrant.domain.week_review` — the raw events and work done that a
  report on the week quotes.

Their public names are re-exported here (see ``__all__``) because the
services, exporters and dialogs think of them as "the reflection" and import
them from this one place; new code may import from either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.task import MAX_NOTES_CHARS, check_length
from quadrant.domain.week_figures import (
    COMPARED_WEEKS,
    Comparison,
    Figure,
    WeekCounts,
    WeekStats,
    compare,
    figure_value,
    week_stats,
)
from quadrant.domain.week_review import DoneTask, EventKind, WeekEvent, WeekReview
from quadrant.domain.weeks import (
    MAX_YEAR,
    MIN_YEAR,
    MONDAY,
    SUNDAY,
    IsoWeek,
    local_midnight,
    week_local_days,
    week_of,
    week_utc_bounds,
    weeks_in_year,
)

__all__ = [
    "COMPARED_WEEKS",
    "MAX_YEAR",
    "MIN_YEAR",
    "MONDAY",
    "PROMPTS",
    "PROMPT_KEYS",
    "SUNDAY",
    "Comparison",
    "DoneTask",
    "EventKind",
    "Figure",
    "IsoWeek",
    "Prompt",
    "WeekCounts",
    "WeekEvent",
    "WeekReview",
    "WeekStats",
    "clean_answers",
    "compare",
    "figure_value",
    "local_midnight",
    "week_local_days",
    "week_of",
    "week_stats",
    "week_utc_bounds",
    "weeks_in_year",
]


@dataclass(frozen=True, slots=True)
class Prompt:
    """A reflection question: a stable key (stored with the answer) and its English text."""

    key: str
    text: str


PROMPTS: tuple[Prompt, ...] = (
    Prompt("went_well", "What went well this week?"),
    Prompt("learned", "What did I learn, including from my mistakes?"),
    Prompt("added_value", "Where did I add value, and for whom?"),
    Prompt("influence", "What could I influence, and what did I let go?"),
    Prompt("next_week", "What will I do differently next week?"),
)

PROMPT_KEYS = frozenset(prompt.key for prompt in PROMPTS)


def clean_answers(answers: Mapping[str, str]) -> dict[str, str]:
    """Answers fit to store: known prompts only, bounded in size, blank ones left out.

    Raises:
        ValidationError: an answer to a question that does not exist, or one
            longer than a task's notes may be.
    """
    cleaned: dict[str, str] = {}
    for key, text in answers.items():
        if key not in PROMPT_KEYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no reflection question {key}."),
                where="answers",
                params={"key": repr(key)},
            )
        check_length(
            text,
            MAX_NOTES_CHARS,
            QT_TRANSLATE_NOOP("errors", "An answer can be at most {limit} characters."),
            key,
        )
        if text.strip():
            cleaned[key] = text
    return cleaned

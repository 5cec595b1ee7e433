"""Boundary replies: their kinds, tones and languages, and what each does to the matrix.

A boundary reply is how an assistant says "no", "not now", "yes, if…",
"ask X", "this is yours" or "you choose" without damaging the relationship.
This module holds the rules that do not depend on storage or UI:

* which kinds, tones, languages and outcomes exist (stored as their values);
* what sending a reply of each kind does to the task and to the tasks it
  competes with (:func:`effect_of`), so the reply service applies it and the
  dialog can preview it;
* which inputs each kind needs before its text makes sense
  (:func:`missing_inputs`);
* how a reply's context becomes placeholder values in the reply's own
  language (:func:`context_values`). Dates and plurals are spelled out here in
  plain Python because the OS locale is the *user's* locale, not necessarily
  the language of the mail she is writing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Final, Literal

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError


class ReplyKind(StrEnum):
    """What the reply does with the request."""

    DECLINE = "decline"
    """No: the task is not taken on."""
    POSTPONE = "postpone"
    """Not now: proposes a later date."""
    YES_IF = "yes_if"
    """A trade-off: yes, if other tasks move or drop."""
    DELEGATE = "delegate"
    """Redirect: names who can help instead."""
    HAND_BACK = "hand_back"
    """Hand the monkey back: the requester keeps the problem, with support offered."""
    ASK_TO_CHOOSE = "ask_to_choose"
    """Ask the manager to pick between competing priorities, listing them."""


class Tone(StrEnum):
    """How the reply sounds; the decision is the same in every tone."""

    WARM = "warm"
    NEUTRAL = "neutral"
    FIRM = "firm"


class Language(StrEnum):
    """The language the reply is written in (independent of the UI language)."""

    NL = "nl"
    EN = "en"


class ReplyOutcome(StrEnum):
    """How the requester took the reply; recorded later for the weekly reflection."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    PUSHED_BACK = "pushed_back"


class TaskFate(StrEnum):
    """What happens to the requested task when the reply is sent."""

    DROPPED = "dropped"
    """Status becomes dropped."""
    RESCHEDULED = "rescheduled"
    """Due date becomes the alternative date; the quadrant follows from the new date."""
    ACCEPTED = "accepted"
    """The task is taken on and stays open."""
    WAITING = "waiting"
    """Status becomes waiting (see ReplyEffect.waiting_on)."""


class WaitingOn(StrEnum):
    """Whom a waiting task waits for."""

    DELEGATE = "delegate"
    REQUESTER = "requester"
    DECISION = "decision"


class DisplacedFate(StrEnum):
    """What happens to the tasks listed as displaced (competing) in the reply."""

    UNCHANGED = "unchanged"
    MOVED_OR_DROPPED = "moved_or_dropped"
    """Each moves to a later date or quadrant, or is dropped; the assistant picks per task."""
    AWAITING_DECISION = "awaiting_decision"
    """They wait, with the requested task, for the manager's choice."""


TaskStatusName = Literal["open", "waiting", "dropped"]


@dataclass(frozen=True)
class ReplyEffect:
    """The pure description of what sending a reply of one kind does to the matrix.

    The reply service turns this into task moves (each logged as a
    reprioritisation); the reply dialog uses it to say what will happen before
    the assistant presses send.
    """

    kind: ReplyKind
    task: TaskFate
    displaced: DisplacedFate
    waiting_on: WaitingOn | None = None
    due_date_from_alternative: bool = False
    """The alternative date becomes the task's due date."""
    follow_up: bool = False
    """The reply gets a follow-up date, so the assistant checks back."""

    @property
    def task_status(self) -> TaskStatusName:
        """The requested task's status after sending."""
        if self.task is TaskFate.DROPPED:
            return "dropped"
        if self.task is TaskFate.WAITING:
            return "waiting"
        return "open"


_EFFECTS: Final[Mapping[ReplyKind, ReplyEffect]] = {
    ReplyKind.DECLINE: ReplyEffect(ReplyKind.DECLINE, TaskFate.DROPPED, DisplacedFate.UNCHANGED),
    ReplyKind.POSTPONE: ReplyEffect(
        ReplyKind.POSTPONE,
        TaskFate.RESCHEDULED,
        DisplacedFate.UNCHANGED,
        due_date_from_alternative=True,
    ),
    ReplyKind.YES_IF: ReplyEffect(
        ReplyKind.YES_IF, TaskFate.ACCEPTED, DisplacedFate.MOVED_OR_DROPPED
    ),
    ReplyKind.DELEGATE: ReplyEffect(
        ReplyKind.DELEGATE,
        TaskFate.WAITING,
        DisplacedFate.UNCHANGED,
        waiting_on=WaitingOn.DELEGATE,
        follow_up=True,
    ),
    ReplyKind.HAND_BACK: ReplyEffect(
        ReplyKind.HAND_BACK,
        TaskFate.WAITING,
        DisplacedFate.UNCHANGED,
        waiting_on=WaitingOn.REQUESTER,
    ),
    ReplyKind.ASK_TO_CHOOSE: ReplyEffect(
        ReplyKind.ASK_TO_CHOOSE,
        TaskFate.WAITING,
        DisplacedFate.AWAITING_DECISION,
        waiting_on=WaitingOn.DECISION,
    ),
}


def effect_of(kind: ReplyKind) -> ReplyEffect:
    """What sending a reply of ``kind`` does to the requested and the displaced tasks."""
    return _EFFECTS[ReplyKind(kind)]


_EFFECT_SUMMARIES: Final[Mapping[Language, Mapping[ReplyKind, str]]] = {
    Language.EN: {
        ReplyKind.DECLINE: "The task is dropped.",
        ReplyKind.POSTPONE: "The task moves to the proposed date.",
        ReplyKind.YES_IF: "The task is taken on; the tasks it displaces move or drop.",
        ReplyKind.DELEGATE: "The task waits for the person named, with a follow-up date.",
        ReplyKind.HAND_BACK: "The task waits on the requester.",
        ReplyKind.ASK_TO_CHOOSE: "The task and the ones it competes with wait for a decision.",
    },
    Language.NL: {
        ReplyKind.DECLINE: "De taak vervalt.",
        ReplyKind.POSTPONE: "De taak schuift naar de voorgestelde datum.",
        ReplyKind.YES_IF: "De taak wordt opgepakt; de taken die wijken schuiven of vervallen.",
        ReplyKind.DELEGATE: "De taak wacht op de genoemde persoon, met een datum om na te vragen.",
        ReplyKind.HAND_BACK: "De taak wacht op de aanvrager.",
        ReplyKind.ASK_TO_CHOOSE: "De taak en de taken waarmee ze botst wachten op een keuze.",
    },
}


def describe_effect(kind: ReplyKind, language: Language) -> str:
    """One sentence for the reply dialog: what sending this reply will do."""
    return _EFFECT_SUMMARIES[Language(language)][ReplyKind(kind)]


KIND_LABELS: Final[Mapping[Language, Mapping[ReplyKind, str]]] = {
    Language.EN: {
        ReplyKind.DECLINE: "Decline",
        ReplyKind.POSTPONE: "Not now",
        ReplyKind.YES_IF: "Yes, if…",
        ReplyKind.DELEGATE: "Redirect",
        ReplyKind.HAND_BACK: "Hand back",
        ReplyKind.ASK_TO_CHOOSE: "Ask to choose",
    },
    Language.NL: {
        ReplyKind.DECLINE: "Nee zeggen",
        ReplyKind.POSTPONE: "Niet nu",
        ReplyKind.YES_IF: "Ja, als…",
        ReplyKind.DELEGATE: "Doorverwijzen",
        ReplyKind.HAND_BACK: "Teruggeven",
        ReplyKind.ASK_TO_CHOOSE: "Laten kiezen",
    },
}
"""Names of the kinds in each reply language (for template names and pack files)."""

TONE_LABELS: Final[Mapping[Language, Mapping[Tone, str]]] = {
    Language.EN: {Tone.WARM: "warm", Tone.NEUTRAL: "neutral", Tone.FIRM: "firm"},
    Language.NL: {Tone.WARM: "warm", Tone.NEUTRAL: "zakelijk", Tone.FIRM: "stellig"},
}
"""Names of the tones in each reply language."""


_NEGATIVE_URGENT_COUNT: Final = QT_TRANSLATE_NOOP(
    "errors", "The number of urgent open tasks cannot be negative."
)

_HONORIFICS: Final = frozenset(
    {"dhr", "mw", "mevr", "mevrouw", "meneer", "dr", "drs", "ir", "ing", "mr", "prof"}
    | {"mrs", "ms", "miss", "sir", "dame"}
)
_PARTICLES: Final = frozenset(
    {"de", "den", "der", "het", "'t", "te", "ten", "ter", "van", "von", "la", "le", "du"}
)


def first_name_of(full_name: str) -> str | None:
    """A best guess at the first name in ``full_name``, for a greeting.

    Handles "Anna de Vries", "de Vries, Anna" and leading titles ("dr. Anna
    Smit"). When there is no first name to find ("J. de Vries", "mevrouw de
    Vries", "de heer Jansen") the name is returned as written: "Hoi J.," or
    "Hoi de," would read worse than the full name. Blank input gives None.
    """
    name = " ".join(full_name.split())
    if not name:
        return None
    if "," in name:
        before, _, after = name.partition(",")
        name = after.strip() or before.strip()
    words = name.split(" ")
    while len(words) > 1 and words[0].rstrip(".").lower() in _HONORIFICS:
        words = words[1:]
    first = words[0]
    if "." in first or len(first) == 1 or (len(words) > 1 and first.lower() in _PARTICLES):
        return name
    return first


@dataclass(frozen=True, kw_only=True)
class ReplyContext:
    """Everything a reply text may mention, as plain values (no formatting yet).

    Attributes:
        requester: full name of the person who asked.
        task: title of the requested task.
        today: the date the reply is written; passed in so the domain stays clock-free.
        requester_first_name: used in the greeting; derived from ``requester`` when None.
        due_date: the date the requester asked for.
        alternative_date: the date proposed instead (postpone).
        urgent_open_count: how many urgent tasks are open now.
        displaced_tasks: titles of the tasks that would move, drop or compete.
        delegate_to: who can help instead (delegate).
        my_name: the assistant's own name, for the signature.
        agreement: the working agreement with this requester.
    """

    requester: str = ""
    task: str = ""
    today: date
    requester_first_name: str | None = None
    due_date: date | None = None
    alternative_date: date | None = None
    urgent_open_count: int | None = None
    displaced_tasks: tuple[str, ...] = field(default=())
    delegate_to: str | None = None
    my_name: str | None = None
    agreement: str | None = None

    def __post_init__(self) -> None:
        # A list passed by a caller would make the frozen context unhashable.
        object.__setattr__(self, "displaced_tasks", tuple(self.displaced_tasks))
        if self.urgent_open_count is not None and self.urgent_open_count < 0:
            raise ValidationError(_NEGATIVE_URGENT_COUNT, "urgent_open_count")

    @property
    def first_name(self) -> str | None:
        """The first name to greet with: the given one, else derived from ``requester``."""
        given = _text(self.requester_first_name)
        return given if given is not None else first_name_of(self.requester)

    @property
    def competing_tasks(self) -> tuple[str, ...]:
        """The requested task and the tasks it competes with, each once, blanks left out."""
        titles = (self.task, *self.displaced_tasks)
        return tuple(dict.fromkeys(t.strip() for t in titles if t.strip()))


_REQUIRED: Final[Mapping[ReplyKind, tuple[str, ...]]] = {
    ReplyKind.DECLINE: ("task",),
    ReplyKind.POSTPONE: ("task", "alternative_date"),
    ReplyKind.YES_IF: ("task", "displaced_tasks"),
    ReplyKind.DELEGATE: ("task", "delegate_to"),
    ReplyKind.HAND_BACK: ("task",),
    ReplyKind.ASK_TO_CHOOSE: ("task", "displaced_tasks"),
}


def required_inputs(kind: ReplyKind) -> tuple[str, ...]:
    """The placeholder names a reply of ``kind`` cannot do without."""
    return _REQUIRED[ReplyKind(kind)]


def missing_inputs(kind: ReplyKind, context: ReplyContext) -> tuple[str, ...]:
    """Which required inputs ``context`` lacks for a reply of ``kind``, by placeholder name.

    Every kind needs the task. Postpone needs an alternative date, yes-if at
    least one displaced task, delegate someone to delegate to. Ask-to-choose
    needs at least two competing tasks: the requested task plus at least one
    other, so a missing or duplicate displaced task is reported as
    ``displaced_tasks``. The reply dialog asks for these before drafting, and
    the reply service refuses to send without them.
    """
    missing: list[str] = []
    for name in required_inputs(kind):
        if name == "task":
            absent = _text(context.task) is None
        elif name == "alternative_date":
            absent = context.alternative_date is None
        elif name == "delegate_to":
            absent = _text(context.delegate_to) is None
        elif kind is ReplyKind.ASK_TO_CHOOSE:
            others = [t for t in context.competing_tasks if t != context.task.strip()]
            absent = len(others) < 1
        else:
            absent = not any(t.strip() for t in context.displaced_tasks)
        if absent:
            missing.append(name)
    return tuple(missing)


_WEEKDAYS: Final[Mapping[Language, tuple[str, ...]]] = {
    Language.NL: ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    Language.EN: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS: Final[Mapping[Language, tuple[str, ...]]] = {
    Language.NL: (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    Language.EN: (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(day: date, language: Language) -> str:
    """A date written out as in a letter: "maandag 23 november 2026" / "Monday 23 November 2026".

    Dutch writes weekdays and months in lower case; English capitalises them.
    Both put the day before the month, so a manager in either language reads
    it without ambiguity.
    """
    lang = _language(language)
    weekday = _WEEKDAYS[lang][day.weekday()]
    month = _MONTHS[lang][day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"


def format_load(count: int, language: Language) -> str:
    """The number of urgent open tasks as a phrase with the right plural.

    "geen urgente taken" / "1 urgente taak" / "3 urgente taken";
    "no urgent tasks" / "1 urgent task" / "3 urgent tasks".
    """
    lang = _language(language)
    if count < 0:
        raise ValidationError(_NEGATIVE_URGENT_COUNT)
    if lang is Language.NL:
        if count == 0:
            return "geen urgente taken"
        return "1 urgente taak" if count == 1 else f"{count} urgente taken"
    if count == 0:
        return "no urgent tasks"
    return "1 urgent task" if count == 1 else f"{count} urgent tasks"


def join_list(items: Iterable[str], language: Language) -> str:
    """Items as running text: "A, B en C" / "A, B and C"; blank items left out.

    No comma before the last item: Dutch never writes one, and British office
    English usually does not either.
    """
    conjunction = " en " if _language(language) is Language.NL else " and "
    words = [item.strip() for item in items if item.strip()]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + conjunction + words[-1]


def context_values(ctx: ReplyContext, language: Language) -> dict[str, str | None]:
    """Placeholder values for ``ctx`` in the reply's ``language``; None means missing.

    The keys are exactly the placeholder names (placeholders.PLACEHOLDER_NAMES).
    Blank text counts as missing, so the rendered draft shows a gap instead of
    an empty spot. A trailing full stop or semicolon is trimmed from the
    agreement because templates put their own punctuation after it.
    """
    lang = _language(language)
    agreement = _text(ctx.agreement)
    if agreement is not None:
        agreement = _text(agreement.rstrip(".;,: \t\n"))
    return {
        "requester": _text(ctx.requester),
        "requester_first_name": ctx.first_name,
        "task": _text(ctx.task),
        "due_date": None if ctx.due_date is None else format_date(ctx.due_date, lang),
        "alternative_date": (
            None if ctx.alternative_date is None else format_date(ctx.alternative_date, lang)
        ),
        "current_load": (
            None if ctx.urgent_open_count is None else format_load(ctx.urgent_open_count, lang)
        ),
        "displaced_tasks": _text(join_list(ctx.displaced_tasks, lang)),
        "delegate_to": _text(ctx.delegate_to),
        "my_name": _text(ctx.my_name),
        "agreement": agreement,
        "today": format_date(ctx.today, lang),
    }


def _text(value: str | None) -> str | None:
    """``value`` without surrounding whitespace, or None when nothing is left."""
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def _language(language: Language | str) -> Language:
    try:
        return Language(language)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown reply language {language}; use one of: {known}."),
            params={
                "language": repr(language),
                "known": ", ".join(lang.value for lang in Language),
            },
        ) from None

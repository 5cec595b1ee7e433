"""User-visible names for reply values, in the UI language (the reply's own language may differ)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.services.replies import DisplacedAction
from quadrant.services.templates import TemplateSource


def _tr(text: str) -> str:
    return QCoreApplication.translate("reply_labels", text)


def kind_label(kind: ReplyKind) -> str:
    """The kind as the reply dialog offers it."""
    return {
        ReplyKind.DECLINE: _tr("Decline"),
        ReplyKind.POSTPONE: _tr("Not now (postpone)"),
        ReplyKind.YES_IF: _tr("Yes, if… (trade-off)"),
        ReplyKind.DELEGATE: _tr("Redirect to someone else"),
        ReplyKind.HAND_BACK: _tr("Hand the problem back"),
        ReplyKind.ASK_TO_CHOOSE: _tr("Ask to choose"),
    }[ReplyKind(kind)]


def kind_short(kind: ReplyKind) -> str:
    """The kind in a table column."""
    return {
        ReplyKind.DECLINE: _tr("Decline"),
        ReplyKind.POSTPONE: _tr("Not now"),
        ReplyKind.YES_IF: _tr("Yes, if…"),
        ReplyKind.DELEGATE: _tr("Redirect"),
        ReplyKind.HAND_BACK: _tr("Hand back"),
        ReplyKind.ASK_TO_CHOOSE: _tr("Ask to choose"),
    }[ReplyKind(kind)]


def tone_label(tone: Tone) -> str:
    """The tone of a reply."""
    return {Tone.WARM: _tr("Warm"), Tone.NEUTRAL: _tr("Neutral"), Tone.FIRM: _tr("Firm")}[
        Tone(tone)
    ]


def language_label(language: Language) -> str:
    """A reply language, named in the UI language."""
    return {Language.NL: _tr("Dutch"), Language.EN: _tr("English")}[Language(language)]


def outcome_label(outcome: ReplyOutcome) -> str:
    """How a requester took a reply."""
    return {
        ReplyOutcome.PENDING: _tr("No answer yet"),
        ReplyOutcome.ACCEPTED: _tr("Accepted"),
        ReplyOutcome.PUSHED_BACK: _tr("Pushed back"),
    }[ReplyOutcome(outcome)]


def source_label(source: TemplateSource) -> str:
    """Where a template comes from."""
    return {
        TemplateSource.BUILTIN: _tr("Built-in"),
        TemplateSource.MINE: _tr("My own"),
        TemplateSource.PACK: _tr("From a pack"),
    }[TemplateSource(source)]


def displaced_label(action: DisplacedAction) -> str:
    """What a yes-if reply does to the tasks it displaces."""
    return {
        DisplacedAction.MOVE: _tr("No longer urgent (to Plan or Drop)"),
        DisplacedAction.RESCHEDULE: _tr("Move to a later date"),
        DisplacedAction.DROP: _tr("Drop them"),
    }[DisplacedAction(action)]


def effect_text(kind: ReplyKind) -> str:
    """One sentence: what "Mark as sent" will do to the matrix."""
    return {
        ReplyKind.DECLINE: _tr("Mark as sent drops the task."),
        ReplyKind.POSTPONE: _tr("Mark as sent moves the task to the proposed date."),
        ReplyKind.YES_IF: _tr(
            "Mark as sent keeps the task; the tasks ticked below move or drop as chosen."
        ),
        ReplyKind.DELEGATE: _tr("Mark as sent sets the task to waiting until the follow-up date."),
        ReplyKind.HAND_BACK: _tr("Mark as sent sets the task to waiting on the requester."),
        ReplyKind.ASK_TO_CHOOSE: _tr(
            "Mark as sent sets the task and the tasks ticked below to waiting for a decision."
        ),
    }[ReplyKind(kind)]

"""User-visible names for reply values, in the UI language (the reply's own language may differ)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.services.replies import DisplacedAction
from quadrant.services.templates import TemplateSource


def kind_label(kind: ReplyKind) -> str:
    """The kind as the reply dialog offers it."""
    return {
        ReplyKind.DECLINE: QCoreApplication.translate("reply_labels", "Decline"),
        ReplyKind.POSTPONE: QCoreApplication.translate("reply_labels", "Not now (postpone)"),
        ReplyKind.YES_IF: QCoreApplication.translate("reply_labels", "Yes, if… (trade-off)"),
        ReplyKind.DELEGATE: QCoreApplication.translate("reply_labels", "Redirect to someone else"),
        ReplyKind.HAND_BACK: QCoreApplication.translate("reply_labels", "Hand the problem back"),
        ReplyKind.ASK_TO_CHOOSE: QCoreApplication.translate("reply_labels", "Ask to choose"),
    }[ReplyKind(kind)]


def kind_short(kind: ReplyKind) -> str:
    """The kind in a table column."""
    return {
        ReplyKind.DECLINE: QCoreApplication.translate("reply_labels", "Decline"),
        ReplyKind.POSTPONE: QCoreApplication.translate("reply_labels", "Not now"),
        ReplyKind.YES_IF: QCoreApplication.translate("reply_labels", "Yes, if…"),
        ReplyKind.DELEGATE: QCoreApplication.translate("reply_labels", "Redirect"),
        ReplyKind.HAND_BACK: QCoreApplication.translate("reply_labels", "Hand back"),
        ReplyKind.ASK_TO_CHOOSE: QCoreApplication.translate("reply_labels", "Ask to choose"),
    }[ReplyKind(kind)]


def tone_label(tone: Tone) -> str:
    """The tone of a reply."""
    return {
        Tone.WARM: QCoreApplication.translate("reply_labels", "Warm"),
        Tone.NEUTRAL: QCoreApplication.translate("reply_labels", "Neutral"),
        Tone.FIRM: QCoreApplication.translate("reply_labels", "Firm"),
    }[Tone(tone)]


def language_label(language: Language) -> str:
    """A reply language, named in the UI language."""
    return {
        Language.NL: QCoreApplication.translate("reply_labels", "Dutch"),
        Language.EN: QCoreApplication.translate("reply_labels", "English"),
    }[Language(language)]


def outcome_label(outcome: ReplyOutcome) -> str:
    """How a requester took a reply."""
    return {
        ReplyOutcome.PENDING: QCoreApplication.translate("reply_labels", "No answer yet"),
        ReplyOutcome.ACCEPTED: QCoreApplication.translate("reply_labels", "Accepted"),
        ReplyOutcome.PUSHED_BACK: QCoreApplication.translate("reply_labels", "Pushed back"),
    }[ReplyOutcome(outcome)]


def source_label(source: TemplateSource) -> str:
    """Where a template comes from."""
    return {
        TemplateSource.BUILTIN: QCoreApplication.translate("reply_labels", "Built-in"),
        TemplateSource.MINE: QCoreApplication.translate("reply_labels", "My own"),
        TemplateSource.PACK: QCoreApplication.translate("reply_labels", "From a pack"),
    }[TemplateSource(source)]


def displaced_label(action: DisplacedAction) -> str:
    """What a yes-if reply does to the tasks it displaces."""
    return {
        DisplacedAction.MOVE: QCoreApplication.translate(
            "reply_labels", "No longer urgent (to Plan or Drop)"
        ),
        DisplacedAction.RESCHEDULE: QCoreApplication.translate(
            "reply_labels", "Move to a later date"
        ),
        DisplacedAction.DROP: QCoreApplication.translate("reply_labels", "Drop them"),
    }[DisplacedAction(action)]


def effect_text(kind: ReplyKind) -> str:
    """One sentence: what "Mark as sent" will do to the matrix."""
    return {
        ReplyKind.DECLINE: QCoreApplication.translate(
            "reply_labels", "Mark as sent drops the task."
        ),
        ReplyKind.POSTPONE: QCoreApplication.translate(
            "reply_labels", "Mark as sent moves the task to the proposed date."
        ),
        ReplyKind.YES_IF: QCoreApplication.translate(
            "reply_labels", "Mark as sent keeps the task; the ticked tasks move or drop as chosen."
        ),
        ReplyKind.DELEGATE: QCoreApplication.translate(
            "reply_labels", "Mark as sent sets the task to waiting until the follow-up date."
        ),
        ReplyKind.HAND_BACK: QCoreApplication.translate(
            "reply_labels", "Mark as sent sets the task to waiting on the requester."
        ),
        ReplyKind.ASK_TO_CHOOSE: QCoreApplication.translate(
            "reply_labels",
            "Mark as sent sets the task and the ticked tasks to waiting for a decision.",
        ),
    }[ReplyKind(kind)]


def quadrant_short(quadrant: Quadrant) -> str:
    """A quadrant in one word, for narrow columns."""
    return {
        Quadrant.DO: QCoreApplication.translate("reply_labels", "Do"),
        Quadrant.PLAN: QCoreApplication.translate("reply_labels", "Plan"),
        Quadrant.DELEGATE: QCoreApplication.translate("reply_labels", "Delegate"),
        Quadrant.DROP: QCoreApplication.translate("reply_labels", "Drop"),
    }[Quadrant(quadrant)]

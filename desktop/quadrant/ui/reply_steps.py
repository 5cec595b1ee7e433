"""Undo steps for replies and templates, run by ui.undo.ActionCommand on the window's stack.

Each step calls the ReplyStore once per direction. A sent reply's step keeps
the result of the latest send, because redo sends again and creates a new
Reply row that the next undo must take back.
"""

from __future__ import annotations

from dataclasses import dataclass

from quadrant.domain.replies import ReplyOutcome
from quadrant.services.replies import ReplyResult
from quadrant.ui.reply_store import ReplyStore
from quadrant.ui.task_store import TaskStore


class SendReplyStep:
    """Undo takes the reply back exactly; redo sends it again."""

    def __init__(self, replies: ReplyStore, result: ReplyResult) -> None:
        self._replies = replies
        self.result = result

    def apply(self, store: TaskStore) -> None:
        self.result = self._replies.send(self.result.draft)

    def revert(self, store: TaskStore) -> None:
        self._replies.take_back(self.result)


@dataclass(frozen=True, slots=True)
class DeleteTemplateStep:
    """A template moved to the bin; undo takes it out again."""

    replies: ReplyStore
    template_id: int

    def apply(self, store: TaskStore) -> None:
        self.replies.delete_template(self.template_id)

    def revert(self, store: TaskStore) -> None:
        self.replies.restore_template(self.template_id)


@dataclass(frozen=True, slots=True)
class OutcomeStep:
    """An answer recorded for a reply; undo puts the earlier answer back."""

    replies: ReplyStore
    reply_id: int
    before: ReplyOutcome
    after: ReplyOutcome

    def apply(self, store: TaskStore) -> None:
        self.replies.record_outcome(self.reply_id, self.after)

    def revert(self, store: TaskStore) -> None:
        self.replies.record_outcome(self.reply_id, self.before)

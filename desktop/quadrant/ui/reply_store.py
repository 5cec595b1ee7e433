"""The QObject facade over the reply, template and requester use cases.

Dialogs never call services directly: they call this facade, which runs the
use case on a fresh unit of work, tells the TaskStore about every task a
reply changed, and announces other changes through its signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.domain.reply_record import Reply
from quadrant.domain.task import Requester
from quadrant.domain.templates import Template
from quadrant.services import replies as reply_service
from quadrant.services import requesters as requester_service
from quadrant.services import templates as template_service
from quadrant.services.replies import ReplyInputs, ReplyResult, SentReply
from quadrant.services.templates import TemplateQuery
from quadrant.ui.task_store import TaskStore


class ReplyStore(QObject):
    """Replies, templates and requesters as the UI sees them.

    Signals:
        templates_changed(): a template was saved, deleted, restored or seeded.
        replies_changed(): a reply was sent, taken back or answered.
    """

    templates_changed = Signal()
    replies_changed = Signal()

    def __init__(self, tasks: TaskStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._new_uow = tasks.unit_of_work_factory
        self._seeded = False

    # Replies -------------------------------------------------------------

    def inputs(self, task_id: int) -> ReplyInputs:
        """What the reply dialog needs to draft a reply about ``task_id``."""
        return reply_service.reply_inputs(self._new_uow(), task_id)

    def send(self, draft: SentReply) -> ReplyResult:
        """Record a sent reply and apply it; every changed task reaches the matrix."""
        result = reply_service.send_reply(self._new_uow(), draft)
        self.tasks.publish_tasks(result.changed)
        self.replies_changed.emit()
        return result

    def take_back(self, result: ReplyResult) -> None:
        """Undo a sent reply exactly (see services.replies.undo_reply)."""
        changed = reply_service.undo_reply(self._new_uow(), result)
        self.tasks.publish_tasks(changed)
        self.replies_changed.emit()

    def follow_ups(self) -> list[Reply]:
        """Pending replies whose follow-up date has come."""
        return reply_service.follow_ups_due(self._new_uow())

    def record_outcome(self, reply_id: int, outcome: ReplyOutcome) -> Reply:
        """Record how a requester took a reply."""
        reply = reply_service.record_outcome(self._new_uow(), reply_id, outcome)
        self.tasks.saved.emit()
        self.replies_changed.emit()
        return reply

    def set_my_name(self, name: str) -> None:
        """Remember the name replies are signed with."""
        reply_service.set_my_name(self._new_uow(), name)

    # Templates -----------------------------------------------------------

    def ensure_builtins(self) -> None:
        """Bring the built-in templates up to date, once per session (cheap when unchanged)."""
        if not self._seeded:
            if template_service.ensure_builtins(self._new_uow()):
                self.templates_changed.emit()
            self._seeded = True

    def templates_for(self, kind: ReplyKind, tone: Tone, language: Language) -> list[Template]:
        """Templates to draft from, best first."""
        self.ensure_builtins()
        return template_service.templates_for(self._new_uow(), kind, tone, language)

    def templates(self, query: TemplateQuery | None = None) -> list[Template]:
        """Templates outside the bin matching ``query``."""
        self.ensure_builtins()
        return template_service.list_templates(self._new_uow(), query)

    def template(self, template_id: int) -> Template:
        """One template."""
        return template_service.get_template(self._new_uow(), template_id)

    def save_template(self, template: Template) -> Template:
        """Save a new or edited template (an edited built-in becomes a user copy)."""
        saved = template_service.save_template(self._new_uow(), template)
        self._templates_saved()
        return saved

    def duplicate_template(self, template_id: int, name: str) -> Template:
        """A user copy of a template."""
        copy = template_service.duplicate_template(self._new_uow(), template_id, name)
        self._templates_saved()
        return copy

    def delete_template(self, template_id: int) -> Template:
        """Move a template to the bin."""
        deleted = template_service.delete_template(self._new_uow(), template_id)
        self._templates_saved()
        return deleted

    def restore_template(self, template_id: int) -> Template:
        """Take a template out of the bin."""
        restored = template_service.restore_template(self._new_uow(), template_id)
        self._templates_saved()
        return restored

    def restore_defaults(self) -> int:
        """Put every built-in back as shipped."""
        written = template_service.restore_defaults(self._new_uow())
        self._templates_saved()
        return written

    def _templates_saved(self) -> None:
        self.tasks.saved.emit()
        self.templates_changed.emit()

    # Requesters ----------------------------------------------------------

    def requesters(self) -> Sequence[Requester]:
        """Every requester, by name."""
        return requester_service.list_requesters(self._new_uow())

    def find_requester(self, name: str) -> Requester | None:
        """The requester with this name, or None."""
        return requester_service.find_requester(self._new_uow(), name)

    def add_requester(self, name: str, email: str, role: str, agreements: str) -> Requester:
        """A new requester."""
        added = requester_service.add_requester(
            self._new_uow(), name, email=email, role=role, agreements=agreements
        )
        self.tasks.reload_requesters()
        self.tasks.saved.emit()
        return added

    def update_requester(
        self, requester_id: int, name: str, email: str, role: str, agreements: str
    ) -> Requester:
        """Change a requester; a new name reloads the matrix, whose cards show names."""
        before = requester_service.get_requester(self._new_uow(), requester_id)
        changed = requester_service.update_requester(
            self._new_uow(),
            requester_id,
            name=name,
            email=email,
            role=role,
            agreements=agreements,
        )
        if changed.name != before.name:
            self.tasks.load()
        else:
            self.tasks.reload_requesters()
        self.tasks.saved.emit()
        return changed

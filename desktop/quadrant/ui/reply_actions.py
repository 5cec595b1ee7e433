"""Replies in the main window: actions, menus, the context menu, and the dialogs they open.

The main window calls :func:`install_reply_actions` once; everything about
replies, templates, requesters and follow-ups is wired here, so the window
stays a list of menus. Sending a reply, deleting a template and recording an
outcome are undoable on the window's own undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QToolBar, QWidget

from quadrant.domain.errors import QuadrantError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, ReplyOutcome, Tone
from quadrant.domain.task import Requester
from quadrant.domain.templates import Template
from quadrant.services.replies import SentReply
from quadrant.services.templates import TemplateQuery
from quadrant.ui.errors import user_message
from quadrant.ui.matrix.pane import QuadrantView
from quadrant.ui.reply_labels import kind_short
from quadrant.ui.reply_steps import DeleteTemplateStep, OutcomeStep, SendReplyStep
from quadrant.ui.reply_store import ReplyStore
from quadrant.ui.undo import ActionCommand, Step

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from quadrant.ui.dialogs.follow_ups import FollowUpsDialog
    from quadrant.ui.dialogs.reply_dialog import ReplyDialog
    from quadrant.ui.dialogs.requester_dialog import RequesterDialog, RequestersDialog
    from quadrant.ui.dialogs.template_manager import TemplateManager
    from quadrant.ui.main_window import MainWindow
    from quadrant.ui.team_folder import TeamFolder

T = TypeVar("T")
D = TypeVar("D", bound=QDialog)

KIND_FOR_QUADRANT = {
    Quadrant.DO: ReplyKind.YES_IF,
    Quadrant.PLAN: ReplyKind.POSTPONE,
    Quadrant.DELEGATE: ReplyKind.DELEGATE,
    Quadrant.DROP: ReplyKind.DECLINE,
}
"""The reply first offered for a task, by where it stands: the quadrant's own advice."""


class ReplyActions(QObject):
    """The reply feature's actions and dialogs for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.replies = ReplyStore(window.store, self)
        self._stack = window.task_actions.undo_stack
        self.reply_dialog: ReplyDialog | None = None
        self.dialog: QDialog | None = None
        self._build_actions()

    @property
    def undo_stack(self) -> QUndoStack:
        """The window's undo stack."""
        return self._stack

    # Building ----------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], keys: tuple[str, ...] = ()) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.reply_action = self._action(
            self.tr("&Reply to request…"), self.reply_selected, ("Ctrl+R",)
        )
        self.reply_action.setToolTip(self.tr("Draft a no, not now or yes-if reply (Ctrl+R)"))
        self.capture_reply_action = QAction(self.tr("Capture and reply"), self.window.capture)
        self.capture_reply_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")]
        )
        self.capture_reply_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.capture_reply_action.triggered.connect(self.capture_and_reply)
        self.window.capture.addAction(self.capture_reply_action)
        self.follow_ups_action = self._action(self.tr("&Follow-ups…"), self.show_follow_ups)
        self.templates_action = self._action(self.tr("Reply &templates…"), self.show_templates)
        self.requesters_action = self._action(self.tr("Re&questers…"), self.show_requesters)

    def install(self) -> None:
        """Add the Replies menu, the toolbar button and the matrix context menu."""
        menus = self.window.menuBar()
        menu = QMenu(self.tr("&Replies"), menus)
        menu.addActions([self.reply_action, self.capture_reply_action])
        menu.addSeparator()
        menu.addActions([self.follow_ups_action, self.templates_action, self.requesters_action])
        existing = menus.actions()
        if existing:  # before Help, which comes last
            menus.insertMenu(existing[-1], menu)
        else:
            menus.addMenu(menu)
        self.menu = menu
        bar = self.window.findChild(QToolBar, "capture_bar")
        if isinstance(bar, QToolBar):
            # Right after the capture line and its hint: before the first separator.
            separator = next((a for a in bar.actions() if a.isSeparator()), None)
            if separator is not None:
                bar.insertAction(separator, self.reply_action)
            else:
                bar.addAction(self.reply_action)
        for pane in self.window.matrix.panes.values():
            view = pane.view
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(partial(self._on_view_context_menu, view))

    def _on_view_context_menu(self, view: QuadrantView, position: QPoint) -> None:
        index = view.indexAt(position)
        if not index.isValid():
            return
        view.setFocus()
        view.setCurrentIndex(index)
        window = self.window
        menu = QMenu(view)
        menu.addActions([window.edit_action, self.reply_action, window.done_action])
        move = menu.addMenu(self.tr("&Move to"))
        move.addActions(window.move_actions)
        menu.addSeparator()
        menu.addAction(window.delete_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(position))
        self.context_menu = menu

    # Opening -------------------------------------------------------------------

    def reply_selected(self) -> None:
        """Open the reply dialog on the selected task (Ctrl+R)."""
        task = self.window.matrix.selected_task()
        if task is None or task.id is None:
            self._fail(self.tr("Select a task to reply about first."))
            return
        self.open_reply(task.id)

    def capture_and_reply(self) -> None:
        """Capture the quick-capture line as a task and open the reply dialog on it."""
        line = self.window.capture.text()
        if not line.strip():
            return
        task = self.window.task_actions.capture_line(line, self.window.matrix.current_quadrant)
        if task is not None and task.id is not None:
            self.window.capture.clear()
            self.open_reply(task.id)

    def open_reply(self, task_id: int, kind: ReplyKind | None = None) -> ReplyDialog | None:
        """Open the non-blocking reply dialog on a task."""
        from quadrant.ui.dialogs.reply_dialog import ReplyDialog

        inputs = self._attempt(lambda: self.replies.inputs(task_id))
        if inputs is None:
            return None
        dutch = QLocale().language() == QLocale.Language.Dutch
        language = inputs.last_language or (Language.NL if dutch else Language.EN)
        dialog = ReplyDialog(
            self,
            inputs,
            kind or KIND_FOR_QUADRANT[inputs.task.quadrant],
            language,
            inputs.last_tone or Tone.WARM,
            self.window,
        )
        self.reply_dialog = self._show(dialog)
        return self.reply_dialog

    def show_templates(self) -> TemplateManager:
        """Open the template manager."""
        from quadrant.ui.dialogs.template_manager import TemplateManager

        manager = TemplateManager(self, self.window)
        # Saving here and importing a pack both change the library.
        for changed in (self.replies.templates_changed, self.window.packs.templates_changed):
            changed.connect(manager.reload)
        manager.finished.connect(lambda _code: self._stop_reloading(manager))
        return self._show(manager)

    def _stop_reloading(self, manager: TemplateManager) -> None:
        for changed in (self.replies.templates_changed, self.window.packs.templates_changed):
            changed.disconnect(manager.reload)

    def show_follow_ups(self) -> FollowUpsDialog:
        """Open the list of replies to follow up."""
        from quadrant.ui.dialogs.follow_ups import FollowUpsDialog

        dialog = FollowUpsDialog(lambda: self._attempt(self.replies.follow_ups) or [], self.window)
        dialog.outcome_chosen.connect(self.record_outcome)
        dialog.task_opened.connect(self.window.edit_task)
        return self._show(dialog)

    def show_requesters(self) -> RequestersDialog:
        """Open the list of requesters."""
        from quadrant.ui.dialogs.requester_dialog import RequestersDialog

        dialog = RequestersDialog(
            lambda: self._attempt(self.replies.requesters) or [], self.edit_requester, self.window
        )
        return self._show(dialog)

    def edit_requester(self, requester: Requester, parent: QWidget) -> RequesterDialog:
        """Open one requester's details (a new one when it has no id)."""
        from quadrant.ui.dialogs.requester_dialog import RequesterDialog

        dialog = RequesterDialog(self._save_requester, requester, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.requester_dialog = dialog
        return dialog

    def edit_requester_named(self, name: str, parent: QWidget) -> RequesterDialog:
        """Open the requester with this name, or a new one with the name filled in."""
        found = self._attempt(lambda: self.replies.find_requester(name))
        return self.edit_requester(found or Requester(name=" ".join(name.split())), parent)

    def _show(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    # ReplyHost and TemplateHost --------------------------------------------------

    def templates_for(self, kind: ReplyKind, tone: Tone, language: Language) -> list[Template]:
        """Templates to draft from, best first."""
        return self._attempt(lambda: self.replies.templates_for(kind, tone, language)) or []

    def send_reply(self, draft: SentReply) -> str | None:
        """Record and apply a reply as one undoable action."""
        try:
            result = self.replies.send(draft)
        except QuadrantError as e:
            return user_message(e)
        text = self.tr("Reply “%1”: %2").replace("%1", kind_short(draft.kind))
        self._push(
            text.replace("%2", result.reply.task_title), [SendReplyStep(self.replies, result)]
        )
        self.window.task_actions.task_touched.emit(draft.task_id)
        return None

    def save_reply_template(self, template: Template) -> str | None:
        """Store a template drafted in the reply dialog."""
        try:
            self.replies.save_template(template)
        except QuadrantError as e:
            return user_message(e)
        return None

    def open_mail(self, url: str) -> bool:
        """Hand a finished mailto: URL to the desktop's mail program (nothing else opens)."""
        if not url.startswith("mailto:"):
            return False
        return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))

    def remember_my_name(self, name: str) -> None:
        """Keep the signature name."""
        self._attempt(lambda: self.replies.set_my_name(name))

    def list_templates(self, query: TemplateQuery) -> list[Template]:
        """Templates for the manager."""
        return self.replies.templates(query)

    def save_template(self, template: Template) -> Template:
        """Save from the manager."""
        return self.replies.save_template(template)

    def duplicate_template(self, template_id: int, name: str) -> Template:
        """Duplicate from the manager."""
        return self.replies.duplicate_template(template_id, name)

    def delete_template(self, template_id: int) -> None:
        """Move a template to the bin, undoably."""
        deleted = self.replies.delete_template(template_id)
        text = self.tr("Delete template “%1”").replace("%1", deleted.name)
        self._push(text, [DeleteTemplateStep(self.replies, template_id)])

    def restore_defaults(self) -> int:
        """Put the built-ins back as shipped."""
        return self.replies.restore_defaults()

    def team_source(self) -> TeamFolder:
        """The team folder's packs, for the manager's "Team" source."""
        return self.window.packs.team

    def share_templates(self, scopes: list[tuple[str, list[int]]]) -> None:
        """Open the share dialog over the template manager."""
        self.window.packs.export(scopes=scopes)

    def record_outcome(self, reply_id: int, outcome: ReplyOutcome) -> None:
        """Record a requester's answer, undoably."""
        # The follow-up list shows pending replies only, so the answer before was "pending".
        recorded = self._attempt(lambda: self.replies.record_outcome(reply_id, outcome))
        if recorded is not None:
            step = OutcomeStep(self.replies, reply_id, ReplyOutcome.PENDING, outcome)
            self._push(self.tr("Record answer to reply"), [step])

    # Internals -------------------------------------------------------------------

    def _save_requester(self, requester: Requester) -> str | None:
        fields = (requester.name, requester.email, requester.role, requester.agreements)
        try:
            if requester.id is None:
                self.replies.add_requester(*fields)
            else:
                self.replies.update_requester(requester.id, *fields)
        except QuadrantError as e:
            return user_message(e)
        return None

    def _push(self, text: str, steps: list[Step]) -> None:
        self._stack.push(ActionCommand(self.window.store, text, steps))

    def _attempt(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except QuadrantError as e:
            self._fail(user_message(e))
            return None

    def _fail(self, message: str) -> None:
        self.window.task_actions.failed.emit(message)


def install_reply_actions(window: MainWindow) -> ReplyActions:
    """Wire the reply feature into ``window``; returns the actions (tests drive them)."""
    actions = ReplyActions(window)
    actions.install()
    return actions

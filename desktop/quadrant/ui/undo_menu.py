"""Edit → Undo and Redo, with texts that follow a language switch.

``QUndoStack.createUndoAction`` fixes its prefix ("&Undo") when it is made,
and each command keeps the description it was pushed with; after switching
to Dutch the menu would still say "Undo Move to Do now". These actions build
their text from the current catalogue every time, and :meth:`retranslate`
re-words the descriptions of the commands already on the stack (called by
quadrant.ui.retranslate after a switch).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack


class UndoRedoActions(QObject):
    """The Undo and Redo actions of one undo stack, owned by a window."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("undo_redo_actions")
        self.stack = stack
        self.undo_action = QAction(parent)
        self.undo_action.setObjectName("undo_action")
        self.redo_action = QAction(parent)
        self.redo_action.setObjectName("redo_action")
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # The texts come with the signals: a stack being destroyed still emits them,
        # and must not be asked for anything then.
        stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_stack_redo_text_changed)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._undo_text, self._redo_text = stack.undoText(), stack.redoText()
        self.update_texts()

    def update_texts(self) -> None:
        """Word both actions in the current language, naming the command they act on."""
        undo, redo = self._undo_text, self._redo_text
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )

    def retranslate(self, reword: Callable[[str], str]) -> None:
        """After a language switch: re-word every command's description, then the actions.

        Args:
            reword: gives a text shown earlier in the current language (see
                quadrant.ui.retranslate.Rewording); user data in it, such as
                a task title, stays as it is.
        """
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if command is not None:
                command.setText(reword(command.text()))
        self._undo_text, self._redo_text = self.stack.undoText(), self.stack.redoText()
        self.update_texts()

    def _on_stack_undo_text_changed(self, text: str) -> None:
        self._undo_text = text
        self.update_texts()

    def _on_stack_redo_text_changed(self, text: str) -> None:
        self._redo_text = text
        self.update_texts()

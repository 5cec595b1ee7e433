"""The template manager: find, edit, duplicate, delete (undoable) and restore reply templates."""

from __future__ import annotations

from typing import Final, Protocol

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quadrant.domain.errors import QuadrantError
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.services.templates import TemplateQuery, TemplateSource, source_of
from quadrant.ui.dialogs.team_templates import (
    TEAM_SOURCE,
    TeamSource,
    fill_team_tree,
    find_row,
    pack_of,
    pack_summary,
    team_state_text,
    template_of,
)
from quadrant.ui.dialogs.template_editor import TemplateEditor
from quadrant.ui.errors import user_message
from quadrant.ui.plain_text import plain_tooltip
from quadrant.ui.reply_labels import (
    kind_short,
    language_label,
    source_label,
    tone_label,
)

LIBRARY_SPLIT: Final = [540, 660]
TEAM_SPLIT: Final = [700, 500]


class TemplateHost(Protocol):
    """What the manager asks of the application; each method raises QuadrantError on failure."""

    @property
    def undo_stack(self) -> QUndoStack:
        """The window's undo stack (deleting a template is undoable)."""
        ...

    def list_templates(self, query: TemplateQuery) -> list[Template]:
        """Templates outside the bin matching ``query``."""
        ...

    def save_template(self, template: Template) -> Template:
        """Store a new or edited template (an edited built-in becomes a copy)."""
        ...

    def duplicate_template(self, template_id: int, name: str) -> Template:
        """A user copy of a template."""
        ...

    def delete_template(self, template_id: int) -> None:
        """Move a template to the bin, undoably."""
        ...

    def restore_defaults(self) -> int:
        """Put every built-in back as shipped."""
        ...

    def team_source(self) -> TeamSource:
        """The team folder's packs (the "Team" source)."""
        ...

    def share_templates(self, scopes: list[tuple[str, list[int]]]) -> None:
        """Open the share dialog with a choice of these (label, template ids) groups."""
        ...


class TemplateManager(QDialog):
    """A filterable list of templates beside an editor."""

    def __init__(self, host: TemplateHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("template_manager")
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(1200, 680)  # five columns of Dutch labels beside the editor
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Templates"))
        self._team = host.team_source()
        self.editor = TemplateEditor()
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes(LIBRARY_SPLIT)
        splitter.setChildrenCollapsible(False)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())
        self._connect()
        self.reload()

    def _build_filters(self) -> QHBoxLayout:
        self.kind_filter = self._filter(
            self.tr("Show kind"), self.tr("All kinds"), [(kind_short(k), k) for k in ReplyKind]
        )
        self.tone_filter = self._filter(
            self.tr("Show tone"), self.tr("All tones"), [(tone_label(t), t) for t in Tone]
        )
        self.language_filter = self._filter(
            self.tr("Show language"),
            self.tr("All languages"),
            [(language_label(lang), lang) for lang in Language],
        )
        self.source_filter = self._filter(
            self.tr("Show source"),
            self.tr("All sources"),
            [(source_label(s), s) for s in TemplateSource]
            + [(self.tr("Team folder"), TEAM_SOURCE)],
        )
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in templates"))
        self.search.setAccessibleName(self.tr("Find in templates"))
        row = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.kind_filter)
        row.addWidget(label)
        for widget in self._filters():
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        return row

    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.kind_filter, self.tone_filter, self.language_filter, self.source_filter)

    def _filter(self, name: str, everything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_buttons(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("Ne&w"))
        self.duplicate_button = QPushButton(self.tr("Dup&licate"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.undo_button = QPushButton(self.tr("Und&o"))
        self.restore_button = QPushButton(self.tr("&Restore defaults"))
        self.discard_button = QPushButton(self.tr("Discard c&hanges"))
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.share_button = QPushButton(self.tr("Shar&e…"))
        self.import_button = QPushButton(self.tr("I&mport…"))
        self.close_button = QPushButton(self.tr("Close"))
        names = {
            self.new_button: self.tr("New template"),
            self.duplicate_button: self.tr("Duplicate template"),
            self.delete_button: self.tr("Delete template"),
            self.undo_button: self.tr("Undo"),
            self.restore_button: self.tr("Restore the built-in templates"),
            self.discard_button: self.tr("Discard changes"),
            self.save_button: self.tr("Save template"),
            self.share_button: self.tr("Share the chosen or shown templates"),
            self.import_button: self.tr("Review and import the team pack"),
            self.close_button: self.tr("Close"),
        }
        row = QHBoxLayout()
        for button, name in names.items():
            button.setAccessibleName(name)
            button.setAutoDefault(False)
            row.addWidget(button)
            if button is self.restore_button:
                row.addStretch(1)
        self.undo_action = self._host.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.addAction(self.undo_action)
        return row

    def _connect(self) -> None:
        for combo in self._filters():
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.search.textChanged.connect(lambda *_: self.reload())
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.editor.changed.connect(self._update_buttons)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.discard_button.clicked.connect(lambda: self.editor.load(self.editor.loaded()))
        self.discard_button.clicked.connect(self._update_buttons)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.share_button.clicked.connect(self._on_share_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button.clicked.connect(self.reject)
        self._team.scanned.connect(self._on_team_scanned)
        # The dialog's own undo action follows the stack and dies with the dialog.
        self.undo_action.enabledChanged.connect(self.undo_button.setEnabled)
        # The stack is the window's: the tooltip says what Undo would take back.
        # A slot of the dialog, so the connection ends with it.
        self._host.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        self._on_undo_text_changed(self._host.undo_stack.undoText())

    def _on_undo_text_changed(self, text: str) -> None:
        # The stack outlives the dialog; while Qt tears the dialog down, its button may be gone.
        if shiboken6.isValid(self.undo_button):
            self.undo_button.setToolTip(plain_tooltip(text))  # the text quotes a task title

    def done(self, result: int) -> None:
        """Close; stop following the window's undo stack first."""
        self._host.undo_stack.undoTextChanged.disconnect(self._on_undo_text_changed)
        self._team.scanned.disconnect(self._on_team_scanned)
        super().done(result)

    # Reading -----------------------------------------------------------------

    def query(self) -> TemplateQuery:
        """The filters as chosen."""
        # Qt hands str enums back as plain text (None stays None for "all").
        kind, tone, language, source = (combo.currentData() for combo in self._filters())
        return TemplateQuery(
            kind=ReplyKind(kind) if kind is not None else None,
            tone=Tone(tone) if tone is not None else None,
            language=Language(language) if language is not None else None,
            source=TemplateSource(source) if source not in (None, TEAM_SOURCE) else None,
            text=self.search.text(),
        )

    def showing_team(self) -> bool:
        """Whether the list shows the team folder's packs instead of the library."""
        return bool(self.source_filter.currentData() == TEAM_SOURCE)

    def reload(self, select_id: int | None = None) -> None:
        """List the templates again, keeping (or moving) the selection."""
        team = self.showing_team()
        if team != self.list.rootIsDecorated():  # the team view needs room for its status column
            self.splitter.setSizes(TEAM_SPLIT if team else LIBRARY_SPLIT)
        self.list.setRootIsDecorated(team)
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Tone"), self.tr("Language"),
             self.tr("Status") if team else self.tr("Source")]
        )  # fmt: skip
        if team:
            self._reload_team()
        else:
            self._reload_library(select_id)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        self._update_buttons()

    def _reload_library(self, select_id: int | None) -> None:
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        try:
            templates = self._host.list_templates(self.query())
        except QuadrantError as e:
            self._say(user_message(e))
            templates = []
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QTreeWidgetItem | None = None
        for template in templates:
            item = QTreeWidgetItem(
                [template.name, kind_short(template.kind), tone_label(template.tone),
                 language_label(template.language), source_label(source_of(template))]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, template)
            self.list.addTopLevelItem(item)
            if template.id == wanted:
                chosen = item
        if chosen is None and self.list.topLevelItemCount():
            chosen = self.list.topLevelItem(0)
        # Unsaved edits stay in the editor: the list moves without reloading it.
        keep_edits = self.editor.is_dirty()
        self.list.blockSignals(keep_edits)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        if chosen is None and not keep_edits:
            self.editor.load(None)
        self.editor.set_read_only(False)

    def _reload_team(self) -> None:
        if not self._team.checked and not self._team.scanning:
            self._team.check()  # the first look; ``scanned`` brings the packs
        current = self.list.currentItem()
        wanted = (pack_of(current), template_of(current))
        self.list.blockSignals(True)
        self.list.clear()
        shown = fill_team_tree(self.list, self._team.packs, self.query())
        self.list.blockSignals(False)
        again = find_row(self.list, *wanted) or self.list.topLevelItem(0)
        if again is not None:
            self.list.setCurrentItem(again)
        else:
            self.editor.load(None)
        self.editor.set_read_only(True)
        self._say_team_state(shown)

    def _say_team_state(self, shown: int | None = None) -> None:
        """The folder's state, and what the chosen pack is and would bring."""
        count = self.list.topLevelItemCount() if shown is None else shown
        pack = pack_of(self.list.currentItem())
        lines = [team_state_text(self._team, count)]
        if pack is not None:
            lines.append(pack_summary(pack))
        self._say("\n".join(lines))

    def _on_team_scanned(self, _packs: object) -> None:
        if self.showing_team() and not self.editor.is_dirty():
            self.reload()

    def selected(self) -> Template | None:
        """The template under the cursor in the list."""
        item = self.list.currentItem()
        template = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return template if isinstance(template, Template) else None

    # Reacting ----------------------------------------------------------------

    def _on_list_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if self.editor.is_dirty():
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            else:
                self.list.setCurrentIndex(QModelIndex())
            self.list.blockSignals(False)
            self._say(self.tr("Save or discard your changes first."))
            return
        if self.showing_team():
            self.editor.load(template_of(current))
            self._say_team_state()
        else:
            self.editor.load(self.selected())
            self._say("")
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        template = self.editor.loaded()
        dirty = self.editor.is_dirty()
        library = not self.showing_team()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.new_button.setEnabled(library)
        self.duplicate_button.setEnabled(library and template is not None and not dirty)
        self.delete_button.setEnabled(library and template is not None and not dirty)
        self.restore_button.setEnabled(library)
        self.share_button.setEnabled(library and not dirty and self.list.topLevelItemCount() > 0)
        self.import_button.setVisible(not library)
        pack = pack_of(self.list.currentItem())
        self.import_button.setEnabled(pack is not None and pack.plan is not None)
        self.undo_button.setEnabled(self.undo_action.isEnabled())

    def _on_new_clicked(self) -> None:
        if self.editor.is_dirty():
            self._say(self.tr("Save or discard your changes first."))
            return
        self.list.clearSelection()
        self.editor.load(None)
        self.editor.name.setFocus()
        self._update_buttons()

    def _on_save_clicked(self) -> None:
        if not self.editor.check():
            self._say(self.tr("The template has a problem; see above."))
            return
        was_builtin = self.editor.template().builtin
        try:
            saved = self._host.save_template(self.editor.template())
        except QuadrantError as e:
            self._say(user_message(e))
            return
        self.editor.load(saved)
        self.reload(saved.id)
        self._say(
            self.tr("Saved as your own copy; the built-in stays as shipped.")
            if was_builtin
            else self.tr("Saved.")
        )

    def _on_duplicate_clicked(self) -> None:
        template = self.editor.loaded()
        if template is None or template.id is None:
            return
        try:
            copy = self._host.duplicate_template(
                template.id, self.tr("%1 (copy)").replace("%1", template.name)
            )
        except QuadrantError as e:
            self._say(user_message(e))
            return
        self.editor.load(copy)
        self.reload(copy.id)
        self._say(self.tr("Duplicated."))

    def _on_delete_clicked(self) -> None:
        template = self.editor.loaded()
        if template is None or template.id is None:
            return
        try:
            self._host.delete_template(template.id)
        except QuadrantError as e:
            self._say(user_message(e))
            return
        self.editor.load(None)
        self.reload()
        self._say(self.tr("Deleted “%1”. Undo brings it back.").replace("%1", template.name))

    def _on_restore_clicked(self) -> None:
        try:
            self._host.restore_defaults()
        except QuadrantError as e:
            self._say(user_message(e))
            return
        self.reload()
        self._say(self.tr("The built-in templates are back as shipped; your own are kept."))

    def _on_share_clicked(self) -> None:
        chosen = [t.id for t in self.chosen() if t.id is not None]
        shown = [t.id for t in self.shown() if t.id is not None]
        scopes = [(self.tr("The %n templates shown", "", len(shown)), shown)]
        if len(chosen) > 1:
            scopes.insert(0, (self.tr("The %n chosen templates", "", len(chosen)), chosen))
        self._host.share_templates(scopes)

    def _on_import_clicked(self) -> None:
        pack = pack_of(self.list.currentItem())
        if pack is not None and pack.plan is not None:
            self._team.review(pack)

    def chosen(self) -> list[Template]:
        """The library templates selected in the list (several with Ctrl or Shift)."""
        found = (item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems())
        return [t for t in found if isinstance(t, Template)]

    def shown(self) -> list[Template]:
        """Every template the list shows now (the filter result)."""
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        found = (row.data(0, Qt.ItemDataRole.UserRole) for row in rows if row is not None)
        return [t for t in found if isinstance(t, Template)]

    def _say(self, text: str) -> None:
        self.message.setText(text)

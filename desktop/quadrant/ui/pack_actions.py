"""Sharing templates from the main window: menu actions, the drop target, undoable import.

:func:`install_pack_actions` is the one call the window needs: it adds the
actions to the File menu, accepts template files dropped on the window, and
starts watching the team folder (ui.team_folder). Importing goes: read the
file (ui never trusts it: errors become a plain-text message and nothing
changes) → preview (PackImportDialog) → apply in one transaction → push one
undo command whose undo puts every row back.

Signals are how the rest of the UI hears about it; the template manager can
connect ``templates_changed`` to reload, and call :meth:`PackActions.export`
with its selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from quadrant.domain.errors import QuadrantError

if TYPE_CHECKING:  # the rest loads on first use: nothing here may slow the first paint
    from quadrant.domain.pack_plan import Decision, ImportPlan
    from quadrant.services.pack_ports import SharingUnitOfWork
    from quadrant.services.ports import UnitOfWork
    from quadrant.services.sharing import ImportResult, ImportUndo
    from quadrant.ui.dialogs.pack_export_dialog import ExportRequest, PackExportDialog
    from quadrant.ui.dialogs.pack_import_dialog import PackImportDialog
    from quadrant.ui.main_window import MainWindow
    from quadrant.ui.task_store import TaskStore
    from quadrant.ui.team_folder import TeamFolder

    UowFactory = Callable[[], SharingUnitOfWork]

TEAM_CHECK_DELAY_MS: Final = 4000
"""The team folder is checked this long after start: never before the matrix is on screen."""


def sharing_factory(factory: Callable[[], UnitOfWork]) -> UowFactory:
    """The window's unit-of-work factory, seen as one that reaches the packs.

    The store's unit of work has ``packs`` (store/unit_of_work.py) but the
    UnitOfWork Protocol does not name it yet; this cast is the one place that
    relies on it. Adding ``packs`` to services.ports.UnitOfWork removes it.
    """
    return cast("UowFactory", factory)


class ImportStep:
    """One pack import as an undo step; the TaskStore argument is not needed (no tasks move)."""

    def __init__(
        self,
        actions: PackActions,
        plan: ImportPlan,
        decisions: dict[str, Decision],
        undo: ImportUndo,
    ) -> None:
        self._actions = actions
        self._plan = plan
        self._decisions = decisions
        self._undo: ImportUndo | None = undo

    def apply(self, store: TaskStore) -> None:
        from quadrant.services import sharing

        result = sharing.apply_import(self._actions.new_uow(), self._plan, self._decisions)
        self._undo = result.undo
        self._actions.changed()

    def revert(self, store: TaskStore) -> None:
        if self._undo is not None:
            from quadrant.services import sharing

            sharing.undo_import(self._actions.new_uow(), self._undo)
            self._undo = None
            self._actions.changed()


class PackActions(QObject):
    """Import, export and team-folder actions of the main window.

    Signals:
        templates_changed(): an import or its undo changed the template library.
        message(str): a one-line outcome for the status bar.
    """

    templates_changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        uow_factory: UowFactory,
        store: TaskStore,
        undo_stack: QUndoStack,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self.new_uow = uow_factory
        self._store = store
        self._undo_stack = undo_stack
        self._team: TeamFolder | None = None
        self.dialog: PackImportDialog | PackExportDialog | None = None
        self.error_box: QMessageBox | None = None
        self.import_action = QAction(self.tr("Import te&mplates…"), parent)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.export_action = QAction(self.tr("&Share templates…"), parent)
        self.export_action.triggered.connect(lambda: self.export())

    @property
    def team(self) -> TeamFolder:
        """The team folder watcher, made on first use (after start-up, not before it)."""
        if self._team is None:
            from quadrant.ui.team_folder import TeamFolder

            self._team = TeamFolder(self, self._window)
        return self._team

    def check_team_folder(self) -> None:
        """Check the team folder now (at start, and when the setting changed)."""
        self.team.check()

    # Import ----------------------------------------------------------------

    def open_file(self, path: Path) -> PackImportDialog | None:
        """Read a template file and show its preview; a bad file shows why, changing nothing."""
        from quadrant.interop.template_files import read_template_file
        from quadrant.services import sharing

        try:
            template_file = read_template_file(path)
            plan = sharing.plan_pack(self.new_uow(), template_file.pack, str(path))
        except QuadrantError as e:
            self.show_error(e)
            return None
        from quadrant.ui.errors import translated

        left_out = [f"{s.name}: {translated(s.template, s.params)}" for s in template_file.skipped]
        return self.preview(plan, left_out)

    def preview(self, plan: ImportPlan, left_out: Sequence[str] = ()) -> PackImportDialog:
        """Open the preview of ``plan``; accepting it applies the chosen decisions."""
        from quadrant.ui.dialogs.pack_import_dialog import PackImportDialog

        dialog = PackImportDialog(plan, left_out, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(dialog.plan, dialog.decisions()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def apply(self, plan: ImportPlan, decisions: dict[str, Decision]) -> ImportResult | None:
        """Apply a plan in one transaction and put it on the undo stack."""
        from quadrant.services import sharing
        from quadrant.ui.undo import ActionCommand

        try:
            result = sharing.apply_import(self.new_uow(), plan, decisions)
        except QuadrantError as e:
            self.show_error(e)
            return None
        if result.undo is not None:
            step = ImportStep(self, plan, decisions, result.undo)
            text = self.tr("Import “%1”").replace("%1", plan.pack.metadata.name)
            self._undo_stack.push(ActionCommand(self._store, text, [step]))
            self.changed()
        self.message.emit(self._summary(result))
        return result

    def changed(self) -> None:
        """Tell the window (saved indicator) and the template views that templates changed."""
        self._store.saved.emit()
        self.templates_changed.emit()

    def _summary(self, result: ImportResult) -> str:
        if not result.changed:
            return self.tr("Nothing to import from “%1”: it is all here already.").replace(
                "%1", result.pack_name
            )
        return (
            self.tr("Imported “%1”: %2 new, %3 replaced, %4 kept both.")
            .replace("%1", result.pack_name)
            .replace("%2", str(result.added))
            .replace("%3", str(result.replaced))
            .replace("%4", str(result.kept_both))
        )

    def show_error(self, error: QuadrantError) -> QMessageBox:
        """The plain-text message for a file that cannot be imported (non-blocking)."""
        from quadrant.ui.dialogs.pack_import_dialog import import_error_box

        box = import_error_box(error, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()
        return box

    def _on_import_triggered(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import templates"),
            "",
            self.tr("Template files (*.json *.yml *.yaml);;All files (*)"),
        )
        if chosen:
            self.open_file(Path(chosen))

    # Export ----------------------------------------------------------------

    def export(
        self,
        template_ids: Sequence[int] | None = None,
        *,
        scopes: Sequence[tuple[str, list[int]]] | None = None,
    ) -> PackExportDialog | None:
        """Open the share dialog for ``template_ids``, for a choice of ``scopes``
        (label, template ids), or with a choice of whole groups."""
        from quadrant.services import sharing
        from quadrant.ui.dialogs.pack_export_dialog import PackExportDialog
        from quadrant.ui.dialogs.pack_import_dialog import error_text

        try:
            if template_ids is not None:
                scopes = [(self.tr("Selected templates"), list(template_ids))]
            elif scopes is None:
                scopes = self._scopes()
            earlier = sharing.exported_packs(self.new_uow())
        except QuadrantError as e:
            self.message.emit(error_text(e))
            return None
        dialog = PackExportDialog(self._write, scopes, earlier, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _scopes(self) -> list[tuple[str, list[int]]]:
        from quadrant.services import templates as library
        from quadrant.services.templates import TemplateQuery, TemplateSource

        def ids(source: TemplateSource | None) -> list[int]:
            found = library.list_templates(self.new_uow(), TemplateQuery(source=source))
            return [t.id for t in found if t.id is not None]

        return [
            (self.tr("My own templates"), ids(TemplateSource.MINE)),
            (self.tr("All templates"), ids(None)),
            (self.tr("Built-in templates"), ids(TemplateSource.BUILTIN)),
            (self.tr("Templates from packs"), ids(TemplateSource.PACK)),
        ]

    def _write(self, request: ExportRequest) -> str | None:
        """Write the export the dialog asked for; None on success, else what went wrong."""
        from quadrant.interop.atomic import write_atomically
        from quadrant.interop.espanso import build_package, write_package
        from quadrant.services import sharing
        from quadrant.ui.dialogs.pack_export_dialog import ExportFormat, with_suffix
        from quadrant.ui.dialogs.pack_import_dialog import error_text
        from quadrant.ui.errors import translated

        uow = self.new_uow()
        shared, left_out = len(request.template_ids), ""
        try:
            if request.format is ExportFormat.ESPANSO:
                with uow:
                    templates = [uow.templates.get(i) for i in request.template_ids]
                package = build_package(templates, request.metadata)
                folder = write_package(package, request.target)
                where = str(folder)
                shared = len(package.triggers)
                left_out = "; ".join(
                    f"{s.name}: {translated(s.template, s.params)}" for s in package.skipped
                )
            else:
                data = sharing.export_pack(
                    uow, request.template_ids, request.metadata, request.strip_names
                )
                target = with_suffix(request.target)
                write_atomically(target, data)
                sharing.remember_export(self.new_uow(), request.metadata)
                where = str(target)
        except QuadrantError as e:
            return error_text(e)
        text = self.tr("Shared %1 templates in %2").replace("%1", str(shared)).replace("%2", where)
        if left_out:
            text += " " + self.tr("Left out: %1").replace("%1", left_out)
        self.message.emit(text)
        return None


class _DropFilter(QObject):
    """Accepts template files dragged onto the main window; other drops pass by untouched."""

    def __init__(self, actions: PackActions, parent: QObject) -> None:
        super().__init__(parent)
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent) and _template_path(event) is not None:
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent):
            path = _template_path(event)
            if path is not None:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self._actions.open_file(path))
                return True
        return False


def _template_path(event: QDropEvent) -> Path | None:
    """The dropped local file, when its first bytes say it is a template file."""
    from quadrant.interop.template_files import template_file_kind

    urls = event.mimeData().urls() if event.mimeData() is not None else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    try:
        with path.open("rb") as stream:
            head = stream.read(8192)
    except OSError:
        return None
    return path if template_file_kind(head, path.name) is not None else None


def install_pack_actions(window: MainWindow) -> PackActions:
    """Add template sharing to the main window: File-menu entries, dropping, the team folder."""
    return install_pack_actions_with(
        window,
        sharing_factory(window.store.unit_of_work_factory),
        window.store,
        window.task_actions.undo_stack,
    )


def install_pack_actions_with(
    window: QMainWindow, uow_factory: UowFactory, store: TaskStore, undo_stack: QUndoStack
) -> PackActions:
    """:func:`install_pack_actions` with its parts given (tests pass their own)."""
    actions = PackActions(uow_factory, store, undo_stack, window)
    _insert_in_file_menu(window, [actions.import_action, actions.export_action])
    window.setAcceptDrops(True)
    window.installEventFilter(_DropFilter(actions, window))
    actions.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    _check_team_folder_after_first_load(store, actions)
    return actions


def _check_team_folder_after_first_load(store: TaskStore, actions: PackActions) -> None:
    """Look at the team folder a few seconds after the tasks are first on screen.

    Not on a fixed timer from start: while a damaged database waits for the
    restore dialog, nothing may open (and so create) a database.
    """

    def on_first_load() -> None:
        store.tasks_reset.disconnect(on_first_load)
        QTimer.singleShot(TEAM_CHECK_DELAY_MS, actions.check_team_folder)

    store.tasks_reset.connect(on_first_load)


def _insert_in_file_menu(window: QMainWindow, entries: list[QAction]) -> None:
    """Put ``entries`` in the first (File) menu, above its last group (Quit)."""
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    if not menus:
        menu = window.menuBar().addMenu(window.tr("&Templates"))
        menu.addActions(entries)
        return
    file_menu = menus[0]
    separators = [a for a in file_menu.actions() if a.isSeparator()]
    if not separators:
        file_menu.addSeparator()
        file_menu.addActions(entries)
        return
    last_group = separators[-1]
    file_menu.insertActions(last_group, entries)
    file_menu.insertSeparator(entries[0])

"""What makes the window a finished desktop app: settings, first run, tray and reminders.

The reply and example-data services load on first use, after the first paint.

app.py builds a :class:`ShellServices` (it alone may touch the store) and
calls :func:`install_shell` once the main window exists, then
:meth:`Shell.start` once the database is open. Everything here hangs off the
window's File menu and signals; the window itself does not know about it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from quadrant.domain.errors import QuadrantError
from quadrant.domain.matrix import Quadrant
from quadrant.services import settings as settings_service
from quadrant.services.clock import local_today
from quadrant.services.ports import UnitOfWorkFactory
from quadrant.services.settings import Preferences
from quadrant.ui.dialogs.settings_dialog import DataPlaces, SettingsDialog
from quadrant.ui.dialogs.welcome_dialog import Start, WelcomeDialog
from quadrant.ui.errors import user_message
from quadrant.ui.example_removal import ExampleRemovalFlow
from quadrant.ui.i18n import Translations
from quadrant.ui.labels import quadrant_title
from quadrant.ui.main_window import MainWindow
from quadrant.ui.reminders import Banner, WeeklyReminder
from quadrant.ui.retranslate import retranslate_all
from quadrant.ui.tray import Tray, app_icon

DAY_CHECK_MS = 10 * 60 * 1000


@dataclass(frozen=True, slots=True)
class ShellServices:
    """What the shell needs from the app; built in app.py.

    Attributes:
        new_uow: a fresh unit of work per action.
        translations: the installed catalogues (live language switching).
        places: the data folder and the backups.
        use_tray: whether to put an icon in the tray (when the desktop has one).
    """

    new_uow: UnitOfWorkFactory
    translations: Translations
    places: DataPlaces
    use_tray: bool = True


class Shell(QObject):
    """Settings, welcome, example data, tray and reminders for one main window."""

    def __init__(self, window: MainWindow, services: ShellServices) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.settings_dialog: SettingsDialog | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.open_reflection: Callable[[], None] | None = None  # set by the reflection feature
        window.setWindowIcon(app_icon())
        self._build_actions()
        self.banner = Banner(window)
        bar = QToolBar(self.tr("Reminders"), window)
        bar.setObjectName("reminder_bar")
        bar.setMovable(False)
        bar.addWidget(self.banner)
        self.banner_bar = bar
        window.addToolBarBreak()
        window.addToolBar(bar)
        self.banner.acted.connect(self._on_banner_acted)
        self.banner.dismissed.connect(bar.hide)
        self._banner_action: Callable[[], None] | None = None
        bar.hide()
        self.reminder = WeeklyReminder(parent=self)
        self.reminder.due.connect(self._on_reminder_due)
        self.tray: Tray | None = None
        if services.use_tray and Tray.available():
            self.tray = Tray(window, self.quick_capture, self)
            self.tray.show()
        self._today = local_today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._on_day_timer_timeout)
        services.translations.language_changed.connect(self._on_language_changed)

    # Building ----------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window
        self.settings_action = QAction(self.tr("Se&ttings…"), window)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.remove_demo_action = QAction(self.tr("Remove example &data"), window)
        self.remove_demo_action.setObjectName("remove_demo_action")
        self.remove_demo_action.triggered.connect(self.remove_example_data)
        self.example_removal = ExampleRemovalFlow(window, self.services.new_uow)
        window.addActions([self.settings_action, self.remove_demo_action])
        self.go_to_actions = [self._go_to_action(quadrant) for quadrant in Quadrant]
        menu = _menu_holding(window, window.quit_action)
        if menu is not None:
            menu.insertActions(window.quit_action, [self.remove_demo_action, self.settings_action])
            menu.insertSeparator(window.quit_action)
            menu.aboutToShow.connect(self._on_file_menu_about_to_show)

    def _go_to_action(self, quadrant: Quadrant) -> QAction:
        """Alt+1…4 puts the cursor in a quadrant: the keyboard's way into the matrix."""
        action = QAction(self.tr("Go to %1").replace("%1", quadrant_title(quadrant)), self.window)
        action.setShortcut(QKeySequence(f"Alt+{quadrant.value}"))
        action.triggered.connect(partial(self.go_to, quadrant))
        self.window.addAction(action)
        return action

    def go_to(self, quadrant: Quadrant) -> None:
        """Focus a quadrant's list, on its first task when none is current."""
        self.window.matrix.view(quadrant).setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Start -------------------------------------------------------------------

    def start(self) -> None:
        """Once the database is open: language from the data, welcome, reminders."""
        try:
            preferences = settings_service.load_preferences(self.services.new_uow())
        except QuadrantError as e:
            self.window.statusBar().showMessage(user_message(e))
            return
        if preferences.language != self.services.translations.preference:
            self.services.translations.apply(preferences.language)
        self.reminder.set_reminder(preferences.reflection_reminder, catch_up=True)
        self._day_timer.start()
        self._check_follow_ups()
        if settings_service.welcome_due(self.services.new_uow()):
            self.show_welcome()

    # User actions ------------------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        """Open the settings dialog (non-modal for the rest of the app, modal to the window)."""
        preferences = settings_service.load_preferences(self.services.new_uow())
        dialog = SettingsDialog(preferences, self.services.places, self._save, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def show_welcome(self) -> WelcomeDialog:
        """Open the welcome screen."""
        dialog = WelcomeDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._on_welcome_finished(dialog.choice))
        dialog.open()
        self.welcome_dialog = dialog
        return dialog

    def remove_example_data(self) -> None:
        """Ask, then remove the example week for good (ui/example_removal.py)."""
        self.example_removal.ask()

    def quick_capture(self) -> None:
        """Bring the window forward with the cursor in the capture line."""
        if self.tray is not None:
            self.tray.bring_back()
        else:
            self.window.show()
            self.window.raise_()
        self.window.capture_action.trigger()

    # Internals ---------------------------------------------------------------

    def _save(self, preferences: Preferences) -> str | None:
        try:
            before = settings_service.load_preferences(self.services.new_uow())
            settings_service.save_preferences(self.services.new_uow(), preferences)
        except QuadrantError as e:
            return user_message(e)
        self.services.translations.apply(preferences.language)
        if preferences.reflection_reminder != before.reflection_reminder:
            self.reminder.set_reminder(preferences.reflection_reminder)
        if preferences.urgency_horizon_days != before.urgency_horizon_days:
            self.window.store.escalate_deadlines()
        if preferences.team_folder != before.team_folder:
            self.window.packs.check_team_folder()  # watch the new folder, offer what it has
        return None

    def _on_language_changed(self, _language: str) -> None:
        retranslate_all(self.services.translations.recorder)

    def _on_welcome_finished(self, choice: Start) -> None:
        from quadrant.services import demo as demo_service

        try:
            if choice is Start.EXAMPLE:
                language = self.services.translations.language
                demo_service.fill_demo(self.services.new_uow, language=language)
                self.window.store.load()
            settings_service.mark_welcome_done(self.services.new_uow())
        except QuadrantError as e:
            self.window.statusBar().showMessage(user_message(e))

    def _on_file_menu_about_to_show(self) -> None:
        from quadrant.services import demo_removal

        try:
            self.remove_demo_action.setEnabled(demo_removal.has_example(self.services.new_uow()))
        except QuadrantError:
            self.remove_demo_action.setEnabled(False)

    def _on_reminder_due(self) -> None:
        self._remind(
            self.tr("Time to look back on your week: what went well, and what got in the way?"),
            self.tr("&Reflect now"),
            self._reflect,
        )

    def _reflect(self) -> None:
        if self.open_reflection is not None:
            self.open_reflection()
            return
        action = self.window.findChild(QAction, "reflection_action")
        if isinstance(action, QAction):
            action.trigger()

    def _check_follow_ups(self) -> None:
        from quadrant.services import replies as reply_service  # loaded after the first paint

        try:
            due = reply_service.follow_ups_due(self.services.new_uow())
        except QuadrantError:
            return
        if due:
            self._remind(
                self.tr("%n reply(s) to follow up today.", "", len(due)),
                self.tr("&Follow up"),
                self._open_follow_ups,
            )

    def _open_follow_ups(self) -> None:
        replies = getattr(self.window, "replies", None)
        action = getattr(replies, "follow_ups_action", None)
        if isinstance(action, QAction):
            action.trigger()

    def _remind(self, text: str, action: str, on_act: Callable[[], None]) -> None:
        """A tray message where there is a tray, else the banner above the matrix."""
        if self.tray is not None:
            self.tray.notify("Quadrant", text, on_act)
            return
        self._banner_action = on_act
        self.banner_bar.show()
        self.banner.show_message(text, action)

    def _on_banner_acted(self) -> None:
        if self._banner_action is not None:
            self._banner_action()

    def _on_day_timer_timeout(self) -> None:
        today = local_today()
        if today != self._today:
            self._today = today
            self._check_follow_ups()


def install_shell(window: MainWindow, services: ShellServices) -> Shell:
    """Add settings, welcome, example data, tray and reminders to ``window``."""
    return Shell(window, services)


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    """The menu bar menu that holds ``action`` (File holds Quit)."""
    for item in window.menuBar().actions():
        menu = item.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None

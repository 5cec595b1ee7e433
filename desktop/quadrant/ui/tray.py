"""The tray icon, where the desktop has a tray: quick capture, show/hide, reminders.

Everything here is optional: without a tray the app works the same, and
reminders go to the banner in the main window instead (see ui/shell.py).
Closing the window still quits; the tray is a shortcut, not a hiding place
where a forgotten app keeps the database open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from quadrant.paths import resource_dir


def app_icon() -> QIcon:
    """Quadrant's icon (SVG, so it is sharp at every scale)."""
    return QIcon(str(resource_dir() / "icons" / "quadrant.svg"))


class Tray(QObject):
    """The tray icon and its menu for one main window."""

    def __init__(
        self,
        window: QMainWindow,
        quick_capture: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self._on_message_clicked: Callable[[], None] | None = None
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip("Quadrant")
        self.menu = QMenu(window)
        self.menu.setObjectName("tray_menu")
        self.capture_action = QAction(self.tr("Quick &capture…"), self.menu)
        self.capture_action.triggered.connect(quick_capture)
        self.toggle_action = QAction(self.menu)
        self.toggle_action.triggered.connect(self.toggle_window)
        self.quit_action = QAction(self.tr("&Quit Quadrant"), self.menu)
        self.quit_action.triggered.connect(window.close)
        self.menu.addActions([self.capture_action, self.toggle_action])
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self._update_toggle_text)
        self._update_toggle_text()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self._on_icon_message_clicked)

    @staticmethod
    def available() -> bool:
        """Whether this desktop shows tray icons."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def notify(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> None:
        """A tray message; clicking it runs ``on_click``."""
        self._on_message_clicked = on_click
        self.icon.showMessage(title, text, app_icon(), 15_000)

    def toggle_window(self) -> None:
        """Hide the window when it shows, bring it back when it does not."""
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            self.bring_back()

    def bring_back(self) -> None:
        """Show, restore and raise the window."""
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _update_toggle_text(self) -> None:
        shown = self.window.isVisible() and not self.window.isMinimized()
        self.toggle_action.setText(
            self.tr("&Hide Quadrant") if shown else self.tr("&Show Quadrant")
        )

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()

    def _on_icon_message_clicked(self) -> None:
        self.bring_back()
        if self._on_message_clicked is not None:
            self._on_message_clicked()

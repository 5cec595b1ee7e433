"""Screenshots for the docs: the main window in Dutch, in English and dark; settings; welcome.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [docs/screenshots]

Each picture is made from a fresh data folder with the example week in the
picture's language, through the same pieces app.run_gui wires (translations,
database, main window, shell), so what it shows is what a user sees.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from quadrant.app import Database, data_places, locations
from quadrant.domain.matrix import Quadrant
from quadrant.paths import resolve_paths
from quadrant.services.demo import fill_demo
from quadrant.services.settings import Preferences, save_preferences
from quadrant.ui.actions import TaskActions
from quadrant.ui.i18n import Translations, install_translations
from quadrant.ui.main_window import MainWindow
from quadrant.ui.shell import Shell, ShellServices, install_shell
from quadrant.ui.task_store import TaskStore

SIZE = (1200, 760)


def dark_palette() -> QPalette:
    """A dark palette like the desktops' dark themes."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#313338",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9ca3",
        QPalette.ColorRole.Button: "#383a40",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#383a40",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6d6f75"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6d6f75"))
    return palette


def start(argv: list[str], description: str) -> tuple[argparse.Namespace, QApplication, str]:
    """The picture scripts' common start: folder, ``--language`` and ``--dark``.

    Returns:
        The arguments, the application (translated, with the language's
        locale, dark when asked) and the suffix for file names ("-nl-dark").
    """
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--language", choices=("en", "nl"), default="en")
    parser.add_argument("--dark", action="store_true", help="Fusion style with a dark palette")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(["quadrant"])
    install_translations(args.language)
    # After the translations, which choose a locale of their own: weeks from Monday, as in Europe.
    QLocale.setDefault(QLocale("nl_NL" if args.language == "nl" else "en_GB"))
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    suffix = ("" if args.language == "en" else f"-{args.language}") + ("-dark" if args.dark else "")
    return args, app, suffix


def build(folder: Path, language: str, translations: Translations) -> tuple[MainWindow, Shell]:
    """A window on a fresh data folder holding the example week in ``language``."""
    translations.apply(language)
    paths = resolve_paths(folder)
    paths.create()
    database = Database(paths)
    fill_demo(database.unit_of_work, language=language)
    save_preferences(database.unit_of_work(), Preferences(language=language))
    store = TaskStore(database.unit_of_work)
    window = MainWindow(
        TaskActions(store),
        QSettings(str(paths.settings_file), QSettings.Format.IniFormat),
        locations(paths),
    )
    window.persist_state = False
    shell = install_shell(
        window,
        ShellServices(database.unit_of_work, translations, data_places(paths), use_tray=False),
    )
    store.load()
    window.resize(*SIZE)
    window.show()
    first = store.tasks()[0]
    if first.id is not None:
        window.matrix.view(Quadrant.DO).setFocus()
        window.matrix.select_task(first.id)
    return window, shell


def save(widget: QWidget, target: Path) -> None:
    """Paint ``widget`` now and save it as PNG."""
    QApplication.processEvents()
    widget.repaint()
    if not widget.grab().save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    print(target)


def main(argv: list[str]) -> int:
    """Write the five pictures into the folder given (docs/screenshots by default)."""
    target = Path(argv[0] if argv else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication(["quadrant"])
    app.setApplicationName("Quadrant")
    QLocale.setDefault(QLocale("en_GB"))
    translations = install_translations("en")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        window, shell = build(root / "nl", "nl", translations)
        save(window, target / "main-nl.png")
        dialog: QDialog = shell.show_settings()
        dialog.adjustSize()
        save(dialog, target / "settings-nl.png")
        dialog.reject()
        welcome = shell.show_welcome()
        welcome.adjustSize()
        save(welcome, target / "welcome-nl.png")
        welcome.reject()
        window.close()

        window, _ = build(root / "en", "en", translations)
        save(window, target / "main-en.png")
        window.close()

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        window, _ = build(root / "dark", "en", translations)
        window.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        save(window, target / "main-dark.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

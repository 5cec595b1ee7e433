"""Helpers for tests that need the compiled catalogues or a window built like app.py does."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from quadrant.app import Database, locations
from quadrant.paths import resolve_paths
from quadrant.store.backups import list_backups, take_backup
from quadrant.ui.actions import TaskActions
from quadrant.ui.dialogs.settings_dialog import DataPlaces
from quadrant.ui.i18n import Translations
from quadrant.ui.main_window import MainWindow
from quadrant.ui.shell import Shell, ShellServices, install_shell
from quadrant.ui.task_store import TaskStore

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
ENGLISH_SYSTEM = QLocale("en_GB")


def compile_catalogues(target: Path) -> Path:
    """Compile the committed .ts files into ``target`` (what make translations does)."""
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("quadrant_*.ts")):
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(ts),
                "-qm",
                str(target / f"{ts.stem}.qm"),
            ],
            check=True,
            capture_output=True,
        )
    return target


@pytest.fixture(scope="session")
def catalogue_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues, compiled once per test session."""
    return compile_catalogues(tmp_path_factory.mktemp("catalogues"))


@pytest.fixture
def translations(qapp: object, catalogue_dir: Path) -> Iterator[Translations]:
    """English installed on an English system; removed again after the test."""
    previous = QLocale()
    installed = Translations(catalogue_dir)
    installed.apply("en", ENGLISH_SYSTEM)
    yield installed
    installed.uninstall()
    QLocale.setDefault(previous)


@dataclass
class ShellApp:
    """A main window with the shell, as app.run_gui builds it."""

    window: MainWindow
    shell: Shell
    store: TaskStore
    database: Database
    opened: list[Path]


def build_shell_app(qtbot: QtBot, data: Path, translations: Translations) -> ShellApp:
    """The window, its shell and a real database in ``data``."""
    paths = resolve_paths(data)
    paths.create()
    database = Database(paths)
    store = TaskStore(database.unit_of_work)
    actions = TaskActions(store)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(actions, settings, locations(paths))
    window.persist_state = False
    opened: list[Path] = []

    def open_folder(folder: Path) -> bool:
        opened.append(folder)
        return True

    places = DataPlaces(
        paths.data,
        lambda: list_backups(paths.backups),
        lambda: take_backup(paths.database, paths.backups, "manual"),
        open_folder,
    )
    shell = install_shell(
        window, ShellServices(database.unit_of_work, translations, places, use_tray=False)
    )
    qtbot.addWidget(window)
    store.load()
    return ShellApp(window, shell, store, database, opened)

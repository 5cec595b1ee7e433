"""Dutch and English: complete catalogues, correct spelling, live switching, plurals, errors."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quadrant.domain.errors import ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import clean_title
from quadrant.ui.errors import user_message
from quadrant.ui.i18n import SUPPORTED_LANGUAGES, Translations, resolve_language
from quadrant.ui.labels import task_count
from quadrant.ui.retranslate import Rewording
from tests.ui.i18n_support import (
    BIN,
    ENGLISH_SYSTEM,
    ROOT,
    TS_DIR,
    ShellApp,
    build_shell_app,
)

SOURCES = ROOT / "desktop" / "quadrant"
QT_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
Key = tuple[str, str]

HUNSPELL_ALLOWED = {
    # product and format names, and words hunspell's Dutch list does not know
    "Quadrant", "JSON", "UTF", "Ctrl", "Enter", "Esc", "Espanso", "espanso", "YAML", "CSV",
    "iCalendar", "Markdown", "HTML", "PDF", "OK", "Tab", "Shift", "Alt", "tags", "mailto",
    "e-mailadres", "sneltoetsen", "invulveld", "invulvelden", "opvolgdatum", "urgentiegrens",
    "voorbeeldgegevens", "voorbeeldtaak", "voorbeeldtaken", "voorbeeldweek", "sjablonenmap",
    "teammap", "gegevensmap", "antwoordsjablonen", "terugblikken", "plaatsmaken", "JSON-waarde",
    "alleen-lezen", "TickTick", "Todoist", "CSV-bestand", "iCalendar-bestand", "Espanso-pakket",
    "a-z", "JSON-object", "YAML-bestand", "uid", "quadrant-pack", "stuurteken", "package",
    "UTC", "ics",
    # in error messages: a unit, SQLite's name, literal values a file may hold, a --format
    "MiB", "SQLite", "NaN", "Infinity", "VCALENDAR", "md",
    # iCalendar property names an import note quotes as the file has them
    "SUMMARY", "DUE", "PRIORITY",
}  # fmt: skip


# Catalogue completeness ------------------------------------------------------


def _messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    texts = _translations_of(message)
    return bool(texts) and all(text.strip() for text in texts)


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """Every text the code holds now, as lupdate extracts it."""
    target = tmp_path_factory.mktemp("lupdate") / "quadrant_nl.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-extensions", "py",
         str(SOURCES), "-ts", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip
    return _messages(target)


def test_every_text_in_the_code_is_in_the_dutch_catalogue(
    fresh_catalogue: dict[Key, ET.Element],
) -> None:
    committed = _messages(TS_DIR / "quadrant_nl.ts")
    missing = sorted(set(fresh_catalogue) - set(committed))
    assert not missing, (
        "texts missing from quadrant_nl.ts — run `make translations-update`, translate them "
        f"(resources/translations/README.md): {missing}"
    )


def test_every_dutch_entry_is_finished_and_still_used(
    fresh_catalogue: dict[Key, ET.Element],
) -> None:
    committed = _messages(TS_DIR / "quadrant_nl.ts")
    unfinished = sorted(key for key, message in committed.items() if not _finished(message))
    vanished = sorted(set(committed) - set(fresh_catalogue))
    assert not unfinished, f"unfinished Dutch translations: {unfinished}"
    assert not vanished, (
        f"texts no longer in the code (make translations-update drops them): {vanished}"
    )


def test_every_plural_has_english_and_dutch_forms(
    fresh_catalogue: dict[Key, ET.Element],
) -> None:
    plurals = {key for key, m in fresh_catalogue.items() if m.get("numerus") == "yes"}
    unmarked = sorted(key for key in fresh_catalogue if "%n" in key[1] and key not in plurals)
    assert not unmarked, (
        "lupdate did not see these as plurals; call self.tr(text, '', n) or "
        f"quadrant.ui.i18n.Plurals.tr(text, '', n), not QCoreApplication.translate: {unmarked}"
    )
    english = _messages(TS_DIR / "quadrant_en.ts")
    dutch = _messages(TS_DIR / "quadrant_nl.ts")
    assert plurals, "the code has no plural texts at all: is lupdate reading it?"
    for key in sorted(plurals):
        assert key in english and _finished(english[key]), f"no English plural forms: {key}"
        assert len(_translations_of(english[key])) == 2, key
        assert key in dutch and len(_translations_of(dutch[key])) == 2, key


def test_translations_keep_every_placeholder() -> None:
    for (context, source), message in _messages(TS_DIR / "quadrant_nl.ts").items():
        wanted = sorted(set(re.findall(r"%\d|\{\w+\}", source)))
        for text in _translations_of(message):
            assert sorted(set(re.findall(r"%\d|\{\w+\}", text))) == wanted, (context, source)
            if message.get("numerus") == "yes":
                assert "%n" in text, (context, source)


def test_no_text_is_hidden_from_lupdate() -> None:
    """lupdate reads literal arguments only: a wrapper or a variable hides the text."""
    allowed = {
        ("ui/errors.py", "user_message"),  # domain templates, marked with QT_TRANSLATE_NOOP
        ("ui/errors.py", "translated"),  # the same, for reasons that are not raised (Skipped)
        ("ui/i18n.py", "translate"),  # the recording translator asks its catalogue
        ("ui/i18n.py", "tr"),  # Plurals.tr: callers pass literals, lupdate reads those
        ("ui/retranslate.py", "_ask"),  # asks again for texts recorded at their first tr()
    }
    hidden: list[str] = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = path.relative_to(SOURCES).as_posix()
        for function, call in _calls(tree):
            name = _called_name(call)
            if name == "tr":
                texts = call.args[:1]
            elif name == "QT_TRANSLATE_NOOP" or (name == "translate" and _qt_translate(call)):
                texts = call.args[:2]
            else:
                continue
            literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts)
            if texts and not literal and (relative, function) not in allowed:
                hidden.append(f"{relative}:{call.lineno} in {function}()")
    assert not hidden, f"translation calls lupdate cannot read: {hidden}"


def _calls(tree: ast.AST) -> Iterator[tuple[str, ast.Call]]:
    def visit(node: ast.AST, function: str) -> Iterator[tuple[str, ast.Call]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef) else function
            if isinstance(child, ast.Call):
                yield function, child
            yield from visit(child, inner)

    yield from visit(tree, "<module>")


def _qt_translate(call: ast.Call) -> bool:
    """QCoreApplication.translate(…) or a bare translate(…), not QPainter.translate(x, y)."""
    if isinstance(call.func, ast.Name):
        return True
    owner = call.func.value if isinstance(call.func, ast.Attribute) else None
    return isinstance(owner, ast.Name) and owner.id in QT_APPLICATIONS


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def test_dutch_translations_pass_hunspell() -> None:
    hunspell = shutil.which("hunspell")
    if hunspell is None:
        pytest.skip("hunspell is missing: apt-get install hunspell hunspell-nl")
    words: set[str] = set()
    for message in _messages(TS_DIR / "quadrant_nl.ts").values():
        for text in _translations_of(message):
            words.update(_words(text))
    result = subprocess.run(
        [hunspell, "-d", "nl_NL", "-l"], input="\n".join(sorted(words)), text=True,
        capture_output=True, check=True,
    )  # fmt: skip
    allowed = {word.lower() for word in HUNSPELL_ALLOWED}
    unknown = sorted(w for w in set(result.stdout.split()) if w.lower() not in allowed)
    assert not unknown, f"hunspell nl_NL does not know: {unknown}"


def _words(text: str) -> list[str]:
    text = re.sub(r"%\d|%n|\{\w+\}|@\"[^\"]*\"", " ", text)  # placeholders
    text = re.sub(r"'quadrant [^']*'|--[\w-]+|\b[A-Z]+_[A-Z_]+\b", " ", text)  # commands
    text = re.sub(r"\*?\.[a-z]{2,4}\b", " ", text)  # file extensions: *.ics, .csv
    text = re.sub(r"\b\d[\d\-+:/]*\b", " ", text)  # dates and numbers in examples
    text = text.replace("&", "")  # accelerators
    return re.findall(r"[A-Za-zÀ-ÿ][\wÀ-ÿ'’-]*[A-Za-zÀ-ÿ]|[A-Za-zÀ-ÿ]", text)


# Choosing the language -----------------------------------------------------------


@given(st.text(max_size=12))
def test_any_preference_gives_a_supported_language(preference: str) -> None:
    assert resolve_language(preference, QLocale("de_DE")) in SUPPORTED_LANGUAGES


def test_the_system_decides_unless_a_language_is_chosen() -> None:
    assert resolve_language("", QLocale("nl_BE")) == "nl"
    assert resolve_language("", QLocale("nl_NL")) == "nl"
    assert resolve_language("", QLocale("de_DE")) == "en"
    assert resolve_language("en", QLocale("nl_NL")) == "en"
    assert resolve_language("nl", QLocale("en_US")) == "nl"


# Live switching --------------------------------------------------------------------


def _capture(app: ShellApp, titles: dict[Quadrant, int]) -> None:
    for quadrant, count in titles.items():
        for number in range(count):
            app.store.capture(f"{quadrant.key} {number}", quadrant)


def test_switching_to_dutch_in_settings_shows_dutch_titles_and_plurals(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    app = build_shell_app(qtbot, tmp_path / "data", translations)
    _capture(app, {Quadrant.DO: 1, Quadrant.PLAN: 3})
    panes = app.window.matrix.panes
    assert panes[Quadrant.DO].count.text() == "1 task"
    assert panes[Quadrant.PLAN].count.text() == "3 tasks"

    dialog = app.shell.show_settings()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert [panes[q].title.text() for q in Quadrant] == [
        "Nu doen", "Plannen", "Delegeren of onderhandelen", "Afwijzen of laten vallen",
    ]  # fmt: skip
    assert panes[Quadrant.DO].count.text() == "1 taak"
    assert panes[Quadrant.PLAN].count.text() == "3 taken"
    assert panes[Quadrant.DROP].count.text() == "0 taken"
    assert app.window.menuBar().actions()[0].text() == "&Bestand"
    item = panes[Quadrant.PLAN].model.index(0, 0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "plan 0, Plannen"
    app.database.close()


def _texts(root: QWidget) -> list[tuple[str, ...]]:
    """Every text a user or a screen reader meets in a window, in a stable order."""
    seen: list[tuple[str, ...]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        seen.append((type(widget).__name__, widget.windowTitle(), widget.toolTip(),
                     widget.accessibleName(), widget.accessibleDescription()))  # fmt: skip
        if isinstance(widget, QLabel | QAbstractButton):
            seen.append(("text", widget.text()))
        if isinstance(widget, QLineEdit):
            seen.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            seen.append(("items", *[widget.itemText(i) for i in range(widget.count())]))
        if isinstance(widget, QMenu):
            seen.append(("menu", widget.title()))
    for action in root.findChildren(QAction):
        seen.append(("action", action.text(), action.toolTip(), action.statusTip()))
    return seen


def test_a_live_switch_words_the_window_as_a_fresh_start_would(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    switched = build_shell_app(qtbot, tmp_path / "a", translations)
    _capture(switched, {Quadrant.DO: 2, Quadrant.DELEGATE: 1})
    translations.apply("nl", ENGLISH_SYSTEM)
    fresh = build_shell_app(qtbot, tmp_path / "b", translations)
    _capture(fresh, {Quadrant.DO: 2, Quadrant.DELEGATE: 1})

    differences = [(a, b) for a, b in zip(_texts(switched.window), _texts(fresh.window),
                                          strict=True) if a != b]  # fmt: skip
    assert not differences, f"texts that stay in English after switching: {differences}"
    switched.database.close()
    fresh.database.close()


def test_qt_standard_buttons_follow_the_language(qapp: object, catalogue_dir: Path) -> None:
    installed = Translations(catalogue_dir)
    previous = QLocale()
    try:
        installed.apply("nl", ENGLISH_SYSTEM)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        assert (save, cancel) == ("Opslaan", "Annuleren")
        assert task_count(1) == "1 taak"
        assert QLocale().dayName(5) == "vrijdag"  # weekdays and dates follow the language
    finally:
        installed.uninstall()
        QLocale.setDefault(previous)


def test_errors_read_in_the_users_language_and_stay_english_for_the_cli(
    translations: Translations,
) -> None:
    with pytest.raises(ValidationError) as raised:
        clean_title("x" * 501)
    assert str(raised.value) == "title: A title can be at most 500 characters."
    assert user_message(raised.value) == "A title can be at most 500 characters."
    translations.apply("nl", ENGLISH_SYSTEM)
    assert user_message(raised.value) == "Een titel mag hoogstens 500 tekens lang zijn."


def test_a_switch_rewords_patterns_but_never_user_text(translations: Translations) -> None:
    edit = QCoreApplication.translate("TaskActions", "Edit “%1”").replace("%1", "Plan")
    title = QCoreApplication.translate("labels", "Plan")
    translations.apply("nl", ENGLISH_SYSTEM)
    words = Rewording(translations.recorder)
    assert words.text(title) == "Plannen"
    assert words.text(edit) == "“Plannen” bewerken"  # the argument was a known text too
    assert words.text("Edit “Plan the offsite”") == "“Plan the offsite” bewerken"
    assert words.text("Plan the offsite") == "Plan the offsite"  # a task title: left alone
    assert words.text("→ Plan the offsite") == "→ Plan the offsite"  # vague pattern, user text

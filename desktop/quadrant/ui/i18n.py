"""Languages: which one to show, loading Quadrant's and Qt's catalogues, switching live.

Quadrant ships Dutch and English. The language follows the system unless the
user picked one in the settings. Catalogues are compiled ``.qm`` files built
from ``resources/translations/*.ts`` by ``make translations`` (pyside6-lrelease);
a missing catalogue is not an error: the English source texts show instead.

Switching live works without every window knowing how to re-word itself: the
application catalogue is wrapped in a translator that remembers which text it
handed out for which source text (see :mod:`quadrant.ui.retranslate`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "nl")
"""The languages Quadrant has texts for; the first is the fallback."""

FOLLOW_SYSTEM = ""
"""The language preference that means: use the system's language."""

_QT_CONTEXT = re.compile(r"^Q[A-Z]")  # Qt's own classes: QLineEdit, QPlatformTheme, …


def language_names() -> dict[str, str]:
    """The choices for the language setting, each language named in itself."""
    names = {"nl": "Nederlands", "en": "English"}
    system = QCoreApplication.translate("i18n", "Same as the system (%1)")
    return {FOLLOW_SYSTEM: system.replace("%1", names[resolve_language(None)]), **names}


def resolve_language(preference: str | None, system: QLocale | None = None) -> str:
    """The language to show: the preference if supported, else the system's, else English.

    Args:
        preference: "nl", "en", or "" / None to follow the system.
        system: the system locale (tests pass one); QLocale.system() by default.
    """
    if preference in SUPPORTED_LANGUAGES:
        return str(preference)
    for tag in (system or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return SUPPORTED_LANGUAGES[0]


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers for ``language``: the system's own locale when it speaks it.

    A Dutch user in Belgium keeps nl_BE formats; choosing English on a Dutch
    system gives English in the system's country where Qt knows it (en_NL).
    """
    system = system or QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    wanted = QLocale(language)
    return QLocale(wanted.language(), system.territory())


class Plurals(QObject):
    """The translation context for plural texts said outside a QObject.

    ``Plurals.tr("%n task(s)", "", count)``: lupdate (6.11) marks a ``tr()``
    call with a count as a plural, but not ``QCoreApplication.translate()``
    with one, so the plural forms would never reach the catalogue. lupdate
    takes the name before ``.tr`` as the context; so does this class method.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` translated in the context "Plurals", with ``%n`` as ``n``."""
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


@dataclass(frozen=True, slots=True)
class MessageKey:
    """One translation request: what to ask the catalogue again after a switch."""

    context: str
    source: str
    disambiguation: str | None
    n: int


class RecordingTranslator(QTranslator):
    """Quadrant's catalogue, remembering which text it handed out for which request.

    It answers only Quadrant's messages (Qt's own contexts pass through to
    Qt's catalogue) and notes every text a widget may now show, so that
    :func:`quadrant.ui.retranslate.retranslate_all` can ask again in the new
    language.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = QTranslator(self)
        self.seen: dict[str, list[MessageKey]] = {}

    def load_catalogue(self, path: Path) -> bool:
        """Use the compiled catalogue at ``path``; False (and English) when it is missing."""
        self.catalogue = _kept(QTranslator(self))
        return path.is_file() and self.catalogue.load(str(path))

    def isEmpty(self) -> bool:
        return False  # it records even when no catalogue is loaded

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 (Qt's name: this overrides QTranslator.translate)
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if _QT_CONTEXT.match(context):
            return None  # Qt's own strings: Qt's catalogue answers them
        found = self.catalogue.translate(context, sourceText, disambiguation, n)
        shown = found or sourceText
        if n >= 0:
            shown = shown.replace("%n", str(n))
        keys = self.seen.setdefault(shown, [])
        key = MessageKey(context, sourceText, disambiguation, n)
        if key not in keys:
            keys.insert(0, key)
        return found or None


_TRANSLATORS: list[QTranslator] = []
"""Every translator made, kept alive until the process ends (see Translations)."""

T = TypeVar("T", bound=QTranslator)


def _kept(translator: T) -> T:
    _TRANSLATORS.append(translator)
    return translator


class Translations(QObject):
    """The installed catalogues of the running app; ``apply`` switches them.

    Signals:
        language_changed(str): another language was applied ("nl" or "en").
    """

    language_changed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.language = ""
        self.preference = FOLLOW_SYSTEM
        # The translators belong to the application and stay referenced from
        # Python for its lifetime: a QTranslator destroyed while the app runs
        # removes itself under Qt's translator lock, and if the garbage
        # collector does that inside a translate() call (which holds the lock)
        # the app deadlocks; a collected Python wrapper of an installed
        # RecordingTranslator would leave Qt calling a dead override.
        self._owner = QCoreApplication.instance()
        self.recorder = _kept(RecordingTranslator(self._owner))
        self._qt = _kept(QTranslator(self._owner))
        self._installed = False

    def apply(self, preference: str | None, system: QLocale | None = None) -> str:
        """Install the catalogues for ``preference`` (or the system's language).

        Returns:
            The language now shown.
        """
        self.preference = preference if preference in SUPPORTED_LANGUAGES else FOLLOW_SYSTEM
        language = resolve_language(preference, system)
        if language == self.language and self._installed:
            return language
        QLocale.setDefault(locale_for(language, system))
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before translations"
        if self._installed:
            app.removeTranslator(self.recorder)
            app.removeTranslator(self._qt)
        if not self.recorder.load_catalogue(self.folder / f"quadrant_{language}.qm"):
            log.info("no compiled catalogue for %s in %s", language, self.folder)
        self._qt = _kept(QTranslator(self._owner))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and not self._qt.load(f"qtbase_{language}", qt_folder):
            log.info("no Qt catalogue for %s in %s", language, qt_folder)
        # Installed last, asked first: Quadrant's texts, then Qt's own.
        app.installTranslator(self._qt)
        app.installTranslator(self.recorder)
        changed = self._installed
        self._installed = True
        self.language = language
        if changed:
            self.language_changed.emit(language)
        return language

    def uninstall(self) -> None:
        """Remove the catalogues (tests share one QApplication)."""
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeTranslator(self.recorder)
            app.removeTranslator(self._qt)
        self._installed = False
        self.language = ""


def install_translations(preference: str | None) -> Translations:
    """Install the catalogues for ``preference`` before the first window is built."""
    from quadrant.paths import resource_dir

    translations = Translations(resource_dir() / "translations", QCoreApplication.instance())
    translations.apply(preference)
    return translations

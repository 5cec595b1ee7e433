"""The command line's language: which one to speak, and its texts and errors in it.

The CLI speaks the user's language, as the window does: ``QUADRANT_LANGUAGE``
(``nl`` or ``en``) forces one; else the language saved in the data folder's
settings; else the system's. A global ``--language`` option would clash with
the commands whose ``--language`` means the language of the texts they
*write* (demo, export-week, export-pack), so there is none.

English is the source text, so an English run never imports Qt. Another
language loads its compiled catalogue (``quadrant_nl.qm``) into a QTranslator
and asks it directly: that needs QtCore only and no QCoreApplication
(``installTranslator`` refuses to work without one in PySide6 6.11, and
``QCoreApplication.translate`` would then find nothing). Without a catalogue
(``make translations`` not run) the texts read in English.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Final

from quadrant.domain.errors import ERRORS_CONTEXT, QuadrantError, fill_template

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LANGUAGE_ENV: Final = "QUADRANT_LANGUAGE"
"""Environment variable that forces the command line's language: "nl" or "en"."""

SUPPORTED: Final = ("en", "nl")
"""The languages Quadrant has texts for; the first is the source text and the fallback."""

SETTING_KEY: Final = "language"
"""services.settings.LANGUAGE_KEY, spelled out: importing the services costs every run."""

_LOCALE_VARIABLES: Final = ("LC_ALL", "LC_MESSAGES", "LANG")


def choose_language(database: Path, environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: QUADRANT_LANGUAGE, else the saved setting, else the system's.

    Args:
        database: the data folder's database; read-only, never created.
        environ: the environment (tests pass one); ``os.environ`` by default.
    """
    from quadrant.store.settings_peek import peek_setting  # sqlite3: not for --help

    environ = os.environ if environ is None else environ
    forced = environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in SUPPORTED:
        return forced
    saved = peek_setting(database, SETTING_KEY)
    if saved in SUPPORTED:
        return str(saved)
    return system_language(environ)


def system_language(environ: Mapping[str, str], platform: str = sys.platform) -> str:
    """The system's language as the window would pick it (ui.i18n.resolve_language).

    On Windows and macOS Qt asks the operating system, so the CLI asks Qt
    too. Elsewhere Qt reads the locale variables, and so does this, without
    loading Qt: ``LANGUAGE`` (a ``:``-separated list) when set, else the first
    of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``; the first supported language
    in it wins, else English.
    """
    if platform in ("win32", "darwin"):
        from quadrant.ui.i18n import resolve_language

        return resolve_language(None)
    listed = environ.get("LANGUAGE", "")
    tags = listed.split(":") if listed else [_first_locale(environ)]
    for tag in tags:
        code = tag.replace("_", "-").split("-")[0].split(".")[0].lower()
        if code in SUPPORTED:
            return code
    return SUPPORTED[0]


def _first_locale(environ: Mapping[str, str]) -> str:
    return next((environ[n] for n in _LOCALE_VARIABLES if environ.get(n)), "")


def catalogue_folder() -> Path:
    """Where the compiled catalogues are (the window loads them from there too)."""
    from quadrant.paths import resource_dir

    return resource_dir() / "translations"


class CommandLine:
    """The command line's texts in the chosen language.

    ``CommandLine.tr("Wrote {count} tasks to {path}", count=3, path=p)``:
    lupdate reads the literal and files it under the context "CommandLine"
    (the name before ``.tr``); the values fill the ``{fields}`` after the
    lookup, so a value is never read as a template. Counts that may be 1 get
    two texts, chosen in the code: Dutch and English share the one/many rule,
    and the English text needs no catalogue.
    """

    language: ClassVar[str] = SUPPORTED[0]
    _catalogue: ClassVar[QTranslator | None] = None  # kept for the process: never collected

    @classmethod
    def speak(cls, language: str, folder: Path | None = None) -> None:
        """Speak ``language`` from now on; English needs (and loads) nothing."""
        cls.language = language if language in SUPPORTED else SUPPORTED[0]
        cls._catalogue = None
        if cls.language != SUPPORTED[0]:
            cls._catalogue = _load_catalogue(folder or catalogue_folder(), cls.language)

    @classmethod
    def tr(cls, text: str, /, **params: object) -> str:
        """``text`` in the chosen language, its ``{fields}`` filled from ``params``."""
        return fill_template(cls.lookup("CommandLine", text), params)

    @classmethod
    def lookup(cls, context: str, source: str) -> str:
        """The catalogue's text for ``source`` in ``context``, or ``source`` itself."""
        if cls._catalogue is None:
            return source
        return cls._catalogue.translate(context, source) or source


def _load_catalogue(folder: Path, language: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    path = folder / f"quadrant_{language}.qm"
    return catalogue if path.is_file() and catalogue.load(str(path)) else None


def error_text(error: QuadrantError) -> str:
    """The error's message in the chosen language: its template translated, fields filled.

    In English it is ``str(error)``, exactly what the error says. A
    ValidationError keeps its ``where`` in front (a field name or a JSON path
    from the file, never translated); a pack with more problems says how many.
    """
    if CommandLine.language == SUPPORTED[0]:
        return str(error)
    template = getattr(error, "template", "") or str(error)
    text = fill_template(CommandLine.lookup(ERRORS_CONTEXT, template), error.params)
    where = getattr(error, "where", None)
    if where:
        text = f"{where}: {text}"
    more = len(getattr(error, "problems", ())) - 1
    if more == 1:
        text += CommandLine.tr(" (+{count} more problem)", count=more)
    elif more > 1:
        text += CommandLine.tr(" (+{count} more problems)", count=more)
    return text


def wording_text(template: str, params: Mapping[str, object]) -> str:
    """Words that travel like an error (an import's note, its place) in the chosen language.

    Takes the template and its values rather than a ``domain.wording.Wording``,
    so that --help and English runs import nothing more.
    """
    return fill_template(CommandLine.lookup(ERRORS_CONTEXT, template), params)


def error_line(error: QuadrantError) -> str:
    """The one line a failed command prints on stderr."""
    return CommandLine.tr("quadrant: error: {message}", message=error_text(error))

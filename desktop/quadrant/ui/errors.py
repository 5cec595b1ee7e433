"""Project errors in the user's language.

The domain raises errors with constant English templates and named fields
(see ``domain/errors.py``); here the template is looked up in Qt's catalogue
under the "errors" context and the same fields are filled in. An error whose
template has no translation reads in English, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from quadrant.domain.errors import ERRORS_CONTEXT, QuadrantError, fill_template
from quadrant.domain.wording import Wording


def user_message(error: QuadrantError) -> str:
    """The error's message, translated, with its fields filled in.

    A ValidationError's ``where`` (a field name for logs and the CLI) is left
    out: the dialog already shows which field is meant.
    """
    template = getattr(error, "template", "") or str(error)
    return translated(template, getattr(error, "params", {}) or {})


def translated(template: str, params: Mapping[str, object]) -> str:
    """An English template from the "errors" context in the user's language, fields filled.

    For texts that travel like errors without being raised: the reason an
    Espanso match or template was left out (interop.espanso.Skipped).
    """
    return fill_template(QCoreApplication.translate(ERRORS_CONTEXT, template), params)


def wording_text(wording: Wording) -> str:
    """Words that travel like an error (an import's note, its place) in the user's language."""
    return translated(wording.template, wording.params)

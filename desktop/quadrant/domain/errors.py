"""The project's exception hierarchy.

Every error a user can cause is one of these, so the UI and the CLI can catch
exactly these at their boundary and show a clear message instead of a
traceback. Messages are written for the user; ``detail`` keeps the where.

Translation without Qt: a message may be a constant English *template* with
named ``{fields}`` whose values travel in ``params``. ``str(error)`` is the
filled-in English text (what the CLI prints); the UI translates the template
through Qt's catalogue and fills in the same fields. Templates are marked for
``pyside6-lupdate`` with :func:`QT_TRANSLATE_NOOP`, which does nothing at run
time: lupdate recognises the call by its name alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

ERRORS_CONTEXT = "errors"
"""The translation context of every error template."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged.

    lupdate finds ``QT_TRANSLATE_NOOP("errors", "…")`` textually, so the
    domain stays free of Qt while its messages still reach the translators.
    """
    del context
    return text


class QuadrantError(Exception):
    """Base of every error Quadrant raises on purpose.

    Args:
        message: the English message, or a template with ``{fields}``.
        *args: further arguments, kept as Exception does.
        params: values for the template's fields; without them the message
            is used as it is (braces and all).
    """

    def __init__(
        self, message: str = "", *args: object, params: Mapping[str, object] | None = None
    ) -> None:
        self.template = message
        self.params: dict[str, object] = dict(params or {})
        super().__init__(fill_template(message, self.params), *args)


class ValidationError(QuadrantError):
    """Input that breaks a rule: an empty title, a bad template, a bad date.

    Args:
        message: what is wrong, in words for the user (a template when
            ``params`` is given).
        where: optional location (a field name, a JSON path, a position).
        params: values for the template's ``{fields}``.
    """

    def __init__(
        self,
        message: str,
        where: str | None = None,
        *,
        params: Mapping[str, object] | None = None,
    ) -> None:
        filled = fill_template(message, params or {})
        # The where is added after filling: it may quote user text (a template
        # name, a JSON path), which must never be read as a template itself.
        super().__init__(filled if where is None else f"{where}: {filled}")
        self.template = message  # without the where: that is for logs and the CLI
        self.params = dict(params or {})
        self.message = filled
        self.where = where


class NotFoundError(QuadrantError):
    """A task, requester or template that the user referred to is gone."""


class ImportRejected(ValidationError):
    """A file offered for import that cannot be read safely; nothing was changed."""


class StorageError(QuadrantError):
    """The data folder or the database cannot be used (locked, full, read-only, damaged)."""


class ExportFailed(QuadrantError):
    """An export could not be written; no partial file was left behind."""


_FIELD = re.compile(r"\{(\w+)\}")


def fill_template(template: str, params: Mapping[str, object]) -> str:
    """``template`` with each ``{field}`` named in ``params`` replaced by its value.

    Only known names are replaced, in one pass: other braces stay as written
    (a message may quote ``{task}`` or ``{{``), a value is never read as a
    template itself, and a translator's typo shows up as text instead of
    raising inside an error handler.
    """
    if not params:
        return template
    return _FIELD.sub(lambda m: str(params[m[1]]) if m[1] in params else m[0], template)

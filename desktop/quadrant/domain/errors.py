"""The project's exception hierarchy.

Every error a user can cause is one of these, so the UI and the CLI can catch
exactly these at their boundary and show a clear message instead of a
traceback. Messages are written for the user; ``detail`` keeps the where.
"""

from __future__ import annotations


class QuadrantError(Exception):
    """Base of every error Quadrant raises on purpose."""


class ValidationError(QuadrantError):
    """Input that breaks a rule: an empty title, a bad template, a bad date.

    Args:
        message: what is wrong, in words for the user.
        where: optional location (a field name, a JSON path, a position).
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(message if where is None else f"{where}: {message}")
        self.message = message
        self.where = where


class NotFoundError(QuadrantError):
    """A task, requester or template that the user referred to is gone."""


class ImportRejected(ValidationError):
    """A file offered for import that cannot be read safely; nothing was changed."""


class StorageError(QuadrantError):
    """The data folder or the database cannot be used (locked, full, read-only, damaged)."""


class ExportFailed(QuadrantError):
    """An export could not be written; no partial file was left behind."""

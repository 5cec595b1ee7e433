"""The SQL unit of work: one session, one transaction, per user action."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from quadrant.domain.errors import QT_TRANSLATE_NOOP, StorageError, ValidationError
from quadrant.store.example_data import SqlExampleDataRepository
from quadrant.store.history_queries import SqlHistoryRepository
from quadrant.store.pack_repository import SqlPackRepository
from quadrant.store.reflection_queries import SqlWeekQueries
from quadrant.store.reflections import SqlReflectionRepository
from quadrant.store.reply_repository import SqlReplyRepository
from quadrant.store.repositories import (
    SqlReprioritisationLog,
    SqlRequesterRepository,
    SqlSettingRepository,
    SqlTaskRepository,
)
from quadrant.store.template_repository import SqlTemplateRepository


class SqlUnitOfWork:
    """Satisfies services.ports.UnitOfWork against SQLite.

    Each ``with`` block opens a session; leaving it without ``commit()`` rolls
    back. Database errors leave as StorageError, so the UI can say what
    happened without knowing SQLAlchemy.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._session: Session | None = None

    def __enter__(self) -> Self:
        session = _SESSIONS(bind=self._engine)
        self._session = session
        self.tasks = SqlTaskRepository(session)
        self.requesters = SqlRequesterRepository(session)
        self.log = SqlReprioritisationLog(session)
        self.settings = SqlSettingRepository(session)
        self.stats = SqlWeekQueries(session)
        self.reflections = SqlReflectionRepository(session)
        self.replies = SqlReplyRepository(session)
        self.templates = SqlTemplateRepository(session)
        self.packs = SqlPackRepository(session)
        self.history = SqlHistoryRepository(session)
        self.example = SqlExampleDataRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self._session
        self._session = None
        if session is None:
            return
        try:
            session.rollback()
        finally:
            session.close()
        if isinstance(exc, OperationalError):
            raise _storage_error(exc) from exc
        if isinstance(exc, UnicodeEncodeError):
            raise _unstorable_text() from exc

    def commit(self) -> None:
        """Commit the action; a failure leaves nothing half-written."""
        assert self._session is not None, "commit() outside a with block"
        try:
            self._session.commit()
        except OperationalError as e:
            self._session.rollback()
            raise _storage_error(e) from e
        except UnicodeEncodeError as e:
            self._session.rollback()
            raise _unstorable_text() from e

    def rollback(self) -> None:
        """Forget everything since the block began."""
        if self._session is not None:
            self._session.rollback()


_SESSIONS = sessionmaker(expire_on_commit=False)
"""One sessionmaker for every unit of work, bound per session: the UI makes one per action.

Each sessionmaker defines a Session subclass, and the first session of a
class builds its event dispatch: about 0.25 ms, twice per move (the move and
the "why?" prompt's read) when every unit of work made its own.
"""


def _unstorable_text() -> ValidationError:
    """Text with a lone surrogate (a half character, from a broken file) cannot be UTF-8."""
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The text has a broken character that cannot be saved. "
            "Remove or retype it and try again.",
        )
    )


def _storage_error(error: OperationalError) -> StorageError:
    """The StorageError for a database failure: a translatable template, SQLite's words in it."""
    return StorageError(_storage_message(error), params={"detail": _detail(error)})


def _detail(error: OperationalError) -> str:
    return str(error.orig) if error.orig is not None else str(error)


def _storage_message(error: OperationalError) -> str:
    """A plain description of a database failure, for the user (templates for translation)."""
    detail = _detail(error)
    if "locked" in detail or "busy" in detail:
        return QT_TRANSLATE_NOOP(
            "errors", "The database is busy in another program. Try again in a moment."
        )
    if "full" in detail:
        return QT_TRANSLATE_NOOP(
            "errors", "The disk is full. Free some space and try again; nothing was lost."
        )
    if "readonly" in detail or "read-only" in detail:
        return QT_TRANSLATE_NOOP(
            "errors", "The data folder is read-only. Quadrant cannot save changes there."
        )
    if "disk I/O error" in detail:
        return QT_TRANSLATE_NOOP(
            "errors",
            "Quadrant could not write to the disk: it may be full or failing. "
            "Nothing saved before was lost; free some space and try again.",
        )
    if "unable to open" in detail:
        return QT_TRANSLATE_NOOP(
            "errors",
            "Quadrant cannot open its database: the data folder may be read-only or gone. "
            "Nothing saved before was lost.",
        )
    return QT_TRANSLATE_NOOP("errors", "The database could not be used: {detail}")

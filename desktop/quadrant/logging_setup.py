"""The log file: what Quadrant did, for support, and never what the user wrote.

Logs end up in bug reports and screen shares, so they carry ids, counts and
kinds of events, never task titles, notes, requester names or reply text.
The guarantee is the code: every log call has a literal message and passes
only numbers, enums and paths (tests/reliability/test_logging_privacy.py
checks this for the whole package). ``ContentFilter`` is the safety net
behind it, on every record that reaches the file:

- string arguments are withheld (``%s`` with a title prints ``<text
  withheld>``), unless the code marks a constant string as ``Public``;
  objects are withheld too, since a dataclass repr shows every field;
- text in quotation marks inside a message is withheld;
- exception messages are withheld, their type and traceback kept: a
  message can quote a title, and SQLAlchemy's quote the SQL parameters.

The file is rotated (1 MiB, three old files) and private to the user (0600).
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
import traceback
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from logging.handlers import RotatingFileHandler
from pathlib import Path, PurePath
from types import TracebackType
from typing import Any

LOG_FILE_NAME = "quadrant.log"
MAX_LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
WITHHELD = "<text withheld>"

_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")
_SAFE_TYPES = (bool, int, float, Enum, PurePath, datetime, date, timedelta, type(None))


class Public(str):
    """A string the code vouches for: a version, a format name. Never user text."""

    __slots__ = ()


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file handler whose files are created 0600 in a 0700 folder."""

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, 0o600)  # an older file may have been created looser
        stream = open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, io.TextIOWrapper)
        return stream


class ContentFilter(logging.Filter):
    """Withholds what could be user text from a record before it is written anywhere."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _redact_message(record.msg)
        record.args = _safe_args(record.args)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = withheld_traceback(record.exc_info[1])
            record.exc_info = None
        return True


def _redact_message(message: object) -> str:
    if not isinstance(message, str):
        return f"<{type(message).__name__} withheld>"
    return _QUOTED.sub("“…”", message)


def _safe_args(args: Any) -> Any:
    if args is None:
        return None
    if isinstance(args, Mapping):
        return {key: _safe_value(value) for key, value in args.items()}
    return tuple(_safe_value(value) for value in args)


def _safe_value(value: object) -> object:
    if isinstance(value, (Public, *_SAFE_TYPES)):
        return value
    if isinstance(value, str):
        return WITHHELD
    return f"<{type(value).__name__} withheld>"


def withheld_traceback(error: BaseException) -> str:
    """A traceback with every exception's type and frames, and none of its messages."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for index, link in enumerate(reversed(chain)):
        if index:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(link.__traceback__))
        parts.append(f"{_name_of(link)}: (message withheld)\n")
    return "".join(parts).rstrip("\n")


def _name_of(error: BaseException) -> str:
    name = f"{type(error).__module__}.{type(error).__qualname__}"
    errno = getattr(error, "errno", None)
    return f"{name} [errno {errno}]" if isinstance(errno, int) else name


def configure_logging(logs: Path, level: int = logging.INFO) -> Path:
    """Send Quadrant's log records to ``logs/quadrant.log`` (once per process).

    The file and its folder are created at the first record, not here: a
    command that logs nothing leaves no folder behind. Calling this again
    with the same folder changes nothing.

    Returns:
        The log file's path.
    """
    target = (logs / LOG_FILE_NAME).absolute()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            if Path(handler.baseFilename) == target:
                return target
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        target, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(ContentFilter())
    root.addHandler(handler)
    root.setLevel(level)
    # SQLAlchemy logs statements at INFO when its logger inherits INFO: keep it at warnings.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    _log_uncaught_exceptions()
    return target


def stop_logging() -> None:
    """Close and remove the log file handler, and put back the exception hook (tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    previous = getattr(sys.excepthook, "_quadrant_previous", None)
    if previous is not None:
        sys.excepthook = previous


def _log_uncaught_exceptions() -> None:
    """Log an uncaught exception (type and frames) before Python or Qt reports it as usual."""
    previous = sys.excepthook
    if getattr(previous, "_quadrant_logs", False):
        return

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("quadrant").error("uncaught exception", exc_info=(kind, error, trace))
        previous(kind, error, trace)

    hook._quadrant_logs = True  # type: ignore[attr-defined]
    hook._quadrant_previous = previous  # type: ignore[attr-defined]
    sys.excepthook = hook

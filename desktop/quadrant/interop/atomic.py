"""Writing a file so that it is either complete or not there at all.

Every export goes through ``write_atomically``: the bytes go to a temporary
file in the same folder, are flushed to the disk, and only then take the
target's name with ``os.replace`` (atomic on POSIX and Windows within one
file system). A crash, a full disk or a permission error never leaves a
half-written report where the user expects a whole one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ExportFailed

PRIVATE_FILE_MODE = 0o600
"""Exports carry notes about managers: readable by their owner only."""

_MAX_PREFIX_NAME = 100
"""Long target names are cut in the temporary name, which must stay under NAME_MAX."""


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` completely, or leave ``path`` as it was.

    Args:
        path: the file to create or replace.
        data: the whole content.

    Raises:
        ExportFailed: the folder is missing or not writable, the target is a
            folder, or writing failed (disk full, I/O error). No temporary or
            partial file is left behind.
    """
    target = check_target(path)
    folder = target.parent
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name[:_MAX_PREFIX_NAME]}.", suffix=".tmp", dir=folder
        )
    except OSError as e:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write in {folder}: {reason}."),
            params={"folder": folder, "reason": _reason(e)},
        ) from e
    try:
        _write_and_sync(descriptor, data)
        os.chmod(temporary, PRIVATE_FILE_MODE)
        os.replace(temporary, target)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(e, OSError):
            raise ExportFailed(
                QT_TRANSLATE_NOOP("errors", "Cannot write {target}: {reason}."),
                params={"target": target, "reason": _reason(e)},
            ) from e
        raise
    _sync_folder(folder)


def check_target(path: str | os.PathLike[str]) -> Path:
    """The absolute target path, or ExportFailed when it clearly cannot be written.

    Lets a command refuse a bad ``--output`` before it does any work; the
    write itself still reports what only the attempt can find out.
    """
    target = Path(path).expanduser().absolute()
    folder = target.parent
    if target.is_dir():
        message = QT_TRANSLATE_NOOP("errors", "Cannot write {target}: it is a folder, not a file.")
    elif folder.exists() and not folder.is_dir():
        message = QT_TRANSLATE_NOOP("errors", "Cannot write {target}: {folder} is not a folder.")
    elif not folder.exists():
        message = QT_TRANSLATE_NOOP("errors", "Cannot write {target}: {folder} does not exist.")
    elif not os.access(folder, os.W_OK):
        message = QT_TRANSLATE_NOOP(
            "errors", "Cannot write {target}: the folder {folder} is read-only."
        )
    else:
        return target
    raise ExportFailed(message, params={"target": target, "folder": folder})


def _write_and_sync(descriptor: int, data: bytes) -> None:
    """Write all bytes and push them to the disk before the rename makes them visible."""
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _reason(error: OSError) -> str:
    """The operating system's words for a failure, without Python's decoration."""
    return (error.strerror or str(error)).rstrip(".")

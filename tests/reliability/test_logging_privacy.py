"""Logs carry ids and counts, never what the user wrote: checked in the code and with canaries."""

from __future__ import annotations

import ast
import logging
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import quadrant
from quadrant.domain.errors import ImportRejected, QuadrantError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task
from quadrant.interop.ical import export_ics, parse_ics
from quadrant.logging_setup import (
    LOG_FILE_NAME,
    PrivateRotatingFileHandler,
    Public,
    _log_uncaught_exceptions,
    configure_logging,
    stop_logging,
)
from quadrant.services import tasks
from quadrant.services.transfer import import_batch, tasks_to_export
from quadrant.ui.actions import TaskActions, TaskFields
from quadrant.ui.task_store import TaskStore
from tests.reliability.conftest import disk_full, locked_by_another_process, open_store

PACKAGE = Path(quadrant.__file__).parent
CANARIES = ("Tulp-c4n4ry-title", "Roos-c4n4ry-notes", "Margriet-c4n4ry-name", "Iris-c4n4ry-err")
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}
CONTENT = {"title", "notes", "note", "name", "body", "subject", "text", "agreements", "answers",
           "requester_name", "task_title", "line", "message", "summary"}  # fmt: skip


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data" / "logs"
    configure_logging(folder)
    yield folder
    stop_logging()


def everything_logged(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob(f"{LOG_FILE_NAME}*")))


# The code: every log call has a literal message and passes no content ------------------------


def _is_logger(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in {"log", "logger", "_log", "LOG", "logging"}
    return isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "getLogger"


def _content_argument(node: ast.expr) -> str | None:
    for part in ast.walk(node):
        if isinstance(part, ast.Attribute) and part.attr in CONTENT:
            return part.attr
        if isinstance(part, ast.Name) and part.id in CONTENT:
            return part.id
    return None


def log_call_problems(source: str, where: str) -> tuple[int, list[str]]:
    """How many log calls ``source`` makes, and what is wrong with them."""
    calls, problems = 0, []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in LOG_METHODS or not _is_logger(node.func.value):
            continue
        calls += 1
        arguments = node.args[1:] if node.func.attr == "log" else node.args
        line = f"{where}:{node.lineno}"
        if not arguments or not isinstance(arguments[0], ast.Constant):
            problems.append(f"{line}: the message is not a literal string (f-string, +, format)")
        for argument in [*arguments[1:], *(k.value for k in node.keywords)]:
            if (name := _content_argument(argument)) is not None:
                problems.append(f"{line}: passes {name!r}, which may be user text")
    return calls, problems


def test_every_log_call_has_a_literal_message_and_passes_no_user_text() -> None:
    calls, problems = 0, []
    for path in sorted(PACKAGE.rglob("*.py")):
        found, wrong = log_call_problems(path.read_text(encoding="utf-8"), str(path))
        calls += found
        problems += wrong
    assert problems == []
    assert calls >= 10, "the scan must find the package's log calls"
    print(f"{calls} log calls checked")


def test_the_scan_catches_what_it_is_for() -> None:
    bad = (
        "log.info(f'saved {task.title}')\n"
        "log.warning('saved %s', task.notes)\n"
        "logging.getLogger(__name__).error('for %s' % name)\n"
        "log.info('task %d', task.id)\n"
    )
    calls, problems = log_call_problems(bad, "sample")
    assert calls == 4
    assert len(problems) == 3


# The safety net: the filter on the file --------------------------------------------------


def test_string_arguments_objects_quotes_and_exception_messages_are_withheld(logs: Path) -> None:
    log = logging.getLogger("quadrant.sample")
    task = Task(title=CANARIES[0], notes=CANARIES[1])
    log.info("task %d has %s", 7, CANARIES[0])
    log.info("task %s", task)
    log.info("quoted “%s”" % CANARIES[1])  # noqa: UP031 - the mistake the filter is for
    log.info("version %s", Public("1.2.3"))
    try:
        try:
            raise KeyError(CANARIES[2])
        except KeyError as e:
            raise QuadrantError(f"about {CANARIES[3]}") from e
    except QuadrantError:
        log.exception("failed on %s", CANARIES[3])
    written = everything_logged(logs)
    assert not [c for c in CANARIES if c in written]
    assert "task 7 has <text withheld>" in written
    assert "task <Task withheld>" in written
    assert "version 1.2.3" in written
    assert "builtins.KeyError: (message withheld)" in written
    assert "quadrant.domain.errors.QuadrantError: (message withheld)" in written
    assert "test_logging_privacy.py" in written, "the traceback's frames stay"


def test_log_files_are_private_and_rotate_privately(tmp_path: Path) -> None:
    target = tmp_path / "logs" / LOG_FILE_NAME
    target.parent.mkdir()
    target.write_text("an old file\n")
    target.chmod(0o644)
    handler = PrivateRotatingFileHandler(target, maxBytes=300, backupCount=2, delay=True)
    record = logging.LogRecord("quadrant", logging.INFO, __file__, 1, "x" * 100, None, None)
    for _ in range(12):
        handler.emit(record)
    handler.close()
    files = sorted(target.parent.iterdir())
    assert len(files) == 3, "rotated into two old files"
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {
        p.name: "0o600" for p in files
    }


def test_configure_logging_twice_adds_one_handler(logs: Path) -> None:
    configure_logging(logs)
    handlers = [
        h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)
    ]
    assert len(handlers) == 1


# Canaries through the real code paths ----------------------------------------------------


def test_canaries_typed_by_the_user_never_reach_the_log(
    logs: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    title, notes, name, erroneous = CANARIES
    database = open_store(tmp_path / "data")  # migrates: alembic logs too
    store = TaskStore(database.uow)
    actions = TaskActions(store)
    store.load()
    task = actions.capture_line(f"{title} @{name} ! friday", Quadrant.PLAN)
    assert task is not None and task.id is not None
    fields = TaskFields(f"{title} 2", notes, name, None, Quadrant.DO, 30)
    other = actions.capture(fields)
    assert other is not None and other.id is not None
    actions.edit(
        other.id, TaskFields(f"{title} 3", f"{notes} more", name, None, Quadrant.DROP, None)
    )
    actions.move(task.id, Quadrant.DELEGATE)
    actions.toggle_done(task.id)
    actions.delete(other.id)
    actions.undo_stack.undo()
    actions.undo_stack.redo()
    # Error paths: a rule broken, the database busy, the disk full, a file refused.
    assert (
        actions.capture(TaskFields(erroneous * 100, notes, name, None, Quadrant.DO, None)) is None
    )
    with locked_by_another_process(database.path):
        assert (
            actions.edit(task.id, TaskFields(erroneous, notes, name, None, Quadrant.DO, None))
            is None
        )
    with disk_full(database.engine):
        assert (
            actions.capture(TaskFields(erroneous, notes * 9000, name, None, Quadrant.DO, None))
            is None
        )
    with pytest.raises(ImportRejected):
        parse_ics(f"\x00\x01 SUMMARY:{erroneous}".encode())
    import_batch(database.uow(), parse_ics(export_ics(tasks_to_export(database.uow()))))
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(text("INSERT INTO task (title) VALUES (:t)"), {"t": erroneous})
    try:
        with database.engine.begin() as connection:
            connection.execute(text("INSERT INTO task (title) VALUES (:t)"), {"t": erroneous})
    except IntegrityError:
        logging.getLogger("quadrant.app").exception("could not insert %s", erroneous)
    with qtbot.capture_exceptions() as uncaught:  # stands in for Python's own report
        _log_uncaught_exceptions()
        sys.excepthook(ValueError, ValueError(f"uncaught {erroneous}"), None)
    assert len(uncaught) == 1, "the usual report still happens"
    tasks.purge_deleted(database.uow())
    database.engine.dispose()
    written = everything_logged(logs)
    assert [c for c in CANARIES if c in written] == []
    assert "uncaught exception" in written and "(message withheld)" in written
    assert "<text withheld>" in written

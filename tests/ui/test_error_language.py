"""Errors from every layer read in Dutch in the app, and stay English for the CLI and logs.

Each case triggers a real error the way a user meets it (an export into a
folder that is gone, a binary file offered as CSV, a reply sent without text,
a snapshot with a hole in it, a task that was removed meanwhile) and reads it
through ``user_message`` before and after Dutch is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quadrant.domain.errors import QuadrantError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.interop.atomic import write_atomically
from quadrant.interop.csv_tasks import read_table
from quadrant.interop.snapshot import decode_snapshot
from quadrant.services import tasks
from quadrant.services.replies import SentReply, send_reply
from quadrant.store.unit_of_work import SqlUnitOfWork
from quadrant.ui.errors import user_message
from quadrant.ui.i18n import Translations
from tests.ui.i18n_support import ENGLISH_SYSTEM


def _export_into_a_missing_folder(uow: SqlUnitOfWork, tmp: Path) -> None:
    write_atomically(tmp / "gone" / "week.md", b"x")


def _binary_file_as_csv(uow: SqlUnitOfWork, tmp: Path) -> None:
    read_table(b"title\x00\x01\x02")


def _reply_without_text(uow: SqlUnitOfWork, tmp: Path) -> None:
    task = tasks.capture(uow, "Budget check", quadrant=Quadrant.DO)
    assert task.id is not None
    draft = SentReply(task.id, ReplyKind.DECLINE, Tone.WARM, Language.EN, "Budget", "  ")
    send_reply(uow, draft)


def _snapshot_without_its_revision(uow: SqlUnitOfWork, tmp: Path) -> None:
    decode_snapshot(b'{"format": "quadrant-snapshot", "format_version": 1}')


def _a_task_removed_meanwhile(uow: SqlUnitOfWork, tmp: Path) -> None:
    with uow:
        uow.tasks.get(4711)


CASES: list[tuple[Callable[[SqlUnitOfWork, Path], None], str, str]] = [
    (
        _export_into_a_missing_folder,
        "Cannot write {tmp}/gone/week.md: {tmp}/gone does not exist.",
        "{tmp}/gone/week.md kan niet worden weggeschreven: {tmp}/gone bestaat niet.",
    ),
    (
        _binary_file_as_csv,
        "This is not a CSV file: it is a binary file.",
        "Dit is geen CSV-bestand: het is een binair bestand.",
    ),
    (_reply_without_text, "The reply has no text.", "Het antwoord heeft geen tekst."),
    (
        _snapshot_without_its_revision,
        "In the snapshot, schema_revision is missing or is not text.",
        "In de momentopname ontbreekt schema_revision of is het geen tekst.",
    ),
    (_a_task_removed_meanwhile, "There is no task 4711.", "Er is geen taak 4711."),
]


@pytest.mark.parametrize(
    ("cause", "english", "dutch"), CASES, ids=[case[0].__name__.strip("_") for case in CASES]
)
def test_an_error_reads_in_dutch_in_the_app_and_in_english_on_the_command_line(
    translations: Translations,
    uow: SqlUnitOfWork,
    tmp_path: Path,
    cause: Callable[[SqlUnitOfWork, Path], None],
    english: str,
    dutch: str,
) -> None:
    with pytest.raises(QuadrantError) as raised:
        cause(uow, tmp_path)
    error = raised.value
    english, dutch = (text.replace("{tmp}", str(tmp_path)) for text in (english, dutch))
    assert str(error).endswith(english)  # the CLI's words (a ValidationError may lead with where)
    assert user_message(error) == english
    translations.apply("nl", ENGLISH_SYSTEM)
    assert user_message(error) == dutch
    assert str(error).endswith(english)  # the language of the app never reaches logs or CLI

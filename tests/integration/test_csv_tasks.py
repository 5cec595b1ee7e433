"""CSV tasks: other programs' exports come in, Quadrant's export opens safely and reads back."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quadrant.domain.errors import ImportRejected, QuadrantError, ValidationError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import MAX_TITLE_CHARS, Task, TaskStatus
from quadrant.domain.transfer import ImportBatch, TaskRecord
from quadrant.interop.csv_fields import CsvField, CsvMapping, PriorityScale
from quadrant.interop.csv_safety import FORMULA_TRIGGERS
from quadrant.interop.csv_tasks import (
    EXPORT_HEADERS,
    export_csv,
    guess_mapping,
    read_rows,
    read_table,
)
from quadrant.services import tasks as task_service
from quadrant.services.clock import end_of_local_day
from quadrant.services.ports import UnitOfWork
from quadrant.services.transfer import ExportScope, import_batch, tasks_to_export
from tests.integration.test_ical import comparable, make_tasks
from tests.unit.fakes import FakeUnitOfWork

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "csv"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def read(name: str) -> ImportBatch:
    return read_rows((FIXTURES / name).read_bytes())


def by_title(batch: ImportBatch) -> dict[str, TaskRecord]:
    return {record.title: record for record in batch.records}


def headers_of(name: str) -> dict[CsvField, str]:
    table = read_table((FIXTURES / name).read_bytes())
    mapping = guess_mapping(table.headers)
    return {field: table.headers[index] for field, index in mapping.columns.items()}


# --- recognising other programs' headers ---------------------------------------------------


def test_outlook_english_headers() -> None:
    assert headers_of("outlook_en.csv") == {
        CsvField.TITLE: "Subject",
        CsvField.NOTES: "Notes",
        CsvField.DUE: "Due Date",
        CsvField.PRIORITY: "Priority",
        CsvField.STATUS: "Status",
        CsvField.CATEGORIES: "Categories",
        CsvField.COMPLETED: "Date Completed",
    }


def test_outlook_dutch_headers_with_semicolons_in_windows_1252() -> None:
    assert headers_of("outlook_nl.csv") == {
        CsvField.TITLE: "Onderwerp",
        CsvField.NOTES: "Notities",
        CsvField.DUE: "Vervaldatum",
        CsvField.PRIORITY: "Prioriteit",
        CsvField.STATUS: "Status",
        CsvField.CATEGORIES: "Categorieën",
        CsvField.COMPLETED: "Datum voltooid",
    }


def test_todoist_content_is_the_title_and_its_priorities_count_down() -> None:
    table = read_table((FIXTURES / "todoist.csv").read_bytes())
    mapping = guess_mapping(table.headers)
    assert table.headers[mapping.columns[CsvField.TITLE]] == "CONTENT"
    assert table.headers[mapping.columns[CsvField.NOTES]] == "DESCRIPTION"
    assert mapping.priority_scale is PriorityScale.TODOIST


def test_ticktick_preamble_is_skipped_and_content_is_the_notes() -> None:
    table = read_table((FIXTURES / "ticktick.csv").read_bytes())
    assert table.headers[:3] == ("Folder Name", "List Name", "Title")
    mapping = guess_mapping(table.headers)
    assert table.headers[mapping.columns[CsvField.TITLE]] == "Title"
    assert table.headers[mapping.columns[CsvField.NOTES]] == "Content"
    assert table.headers[mapping.columns[CsvField.CATEGORIES]] == "List Name"
    assert mapping.priority_scale is PriorityScale.TICKTICK


def test_quadrants_own_export_headers_map_every_column() -> None:
    mapping = guess_mapping(EXPORT_HEADERS)
    assert len(mapping.columns) == len(EXPORT_HEADERS)


# --- reading their rows ---------------------------------------------------------------------


def test_outlook_english_rows() -> None:
    records = by_title(read("outlook_en.csv"))
    pack = records["Prepare board pack"]
    assert pack.due_at == end_of_local_day(date(2026, 11, 27))  # 11/27: month first
    assert pack.important is True
    assert pack.notes == "Agenda, minutes\nand the Q3 figures"
    assert pack.categories == ("Anne de Vries",)
    assert records["Book venue"].important is False  # Normal is not important
    invoices = records["Send invoices"]
    assert invoices.status is TaskStatus.DONE
    assert invoices.completed_at == datetime(2026, 11, 2).astimezone(UTC)
    assert records["Chase supplier"].status is TaskStatus.WAITING


def test_outlook_dutch_rows() -> None:
    batch = read("outlook_nl.csv")
    records = by_title(batch)
    assert records["Begroting controleren"].due_at == end_of_local_day(date(2026, 11, 27))
    assert records["Begroting controleren"].important is True  # Hoog
    assert records["Zaal reserveren"].status is TaskStatus.OPEN  # Niet gestart
    assert records["Facturen versturen"].status is TaskStatus.DONE  # Voltooid
    assert "Windows-1252" in batch.adjusted[0].message


def test_todoist_rows_sections_comments_and_unreadable_dates() -> None:
    batch = read("todoist.csv")
    records = by_title(batch)
    report = records["Kwartaalrapport afmaken @werk"]
    assert report.important is True  # p1
    assert report.notes == "Hoofdstuk 3 nog\n\nLet op de nieuwe huisstijl"  # the comment row
    lunch = records["Lunch bestellen"]
    assert (lunch.important, lunch.has_due) == (False, False)  # p4; "every friday"
    assert records["Verjaardagskaart"].important is True  # p2
    assert batch.ignored == {"sections": 1}
    assert "every friday" in str(batch.adjusted[0])
    assert str(batch.adjusted[0].where) == "row 5"


def test_ticktick_rows() -> None:
    records = by_title(read("ticktick.csv"))
    trip = records["Reis Brussel boeken"]
    assert trip.due_at == datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    assert (trip.important, trip.external_uid, trip.categories) == (True, "1001", ("Pieter",))
    assert records["Notulen uitwerken"].status is TaskStatus.DONE
    assert records["Kerstpakketten"].important is False  # 3 is medium


def test_a_row_without_title_is_skipped_with_its_row_number() -> None:
    data = b"Subject,Due Date\r\nGood,30-11-2026\r\n ,01-12-2026\r\n"
    batch = read_rows(data)
    assert [r.title for r in batch.records] == ["Good"]
    assert [str(p) for p in batch.skipped] == ["row 3: it has no title"]


def test_unreadable_cells_are_left_out_and_named() -> None:
    data = b"Title,Priority,Status,Effort\r\nA,sometimes,on hold,lots\r\n"
    batch = read_rows(
        data,
        CsvMapping(
            {CsvField.TITLE: 0, CsvField.PRIORITY: 1, CsvField.STATUS: 2, CsvField.EFFORT: 3}
        ),
    )
    [record] = batch.records
    assert (record.important, record.status, record.effort_minutes) == (None, None, None)
    assert len(batch.adjusted) == 3


def test_a_mapping_without_a_title_column_is_refused() -> None:
    with pytest.raises(ValidationError, match="titles"):
        read_rows(b"Due Date\r\n30-11-2026\r\n")


def test_a_long_title_is_cut_not_refused() -> None:
    batch = read_rows(f"Title\r\n{'x' * 900}\r\n".encode())
    assert len(batch.records[0].title) == MAX_TITLE_CHARS
    assert "cut off" in batch.adjusted[0].message


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02" * 100, bytes(range(256)) * 8])
def test_files_that_are_not_csv_are_rejected(data: bytes) -> None:
    with pytest.raises(ImportRejected):
        read_rows(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_hostile_bytes_raise_only_the_projects_errors(data: bytes) -> None:
    try:
        batch = read_rows(data)
    except QuadrantError:
        return
    import_batch(FakeUnitOfWork(), batch, now=NOW)


# --- into the store -----------------------------------------------------------------------


def test_importing_the_same_csv_twice_does_not_duplicate(uow: UnitOfWork) -> None:
    data = (FIXTURES / "outlook_en.csv").read_bytes()
    first = import_batch(uow, read_rows(data), now=NOW)
    second = import_batch(uow, read_rows(data), now=NOW + timedelta(hours=1))
    assert (first.created, second.created, second.unchanged) == (4, 0, 4)


def test_list_names_match_requesters_only_when_they_exist(uow: UnitOfWork) -> None:
    task_service.capture(uow, "seed", quadrant=Quadrant.DO, requester_name="Pieter", now=NOW)
    import_batch(uow, read("ticktick.csv"), now=NOW)
    names = {t.title: t.requester_name for t in tasks_to_export(uow, ExportScope.ALL)}
    assert names["Reis Brussel boeken"] == "Pieter"
    assert names["Kerstpakketten"] == ""  # "Inbox" is a list, not a requester
    assert [r.name for r in task_service.requesters(uow)] == ["Pieter"]


# --- export --------------------------------------------------------------------------------


def test_export_is_utf8_with_bom_crlf_and_quoted_as_rfc_4180(uow: UnitOfWork) -> None:
    make_tasks(uow)
    data = export_csv(tasks_to_export(uow, ExportScope.ALL))
    assert data.startswith(b"\xef\xbb\xbfTitle,Quadrant,")
    assert b"\r\n" in data
    assert re.search(rb'"Regel 1\nRegel 2; met \\ en , tekens\n\nZie bijlage"', data)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == EXPORT_HEADERS
    formula = next(row for row in rows if "HYPERLINK" in row[0])
    assert formula[0] == '\'=HYPERLINK("x")'


def test_round_trip_through_csv_keeps_every_task(uow: UnitOfWork, tmp_path: Path) -> None:
    make_tasks(uow)
    original = tasks_to_export(uow, ExportScope.ALL)
    data = export_csv(original)

    from quadrant.store.database import create_database_engine
    from quadrant.store.migrate import upgrade_to_head
    from quadrant.store.unit_of_work import SqlUnitOfWork

    database = tmp_path / "other" / "quadrant.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database)
    other = SqlUnitOfWork(engine)
    summary = import_batch(other, read_rows(data), now=NOW + timedelta(days=3))
    assert (summary.created, summary.skipped, summary.adjusted) == (len(original), (), ())
    restored = tasks_to_export(other, ExportScope.ALL)
    assert [comparable(t) for t in restored] == [comparable(t) for t in original]
    engine.dispose()


_HOSTILE = st.text(
    alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", '"', ",", ";", "'", "a", " "])
    | st.characters(codec="utf-8"),
    max_size=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_HOSTILE, notes=_HOSTILE, requester=_HOSTILE)
def test_hostile_cells_never_start_a_formula_and_read_back_unchanged(
    title: str, notes: str, requester: str
) -> None:
    control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    clean_title = " ".join(control.sub("", title).split()) or "x"  # as the store keeps titles
    task = Task(
        title=clean_title,
        id=1,
        notes=notes,
        requester_name=requester,
        created_at=NOW,
    )
    data = export_csv([task])
    table = read_table(data)
    for cell in table.rows[0]:
        assert not cell.startswith(FORMULA_TRIGGERS)
    [record] = read_rows(table).records
    assert record.title == clean_title
    assert record.notes == control.sub("", notes).replace("\r\n", "\n")
    assert (record.requester_name or "") == control.sub("", requester).strip()

"""iCalendar import and export: real producers' files, damaged files, and round trips."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quadrant.domain.errors import ImportRejected, QuadrantError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Cause, Requester, Task, TaskStatus
from quadrant.domain.transfer import ImportBatch, TaskRecord
from quadrant.interop import ical_lines
from quadrant.interop.ical import export_ics, parse_ics
from quadrant.services import tasks as task_service
from quadrant.services.clock import end_of_local_day
from quadrant.services.ports import UnitOfWork
from quadrant.services.transfer import ExportScope, import_batch, tasks_to_export
from tests.unit.fakes import FakeUnitOfWork

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def parse(name: str) -> ImportBatch:
    return parse_ics((FIXTURES / name).read_bytes())


def by_title(batch: ImportBatch) -> dict[str, TaskRecord]:
    return {record.title: record for record in batch.records}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def local(*args: int) -> datetime:
    """A floating (naive) time as the importer reads it: local time."""
    return datetime(*args).astimezone(UTC)  # type: ignore[misc]


# --- what each producer writes ------------------------------------------------------------


def test_outlook_windows_time_zone_priority_and_folded_description() -> None:
    batch = parse("outlook.ics")
    records = by_title(batch)
    budget = records["Begroting 2027 controleren vóór het MT-overleg"]
    assert budget.due_at == utc(2026, 11, 27, 16, 0)  # 17:00 W. Europe in winter
    assert budget.important is True  # PRIORITY:1
    assert budget.categories == ("Anne de Vries",)
    assert budget.notes is not None
    assert "Afwijkingen boven 5% markeren" in budget.notes  # the fold is undone
    assert "\n\nZie ook de mail van dinsdag." in budget.notes
    assert budget.created_at == utc(2026, 11, 18, 9, 10)
    planning = records["Jaarplanning afdeling opstellen"]
    assert planning.due_at == end_of_local_day(date(2026, 12, 15))  # all-day due
    assert planning.important is False  # PRIORITY:5 is medium
    assert batch.ignored == {"events": 1}
    assert batch.skipped == ()


def test_thunderbird_statuses_escapes_and_alarms() -> None:
    batch = parse("thunderbird.ics")
    records = by_title(batch)
    trip = records["Reis naar Brussel boeken"]
    assert trip.status is TaskStatus.OPEN  # IN-PROCESS is still to do
    assert trip.notes == "Trein heen, vlucht terug; hotel bij het station."
    assert trip.due_at == utc(2026, 12, 1, 11, 0)
    minutes = records["Notulen oktober uitwerken"]
    assert minutes.status is TaskStatus.DONE
    assert minutes.completed_at == utc(2026, 11, 5, 15, 30)
    assert minutes.important is False  # PRIORITY:9 is low
    assert records["Kerstborrel organiseren"].status is TaskStatus.DROPPED
    assert batch.skipped == ()


def test_nextcloud_categories_with_escaped_commas_and_emoji() -> None:
    records = by_title(parse("nextcloud.ics"))
    accounts = records["Jaarrekening 🧾 aanleveren bij accountant"]
    assert accounts.categories == ("Financiën, jaarrekening", "Zoë Bakker")
    assert accounts.due_at == end_of_local_day(date(2027, 1, 15))
    assert records["Subtaak: offertes vergelijken"].important is True  # PRIORITY:3


def test_apple_reminders_undefined_priority_and_floating_due() -> None:
    records = by_title(parse("apple.ics"))
    flowers = records["Bloemen bestellen voor jubileum Marleen"]
    assert flowers.important is None  # PRIORITY:0 says nothing
    assert flowers.due_at == utc(2026, 11, 23, 8, 0)
    assert records["Parkeerkaart gast aanvragen"].due_at == local(2026, 11, 24, 14, 0)


def test_google_with_bare_line_feeds_counts_what_is_not_a_task() -> None:
    batch = parse("google.ics")
    assert [r.title for r in batch.records] == ["Presentatie kwartaalcijfers klaarzetten"]
    assert batch.records[0].due_at == utc(2026, 11, 26, 8, 0)
    assert batch.ignored == {"events": 2, "journal entries": 1, "free/busy": 1}


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("bom.ics", "Één taak achter een BOM"),
        ("utf16.ics", "Taak in UTF-16 met ü"),
        ("cp1252.ics", "Caféteria reserveren – €50 budget"),
    ],
)
def test_encodings_are_read_correctly(name: str, title: str) -> None:
    assert [r.title for r in parse(name).records] == [title]


def test_a_file_in_windows_1252_says_so() -> None:
    batch = parse("cp1252.ics")
    assert any("Windows-1252" in p.message for p in batch.adjusted)


# --- damaged files ------------------------------------------------------------------------


def test_broken_lines_cost_the_line_or_the_component_never_the_file() -> None:
    batch = parse("broken_lines.ics")
    records = by_title(batch)
    assert set(records) == {
        "Fold verloren in de beschrijving",
        "Prioriteit als woord",
        "Na de onafgesloten taak",
        "Geen titel, alleen een beschrijving",
    }
    assert records["Prioriteit als woord"].important is None
    reasons = [str(p) for p in batch.skipped]
    assert len(reasons) == 3
    assert any("Nooit afgesloten" in r and "END:VTODO" in r for r in reasons)
    assert any("Verkeerd afgesloten" in r and "END:VEVENT" in r for r in reasons)
    assert any("no title" in r for r in reasons)
    adjusted = " ".join(str(p) for p in batch.adjusted)
    assert "PRIORITY:high" in adjusted
    assert "volgende regel ontbreekt" in adjusted


def test_bad_dates_skip_their_to_do_with_the_reason() -> None:
    batch = parse("bad_dates.ics")
    assert [r.title for r in batch.records] == ["Goede datum"]
    reasons = {p.where.params["summary"]: p.message for p in batch.skipped}
    assert "20261345T120000Z" in reasons["Maand dertien"]
    assert "2026-11-30" in reasons["ISO met streepjes"]
    assert "out of range" in reasons["Jaar een"]
    assert batch.records[0].created_at is None  # "CREATED:gisteren" was left out


def test_unknown_and_broken_time_zones_read_as_local_time() -> None:
    batch = parse("bad_tz.ics")
    records = by_title(batch)
    assert records["Onbekende tijdzone"].due_at == local(2026, 11, 30, 17, 0)
    assert records["Kapotte tijdzone"].due_at == local(2026, 11, 30, 17, 0)
    assert records["Globale TZID van libical"].due_at == utc(2026, 11, 30, 16, 0)
    messages = " ".join(str(p) for p in batch.adjusted)
    assert "Mars/Olympus_Mons" in messages
    assert batch.skipped == ()


def test_a_truncated_file_keeps_its_complete_to_dos() -> None:
    batch = parse("truncated.ics")
    assert [r.title for r in batch.records] == ["Volledig"]
    assert "ends before END:VTODO" in batch.skipped[0].message


def test_binary_junk_inside_a_calendar_and_control_characters_are_dropped() -> None:
    assert [r.title for r in parse("junk_inside.ics").records] == ["Goed", "Met nulbyte"]


@pytest.mark.parametrize("name", ["not_ical.txt", "vcard.vcf", "binary.bin"])
def test_a_file_that_is_not_icalendar_is_rejected_with_one_message(name: str) -> None:
    with pytest.raises(ImportRejected, match=r"not an iCalendar \(\.ics\) file"):
        parse(name)


def test_an_empty_file_is_rejected() -> None:
    with pytest.raises(ImportRejected):
        parse_ics(b"")


def test_size_is_checked_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ical_lines, "MAX_ICS_BYTES", 100)
    with pytest.raises(ImportRejected, match="larger than"):
        parse("outlook.ics")


def test_the_same_uid_twice_in_a_file_imports_once() -> None:
    text = (FIXTURES / "bom.ics").read_bytes().decode("utf-8-sig")
    todo = text[text.index("BEGIN:VTODO") : text.index("END:VCALENDAR")]
    doubled = text.replace(todo, todo + todo.replace("Één taak", "Tweede"))
    batch = parse_ics(doubled.encode())
    assert [r.title for r in batch.records] == ["Één taak achter een BOM"]
    assert "same UID" in batch.skipped[0].message


_DAMAGE = [b"\r\n", b"\r\n ", b":", b";", b"BEGIN:VTODO\r\n", b"END:VTODO\r\n"]
_DAMAGE += [b"DUE;TZID=X:1\r\n", b"PRIORITY:99\r\n", b"\\", b"\xff\xfe", b"END:VCALENDAR\r\n"]
_SEEDS = sorted(p.read_bytes() for p in FIXTURES.glob("*.ics"))


@st.composite
def mutated_calendars(draw: st.DrawFn) -> bytes:
    """A real producer's file with random damage: flipped bytes, cuts, junk, shuffles."""
    data = bytearray(draw(st.sampled_from(_SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "dup_line", "truncate"]))
        position = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[position : position + draw(st.integers(1, 40))]
        elif kind == "insert":
            data[position:position] = draw(
                st.one_of(
                    st.binary(max_size=20),
                    st.sampled_from(_DAMAGE),
                )
            )
        elif kind == "dup_line":
            lines = bytes(data).split(b"\n")
            index = draw(st.integers(0, len(lines) - 1))
            lines.insert(index, lines[index])
            data = bytearray(b"\n".join(lines))
        else:
            del data[position:]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_calendars())
def test_mutated_files_raise_only_the_projects_errors(data: bytes) -> None:
    try:
        batch = parse_ics(data)
    except QuadrantError:
        return
    uow = FakeUnitOfWork()
    try:
        import_batch(uow, batch, now=NOW)
    except QuadrantError:
        return
    assert uow.tasks.count_all() == len(batch.records) - _duplicates(batch.records)


def _duplicates(records: Sequence[TaskRecord]) -> int:
    uids = [r.external_uid for r in records if r.external_uid]
    return len(uids) - len(set(uids))


# --- into the store: idempotent, updating, and local fields survive -----------------------


def import_file(uow: UnitOfWork, data: bytes, now: datetime = NOW) -> object:
    return import_batch(uow, parse_ics(data), now=now)


def all_tasks(uow: UnitOfWork) -> list[Task]:
    return tasks_to_export(uow, ExportScope.ALL)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(uow: UnitOfWork) -> None:
    data = (FIXTURES / "thunderbird.ics").read_bytes()
    first = import_batch(uow, parse_ics(data), now=NOW)
    assert (first.created, first.updated) == (3, 0)
    before = all_tasks(uow)
    second = import_batch(uow, parse_ics(data), now=NOW + timedelta(hours=1))
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3)
    assert all_tasks(uow) == before
    with uow:
        assert all(len(uow.log.for_task(t.id or 0)) == 1 for t in before)


def test_a_changed_to_do_updates_its_task_and_logs_the_move_as_import(uow: UnitOfWork) -> None:
    original = (FIXTURES / "outlook.ics").read_bytes()
    import_file(uow, original)
    [budget] = [t for t in all_tasks(uow) if t.title.startswith("Begroting")]
    assert budget.id is not None
    with uow:  # local-only fields the file never carries
        task_service.status_in(uow, budget.id, TaskStatus.WAITING, NOW)
        uow.tasks.update(replace(uow.tasks.get(budget.id), effort_minutes=45))
        uow.commit()
    changed = (
        original.replace(
            b"DUE;TZID=W. Europe Standard Time:20261127T170000", b"DUE:20270301T100000Z"
        )
        .replace(b"PRIORITY:1\r", b"PRIORITY:7\r")
        .replace(b"controleren v\xc3\xb3\xc3\xb3r", b"afronden v\xc3\xb3\xc3\xb3r")
    )
    summary = import_batch(uow, parse_ics(changed), now=NOW + timedelta(days=1))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 1)
    updated = task_service.get_task(uow, budget.id)
    assert updated.title == "Begroting 2027 afronden vóór het MT-overleg"
    assert updated.due_at == utc(2027, 3, 1, 10, 0)
    assert updated.quadrant is Quadrant.DROP  # no longer important, far from due
    assert updated.effort_minutes == 45
    assert updated.status is TaskStatus.WAITING  # "needs action" does not undo waiting
    history = task_service.history(uow, budget.id)
    assert [entry.cause for entry in history] == [Cause.IMPORT, Cause.IMPORT]
    assert history[-1].from_due == utc(2026, 11, 27, 16, 0)
    assert history[-1].to_due == utc(2027, 3, 1, 10, 0)


def test_urgency_follows_the_due_date_and_the_horizon(uow: UnitOfWork) -> None:
    import_file(uow, (FIXTURES / "outlook.ics").read_bytes(), now=utc(2026, 11, 26, 9, 0))
    quadrants = {t.title[:9]: t.quadrant for t in all_tasks(uow)}
    assert quadrants == {"Begroting": Quadrant.DO, "Jaarplann": Quadrant.DROP}


def test_categories_name_known_requesters_but_never_create_them(uow: UnitOfWork) -> None:
    with uow:
        uow.requesters.add(Requester(name="Anne de Vries", created_at=NOW))
        uow.commit()
    import_file(uow, (FIXTURES / "outlook.ics").read_bytes())
    names = {t.title[:9]: t.requester_name for t in all_tasks(uow)}
    assert names == {"Begroting": "Anne de Vries", "Jaarplann": ""}
    assert [r.name for r in task_service.requesters(uow)] == ["Anne de Vries"]


def test_a_task_deleted_in_quadrant_stays_deleted(uow: UnitOfWork) -> None:
    data = (FIXTURES / "apple.ics").read_bytes()
    import_file(uow, data)
    victim = all_tasks(uow)[0]
    assert victim.id is not None
    task_service.delete(uow, victim.id, now=NOW)
    summary = import_file(uow, data)
    assert summary.created == 0  # type: ignore[attr-defined]
    assert task_service.get_task(uow, victim.id).deleted_at is not None


def test_progress_is_reported_from_zero_to_the_total(uow: UnitOfWork) -> None:
    seen: list[tuple[int, int]] = []
    batch = parse("thunderbird.ics")
    import_batch(uow, batch, now=NOW, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3)
    assert seen[-1] == (3, 3)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


# --- export, and the round trip -----------------------------------------------------------


def make_tasks(uow: UnitOfWork) -> None:
    """One task of every kind a round trip must keep."""
    capture = task_service.capture
    capture(
        uow,
        "Begroting, Q3; controleren",
        quadrant=Quadrant.DO,
        requester_name="Anne de Vries, MT",
        due_at=end_of_local_day(date(2026, 11, 27)),
        notes="Regel 1\nRegel 2; met \\ en , tekens\n\nZie bijlage",
        effort_minutes=90,
        now=NOW,
    )
    capture(uow, "Jaarplan", quadrant=Quadrant.PLAN, due_at=utc(2026, 12, 15, 13, 30), now=NOW)
    capture(uow, "Vergaderzaal", quadrant=Quadrant.DELEGATE, requester_name="Piet", now=NOW)
    waiting = capture(uow, "Offerte 🧾 opvragen", quadrant=Quadrant.DROP, now=NOW)
    done = capture(uow, "Notulen", quadrant=Quadrant.PLAN, now=NOW)
    dropped = capture(uow, "Borrel", quadrant=Quadrant.DROP, now=NOW)
    capture(uow, '=HYPERLINK("x")', quadrant=Quadrant.DO, now=NOW)
    assert waiting.id and done.id and dropped.id
    with uow:
        until = utc(2026, 12, 1, 9, 0)
        task_service.status_in(uow, waiting.id, TaskStatus.WAITING, NOW, waiting_until=until)
        task_service.status_in(uow, done.id, TaskStatus.DONE, NOW + timedelta(hours=2))
        task_service.status_in(uow, dropped.id, TaskStatus.DROPPED, NOW + timedelta(hours=3))
        uow.commit()


def comparable(task: Task) -> tuple[object, ...]:
    """What a round trip must keep; ids, UIDs and positions are the store's own."""

    def seconds(moment: datetime | None) -> datetime | None:
        return moment.replace(microsecond=0) if moment else None

    return (
        task.title,
        task.notes,
        task.requester_name,
        task.quadrant,
        task.due_at,
        task.effort_minutes,
        task.status,
        task.waiting_until,
        seconds(task.created_at),
        seconds(task.completed_at),
    )


def test_round_trip_through_ics_keeps_every_task(uow: UnitOfWork, tmp_path: Path) -> None:
    make_tasks(uow)
    original = all_tasks(uow)
    data = export_ics(original, now=NOW)

    from quadrant.store.database import create_database_engine
    from quadrant.store.migrate import upgrade_to_head
    from quadrant.store.unit_of_work import SqlUnitOfWork

    database = tmp_path / "other" / "quadrant.sqlite3"
    engine = create_database_engine(database)
    upgrade_to_head(engine, database)
    other = SqlUnitOfWork(engine)
    summary = import_batch(other, parse_ics(data), now=NOW + timedelta(days=3))
    assert (summary.created, summary.skipped, summary.adjusted) == (len(original), (), ())
    assert [comparable(t) for t in all_tasks(other)] == [comparable(t) for t in original]
    engine.dispose()


def test_reimporting_an_export_into_the_same_store_changes_nothing(uow: UnitOfWork) -> None:
    make_tasks(uow)
    before = all_tasks(uow)
    summary = import_batch(uow, parse_ics(export_ics(before, now=NOW)), now=NOW)
    assert (summary.created, summary.updated) == (0, 0)
    assert all_tasks(uow) == before


def test_other_programs_see_sensible_priority_due_and_status(uow: UnitOfWork) -> None:
    make_tasks(uow)
    calendar = icalendar.Calendar.from_ical(export_ics(all_tasks(uow), now=NOW))
    todos = {str(todo["SUMMARY"]): todo for todo in calendar.walk("VTODO")}
    budget = todos["Begroting, Q3; controleren"]
    assert int(budget["PRIORITY"]) == 1
    assert budget["DUE"].dt == date(2026, 11, 27)  # an all-day due, as typed
    assert budget["CATEGORIES"].cats == ["Anne de Vries, MT"]
    assert todos["Jaarplan"]["DUE"].dt == utc(2026, 12, 15, 13, 30)
    assert int(todos["Jaarplan"]["PRIORITY"]) == 3
    assert int(todos["Vergaderzaal"]["PRIORITY"]) == 5
    assert int(todos["Borrel"]["PRIORITY"]) == 9
    assert str(todos["Notulen"]["STATUS"]) == "COMPLETED"
    assert todos["Notulen"]["COMPLETED"].dt == NOW + timedelta(hours=2)
    assert str(todos["Borrel"]["STATUS"]) == "CANCELLED"
    assert str(todos["Offerte 🧾 opvragen"]["STATUS"]) == "IN-PROCESS"
    assert all("UID" in todo and "DTSTAMP" in todo for todo in todos.values())


def test_export_of_open_tasks_leaves_out_finished_and_deleted(uow: UnitOfWork) -> None:
    make_tasks(uow)
    open_tasks = tasks_to_export(uow, ExportScope.OPEN)
    victim = open_tasks[0]
    assert victim.id is not None
    task_service.delete(uow, victim.id, now=NOW)
    titles = {r.title for r in parse_ics(export_ics(tasks_to_export(uow), now=NOW)).records}
    assert "Notulen" not in titles and "Borrel" not in titles
    assert victim.title not in titles
    assert "Offerte 🧾 opvragen" in titles

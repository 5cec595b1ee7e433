"""Hostile input wherever text comes in: only our own errors escape; failures change nothing.

Quick-capture lines, task fields through the services, and every importer
(.ics, .csv, snapshots, template packs, Espanso files) get generated text and
bytes, and mutations of real files: truncations, byte flips, inserted
markup, control characters, bidi overrides, lone surrogates, huge lines. The
rules: nothing but a QuadrantError leaves the code; a save or an import that
fails leaves the database exactly as it was; one that succeeds stores the
cleaned text exactly; files larger than a format's limit are refused before
they are parsed.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quadrant.domain.capture import parse_capture
from quadrant.domain.errors import ImportRejected, QuadrantError
from quadrant.domain.matrix import Quadrant
from quadrant.domain.task import Task, clean_name, clean_title
from quadrant.interop import csv_tasks, ical_lines, snapshot
from quadrant.interop.csv_tasks import export_csv, read_rows
from quadrant.interop.espanso_import import read_espanso
from quadrant.interop.ical import export_ics, parse_ics
from quadrant.interop.snapshot import Snapshot, TableData, decode_snapshot, encode_snapshot
from quadrant.interop.template_files import read_template_bytes
from quadrant.services import sharing, tasks
from quadrant.services.templates import ensure_builtins, list_templates
from quadrant.services.transfer import import_batch
from quadrant.store.snapshot_io import dump_tables
from tests.reliability.conftest import Store, open_store

FIXTURES = Path(__file__).parents[1] / "fixtures"
TRIED: Counter[str] = Counter()
"""Hostile inputs tried, by target (printed at the end, for docs/reliability.md)."""

MARKUP = (
    "<b>x</b>", "<img src=file:///etc/passwd>", '<a href="file:///etc/passwd">x</a>',
    "<script>alert(1)</script>", "<!--", "]]>", "&amp;&lt;", "<qt>", "<style>*{}</style>",
)  # fmt: skip
NASTY = (
    "\x00", "\u202e", "\u200f", "\ufeff", "\r\n", "\u2028", "\x1b[31m", "\t", "\x7f",
    "'; DROP TABLE task; --", "%s%d%n", "{title}", "${HOME}", "\\", "@", '@"', "!", "*", "!*",
    "#do", "+999", "+0", "9999-12-31", "0000-01-01", "31-02", "29/2", "𝕏𝕐", "ﷺ", "Ⅻ", "١٢-١٢",
    "\udcff", "\ud800", "e\u0301", "=cmd|' /C calc'!A0", "BEGIN:VCALENDAR", "matches:",
)  # fmt: skip

hostile_text = st.one_of(
    st.text(max_size=80),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),  # with surrogates
    st.sampled_from(MARKUP + NASTY),
    st.lists(st.sampled_from(MARKUP + NASTY + ("word", " ", "@Anne", "friday")), max_size=12).map(
        "".join
    ),
    st.text(min_size=480, max_size=520),  # around the title limit
)


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    print(f"\nhostile inputs tried: {dict(TRIED)}, {sum(TRIED.values())} in all")


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("hostile") / "data")
    tasks.capture(store.uow(), "Already here", quadrant=Quadrant.DO, notes="keep")
    yield store
    store.engine.dispose()


# Quick capture -----------------------------------------------------------------------------


@settings(max_examples=600, deadline=None)
@given(line=hostile_text, today=st.dates(date(2000, 1, 1), date(2100, 12, 31)))
def test_quick_capture_never_fails_and_keeps_every_title_word(line: str, today: date) -> None:
    TRIED["quick-capture lines"] += 1
    capture = parse_capture(line, today)
    assert capture.title == capture.title.strip()
    assert capture.requester is None or (capture.requester and capture.requester.strip())
    for word in capture.title.split():
        assert word in line
    assert capture.due is None or isinstance(capture.due, date)


# Task text through the services, on a real database ---------------------------------------


def _changes_nothing_or_round_trips(store: Store, action: Callable[[], Task]) -> Task | None:
    before = store.dump()
    try:
        return action()
    except QuadrantError:
        assert store.dump() == before, "a refused save changed the database"
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=hostile_text, notes=hostile_text, name=hostile_text)
def test_task_text_is_stored_exactly_or_refused_cleanly(
    shared: Store, title: str, notes: str, name: str
) -> None:
    TRIED["task titles, notes and names"] += 1
    saved = _changes_nothing_or_round_trips(
        shared,
        lambda: tasks.capture(
            shared.uow(), title, quadrant=Quadrant.PLAN, requester_name=name, notes=notes
        ),
    )
    if saved is None or saved.id is None:
        return
    stored = tasks.get_task(shared.uow(), saved.id)
    assert stored.title == clean_title(title)
    assert stored.notes == notes
    assert stored.requester_name == (clean_name(name) if name.strip() else "")
    edited = _changes_nothing_or_round_trips(
        shared,
        lambda: (
            tasks.edit(
                shared.uow(),
                saved.id or 0,
                title=notes,
                notes=title,
                requester_name=None,
                due_at=None,
                quadrant=Quadrant.DO,
                effort_minutes=None,
            ).task
        ),
    )
    if edited is not None:
        assert tasks.get_task(shared.uow(), saved.id).title == clean_title(notes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=hostile_text)
def test_a_quick_capture_line_saves_its_title_or_nothing(shared: Store, line: str) -> None:
    TRIED["quick-capture lines saved"] += 1
    capture = parse_capture(line, date(2026, 11, 23))
    due = datetime(2026, 12, 1, tzinfo=UTC) if capture.due else None
    _changes_nothing_or_round_trips(
        shared,
        lambda: tasks.capture(
            shared.uow(),
            capture.title,
            quadrant=Quadrant.DO,
            requester_name=capture.requester,
            due_at=due,
        ),
    )


# Importers ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(shared: Store) -> dict[str, list[bytes]]:
    """Real files of every format, to mutate."""
    sample = [
        Task(id=1, title="Budget <b>Q3</b>", notes="line 1\nline 2; a,b", requester_name="Anne",
             created_at=datetime(2026, 11, 2, tzinfo=UTC)),
        Task(id=2, title="=1+1", notes="", due_at=datetime(2026, 11, 30, 16, tzinfo=UTC),
             urgent=True, important=True, created_at=datetime(2026, 11, 2, tzinfo=UTC)),
    ]  # fmt: skip
    revision, tables = dump_tables(shared.path)
    assert revision is not None
    data = {name: TableData(columns, rows) for name, (columns, rows) in tables.items()}
    snap = Snapshot(revision, datetime(2026, 11, 23, tzinfo=UTC), "0.1.0", data)
    ensure_builtins(shared.uow())
    ids = [t.id for t in list_templates(shared.uow()) if t.id is not None][:4]
    pack = sharing.export_pack(shared.uow(), ids, sharing.new_metadata("Hostile", author="QA"))
    return {
        "ics": [p.read_bytes() for p in sorted((FIXTURES / "ics").glob("*.ics"))[:6]]
        + [export_ics(sample)],
        "csv": [p.read_bytes() for p in sorted((FIXTURES / "csv").glob("*.csv"))]
        + [export_csv(sample)],
        "snapshot": [encode_snapshot(snap)],
        "pack": [pack],
        "espanso": [(FIXTURES / "packs" / "espanso_package.yml").read_bytes()],
    }


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A real file, damaged: cut, flipped, spliced with markup and control bytes."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 4))):
        where = draw(st.integers(0, max(0, len(data) - 1)))
        how = draw(st.sampled_from(("cut", "flip", "insert", "delete", "repeat")))
        if how == "cut":
            del data[where:]
        elif how == "flip" and data:
            data[where] ^= draw(st.integers(1, 255))
        elif how == "insert":
            piece = draw(st.one_of(st.binary(max_size=30), st.sampled_from(MARKUP + NASTY).map(
                lambda s: s.encode("utf-8", "surrogatepass"))))  # fmt: skip
            data[where:where] = piece
        elif how == "delete":
            del data[where : where + draw(st.integers(1, 50))]
        else:
            data[where:where] = data[where : where + 200] * draw(st.integers(2, 20))
    return bytes(data)


PARSERS: dict[str, Callable[[bytes], object]] = {
    "ics": parse_ics,
    "csv": read_rows,
    "snapshot": decode_snapshot,
    "pack": read_template_bytes,
    "espanso": read_espanso,
}


@pytest.mark.parametrize("kind", list(PARSERS))
def test_importers_raise_only_their_own_errors(kind: str, seeds: dict[str, list[bytes]]) -> None:
    parse = PARSERS[kind]

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.one_of(mutated(seeds[kind]), st.binary(max_size=300)))
    def check(data: bytes) -> None:
        TRIED[f"{kind} files"] += 1
        with contextlib.suppress(QuadrantError):
            parse(data)

    check()


@pytest.mark.parametrize("kind", ["ics", "csv"])
def test_a_hostile_task_file_imports_cleanly_or_changes_nothing(
    kind: str, seeds: dict[str, list[bytes]], shared: Store
) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=mutated(seeds[kind]))
    def check(data: bytes) -> None:
        TRIED[f"{kind} imports"] += 1
        try:
            batch = PARSERS[kind](data)
        except QuadrantError:
            return
        before = shared.dump()
        try:
            import_batch(shared.uow(), batch)  # type: ignore[arg-type]
        except QuadrantError:
            assert shared.dump() == before, "a failed import changed the database"

    check()


def test_a_hostile_pack_plans_and_imports_cleanly_or_changes_nothing(
    seeds: dict[str, list[bytes]], shared: Store
) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=mutated(seeds["pack"]))
    def check(data: bytes) -> None:
        TRIED["pack imports"] += 1
        before = shared.dump()
        try:
            plan = sharing.plan_import(shared.uow(), data)
            sharing.apply_import(shared.uow(), plan)
        except QuadrantError:
            assert shared.dump() == before, "a failed pack import changed the database"

    check()


# Sizes are bounded before parsing -----------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "module", "limit"),
    [
        ("ics", ical_lines, "MAX_ICS_BYTES"),
        ("csv", csv_tasks, "MAX_CSV_BYTES"),
        ("snapshot", snapshot, "MAX_SNAPSHOT_BYTES"),
    ],
)
def test_files_over_the_limit_are_refused_before_parsing(
    kind: str, module: object, limit: str, seeds: dict[str, list[bytes]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    real = seeds[kind][-1]
    monkeypatch.setattr(module, limit, len(real) - 1)  # the check, not a 50 MiB file
    with pytest.raises(ImportRejected):
        PARSERS[kind](real)
    monkeypatch.setattr(module, limit, len(real))
    PARSERS[kind](real)


def test_a_pack_over_the_limit_is_refused(seeds: dict[str, list[bytes]]) -> None:
    from quadrant.domain.packs import MAX_PACK_BYTES

    padded = seeds["pack"][0] + b" " * (MAX_PACK_BYTES + 1)
    with pytest.raises(ImportRejected):
        read_template_bytes(padded)

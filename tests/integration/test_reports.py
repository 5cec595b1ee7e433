"""Week reports: Markdown that parses as written, HTML without a single URL, safe CSV.

A hand-built review (no database) drives most tests, so hypothesis can throw
hostile titles, names, notes and answers at every renderer quickly; the last
tests export a real week from the store.
"""

from __future__ import annotations

import csv
import io
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from quadrant.domain.errors import ExportFailed
from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import (
    DoneTask,
    EventKind,
    IsoWeek,
    WeekCounts,
    WeekEvent,
    WeekReview,
    week_stats,
    week_utc_bounds,
)
from quadrant.interop.csv_safety import FORMULA_TRIGGERS, unsafe_cell
from quadrant.interop.html import render_html
from quadrant.interop.markdown import render_markdown
from quadrant.interop.report import ReportOptions, Variant, build_report, one_line, plain
from quadrant.interop.report_labels import _EN, _NL
from quadrant.interop.week_csv import columns, render_csv
from quadrant.interop.week_export import ExportFormat, export_week, prepare_export, render_week
from quadrant.services import reflection, tasks
from quadrant.store.unit_of_work import SqlUnitOfWork

AMS = ZoneInfo("Europe/Amsterdam")
WEEK = IsoWeek(2026, 47)
START, END = week_utc_bounds(WEEK, AMS)
AT = START + timedelta(days=1, hours=9)
SECRET_ANSWER = "I was too quick to say yes to Bas"
SECRET_NOTE = "Bas keeps changing his mind"


def review_with(
    title: str = "Budget review",
    name: str = "Anna",
    note: str = SECRET_NOTE,
    answer: str = SECRET_ANSWER,
    other: str = "Bas",
) -> WeekReview:
    """A small week: two tasks done for two requesters, a move with a note, replies, answers."""
    counts = WeekCounts(
        captured={Quadrant.DO: 2, Quadrant.PLAN: 1},
        completed={Quadrant.PLAN: 1, Quadrant.DO: 1},
        dropped=1,
        interruptions={name: 2, other: 1},
        moves_by_cause={"self": 1, "requester": 2},
        moves_by_requester={other: 2},
        replies={"decline": {"accepted": 1}, "yes_if": {"pending": 1, "pushed_back": 1}},
        overdue=1,
        focus_minutes=90,
    )
    previous = [WeekCounts(completed={Quadrant.DO: 2}, overdue=2)] * 4
    stats = week_stats(WEEK, (START, END), counts, previous)
    done = (
        DoneTask(1, title, name, Quadrant.PLAN, AT, 90),
        DoneTask(2, "Seating plan for the party", other, Quadrant.DO, AT),
    )
    events = (
        WeekEvent(AT, EventKind.CAPTURED, 1, title, name, name, None, Quadrant.PLAN, cause="self"),
        WeekEvent(
            AT + timedelta(hours=1),
            EventKind.MOVED,
            2,
            "Seating plan for the party",
            other,
            other,
            Quadrant.PLAN,
            Quadrant.DO,
            cause="requester",
            reason="manager_changed_priority",
            note=note,
        ),
        WeekEvent(
            AT + timedelta(hours=2), EventKind.COMPLETED, 1, title, name, name, Quadrant.PLAN
        ),
        WeekEvent(
            AT + timedelta(hours=3),
            EventKind.REPLY,
            2,
            "Seating plan for the party",
            other,
            other,
            reply_kind="decline",
            reply_outcome="accepted",
        ),
    )
    notes = (events[1],)
    answers = {"went_well": answer, "learned": "Ask for dates"}
    return WeekReview(stats, done, notes, events, answers)


# --- Markdown --------------------------------------------------------------------------------


def _md_tokens(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(text)


def _headings(tokens: list[Token]) -> list[tuple[str, str]]:
    return [
        (token.tag, _inline_text(tokens[index + 1]))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _inline_text(token: Token) -> str:
    assert token.children is not None
    return "".join(child.content for child in token.children if child.type == "text")


def _is_list_item(tokens: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is the text of a bullet item."""
    return (
        tokens[index].type == "inline"
        and tokens[index - 1].type == "paragraph_open"
        and tokens[index - 2].type == "list_item_open"
    )


def _inline_kinds(tokens: list[Token]) -> set[str]:
    return {child.type for t in tokens if t.children for child in t.children}


def test_the_reflection_markdown_has_the_expected_headings_and_numbers_table() -> None:
    text = render_markdown(build_report(review_with(), ReportOptions(tz=AMS)))
    tokens = _md_tokens(text)
    headings = _headings(tokens)
    assert headings[:3] == [
        ("h1", "Week 2026-W47: my reflection"),
        ("h2", "The week in numbers"),
        ("h2", "Work per quadrant"),
    ]
    assert [h for tag, h in headings if tag == "h2"] == [
        "The week in numbers",
        "Work per quadrant",
        "What was done, and for whom",
        "Interruptions and changes, by requester",
        "Reprioritisations, by cause",
        "Replies sent",
        "Notes from the log",
        "Reflection",
    ]
    assert ("h3", "What went well this week?") in headings
    first_table = tokens.index(next(t for t in tokens if t.type == "table_open"))
    header = [_inline_text(t) for t in tokens[first_table:] if t.type == "inline"][:3]
    assert header == ["Figure", "This week", "Average of the 4 weeks before"]
    rows = [_table_rows(tokens)[0][i] for i in range(8)]
    assert rows[1] == ["Tasks completed", "2", "2"]
    assert rows[2][1:] == ["50%", "0%"]
    assert rows[7][1] == "1 h 30 min"
    assert SECRET_ANSWER in text


def _table_rows(tokens: list[Token]) -> list[list[list[str]]]:
    """Every table's body rows as lists of cell texts."""
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    in_body = False
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tbody_open":
            in_body = True
        elif token.type == "tbody_close":
            in_body = False
        elif token.type == "tr_open" and in_body:
            row = []
        elif token.type == "inline" and row is not None:
            row.append(_inline_text(token))
        elif token.type == "tr_close" and row is not None:
            tables[-1].append(row)
            row = None
    return tables


def test_the_dutch_report_uses_dutch_words_and_dates() -> None:
    text = render_markdown(build_report(review_with(), ReportOptions(language="nl", tz=AMS)))
    headings = [h for _, h in _headings(_md_tokens(text))]
    assert headings[0] == "Week 2026-W47: mijn reflectie"
    assert "De week in cijfers" in headings
    assert "16 november 2026 tot en met 22 november 2026" in text


def test_every_english_label_has_a_dutch_one() -> None:
    assert set(_EN) == set(_NL)


hostile = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: one_line(s) != "")
hostile_markup = st.sampled_from(
    [
        "# heading",
        "- list",
        "1. ordered",
        "> quote",
        "| a | b |",
        "*em* _em_ **strong**",
        "`code`",
        "[link](https://evil.example)",
        "![img](http://evil.example/x.png)",
        "<script>alert(1)</script>",
        "&amp; &#x41;",
        "===",
        "---",
        "    indented code",
        "```",
        "~~strike~~",
        '=HYPERLINK("http://x")',
        "line\nbreak\r\nand\rmore",
        "\\",
        "a\\",
    ]
)
texts = st.one_of(hostile, hostile_markup)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, name=texts)
def test_hostile_titles_and_names_show_as_written_in_markdown(title: str, name: str) -> None:
    review = review_with(title=title, name=name, other="Bas")
    text = render_markdown(build_report(review, ReportOptions(tz=AMS)))
    tokens = _md_tokens(text)
    assert _inline_kinds(tokens) <= {"text", "softbreak", "hardbreak"}
    items = [_inline_text(t) for i, t in enumerate(tokens) if _is_list_item(tokens, i)]
    assert f"{one_line(title)} (Plan)" in items
    assert one_line(name) in [h for _, h in _headings(tokens)]
    assert len([t for t in tokens if t.type == "table_open"]) == 5


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(answer=st.one_of(texts, st.text(max_size=200)))
def test_hostile_answers_stay_plain_paragraphs(answer: str) -> None:
    text = render_markdown(build_report(review_with(answer=answer), ReportOptions(tz=AMS)))
    tokens = _md_tokens(text)
    assert _inline_kinds(tokens) <= {"text", "softbreak", "hardbreak"}
    assert len(_headings(tokens)) == len(_headings(_md_tokens(_plain_report())))


def _plain_report() -> str:
    return render_markdown(build_report(review_with(answer="ok"), ReportOptions(tz=AMS)))


# --- HTML ------------------------------------------------------------------------------------


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "br",
    "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "figure", "figcaption", "svg",
    "g", "text", "rect", "img",
}  # fmt: skip


class _Collector(HTMLParser):
    """Every tag, every attribute value and all text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def _assert_self_contained(page: str) -> _Collector:
    parsed = _parse(page)
    assert set(parsed.tags) <= ALLOWED_TAGS
    for name, value in parsed.attributes:
        lowered = value.lower()
        if name in ("src", "href", "xlink:href", "action", "srcset", "poster"):
            assert lowered.startswith("data:"), (name, value)
        for scheme in ("http:", "https:", "//", "file:", "ftp:", "url("):
            assert scheme not in lowered or lowered.startswith("data:"), (name, value)
    return parsed


def test_the_html_page_is_self_contained_and_has_its_charts_inline() -> None:
    page = render_html(build_report(review_with(), ReportOptions(tz=AMS)))
    for scheme in ("http:", "https:", "//", "file:", "url("):
        assert scheme not in page
    parsed = _assert_self_contained(page)
    assert parsed.tags.count("svg") == 3
    assert "Content-Security-Policy" in page
    assert "What went well this week?" in "".join(parsed.text)


def test_chart_pictures_handed_in_are_embedded_as_data() -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    page = render_html(build_report(review_with(), ReportOptions(tz=AMS)), {"replies": png})
    parsed = _assert_self_contained(page)
    sources = [value for name, value in parsed.attributes if name == "src"]
    assert sources == ["data:image/png;base64,iVBORw0KGgpmYWtl"]
    assert parsed.tags.count("svg") == 2


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, name=texts, note=texts, answer=texts)
def test_hostile_text_is_escaped_in_html(title: str, name: str, note: str, answer: str) -> None:
    review = review_with(title=title, name=name, note=note, answer=answer)
    page = render_html(build_report(review, ReportOptions(tz=AMS)))
    parsed = _assert_self_contained(page)
    shown = " ".join(" ".join(parsed.text).split())
    assert one_line(title) in shown
    assert one_line(name) in shown


# --- CSV -------------------------------------------------------------------------------------


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, name=texts, note=st.one_of(texts, st.text(max_size=100)))
def test_the_csv_round_trips_and_no_cell_can_run_as_a_formula(
    title: str, name: str, note: str
) -> None:
    review = review_with(title=title, name=name, note=note)
    rows = _rows(render_csv(review, ReportOptions(tz=AMS)))
    assert rows[0] == list(columns(ReportOptions()))
    assert len(rows) == len(review.events) + 1
    for row in rows:
        assert len(row) == len(rows[0])
        assert not any(cell.startswith(FORMULA_TRIGGERS) for cell in row)
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert unsafe_cell(records[0]["task"]) == one_line(title)
    assert unsafe_cell(records[0]["requester"]) == one_line(name)
    assert records[0]["at"] == "2026-11-17T09:00:00+01:00"
    assert [r["event"] for r in records] == ["captured", "moved", "completed", "reply"]
    assert unsafe_cell(records[1]["note"]) == plain(note)


def test_csv_lines_end_with_crlf() -> None:
    data = render_csv(review_with(note="plain"), ReportOptions(tz=AMS))
    assert data.count(b"\r\n") == 5
    assert b"\n" not in data.replace(b"\r\n", b"")


# --- the value report ------------------------------------------------------------------------


def _all_formats(review: WeekReview, options: ReportOptions) -> Iterator[str]:
    report = build_report(review, options)
    yield render_markdown(report)
    yield render_html(report)
    yield render_csv(review, options).decode("utf-8-sig")


def test_the_value_report_leaves_out_answers_and_notes() -> None:
    options = ReportOptions(Variant.VALUE, tz=AMS)
    for text in _all_formats(review_with(), options):
        assert SECRET_ANSWER not in text
        assert SECRET_NOTE not in text
        assert "Ask for dates" not in text
        assert "Anna" in text
        assert "Bas" in text
    headings = [h for _, h in _headings(_md_tokens(next(_all_formats(review_with(), options))))]
    assert "Protected focus time" in headings
    assert "Requests renegotiated" in headings
    assert "Reflection" not in headings


def test_the_value_report_can_leave_out_other_requesters_names() -> None:
    review = review_with(other="Bartholomeus")
    options = ReportOptions(Variant.VALUE, hide_other_names=True, for_requester="anna", tz=AMS)
    for text in _all_formats(review, options):
        assert "Bartholomeus" not in text
        assert "Seating plan" not in text  # a task for someone else may name them
        assert "Anna" in text
        assert "Other requesters" in text


def test_hiding_names_without_a_reader_hides_every_name() -> None:
    options = ReportOptions(Variant.VALUE, hide_other_names=True, tz=AMS)
    for text in _all_formats(review_with(other="Bartholomeus"), options):
        assert "Anna" not in text
        assert "Bartholomeus" not in text


def test_the_reflection_variant_ignores_the_hide_names_option() -> None:
    options = ReportOptions(Variant.REFLECTION, hide_other_names=True, tz=AMS)
    assert "Bas" in render_markdown(build_report(review_with(), options))


# --- exporting a real week ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "export_format", [ExportFormat.MARKDOWN, ExportFormat.HTML, ExportFormat.CSV]
)
def test_a_week_from_the_store_is_exported_privately(
    uow: SqlUnitOfWork, tmp_path: Path, export_format: ExportFormat
) -> None:
    monday = datetime(2026, 11, 16, 9, tzinfo=AMS).astimezone(UTC)
    title = "=cmd|' /C calc'!A0"
    task = tasks.capture(uow, title, quadrant=Quadrant.DO, requester_name="Anna", now=monday)
    assert task.id is not None
    tasks.complete(uow, task.id, now=monday + timedelta(hours=2))
    reflection.save_reflection(uow, WEEK, {"went_well": "Cleared the desk"})
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"week.{export_format.value}"
    written = export_week(
        uow,
        "2026-W47",
        target,
        export_format,
        ReportOptions(tz=AMS),
        now=monday + timedelta(days=7),
    )
    assert written == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    if export_format is ExportFormat.CSV:
        cells = [cell for row in _rows(data) for cell in row]
        assert "'=cmd|' /C calc'!A0" in cells
    else:
        assert "Cleared the desk" in data.decode("utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


def test_an_empty_week_still_makes_a_whole_report() -> None:
    stats = week_stats(WEEK, (START, END), WeekCounts())
    review = WeekReview(stats)
    for variant in Variant:
        text = render_markdown(build_report(review, ReportOptions(variant, tz=AMS)))
        assert "Nothing this week." in text
        assert "The week in numbers" in [h for _, h in _headings(_md_tokens(text))]
        page = render_html(build_report(review, ReportOptions(variant, tz=AMS)))
        assert _assert_self_contained(page).tags.count("svg") == 0
    assert _rows(render_csv(review, ReportOptions(tz=AMS))) == [list(columns(ReportOptions()))]


def test_the_pdf_renderer_gets_html_without_svg_and_with_the_pictures() -> None:
    pages: list[str] = []

    def fake_pdf(page: str) -> bytes:
        pages.append(page)
        return b"%PDF-1.7 fake"

    data = render_week(
        review_with(),
        ExportFormat.PDF,
        ReportOptions(tz=AMS),
        chart_images={"quadrant_share": b"png"},
        pdf_renderer=fake_pdf,
    )
    assert data == b"%PDF-1.7 fake"
    parsed = _assert_self_contained(pages[0])
    assert "svg" not in parsed.tags
    assert [v for n, v in parsed.attributes if n == "src"] == ["data:image/png;base64,cG5n"]


def test_pdf_without_a_renderer_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="not available yet"):
        render_week(review_with(), ExportFormat.PDF, ReportOptions(tz=AMS))
    with pytest.raises(ExportFailed, match="not available yet"):
        prepare_export("2026-W47", tmp_path / "w.pdf", ExportFormat.PDF)
    assert list(tmp_path.iterdir()) == []

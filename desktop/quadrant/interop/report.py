"""The week report as a document model, built once and rendered as Markdown, HTML or PDF.

``build_report`` decides *what* a report says — which sections, which
figures, whose names — and the renderers only decide how it looks. So the
privacy rules of the value report (no reflection answers, no notes, other
requesters' names optionally left out) live in one place, and a new format
cannot forget them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta, tzinfo
from enum import StrEnum

from quadrant.domain.matrix import Quadrant
from quadrant.domain.reflection import (
    COMPARED_WEEKS,
    PROMPTS,
    Figure,
    WeekReview,
    WeekStats,
)
from quadrant.interop.report_labels import LANGUAGES, Labels


class Variant(StrEnum):
    """Who a report is for."""

    REFLECTION = "reflection"  # for myself: everything
    VALUE = "value"  # for my manager: no private answers or notes


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How to write a report.

    Attributes:
        variant: "my reflection" or "value report for my manager".
        language: "en" or "nl", for the report's own words.
        hide_other_names: in the value report, leave out the names of
            requesters other than ``for_requester`` (all names when that is None).
        for_requester: the manager the value report is for.
        tz: the time zone for times in files; None: this computer's.
    """

    variant: Variant = Variant.REFLECTION
    language: str = "en"
    hide_other_names: bool = False
    for_requester: str | None = None
    tz: tzinfo | None = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown report language {self.language!r}")

    @property
    def private(self) -> bool:
        """Whether answers and notes belong in the report."""
        return self.variant is Variant.REFLECTION

    @property
    def hides_names(self) -> bool:
        """Whether some requesters' names must be left out."""
        return self.variant is Variant.VALUE and self.hide_other_names

    def shows_name(self, name: str) -> bool:
        """Whether this requester's name may appear (the empty name always may)."""
        if not name or not self.hides_names:
            return True
        wanted = self.for_requester
        return wanted is not None and name.casefold() == wanted.strip().casefold()


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of text cells; ``numeric`` columns are right-aligned."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart: ``key`` names it for renderers that receive ready-made images."""

    key: str
    title: str
    bars: tuple[tuple[str, float], ...]
    percent: bool = False


Block = Heading | Paragraph | Table | BulletList | Chart


@dataclass(frozen=True, slots=True)
class Report:
    """A titled document of blocks, in one language."""

    title: str
    subtitle: str
    language: str
    blocks: tuple[Block, ...]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def plain(text: str) -> str:
    """User text fit for any document: line breaks kept, other control characters removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """User text for a table cell or a list item: one line, controls removed."""
    return " ".join(plain(text).split())


def build_report(review: WeekReview, options: ReportOptions) -> Report:
    """The report on one week, for the variant and language in ``options``."""
    t = Labels(options.language)
    stats = review.stats
    first = stats.start.astimezone(options.tz).date()  # tz None: this computer's zone
    last = first + timedelta(days=6)
    title_key = "title.reflection" if options.private else "title.value"
    blocks: list[Block] = []
    if not options.private:
        blocks.extend(_summary(review, t))
    blocks.extend(_numbers(stats, t))
    blocks.extend(_quadrants(stats, t))
    blocks.extend(_done(review, options, t))
    if not options.private:
        blocks.extend(_focus(stats, t))
        blocks.extend(_renegotiated(review, t))
    blocks.extend(_interruptions(stats, options, t))
    blocks.extend(_causes(stats, t))
    blocks.extend(_replies(stats, t))
    if options.private:
        blocks.extend(_notes(review, t))
        blocks.extend(_answers(review.answers, t))
    return Report(
        title=t(title_key, week=str(stats.week)),
        subtitle=t("period", first=t.day(first), last=t.day(last)),
        language=options.language,
        blocks=tuple(blocks),
    )


def _summary(review: WeekReview, t: Labels) -> list[Block]:
    counts = review.stats.counts
    share = counts.plan_share
    if share is None:
        return [Paragraph(t("summary_no_share"))]
    people = {d.requester.casefold() for d in review.done if d.requester}
    text = t(
        "summary", completed=counts.completed_total, people=len(people), share=t.percent(share)
    )
    return [Paragraph(text)]


def _figure_text(figure: Figure, value: float | None, t: Labels) -> str:
    if value is None:
        return t("dash")
    if figure is Figure.PLAN_SHARE:
        return t.percent(value)
    if figure is Figure.FOCUS_MINUTES:
        return t.duration(value)
    return t.number(value)


def _numbers(stats: WeekStats, t: Labels) -> list[Block]:
    rows = tuple(
        (
            t(f"fig.{item.figure.value}"),
            _figure_text(item.figure, item.value, t),
            _figure_text(item.figure, item.average, t),
        )
        for item in (stats.compared(figure) for figure in Figure)
    )
    headers = (t("col.figure"), t("col.this_week"), t("col.average", weeks=COMPARED_WEEKS))
    return [Heading(t("h.numbers")), Table(headers, rows, (False, True, True))]


def _quadrants(stats: WeekStats, t: Labels) -> list[Block]:
    counts = stats.counts
    rows = tuple(
        (t(f"quadrant.{q.key}"), str(counts.captured.get(q, 0)), str(counts.completed.get(q, 0)))
        for q in Quadrant
    )
    headers = (t("col.quadrant"), t("col.captured"), t("col.completed"))
    blocks: list[Block] = [Heading(t("h.quadrants")), Table(headers, rows, (False, True, True))]
    total = counts.completed_total
    if total:
        bars = tuple(
            (t(f"quadrant.{q.key}").split(" (")[0], counts.completed.get(q, 0) / total)
            for q in Quadrant
        )
        blocks.append(Chart("quadrant_share", t("chart.quadrant_share"), bars, percent=True))
    return blocks


def _name(name: str, options: ReportOptions, t: Labels) -> str:
    if not name:
        return t("no_requester")
    return one_line(name) if options.shows_name(name) else t("other_requesters")


def _by_shown_name(counts: Mapping[str, int], options: ReportOptions, t: Labels) -> Counter[str]:
    """Counts per requester with hidden names pooled into one "other requesters" entry."""
    shown: Counter[str] = Counter()
    for name, count in counts.items():
        shown[_name(name, options, t)] += count
    return shown


def _done(review: WeekReview, options: ReportOptions, t: Labels) -> list[Block]:
    blocks: list[Block] = [Heading(t("h.done"))]
    if not review.done:
        return [*blocks, Paragraph(t("nothing"))]
    groups: defaultdict[str, list[str]] = defaultdict(list)
    withheld = 0
    for task in review.done:
        if not options.shows_name(task.requester):
            withheld += 1
            continue
        quadrant = t(f"quadrant.{task.quadrant.key}").split(" (")[0]
        groups[_name(task.requester, options, t)].append(f"{one_line(task.title)} ({quadrant})")
    for name, titles in groups.items():
        blocks.extend([Heading(name, 3), BulletList(tuple(titles))])
    if withheld:
        blocks.extend(
            [Heading(t("other_requesters"), 3), BulletList((t("withheld_tasks", count=withheld),))]
        )
    return blocks


def _focus(stats: WeekStats, t: Labels) -> list[Block]:
    counts = stats.counts
    planned = counts.completed.get(Quadrant.PLAN, 0)
    if not planned:
        return [Heading(t("h.focus")), Paragraph(t("focus_none"))]
    text = t("focus_text", time=t.duration(counts.focus_minutes), count=planned)
    return [Heading(t("h.focus")), Paragraph(text)]


def _renegotiated(review: WeekReview, t: Labels) -> list[Block]:
    counts = review.stats.counts
    text = t(
        "renegotiated_text",
        replies=counts.replies_total,
        dropped=counts.dropped,
        moves=counts.moves_by_cause.get("reply", 0),
    )
    return [Heading(t("h.renegotiated")), Paragraph(text)]


def _interruptions(stats: WeekStats, options: ReportOptions, t: Labels) -> list[Block]:
    counts = stats.counts
    urgent = _by_shown_name(counts.interruptions, options, t)
    changes = _by_shown_name(counts.moves_by_requester, options, t)
    names = sorted(set(urgent) | set(changes), key=lambda n: (-urgent[n], -changes[n], n))
    blocks: list[Block] = [Heading(t("h.interruptions"))]
    if not names:
        return [*blocks, Paragraph(t("nothing"))]
    rows = tuple((n, str(urgent[n]), str(changes[n])) for n in names)
    headers = (t("col.requester"), t("col.urgent_requests"), t("col.changes"))
    blocks.append(Table(headers, rows, (False, True, True)))
    bars = tuple((n, float(urgent[n])) for n in names if urgent[n])
    if bars:
        blocks.append(Chart("disruptions", t("chart.disruptions"), bars))
    return blocks


def _causes(stats: WeekStats, t: Labels) -> list[Block]:
    moves = stats.counts.moves_by_cause
    blocks: list[Block] = [Heading(t("h.causes"))]
    if not moves:
        return [*blocks, Paragraph(t("nothing"))]
    ordered = sorted(moves.items(), key=lambda item: (-item[1], item[0]))
    rows = tuple((t(f"cause.{cause}"), str(count)) for cause, count in ordered)
    return [*blocks, Table((t("col.cause"), t("col.count")), rows, (False, True))]


_OUTCOMES = ("accepted", "pushed_back", "pending")


def _replies(stats: WeekStats, t: Labels) -> list[Block]:
    replies = stats.counts.replies
    blocks: list[Block] = [Heading(t("h.replies"))]
    if not replies:
        return [*blocks, Paragraph(t("nothing"))]
    totals = {kind: sum(outcomes.values()) for kind, outcomes in replies.items()}
    kinds = sorted(replies, key=lambda k: (-totals[k], k))
    rows = tuple(
        (
            t(f"kind.{kind}"),
            str(totals[kind]),
            *(str(replies[kind].get(outcome, 0)) for outcome in _OUTCOMES),
        )
        for kind in kinds
    )
    headers = (t("col.kind"), t("col.sent"), *(t(f"outcome.{o}") for o in _OUTCOMES))
    bars = tuple((t(f"kind.{kind}"), float(totals[kind])) for kind in kinds)
    return [
        *blocks,
        Table(headers, rows, (False, True, True, True, True)),
        Chart("replies", t("chart.replies"), bars),
    ]


def _notes(review: WeekReview, t: Labels) -> list[Block]:
    items = []
    for event in review.notes:
        source = t(f"quadrant.{event.from_quadrant.key}") if event.from_quadrant else ""
        target = t(f"quadrant.{event.to_quadrant.key}") if event.to_quadrant else ""
        line = t("move", title=one_line(event.task_title), source=source, target=target)
        reason = t(f"reason.{event.reason}") if event.reason else ""
        extra = [one_line(part) for part in (reason, event.note) if part.strip()]
        items.append(" — ".join([line, *extra]))
    if not items:
        return []
    return [Heading(t("h.notes")), BulletList(tuple(items))]


def _answers(answers: Mapping[str, str], t: Labels) -> list[Block]:
    blocks: list[Block] = [Heading(t("h.reflection"))]
    for prompt in PROMPTS:
        blocks.append(Heading(t(f"prompt.{prompt.key}"), 3))
        answer = plain(answers.get(prompt.key, "")).strip()
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", answer) if p.strip()]
        blocks.extend(Paragraph(p) for p in paragraphs or [t("not_answered")])
    return blocks


def block_texts(report: Report) -> Sequence[str]:
    """Every piece of text in the report, for tests and search (headings, cells, items)."""
    texts: list[str] = [report.title, report.subtitle]
    for block in report.blocks:
        if isinstance(block, Heading | Paragraph):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts.extend(block.headers)
            texts.extend(cell for row in block.rows for cell in row)
        elif isinstance(block, BulletList):
            texts.extend(block.items)
        else:
            texts.append(block.title)
            texts.extend(label for label, _ in block.bars)
    return texts

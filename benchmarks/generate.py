"""Build a deterministic "five-year heavy user" database for the benchmarks.

    python benchmarks/generate.py --data-dir DIR [--scale N] [--seed S] [--open N]

The schema comes from the real migrations (``upgrade_to_head``); the rows go
in through SQLAlchemy Core inserts on the real tables, so the file is exactly
what the app would have written. The same seed, scale and anchor day give
the same database, row for row.

At scale 1: 50,000 tasks (about 300 open), 200,000 reprioritisations (one
capture entry per task plus 150,000 moves), 5,000 replies, 260 weekly
reflections, 40 requesters and 300 templates in three packs. ``--scale 10``
is ten times the history (over ten times as many weeks) with the same number
of open tasks: start-up must not notice. The last complete week before the
anchor is a busy one (600 extra captures and their moves) for the week
statistics benchmark. Open tasks that are not urgent are due well after the
anchor, so the first start does not escalate anything: the store looks like
one the app has been keeping every day.

No ANALYZE runs: the app never runs it either, so the query planner sees a
generated store as it sees a user's. A ``benchmark-data.json`` beside the
database records what was built.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert

from quadrant.domain.reflection import IsoWeek
from quadrant.paths import resolve_paths
from quadrant.store.database import create_database_engine
from quadrant.store.migrate import upgrade_to_head
from quadrant.store.schema import (
    PackRow,
    ReflectionRow,
    ReplyRow,
    ReprioritisationRow,
    RequesterRow,
    TaskRow,
    TemplateRow,
)

TASKS = 50_000
MOVES = 150_000  # besides the one capture entry every task has
REPLIES = 5_000
WEEKS = 260
REQUESTERS = 40
TEMPLATES = 300
BUSY_WEEK_TASKS = 600
CHUNK = 20_000
POSITION_GAP = 1024
META_FILE = "benchmark-data.json"

QUADRANTS = ("do", "plan", "delegate", "drop")
FLAGS = {
    "do": (True, True),
    "plan": (False, True),
    "delegate": (True, False),
    "drop": (False, False),
}
CAUSES = ("self", "requester", "deadline", "reply", "import", "undo")
CAUSE_WEIGHTS = (45, 30, 15, 5, 3, 2)
REASONS = ("new request", "deadline moved", "manager's choice", "capacity", "waiting on others")
KINDS = ("decline", "postpone", "yes_if", "delegate", "hand_back", "ask_to_choose")
TONES = ("warm", "neutral", "firm")
PROMPTS = ("went_well", "learned", "added_value", "influence", "next_week")

FIRST = ("Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gert", "Hanna", "Ivo", "Jasmijn")
LAST = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer")
ROLES = ("director", "team lead", "board member", "project manager", "controller")
VERBS = ("Prepare", "Book", "Send", "Check", "Arrange", "Plan", "Update", "Order", "Draft",
         "Confirm", "Collect", "Schedule", "Review", "Reply to", "Print", "Archive")  # fmt: skip
OBJECTS = ("board meeting", "travel to Brussels", "quarterly report", "team lunch", "invoices",
           "visitor badges", "room booking", "minutes", "budget overview", "contract renewal",
           "newsletter", "onboarding pack", "expense claims", "agenda", "client dinner",
           "annual review", "offsite", "parking permits", "catering", "presentation")  # fmt: skip
DETAILS = ("for Monday", "before the deadline", "with finance", "for the directors",
           "second round", "as discussed", "incl. attachments", "urgent follow-up",
           "draft version", "for the new hires", "in Dutch and English", "")  # fmt: skip
NOTE_WORDS = ("call", "mail", "ask", "agenda", "printer", "supplier", "hotel", "train", "lunch",
              "signature", "approval", "version", "room", "guests", "budget", "slides")  # fmt: skip


@dataclass(frozen=True)
class Plan:
    """What to build: counts, the time span, and the seed."""

    seed: int
    scale: int
    open_tasks: int
    anchor: date
    tasks: int
    moves: int
    replies: int
    weeks: int

    @property
    def end(self) -> datetime:
        """The moment the history ends: midnight UTC of the anchor day."""
        return datetime(self.anchor.year, self.anchor.month, self.anchor.day, tzinfo=UTC)

    @property
    def start(self) -> datetime:
        """The moment the history begins."""
        return self.end - timedelta(weeks=self.weeks)

    @property
    def busy_week(self) -> IsoWeek:
        """The last complete ISO week before the anchor: the busy one."""
        return IsoWeek.containing(self.anchor).shifted(-1)


def make_plan(seed: int, scale: int, open_tasks: int, anchor: date) -> Plan:
    """The counts for a scale: history grows, the open tasks stay as they are."""
    return Plan(
        seed=seed,
        scale=scale,
        open_tasks=open_tasks,
        anchor=anchor,
        tasks=max(TASKS * scale, open_tasks + BUSY_WEEK_TASKS),
        moves=MOVES * scale,
        replies=REPLIES * scale,
        weeks=WEEKS * scale,
    )


# --- tasks ---------------------------------------------------------------------------------


@dataclass
class TaskDraft:
    """A task before it is stored; moves are generated from it."""

    id: int
    created: datetime
    final: str
    status: str
    closed: datetime | None
    requester: int | None
    deleted: bool


def _creation_times(rng: random.Random, plan: Plan) -> list[datetime]:
    """Creation moments, oldest first: spread over the span, plus the busy week."""
    span = (plan.end - plan.start).total_seconds() - 3600
    monday = plan.busy_week.monday
    busy_start = datetime(monday.year, monday.month, monday.day, 7, tzinfo=UTC)
    busy = [busy_start + timedelta(seconds=rng.uniform(0, 4.5 * 86400))
            for _ in range(BUSY_WEEK_TASKS)]  # fmt: skip
    spread = [plan.start + timedelta(seconds=rng.uniform(0, span))
              for _ in range(plan.tasks - BUSY_WEEK_TASKS)]  # fmt: skip
    return sorted(busy + spread)


def _open_ids(rng: random.Random, plan: Plan) -> set[int]:
    """Which tasks are still open: mostly recent ones, some old "someday" tasks."""
    recent = list(range(max(1, plan.tasks - 3 * plan.open_tasks), plan.tasks + 1))
    chosen = set(rng.sample(recent, min(len(recent), plan.open_tasks * 9 // 10)))
    while len(chosen) < plan.open_tasks:
        chosen.add(rng.randint(1, plan.tasks))
    return chosen


def _title(rng: random.Random) -> str:
    return " ".join(
        part for part in (rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(DETAILS)) if part
    )


def _notes(rng: random.Random) -> str:
    if rng.random() > 0.4:
        return ""
    return ". ".join(" ".join(rng.choices(NOTE_WORDS, k=rng.randint(4, 9))) for _ in range(2))


def build_tasks(
    rng: random.Random, plan: Plan, requesters: Sequence[int]
) -> tuple[list[dict[str, Any]], list[TaskDraft]]:
    """Task rows for the table, and the drafts the log is generated from."""
    created = _creation_times(rng, plan)
    open_ids = _open_ids(rng, plan)
    weights = [1 / (rank + 1) for rank in range(len(requesters))]  # a few managers ask most
    positions = dict.fromkeys(QUADRANTS, 0)
    rows: list[dict[str, Any]] = []
    drafts: list[TaskDraft] = []
    for task_id, at in enumerate(created, start=1):
        final = rng.choices(QUADRANTS, weights=(25, 35, 20, 20))[0]
        is_open = task_id in open_ids
        requester = rng.choices(requesters, weights)[0] if rng.random() < 0.75 else None
        status, closed, deleted = _fate(rng, plan, at, is_open)
        urgent, important = FLAGS[final]
        positions[final] += POSITION_GAP
        rows.append({
            "id": task_id, "title": _title(rng), "notes": _notes(rng),
            "requester_id": requester, "urgent": urgent, "important": important,
            "position": positions[final], "due_at": _due(rng, plan, at, is_open, urgent),
            "effort_minutes": rng.choice((None, None, 15, 30, 60, 90, 120, 240)),
            "status": status, "waiting_until": None,
            "external_uid": f"bench-{task_id}@example.org" if rng.random() < 0.05 else None,
            "created_at": at, "completed_at": closed if status in ("done", "dropped") else None,
            "deleted_at": closed if deleted else None,
        })  # fmt: skip
        drafts.append(TaskDraft(task_id, at, final, status, closed, requester, deleted))
    return rows, drafts


def _fate(
    rng: random.Random, plan: Plan, created: datetime, is_open: bool
) -> tuple[str, datetime | None, bool]:
    """Status, the moment the task left the matrix, and whether it was deleted."""
    if is_open:
        return ("waiting" if rng.random() < 0.1 else "open"), None, False
    closed = min(created + timedelta(hours=rng.expovariate(1 / 60)), plan.end - timedelta(hours=1))
    closed = max(closed, created + timedelta(minutes=1))
    roll = rng.random()
    if roll < 0.05:
        return "open", closed, True  # deleted while open
    return ("dropped" if roll < 0.17 else "done"), closed, False


def _due(
    rng: random.Random, plan: Plan, created: datetime, is_open: bool, urgent: bool
) -> datetime | None:
    if rng.random() > 0.45:
        return None
    if is_open and not urgent:  # past the urgency horizon: nothing escalates at start
        return plan.end + timedelta(days=rng.randint(10, 60), hours=16)
    return created + timedelta(days=rng.randint(0, 30), hours=rng.randint(0, 8))


# --- the log -------------------------------------------------------------------------------


def build_log(rng: random.Random, plan: Plan, drafts: Sequence[TaskDraft]) -> list[tuple[Any, ...]]:
    """Every reprioritisation as a compact tuple, sorted by moment (as the app appends them).

    Each task has its capture entry, then its share of the moves; the last
    move ends where the task stands now.
    """
    extra = [0] * len(drafts)
    for index in rng.choices(range(len(drafts)), k=plan.moves):
        extra[index] += 1
    entries: list[tuple[Any, ...]] = []
    for draft, count in zip(drafts, extra, strict=True):
        until = draft.closed or plan.end - timedelta(minutes=1)
        span = max((until - draft.created).total_seconds(), 60.0)
        moments = sorted(draft.created + timedelta(seconds=rng.uniform(1, span))
                         for _ in range(count))  # fmt: skip
        targets = [rng.choice(QUADRANTS) for _ in range(count)]
        if targets:
            targets[-1] = draft.final
        first = rng.choice(QUADRANTS) if targets else draft.final
        cause = "requester" if draft.requester else "self"
        entries.append((draft.created, draft.id, None, first, cause, draft.requester, None))
        current = first
        for at, target in zip(moments, targets, strict=True):
            cause = rng.choices(CAUSES, CAUSE_WEIGHTS)[0]
            by = draft.requester if cause == "requester" else None
            reason = rng.choice(REASONS) if rng.random() < 0.2 else None
            entries.append((at, draft.id, current, target, cause, by, reason))
            current = target
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    return entries


def _log_rows(entries: Sequence[tuple[Any, ...]]) -> Iterator[dict[str, Any]]:
    for number, (at, task_id, source, target, cause, by, reason) in enumerate(entries, start=1):
        yield {
            "id": number, "task_id": task_id, "at": at, "from_quadrant": source,
            "to_quadrant": target, "from_due": None, "to_due": None, "cause": cause,
            "requester_id": by, "reason_category": reason, "note": "",
        }  # fmt: skip


# --- replies, templates, reflections, requesters -------------------------------------------


def build_requesters(rng: random.Random, plan: Plan) -> list[dict[str, Any]]:
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    rng.shuffle(names)
    return [
        {"id": number, "name": name, "email": f"{name.split()[0].lower()}@example.org",
         "role": rng.choice(ROLES), "agreements": "", "created_at": plan.start}
        for number, name in enumerate(names[:REQUESTERS], start=1)
    ]  # fmt: skip


def build_templates(rng: random.Random, plan: Plan) -> tuple[list[dict[str, Any]], ...]:
    packs = [
        {"id": n, "uid": f"bench.pack.{n}", "name": f"Team pack {n}", "author": "Benchmark",
         "version": "1.0.0", "source_path": "", "imported_at": plan.start}
        for n in (1, 2, 3)
    ]  # fmt: skip
    templates = []
    for number in range(1, TEMPLATES + 1):
        kind, tone = rng.choice(KINDS), rng.choice(TONES)
        language = "nl" if number % 2 else "en"
        templates.append({
            "id": number, "uid": f"bench.{kind}.{tone}.{language}.{number}",
            "name": f"{kind.replace('_', ' ').capitalize()} ({tone}) #{number}",
            "kind": kind, "tone": tone, "language": language,
            "subject": "About {task}",
            "body": "Dear {requester},\n\nAbout {task}: " + " ".join(rng.choices(NOTE_WORDS, k=40)),
            "tags": "bench", "pack_id": 1 + number % 3, "builtin": False, "version": 1,
            "created_at": plan.start, "updated_at": plan.start, "deleted_at": None,
        })  # fmt: skip
    return packs, templates


def build_replies(
    rng: random.Random, plan: Plan, drafts: Sequence[TaskDraft]
) -> list[dict[str, Any]]:
    asked = [d for d in drafts if d.requester is not None]
    recent = plan.end - timedelta(days=14)
    rows = []
    for number in range(1, plan.replies + 1):
        draft = rng.choice(asked)
        at = draft.created + timedelta(minutes=rng.randint(5, 240))
        outcome = rng.choices(("pending", "accepted", "pushed_back"),
                              (50, 35, 15) if at > recent else (15, 60, 25))[0]  # fmt: skip
        follow_up = at + timedelta(days=3) if outcome == "pending" and rng.random() < 0.7 else None
        rows.append({
            "id": number, "task_id": draft.id, "requester_id": draft.requester,
            "template_id": rng.randint(1, TEMPLATES), "kind": rng.choice(KINDS),
            "tone": rng.choice(TONES), "language": rng.choice(("nl", "en")),
            "subject": "About your request", "body": " ".join(rng.choices(NOTE_WORDS, k=60)),
            "at": at, "outcome": outcome,
            "outcome_at": None if outcome == "pending" else at + timedelta(days=1),
            "follow_up_at": follow_up,
        })  # fmt: skip
    return rows


def build_reflections(rng: random.Random, plan: Plan) -> list[dict[str, Any]]:
    rows = []
    week = plan.busy_week
    for number in range(1, plan.weeks + 1):
        answers = {key: " ".join(rng.choices(NOTE_WORDS, k=25))
                   for key in rng.sample(PROMPTS, rng.randint(2, 5))}  # fmt: skip
        moment = datetime.combine(week.monday + timedelta(days=4), datetime.min.time(), UTC)
        rows.append({"id": number, "week": str(week), "answers": json.dumps(answers),
                     "created_at": moment, "updated_at": moment})  # fmt: skip
        week = week.shifted(-1)
    return rows


# --- writing -------------------------------------------------------------------------------


def _insert(
    connection: Connection, table: type[Any], rows: Iterator[dict[str, Any]] | list[Any]
) -> int:
    """Insert in chunks (bounded memory); returns the number of rows."""
    total = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            connection.execute(insert(table), batch)
            total += len(batch)
            batch = []
    if batch:
        connection.execute(insert(table), batch)
        total += len(batch)
    return total


def generate(data_dir: Path, plan: Plan) -> dict[str, int]:
    """Create the database in ``data_dir`` and fill it; returns the row counts."""
    paths = resolve_paths(data_dir)
    paths.create()
    if paths.database.exists() and paths.database.stat().st_size > 0:
        raise SystemExit(f"{paths.database} exists; use --force to replace it")
    engine = create_database_engine(paths.database)
    upgrade_to_head(engine, paths.database)
    rng = random.Random(plan.seed)
    requesters = build_requesters(rng, plan)
    task_rows, drafts = build_tasks(rng, plan, [r["id"] for r in requesters])
    packs, templates = build_templates(rng, plan)
    replies = build_replies(rng, plan, drafts)
    reflections = build_reflections(rng, plan)
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        counts["requester"] = _insert(connection, RequesterRow, requesters)
        counts["task"] = _insert(connection, TaskRow, task_rows)
        del task_rows
        log = build_log(rng, plan, drafts)
        counts["reprioritisation"] = _insert(connection, ReprioritisationRow, _log_rows(log))
        del log
        counts["pack"] = _insert(connection, PackRow, packs)
        counts["template"] = _insert(connection, TemplateRow, templates)
        counts["reply"] = _insert(connection, ReplyRow, replies)
        counts["reflection"] = _insert(connection, ReflectionRow, reflections)
    engine.dispose()  # the last connection to close checkpoints the WAL into the file
    counts["open"] = plan.open_tasks
    return counts


def write_meta(data_dir: Path, plan: Plan, counts: dict[str, int], seconds: float) -> None:
    meta = {**asdict(plan), "anchor": plan.anchor.isoformat(), "busy_week": str(plan.busy_week),
            "counts": counts, "seconds": round(seconds, 1)}  # fmt: skip
    (data_dir / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def read_meta(data_dir: Path) -> dict[str, Any]:
    """What ``generate`` recorded about a data folder (benchmarks read the busy week)."""
    meta: dict[str, Any] = json.loads((data_dir / META_FILE).read_text(encoding="utf-8"))
    return meta


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--scale", type=int, default=1, help="times the history (default 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--open", type=int, default=300, help="open tasks (default 300)")
    parser.add_argument("--anchor", type=date.fromisoformat, default=datetime.now(UTC).date(),
                        help="the day the history ends (default today, UTC)")  # fmt: skip
    parser.add_argument("--force", action="store_true", help="replace an existing database")
    args = parser.parse_args(argv)
    if args.scale < 1 or args.open < 0:
        parser.error("--scale must be at least 1 and --open at least 0")
    data_dir: Path = args.data_dir
    if args.force:
        for name in ("quadrant.sqlite3", "quadrant.sqlite3-wal", "quadrant.sqlite3-shm"):
            (data_dir / name).unlink(missing_ok=True)
    plan = make_plan(args.seed, args.scale, args.open, args.anchor)
    began = time.perf_counter()
    counts = generate(data_dir, plan)
    seconds = time.perf_counter() - began
    write_meta(data_dir, plan, counts, seconds)
    summary = ", ".join(f"{count:,} {name}" for name, count in counts.items())
    print(f"{data_dir}: {summary} in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

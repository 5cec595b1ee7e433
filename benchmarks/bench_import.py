"""Importing a 500-template pack, and a 10,000-VTODO .ics file, into a heavy-user store.

    python benchmarks/bench_import.py --data-dir DIR

Each import runs on a private copy of the store, the way the app runs it:
the pack is read and planned (``sharing.plan_import``) and applied with the
default decisions (``sharing.apply_import``); the calendar is parsed
(``interop.ical.parse_ics``) and imported in one unit of work
(``transfer.import_batch``). The files are built here, deterministically:
the pack with ``domain.packs``, the calendar as a task app writes one
(folded lines, dates with and without a time, priorities, categories,
completed and cancelled items). A feature the code base does not have yet
is reported as None ("n/a" in the table).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from harness import emit, private_database

PACK_TEMPLATES = 500
VTODOS = 10_000
WORDS = (
    "agenda", "budget", "visit", "travel", "contract", "lunch", "minutes", "report",
    "invoice", "badge", "room", "slides", "review", "hotel", "supplier", "signature",
)  # fmt: skip


def pack_bytes() -> bytes | None:
    """A pack of 500 templates of every kind, tone and language, or None without packs."""
    try:
        from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes
        from quadrant.domain.replies import Language, ReplyKind, Tone
        from quadrant.domain.templates import Template
    except ImportError:
        return None
    rng = random.Random(5)
    templates = []
    kinds, tones, languages = list(ReplyKind), list(Tone), list(Language)
    for number in range(PACK_TEMPLATES):
        kind, tone = kinds[number % len(kinds)], tones[number % len(tones)]
        language = languages[number % len(languages)]
        body = "Hello {requester},\n\nAbout {task}: " + " ".join(rng.choices(WORDS, k=70))
        name = f"{kind.value} {tone.value} {number}"
        templates.append(
            Template(f"bench.pack.{number}", name, kind, tone, language, "About {task}", body)
        )
    metadata = PackMetadata(uid="bench.pack.500", name="Benchmark pack", version="1.0.0")
    return pack_to_bytes(Pack(metadata, tuple(templates)))


def ics_bytes(count: int = VTODOS) -> bytes:
    """A calendar of ``count`` VTODOs, as other task apps write them."""
    rng = random.Random(9)
    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bench//Tasks 1.0//EN"]
    for number in range(count):
        created = start + timedelta(minutes=37 * number)
        summary = " ".join(rng.choices(WORDS, k=rng.randint(2, 6))).capitalize()
        lines += ["BEGIN:VTODO", f"UID:bench-{number}@tasks.example.org",
                  f"DTSTAMP:{created:%Y%m%dT%H%M%SZ}", f"CREATED:{created:%Y%m%dT%H%M%SZ}",
                  f"SUMMARY:{summary} #{number}"]  # fmt: skip
        if number % 3 == 0:
            lines.append(
                "DESCRIPTION:" + r"\n".join(" ".join(rng.choices(WORDS, k=12)) for _ in "ab")
            )
        if number % 4 == 0:
            lines.append(f"DUE;VALUE=DATE:{created + timedelta(days=rng.randint(1, 40)):%Y%m%d}")
        elif number % 4 == 1:
            lines.append(f"DUE:{created + timedelta(days=rng.randint(1, 40)):%Y%m%dT%H%M%SZ}")
        lines.append(f"PRIORITY:{rng.choice((0, 1, 3, 5, 7, 9))}")
        if number % 5 == 0:
            lines.append(f"CATEGORIES:{rng.choice(('Anna', 'Bram', 'Board'))},work")
        status = rng.choices(("NEEDS-ACTION", "IN-PROCESS", "COMPLETED", "CANCELLED"),
                             (60, 15, 20, 5))[0]  # fmt: skip
        lines.append(f"STATUS:{status}")
        if status == "COMPLETED":
            lines.append(f"COMPLETED:{created + timedelta(days=2):%Y%m%dT%H%M%SZ}")
        lines.append("END:VTODO")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")


def _fold(line: str) -> str:
    """RFC 5545 folding: at most 75 octets a line, continued after CRLF and a space."""
    if len(line) <= 75:
        return line
    parts = [line[:75]] + [line[i : i + 74] for i in range(75, len(line), 74)]
    return "\r\n ".join(parts)


def run_pack(data_dir: Path) -> dict[str, Any]:
    data = pack_bytes()
    try:
        from quadrant.services import sharing
    except ImportError:
        data = None
    if data is None:
        return {"pack_ms": None}
    database = private_database(data_dir)
    began = time.perf_counter()
    uow: Any = database.unit_of_work  # SqlUnitOfWork has every repository sharing needs
    result = sharing.apply_import(uow(), sharing.plan_import(uow(), data))
    elapsed = (time.perf_counter() - began) * 1000
    database.close()
    return {"pack_ms": elapsed, "pack_added": getattr(result, "added", None),
            "pack_bytes": len(data)}  # fmt: skip


def run_ics(data_dir: Path) -> dict[str, Any]:
    try:
        from quadrant.interop.ical import parse_ics
        from quadrant.services.transfer import import_batch
    except ImportError:
        return {"ics_ms": None}
    data = ics_bytes()
    database = private_database(data_dir)
    began, cpu_began = time.perf_counter(), time.process_time()
    batch = parse_ics(data)
    parsed, cpu_parsed = time.perf_counter(), time.process_time()
    summary = import_batch(database.unit_of_work(), batch)
    done, cpu_done = time.perf_counter(), time.process_time()
    database.close()
    return {
        "ics_ms": (done - began) * 1000,
        "ics_parse_ms": (parsed - began) * 1000,
        "ics_cpu_ms": (cpu_done - cpu_began) * 1000,
        "ics_parse_cpu_ms": (cpu_parsed - cpu_began) * 1000,
        "ics_created": summary.created,
        "ics_skipped": len(summary.skipped),
        "ics_bytes": len(data),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--only", choices=("pack", "ics"))
    args = parser.parse_args()
    result: dict[str, Any] = {}
    if args.only in (None, "pack"):
        result.update(run_pack(args.data_dir))
    if args.only in (None, "ics"):
        result.update(run_ics(args.data_dir))
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

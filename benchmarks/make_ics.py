"""Write a large, realistic .ics file of to-dos for the import benchmark.

    python benchmarks/make_ics.py --output FILE.ics [--todos 10000] [--seed S]

The file imitates what Thunderbird or Nextcloud export after years of use:
a VTIMEZONE, to-dos with UIDs, folded long descriptions, non-ASCII titles,
due dates as dates, as UTC times and as times in a named zone, priorities
across the whole 0–9 range, every status, categories with commas, and a few
events beside the to-dos (which an import counts and leaves alone). The same
seed gives the same bytes, so timings compare run to run.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

_ANCHOR = date(2026, 11, 23)
_VERBS = ("Prepare", "Book", "Send", "Check", "Plan", "Review", "Order", "Call", "Voorbereiden",
          "Regelen", "Nabellen", "Controleren", "Afspraak maken", "Uitzoeken")  # fmt: skip
_THINGS = ("board pack", "travel to Brussel", "quarterly figures", "zaal voor de heidag",
           "notulen", "offerte catering", "Café Zoë reservation", "jaarplanning", "budget 2027",
           "onboarding Émile", "kerstpakketten", "agenda MT-overleg")  # fmt: skip
_PEOPLE = ("Anne de Vries", "Pieter Jansen", "Sanne Bakker", "Mohammed El Amrani", "Joost Smit")
_STATUSES = ("NEEDS-ACTION",) * 6 + ("IN-PROCESS", "IN-PROCESS", "COMPLETED", "CANCELLED")
_TIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def fold(line: str) -> list[str]:
    """RFC 5545 folding: lines of at most 75 octets, continued with a leading space."""
    data = line.encode()
    parts: list[str] = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 sequence
            cut -= 1
        parts.append(data[:cut].decode())
        data = data[cut:]
        limit = 74  # the leading space counts
    parts.append(data.decode())
    return [parts[0], *(" " + part for part in parts[1:])]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _due(rng: random.Random) -> str | None:
    kind = rng.random()
    day = _ANCHOR + timedelta(days=rng.randint(-30, 120))
    if kind < 0.25:
        return None
    if kind < 0.55:
        return f"DUE;VALUE=DATE:{day:%Y%m%d}"
    if kind < 0.8:
        return f"DUE;TZID=Europe/Amsterdam:{day:%Y%m%d}T{rng.randint(8, 17):02d}0000"
    return f"DUE:{day:%Y%m%d}T{rng.randint(7, 16):02d}3000Z"


def todo(number: int, rng: random.Random) -> list[str]:
    """The lines of one VTODO."""
    stamp = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    created = stamp - timedelta(days=rng.randint(1, 900), minutes=rng.randint(0, 1440))
    status = rng.choice(_STATUSES)
    title = f"{rng.choice(_VERBS)} {rng.choice(_THINGS)} #{number}"
    lines = [
        "BEGIN:VTODO",
        f"UID:bench-{number:06d}-{rng.getrandbits(48):012x}@example.org",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"CREATED:{created:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{_escape(title)}",
        f"PRIORITY:{rng.randint(0, 9)}",
        f"STATUS:{status}",
    ]
    due = _due(rng)
    if due:
        lines.append(due)
    if rng.random() < 0.6:
        note = " ".join(rng.choice(_THINGS) for _ in range(rng.randint(3, 25)))
        lines.append(f"DESCRIPTION:{_escape(note + '; zie bijlage, graag vóór vrijdag.')}")
    if rng.random() < 0.4:
        lines.append(f"CATEGORIES:{_escape(rng.choice(_PEOPLE))},Werk\\, algemeen")
    if status == "COMPLETED":
        lines.append(f"COMPLETED:{created + timedelta(days=rng.randint(0, 20)):%Y%m%dT%H%M%SZ}")
    lines.append("END:VTODO")
    return [part for line in lines for part in fold(line)]


def event(number: int) -> list[str]:
    """A VEVENT: calendars export them beside to-dos; an import skips and counts them."""
    start = datetime(2026, 11, 24, 10, 0, tzinfo=UTC) + timedelta(days=number)
    return ["BEGIN:VEVENT", f"UID:event-{number}@example.org",
            f"DTSTAMP:{start:%Y%m%dT%H%M%SZ}", f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
            f"SUMMARY:Overleg {number}", "END:VEVENT"]  # fmt: skip


def calendar(todos: int, seed: int) -> bytes:
    """The whole file: a calendar with ``todos`` to-dos and one event per thousand."""
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quadrant//benchmark//EN"]
    lines.extend(_TIMEZONE.splitlines())
    for number in range(1, todos + 1):
        lines.extend(todo(number, rng))
        if number % 1000 == 0:
            lines.extend(event(number // 1000))
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True, metavar="FILE.ics")
    parser.add_argument("--todos", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    data = calendar(args.todos, args.seed)
    args.output.write_bytes(data)
    print(f"{args.output}: {args.todos} to-dos, {len(data) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

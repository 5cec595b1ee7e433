"""The whole benchmark suite: build the stores, run every benchmark, check the budgets.

    python benchmarks/run.py [--runs N] [--quick] [--work DIR] [--json FILE]

What ``make bench`` runs. The generated stores are kept in ``build/bench``
and reused while the generator, its seed and the day are the same. Every
benchmark runs in separate processes, several times; the table shows the
median, the spread (lowest–highest) and the ratio to the floor where one
applies, and checks each budget of ``budgets.toml``. Exits 1 when a budget
fails, 0 otherwise. A feature the code base does not have yet shows "n/a"
and fails nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bench_startup
from harness import BENCH_DIR, PYTHON, REPO, Summary, launch, run_json
from table import Row, render

SEED = 1


def _say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# --- stores --------------------------------------------------------------------------------


def _generator_hash() -> str:
    """Stores are rebuilt when the generator or the schema changes."""
    digest = hashlib.sha256((BENCH_DIR / "generate.py").read_bytes())
    for migration in sorted((REPO / "desktop/quadrant/store/migrations/versions").glob("*.py")):
        digest.update(migration.read_bytes())
    return digest.hexdigest()[:16]


def store(work: Path, name: str, *args: str) -> Path:
    """A generated store in ``work/name``, reused when it was built the same way today."""
    folder = work / name
    stamp = folder / "built-with.txt"
    wanted = f"{_generator_hash()} {datetime.now(UTC).date()} {' '.join(args)}"
    if stamp.exists() and stamp.read_text() == wanted:
        return folder
    subprocess.run(["rm", "-rf", str(folder)], check=True)
    began = time.perf_counter()
    command = [PYTHON, str(BENCH_DIR / "generate.py"), "--data-dir", str(folder), *args]
    subprocess.run(command, check=True, cwd=BENCH_DIR, stderr=subprocess.DEVNULL)
    _say(f"built {name} in {time.perf_counter() - began:.0f} s")
    stamp.write_text(wanted)
    return folder


def empty_store(work: Path) -> Path:
    """A migrated store without tasks (the first start after installing)."""
    folder = work / "empty"
    if not (folder / "quadrant.sqlite3").exists():
        code = (
            "import sys; from quadrant.paths import resolve_paths;"
            "from quadrant.store.database import create_database_engine;"
            "from quadrant.store.migrate import upgrade_to_head;"
            "p = resolve_paths(sys.argv[1]); p.create();"
            "e = create_database_engine(p.database); upgrade_to_head(e, p.database); e.dispose()"
        )
        subprocess.run([PYTHON, "-c", code, str(folder)], check=True)
    return folder


# --- running -------------------------------------------------------------------------------


def repeat(script: str, data_dir: Path, runs: int, *args: str) -> list[dict[str, Any]]:
    """``runs`` fresh processes of an in-process benchmark script."""
    command = [PYTHON, str(BENCH_DIR / script), "--data-dir", str(data_dir), *args]
    return [run_json(command) for _ in range(runs)]


def values(results: Sequence[dict[str, Any]], key: str, inner: str | None = None) -> list[float]:
    """One figure from each run, skipping runs that report None (a missing feature)."""
    found = []
    for result in results:
        value = result.get(key)
        if isinstance(value, dict) and inner is not None:
            value = value.get(inner)
        if isinstance(value, int | float):
            found.append(float(value))
    return found


def measure(work: Path, runs: int) -> dict[str, Any]:
    """Every benchmark; the raw results, for the table and the JSON file."""
    stores = {
        "empty": empty_store(work),
        "heavy": store(work, "heavy", "--seed", str(SEED)),
        "history x10": store(work, "history-x10", "--seed", str(SEED), "--scale", "10"),
    }
    filter_store = store(work, "open-10000", "--seed", str(SEED), "--open", "10000")
    _say("start-up: floors and app on the empty, heavy and 10x-history stores")
    results: dict[str, Any] = {"startup": bench_startup.measure(stores, runs)}
    floor_b = [launch(bench_startup.floor_b(filter_store)) for _ in range(3)]
    results["floor_b_open_10000_rss_mb"] = Summary.of([r.peak_rss_mb for r in floor_b]).__dict__
    steps: list[tuple[str, Callable[[], list[dict[str, Any]]]]] = [
        ("move", lambda: repeat("bench_move.py", stores["heavy"], 3)),
        ("filter", lambda: repeat("bench_filter.py", filter_store, 3)),
        ("week", lambda: repeat("bench_week.py", stores["heavy"], 3, "--runs", "6")),
        ("imports", lambda: repeat("bench_import.py", stores["heavy"], 3)),
    ]
    for name, step in steps:
        _say(name)
        results[name] = step()
    return results


# --- the table -----------------------------------------------------------------------------


def rows(results: dict[str, Any], budgets: dict[str, Any]) -> list[Row]:
    """The table: one row per figure, with its budget where it has one."""
    startup = results["startup"]
    table = [Row.of("Floor A: Qt window, 4 list views", [startup["floor_a_ms"]["median"]], "ms")]
    limit = budgets["startup"]["ratio_to_floor_b"]
    app_runs: dict[str, list[float]] = {}
    for name, figures in startup["stores"].items():
        floor = figures["floor_b_ms"]
        table.append(Row.summary(f"Floor B: + SQLAlchemy, {name} store", floor, "ms"))
        app = figures["app_ms"]
        app_runs[name] = figures["app_runs_ms"]
        ratio = figures["paired_ratio"]["median"]
        table.append(Row.summary(f"Start to populated paint, {name}", app, "ms", ratio=ratio,
                                 budget=f"≤ {limit:.2f} × B", ok=ratio <= limit))  # fmt: skip
        if figures.get("app_cpu_ms") and figures.get("floor_b_cpu_ms"):
            table += _cpu_rows(name, figures["app_cpu_ms"], figures["floor_b_cpu_ms"])
        if figures.get("app_ready_ms"):
            table.append(Row.summary(f"  … database layer ready, {name}",
                                     figures["app_ready_ms"], "ms"))  # fmt: skip
    # Paired by round, as the ratios to the floor: the heavy and 10x stores start in one round.
    rounds = zip(app_runs["history x10"], app_runs["heavy"], strict=True)
    growth = statistics.median(x10 / heavy for x10, heavy in rounds) - 1
    allowed = budgets["startup"]["history_growth"]
    table.append(Row.of("Start: 10x history vs heavy", [growth * 100], "%",
                        budget=f"< {allowed * 100:.0f} %", ok=growth < allowed))  # fmt: skip
    table += _interaction_rows(results, budgets)
    table += _memory_rows(results, budgets)
    return table


def _cpu_rows(name: str, app: dict[str, Any], floor: dict[str, Any]) -> list[Row]:
    """CPU time to the first paint: less disturbed than wall time on a busy machine."""
    label = f"  … CPU time to paint, {name} (floor B {floor['median']:.0f} ms)"
    return [Row.summary(label, app, "ms", ratio=app["median"] / floor["median"])]


def _interaction_rows(results: dict[str, Any], budgets: dict[str, Any]) -> list[Row]:
    move, keys = results["move"], results["filter"]
    week, imports = results["week"], results["imports"]
    table = [
        Row.of("Move p50 (500 moves, UI path)", values(move, "p50_ms"), "ms"),
        Row.budgeted("Move p95", values(move, "p95_ms"), budgets["move"]["p95_ms"]),
        Row.of("  … CPU time per move p50", values(move, "cpu_p50_ms"), "ms"),
        Row.of("  … CPU time per move p95", values(move, "cpu_p95_ms"), "ms"),
        Row.of("Filter keystroke p50 (10,000 open)", values(keys, "p50_ms"), "ms"),
        Row.budgeted("Filter keystroke p95", values(keys, "p95_ms"), budgets["filter"]["p95_ms"]),
        Row.of("Week statistics (5 weeks of counts)", values(week, "stats_ms", "median"), "ms"),
        Row.budgeted(
            "Week statistics + Markdown report",
            values(week, "stats_markdown_ms", "median"),
            budgets["week"]["stats_markdown_ms"],
        ),
    ]
    for name in ("md", "html", "csv"):
        table.append(Row.of(f"Export week as {name}", values(week, f"export_{name}_ms", "median"),
                            "ms"))  # fmt: skip
    table.append(Row.budgeted("Export week as pdf", values(week, "export_pdf_ms", "median"),
                              budgets["week"]["pdf_ms"]))  # fmt: skip
    table.append(Row.budgeted("Import pack of 500 templates", values(imports, "pack_ms"),
                              budgets["imports"]["pack_500_ms"]))  # fmt: skip
    table.append(Row.budgeted("Import .ics of 10,000 VTODOs", values(imports, "ics_ms"),
                              budgets["imports"]["vtodo_10000_ms"]))  # fmt: skip
    return table


def _memory_rows(results: dict[str, Any], budgets: dict[str, Any]) -> list[Row]:
    limit = budgets["memory"]["rss_ratio_to_floor_b"]
    heavy = results["startup"]["stores"]["heavy"]
    app, floor = heavy["app_rss_mb"]["median"], heavy["floor_b_rss_mb"]["median"]
    filtered = statistics.median(values(results["filter"], "peak_rss_mb"))
    filter_floor = results["floor_b_open_10000_rss_mb"]["median"]
    return [
        Row.of("Peak RSS floor B, heavy store", [floor], "MB"),
        Row.of("Peak RSS start (heavy store)", [app], "MB", ratio=app / floor,
               budget=f"≤ {limit:.2f} × B", ok=app / floor <= limit),
        Row.of("Peak RSS floor B, 10,000 open", [filter_floor], "MB"),
        Row.of("Peak RSS filter (10,000 open)", [filtered], "MB", ratio=filtered / filter_floor,
               budget=f"≤ {limit:.2f} × B", ok=filtered / filter_floor <= limit),
    ]  # fmt: skip


# --- the machine ---------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                 if line.startswith("model name")]  # fmt: skip
        cpu = f"{names[0] if names else platform.processor()} × {os.cpu_count()}"
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    import PySide6
    import sqlalchemy

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return {
        "cpu": cpu, "memory": memory, "os": platform.platform(),
        "python": platform.python_version(), "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__, "sqlite": sqlite3.sqlite_version,
        "qt platform": "offscreen", "load average at start": f"{load:.2f}",
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="start-up rounds (default 11)")
    parser.add_argument("--quick", action="store_true", help="3 start-up rounds")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    budgets = tomllib.loads((BENCH_DIR / "budgets.toml").read_text(encoding="utf-8"))
    args.work.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    about = machine()
    results = measure(args.work, 3 if args.quick else args.runs)
    table = rows(results, budgets)
    minutes = (time.perf_counter() - began) / 60
    print(render(table, about, minutes))
    target = args.json or args.work / "results.json"
    record = {"machine": about, "results": results, "table": [row.as_dict() for row in table]}
    target.write_text(json.dumps(record, indent=1))
    failed = [row.name for row in table if row.ok is False]
    if failed:
        print(f"\n{len(failed)} budget(s) failed: {', '.join(failed)}")
        return 1
    print("\nEvery budget passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

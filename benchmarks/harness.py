"""What every benchmark shares: the environment, child processes, and summaries.

Each measurement runs in a fresh process, so no run warms the next one's
caches beyond what the operating system keeps (as it would for a user who
opens the app fifty times a day). Times are CLOCK_MONOTONIC, which all
processes on Linux share: the parent notes the moment before it starts a
child, the child prints the moment it reaches its mark.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quadrant.app import Database

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
PYTHON = sys.executable
PAINT_MARK = "first-paint"
READY_MARK = "ready"
RESULT_MARK = "RESULT "


def bench_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: offscreen Qt, no Qt chatter, the app's bench hook."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.qpa.*=false",
        QUADRANT_BENCH_EXIT_AFTER_PAINT="1",
        PYTHONDONTWRITEBYTECODE="",
    )
    env.pop("QUADRANT_DATA_DIR", None)
    env.update(extra)
    return env


@dataclass(frozen=True)
class Launch:
    """One child process: when it painted (and was ready), its peak memory, its output."""

    paint_ms: float
    ready_ms: float | None
    peak_rss_mb: float
    stdout: str
    paint_cpu_ms: float | None = None


def launch(
    command: Sequence[str], env: dict[str, str] | None = None, timeout: float = 60
) -> Launch:
    """Start ``command``, wait for it, and read its marks and its peak RSS (from wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.monotonic()
        child = subprocess.Popen(
            list(command), stdout=out, stderr=err, env=env or bench_env(), cwd=BENCH_DIR
        )
        status, usage = _reap(child, began + timeout)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if status != 0:
        tail = stderr.strip().splitlines()[-5:]
        raise RuntimeError(f"{' '.join(command)} failed ({status}): {tail}")
    marks = _marks(stdout)
    if PAINT_MARK not in marks:
        raise RuntimeError(f"{' '.join(command)} printed no {PAINT_MARK!r} line")
    paint, cpu = marks[PAINT_MARK]
    ready = marks.get(READY_MARK)
    return Launch(
        paint_ms=(paint - began) * 1000,
        ready_ms=(ready[0] - began) * 1000 if ready is not None else None,
        peak_rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
        stdout=stdout,
        paint_cpu_ms=cpu * 1000 if cpu is not None else None,
    )


def _reap(child: subprocess.Popen[bytes], deadline: float) -> tuple[int, resource.struct_rusage]:
    """Wait for the child with wait4, which also tells its own peak memory."""
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            return child.returncode, usage
        if time.monotonic() > deadline:
            child.kill()
            os.wait4(child.pid, 0)
            raise RuntimeError(f"{child.args!r} did not finish in time")
        time.sleep(0.002)


def _marks(stdout: str) -> dict[str, tuple[float, float | None]]:
    """Each mark's moment, and the CPU time the process had used by then (if printed)."""
    marks: dict[str, tuple[float, float | None]] = {}
    for line in stdout.splitlines():
        name, *numbers = line.split()
        if name in (PAINT_MARK, READY_MARK) and numbers:
            cpu = float(numbers[1]) if len(numbers) > 1 else None
            marks[name] = (float(numbers[0]), cpu)
    return marks


def run_json(command: Sequence[str], timeout: float = 300) -> dict[str, Any]:
    """Run an in-process benchmark script; it prints one ``RESULT {json}`` line."""
    done = subprocess.run(
        list(command),
        capture_output=True,
        env=bench_env(QUADRANT_BENCH_EXIT_AFTER_PAINT=""),
        cwd=BENCH_DIR,
        timeout=timeout,
        check=False,
    )
    stdout = done.stdout.decode("utf-8", "replace")
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-8:]
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {tail}")
    for line in stdout.splitlines():
        if line.startswith(RESULT_MARK):
            result: dict[str, Any] = json.loads(line[len(RESULT_MARK) :])
            return result
    raise RuntimeError(f"{' '.join(command)} printed no result")


def emit(result: dict[str, Any]) -> None:
    """Print a benchmark's result for ``run_json`` (and for a person reading it)."""
    print(RESULT_MARK + json.dumps(result), flush=True)


def peak_rss_kb() -> int:
    """This process's peak resident memory so far (VmHWM), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


@dataclass(frozen=True)
class Summary:
    """Several runs of one figure: the median, and the spread as lowest and highest."""

    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        return cls(statistics.median(values), min(values), max(values), len(values))

    def spread(self) -> str:
        """The spread as text, for the table."""
        return f"{self.low:.1f}–{self.high:.1f}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of the values fall (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def private_copy(data_dir: Path) -> Path:
    """A copy of the store's data folder in a temporary folder (SQLite backup API)."""
    target = Path(tempfile.mkdtemp(prefix="quadrant-bench-")) / "data"
    target.mkdir()
    source = sqlite3.connect(f"file:{data_dir / 'quadrant.sqlite3'}?mode=ro", uri=True)
    copy = sqlite3.connect(target / "quadrant.sqlite3")
    with copy:
        source.backup(copy)
    source.close()
    copy.execute("PRAGMA journal_mode=WAL")
    copy.close()
    for extra in ("benchmark-data.json",):
        if (data_dir / extra).exists():
            shutil.copy(data_dir / extra, target / extra)
    return target


def private_database(data_dir: Path) -> Database:
    """The app's Database on a private copy of a store (for benchmarks that write)."""
    from quadrant.app import Database
    from quadrant.paths import resolve_paths

    database = Database(resolve_paths(private_copy(data_dir)))
    database.warm_up()  # the app has the database layer loaded long before an import
    return database

"""Figures about the built bundle: size, Qt libraries, start-up time against ``python -m quadrant``.

A benchmark, not a test: it prints numbers for the release notes and fails
only when it cannot run. Start-up is the wall time of a whole
``--screenshot`` run offscreen (start, open and migrate-check the store,
load the example week, paint, save the PNG, quit), after one warm-up run
each so both read from a warm file cache.

Usage (after ``make dist``): ``.venv/bin/python packaging/measure_bundle.py [--runs 5]``
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from build_dist import BUNDLE, archive_path, folder_size, project_version, qt_libraries
from smoke_test import SmokeTestFailed, isolated_environment, run_command

Timing = tuple[float, float]  # (wall seconds, CPU seconds of the process and its children)


def timed_run(command: list[str], env: dict[str, str]) -> Timing:
    """Run once; wall time, and the CPU time it used (user + system).

    CPU time barely changes when other work shares the machine, so it is the
    fairer comparison on a busy machine; wall time is what the user waits.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, check=False, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SmokeTestFailed(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def time_runs(
    commands: dict[str, list[str]], env: dict[str, str], runs: int
) -> dict[str, list[Timing]]:
    """Timings of each command, after one untimed warm-up run each.

    The commands take turns, so a change in the machine's load during the
    measurement hits both alike.
    """
    for command in commands.values():
        timed_run(command, env)
    timings: dict[str, list[Timing]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            timings[name].append(timed_run(command, env))
    return timings


def describe(timings: list[Timing]) -> str:
    """Median and fastest wall time, and median CPU time, in milliseconds."""
    wall = [w for w, _ in timings]
    cpu = [c for _, c in timings]
    return (
        f"wall median {statistics.median(wall) * 1000:.0f} ms (min {min(wall) * 1000:.0f}), "
        f"CPU median {statistics.median(cpu) * 1000:.0f} ms, n={len(timings)}"
    )


def main() -> int:
    """Print the figures; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    binary = BUNDLE / "quadrant"
    if not binary.exists():
        print("measure_bundle: no bundle; run make dist first", file=sys.stderr)
        return 1
    archive = archive_path(project_version())
    print(f"bundle folder: {folder_size(BUNDLE) / 1e6:.0f} MB ({BUNDLE})")
    if archive.exists():
        print(f"archive: {archive.stat().st_size / 1e6:.0f} MB ({archive.name})")
    print(f"Qt libraries: {', '.join(qt_libraries(BUNDLE))}")
    with tempfile.TemporaryDirectory(prefix="quadrant-measure-") as folder:
        root = Path(folder)
        env = isolated_environment(root / "home")
        data = root / "data"
        run_command([binary, "--data-dir", data, "demo"], env)
        shot = ["--data-dir", str(data), "--screenshot", str(root / "shot.png")]
        commands = {
            "frozen bundle": [str(binary), *shot],
            "python -m quadrant": [sys.executable, "-m", "quadrant", *shot],
        }
        try:
            seconds = time_runs(commands, env, runs)
        except SmokeTestFailed as error:
            print(f"measure_bundle: {error}", file=sys.stderr)
            return 1
    for name, measured in seconds.items():
        print(f"start-up, {name + ':':20} {describe(measured)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

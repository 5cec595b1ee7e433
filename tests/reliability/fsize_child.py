"""Runs Quadrant under a file size limit (RLIMIT_FSIZE): the operating system's "disk full".

Past the limit, every write that would grow a file fails with EFBIG, exactly
where a full disk fails with ENOSPC, without filling anyone's disk. SIGXFSZ
is ignored so that the write fails instead of the process dying.

Usage:
    fsize_child.py cli LIMIT_BYTES QUADRANT_ARGS...
        run the command line under the limit; exits with its status.
    fsize_child.py capture LIMIT_BYTES DATA_DIR
        capture tasks with long notes until saving fails, lift the limit,
        capture again; prints one JSON line with what happened.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path


def limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))


def lift_limit() -> None:
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))


def run_cli(limit: int, arguments: list[str]) -> int:
    from quadrant.cli import main

    limit_file_size(limit)
    return main(arguments)


def capture_until_full(limit: int, data_dir: str) -> int:
    from quadrant.app import Database
    from quadrant.domain.errors import QuadrantError
    from quadrant.domain.matrix import Quadrant
    from quadrant.paths import resolve_paths
    from quadrant.services import tasks

    database = Database(resolve_paths(Path(data_dir)))
    database.warm_up()
    limit_file_size(limit)
    saved: list[int] = []
    failure: dict[str, str] = {}
    for number in range(1000):
        try:
            task = tasks.capture(
                database.unit_of_work(), f"full {number}", quadrant=Quadrant.PLAN,
                notes=f"note {number} " + "x" * 60_000,
            )  # fmt: skip
        except QuadrantError as e:
            failure = {"type": type(e).__name__, "message": str(e), "attempt": f"full {number}"}
            break
        assert task.id is not None
        saved.append(task.id)
    lift_limit()
    retried = tasks.capture(database.unit_of_work(), failure.get("attempt", "-"),
                            quadrant=Quadrant.PLAN)  # fmt: skip
    database.close()
    print(json.dumps({"saved": saved, "failure": failure, "retried": retried.id}), flush=True)
    return 0


if __name__ == "__main__":
    mode, limit_bytes, *rest = sys.argv[1:]
    if mode == "cli":
        sys.exit(run_cli(int(limit_bytes), rest))
    sys.exit(capture_until_full(int(limit_bytes), rest[0]))

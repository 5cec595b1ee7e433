"""Running Quadrant as a real process, the way a user or a desktop would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def quadrant(*args: str, env: dict[str, str] | None = None, timeout: float = 60,
             cwd: Path | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Run ``python -m quadrant`` with the given arguments."""
    return subprocess.run(
        [sys.executable, "-m", "quadrant", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        check=False,
    )


def require_xvfb() -> str:
    """The xvfb-run command, or skip saying what to install."""
    command = shutil.which("xvfb-run")
    if command is None:
        pytest.skip(
            "xvfb-run is missing: apt-get install xvfb xauth (make test installs it as root)"
        )
    return command


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG header."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")

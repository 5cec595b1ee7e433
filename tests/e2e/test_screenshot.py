"""The real app in a real X server: it starts, paints its matrix, and writes nothing else."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

from tests.e2e.helpers import png_size, quadrant, require_xvfb


def distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    step = 7
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})  # fmt: skip


def test_screenshot_on_xvfb_shows_the_populated_matrix(tmp_path: Path) -> None:
    xvfb_run = require_xvfb()
    data = tmp_path / "data"
    assert quadrant("--data-dir", str(data), "demo").returncode == 0
    shot = tmp_path / "window.png"
    result = _run_under_xvfb(xvfb_run, data, shot)
    assert result.returncode == 0, result.stderr
    width, height = png_size(shot)
    assert width >= 900 and height >= 600
    assert distinct_colours(shot) > 20, "the window looks blank"


def test_a_run_writes_nothing_outside_the_data_dir(tmp_path: Path) -> None:
    home = tmp_path / "home"
    work = tmp_path / "cwd"
    home.mkdir()
    work.mkdir()
    data = tmp_path / "data"
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    assert quadrant("--data-dir", str(data), "demo", env=env, cwd=work).returncode == 0
    shot = data / "shot.png"
    result = quadrant("--data-dir", str(data), "--screenshot", str(shot), env=env, cwd=work)
    assert result.returncode == 0, result.stderr
    assert list(home.rglob("*")) == []
    assert list(work.rglob("*")) == []
    assert shot.is_file()


def _run_under_xvfb(xvfb_run: str, data: Path, shot: Path) -> object:
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    return subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x1024x24", sys.executable, "-m", "quadrant",
         "--data-dir", str(data), "--screenshot", str(shot)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip

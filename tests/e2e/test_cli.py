"""The command line as a user meets it: clear one-line errors, never a traceback."""

from __future__ import annotations

from pathlib import Path

from quadrant import __version__
from tests.e2e.helpers import quadrant


def test_version_is_the_package_version() -> None:
    result = quadrant("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"quadrant {__version__}"


def test_bad_arguments_give_one_line_and_status_2() -> None:
    result = quadrant("--no-such-option")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_demo_fills_an_empty_store_and_refuses_a_second_time(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = quadrant("--data-dir", str(data), "demo")
    assert first.returncode == 0, first.stderr
    assert "25 tasks" in first.stdout
    second = quadrant("--data-dir", str(data), "demo")
    assert second.returncode == 2
    assert "--force" in second.stderr and "Traceback" not in second.stderr
    forced = quadrant("--data-dir", str(data), "demo", "--force", "--language", "nl")
    assert forced.returncode == 0


def test_the_data_dir_can_come_from_the_environment(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = quadrant("demo", env={"QUADRANT_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "quadrant.sqlite3").is_file()

"""``quadrant export-week`` as a user runs it: a real process, a real data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from quadrant.domain.matrix import Quadrant
from quadrant.services import reflection, tasks
from quadrant.store.unit_of_work import SqlUnitOfWork

AMS = ZoneInfo("Europe/Amsterdam")


def run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quadrant", *map(str, arguments)],
        env={**os.environ, "TZ": "Europe/Amsterdam"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def store(uow: SqlUnitOfWork, data_dir: Path) -> Path:
    """A data folder holding one task done for Anna in 2026-W47, and an answer."""
    monday = datetime(2026, 11, 16, 9, tzinfo=AMS).astimezone(UTC)
    task = tasks.capture(
        uow, "Book the room", quadrant=Quadrant.PLAN, requester_name="Anna", now=monday
    )
    assert task.id is not None
    tasks.complete(uow, task.id, now=monday + timedelta(hours=3))
    reflection.save_reflection(uow, "2026-W47", {"went_well": "A quiet Monday"})
    return data_dir


@pytest.mark.parametrize(
    ("export_format", "expected"),
    [
        ("md", "# Week 2026-W47: my reflection"),
        ("html", "<!DOCTYPE html>"),
        ("csv", "Book the room"),
    ],
)
def test_export_writes_the_file_and_exits_0(
    store: Path, tmp_path: Path, export_format: str, expected: str
) -> None:
    output = tmp_path / f"week.{export_format}"
    result = run(
        "export-week",
        "--week",
        "2026-W47",
        "--format",
        export_format,
        "--output",
        output,
        "--data-dir",
        store,
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote week 2026-W47" in result.stdout
    assert expected in output.read_text(encoding="utf-8-sig")


def test_the_value_report_in_dutch_leaves_out_the_answers(store: Path, tmp_path: Path) -> None:
    output = tmp_path / "waarde.md"
    result = run(
        "--data-dir",
        store,
        "export-week",
        "--week",
        "2026-W47",
        "--format",
        "md",
        "--variant",
        "value",
        "--language",
        "nl",
        "--output",
        output,
    )
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    assert "Wat er gedaan is, en voor wie" in text
    assert "Book the room" in text
    assert "A quiet Monday" not in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--week", "2026-47", "--format", "md"), "is not a week"),
        (("--week", "2027-W53", "--format", "md"), "2027 has weeks 1 to 52"),
        (("--week", "2026-W47", "--format", "docx"), "invalid choice"),
        (("--week", "2026-W54", "--format", "pdf"), "2026 has weeks 1 to 53"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    store: Path, tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    output = tmp_path / "week.out"
    result = run("export-week", *arguments, "--output", output, "--data-dir", store)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_an_unwritable_path_is_one_line_and_status_2(store: Path, tmp_path: Path) -> None:
    output = tmp_path / "missing" / "week.md"
    result = run(
        "export-week",
        "--week",
        "2026-W47",
        "--format",
        "md",
        "--output",
        output,
        "--data-dir",
        store,
    )
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"quadrant: error: Cannot write {output}: {output.parent} does not exist."
    )


def test_a_missing_data_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    nowhere = tmp_path / "no-data-here"
    result = run(
        "export-week",
        "--week",
        "2026-W47",
        "--format",
        "md",
        "--output",
        tmp_path / "w.md",
        "--data-dir",
        nowhere,
    )
    assert result.returncode == 2
    assert "There is no Quadrant data" in result.stderr
    assert not nowhere.exists()

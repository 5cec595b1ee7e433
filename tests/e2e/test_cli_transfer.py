"""The headless way in and out: `quadrant import / export-all / restore-snapshot / backup /
check / restore` as a person types them, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import icalendar

from tests.integration.test_snapshot import every_table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def quadrant(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quadrant", *map(str, args), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("quadrant: error: ")


def test_import_twice_export_and_a_snapshot_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = quadrant("import", FIXTURES / "ics" / "thunderbird.ics", data_dir=data)
    assert first.returncode == 0, first.stderr
    assert "3 new" in first.stdout
    again = quadrant("import", FIXTURES / "ics" / "thunderbird.ics", data_dir=data)
    assert "0 new, 0 updated, 3 unchanged" in again.stdout
    assert any("import" in p.name for p in (data / "backups").iterdir())  # backup before import
    csv_import = quadrant("import", FIXTURES / "csv" / "outlook_en.csv", data_dir=data)
    assert "4 new" in csv_import.stdout, csv_import.stderr

    ics = tmp_path / "open.ics"
    assert quadrant("export-tasks", "--output", ics, data_dir=data).returncode == 0
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    assert len(calendar.walk("VTODO")) == 4  # open and waiting only
    everything = tmp_path / "all.csv"
    assert quadrant("export-tasks", "--output", everything, "--all", data_dir=data).returncode == 0
    assert everything.read_bytes().startswith(b"\xef\xbb\xbfTitle,")

    snapshot = tmp_path / "snapshot.json"
    assert quadrant("export-all", "--output", snapshot, data_dir=data).returncode == 0
    other = tmp_path / "other"
    restored = quadrant("restore-snapshot", snapshot, data_dir=other)
    assert restored.returncode == 0, restored.stderr
    assert every_table(other / "quadrant.sqlite3") == every_table(data / "quadrant.sqlite3")
    assert_one_line_error(quadrant("restore-snapshot", snapshot, data_dir=other))


def test_bad_input_gives_one_line_and_status_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert_one_line_error(quadrant("import", FIXTURES / "ics" / "binary.bin", data_dir=data))
    assert_one_line_error(quadrant("import", FIXTURES / "ics" / "vcard.vcf", data_dir=data))
    assert_one_line_error(quadrant("import", tmp_path / "missing.ics", data_dir=data))
    garbage = tmp_path / "garbage.json"
    garbage.write_text('{"format": "quadrant-snapshot", "format_version": 1, "tables": 3}')
    assert_one_line_error(quadrant("restore-snapshot", garbage, data_dir=data))
    assert_one_line_error(quadrant("check", data_dir=tmp_path / "nothing"))
    assert_one_line_error(quadrant("restore", "newest", data_dir=tmp_path / "nothing"))


def test_backup_check_and_restore_after_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    database = data / "quadrant.sqlite3"
    assert quadrant("import", FIXTURES / "ics" / "outlook.ics", data_dir=data).returncode == 0
    backup = quadrant("backup", data_dir=data)
    assert backup.returncode == 0 and "verified" in backup.stdout
    check = quadrant("check", data_dir=data)
    assert (check.returncode, check.stdout.strip().endswith(": ok")) == (0, True)

    damaged = bytearray(database.read_bytes())
    damaged[4096 : 4096 + 16] = b"\xff" * 16  # the first table page
    database.write_bytes(bytes(damaged))
    broken = quadrant("check", data_dir=data)
    assert broken.returncode == 1
    assert "Traceback" not in broken.stderr

    listing = quadrant("list-backups", data_dir=data)
    assert "2 tasks" in listing.stdout
    restore = quadrant("restore", "newest", data_dir=data)
    assert restore.returncode == 0, restore.stderr
    assert "kept aside" in restore.stdout
    assert list(data.glob("quadrant.sqlite3.corrupt-*"))
    assert quadrant("check", data_dir=data).returncode == 0

"""What the CLI's language costs a real process: English loads no Qt, Dutch only QtCore."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.helpers import quadrant

ROOT = Path(__file__).resolve().parents[2]

# Runs `quadrant ARGS…` in-process in a fresh interpreter, with the catalogue folder given
# first (compiled from the committed .ts), and reports the status and the Qt modules loaded.
PROBE = """
import json, sys
from pathlib import Path
from quadrant.cli import main, speech
speech.catalogue_folder = lambda: Path(sys.argv[1])
status = main(sys.argv[2:])
loaded = sorted(name for name in sys.modules if name.startswith("PySide6"))
print(json.dumps({"status": status, "qt": loaded}))
"""


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("catalogues")
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lrelease"),
            "-silent",
            str(ROOT / "resources" / "translations" / "quadrant_nl.ts"),
            "-qm",
            str(target / "quadrant_nl.qm"),
        ],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    assert quadrant("--data-dir", str(folder), "demo").returncode == 0
    return folder


def _probe(
    catalogues: Path, language: dict[str, str], *args: str
) -> tuple[dict[str, object], str, str]:
    variables = (
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "QUADRANT_LANGUAGE",
    )
    env = {k: v for k, v in os.environ.items() if k not in variables}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(catalogues), *args],
        env={**env, **language},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    *printed, report = result.stdout.strip().splitlines()
    return json.loads(report), "\n".join(printed), result.stderr.strip()


@pytest.mark.parametrize("args", [("check",), ("list-backups",), ("import", "missing.ics")])
def test_an_english_run_never_imports_qt(catalogues: Path, data: Path, args: tuple[str]) -> None:
    report, _, _ = _probe(catalogues, {"LANG": "en_US.UTF-8"}, "--data-dir", str(data), *args)
    assert report["qt"] == []


def test_a_dutch_run_loads_qtcore_only_and_speaks_dutch(catalogues: Path, data: Path) -> None:
    report, out, _ = _probe(catalogues, {"LANG": "nl_NL.UTF-8"}, "--data-dir", str(data), "check")
    assert report["status"] == 0
    assert out == f"{data / 'quadrant.sqlite3'}: in orde"
    assert "PySide6.QtCore" in report["qt"]
    assert not {"PySide6.QtGui", "PySide6.QtWidgets"} & set(report["qt"])


def test_a_dutch_error_is_one_line_with_status_2(catalogues: Path, tmp_path: Path) -> None:
    report, out, err = _probe(
        catalogues, {"QUADRANT_LANGUAGE": "nl"}, "--data-dir", str(tmp_path), "backup"
    )
    assert (report["status"], out) == (2, "")
    assert err == f"quadrant: fout: Er staan geen gegevens van Quadrant in {tmp_path}."

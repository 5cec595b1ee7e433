"""The command line in Dutch: every summary, the one-line error, and how the language is chosen.

Run in-process (``quadrant.cli.main``) against real data folders; the
catalogues are compiled from the committed .ts files, so these tests check
the translations that ship, not a stale build.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quadrant.cli import main, speech
from quadrant.cli.speech import CommandLine, choose_language
from quadrant.domain.matrix import Quadrant
from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.task import MAX_TITLE_CHARS
from quadrant.domain.templates import Template
from quadrant.services import tasks
from quadrant.services.settings import LANGUAGE_KEY
from quadrant.store.database import create_database_engine
from quadrant.store.unit_of_work import SqlUnitOfWork

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
Run = tuple[int, str, str]
RunCli = Callable[..., Run]


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """quadrant_nl.qm compiled from the committed source (what `make translations` does)."""
    target = tmp_path_factory.mktemp("catalogues")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    source = ROOT / "resources" / "translations" / "quadrant_nl.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(target / "quadrant_nl.qm")],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture
def dutch(catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """QUADRANT_LANGUAGE=nl, with the freshly compiled catalogue; English again afterwards."""
    monkeypatch.setenv(speech.LANGUAGE_ENV, "nl")
    monkeypatch.setattr(speech, "catalogue_folder", lambda: catalogues)
    yield
    CommandLine.speak("en")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """``quadrant ARGS…`` in-process: (status, stdout, stderr), stripped."""

    def run_cli(*argv: str | Path) -> Run:
        status = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return status, out.strip(), err.strip()

    return run_cli


def _demo(run: RunCli, data: Path) -> None:
    assert run("--data-dir", data, "demo") == (
        0, f"Voorbeeldweek toegevoegd: 25 taken in {data}", "",
    )  # fmt: skip


def _digest(database: Path) -> str:
    return hashlib.sha256(database.read_bytes()).hexdigest()


@pytest.mark.usefixtures("dutch")
def test_demo_and_empty_trash_say_it_in_dutch_with_singular_and_plural(
    run: RunCli, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    _demo(run, data)
    assert run("--data-dir", data, "empty-trash") == (
        0, "0 verwijderde taken voorgoed gewist.", "",
    )  # fmt: skip
    engine = create_database_engine(data / "quadrant.sqlite3")
    uow = SqlUnitOfWork(engine)
    task = tasks.capture(uow, "Gone soon", quadrant=Quadrant.DO)
    assert task.id is not None
    tasks.delete(uow, task.id)
    engine.dispose()
    assert run("--data-dir", data, "empty-trash") == (
        0, "1 verwijderde taak voorgoed gewist.", "",
    )  # fmt: skip


@pytest.mark.usefixtures("dutch")
def test_a_task_import_and_the_task_export_say_it_in_dutch(run: RunCli, tmp_path: Path) -> None:
    data = tmp_path / "d"
    first = run("--data-dir", data, "import", FIXTURES / "ics" / "thunderbird.ics")
    assert first == (
        0, "3 taken geïmporteerd uit thunderbird.ics: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd.", "",
    )  # fmt: skip
    status, out, _ = run("--data-dir", data, "import", FIXTURES / "ics" / "google.ics")
    assert status == 0 and re.match(r"\d+ ta(ak|ken) geïmporteerd uit google\.ics: ", out)
    target = tmp_path / "open.csv"
    status, out, _ = run("--data-dir", data, "export-tasks", "--output", target)
    assert (status, out) == (0, f"{out.split()[0]} taken opgeslagen in {target}")


@pytest.mark.usefixtures("dutch")
def test_a_snapshot_out_and_back_in_says_it_in_dutch(run: RunCli, tmp_path: Path) -> None:
    data, other, snapshot = tmp_path / "d", tmp_path / "other", tmp_path / "all.json"
    _demo(run, data)
    status, out, _ = run("--data-dir", data, "export-all", "--output", snapshot)
    assert status == 0
    assert re.fullmatch(
        rf"\d+ tabellen \((\d+) rijen\) opgeslagen in {re.escape(str(snapshot))}", out
    )
    rows = re.findall(r"\((\d+) rijen\)", out)[0]
    status, out, _ = run("--data-dir", other, "restore-snapshot", snapshot)
    assert status == 0
    assert re.fullmatch(
        rf"{rows} rijen teruggezet uit een momentopname van \d{{4}}-\d\d-\d\d \d\d:\d\d UTC\.", out
    )


@pytest.mark.usefixtures("dutch")
def test_backup_check_list_and_restore_say_it_in_dutch(run: RunCli, tmp_path: Path) -> None:
    data = tmp_path / "d"
    database = data / "quadrant.sqlite3"
    _demo(run, data)
    status, out, _ = run("--data-dir", data, "backup")
    assert status == 0 and out.startswith("Back-up gemaakt en gecontroleerd: ")
    assert run("--data-dir", data, "check") == (0, f"{database}: in orde", "")
    (data / "backups" / "quadrant-20260101T000000000000Z-manual.sqlite3").write_bytes(b"junk")
    status, out, _ = run("--data-dir", data, "list-backups")
    assert status == 0
    assert re.search(r"\s\d+ taken\s", out) and "onleesbaar" in out

    damaged = bytearray(database.read_bytes())
    damaged[4096 : 4096 + 16] = b"\xff" * 16
    database.write_bytes(bytes(damaged))
    status, _, err = run("--data-dir", data, "check")
    assert (status, err) == (1, f"{database} is beschadigd; zie 'quadrant restore --help'.")
    newest = sorted((data / "backups").glob("*manual*"))[-1].name
    status, out, _ = run("--data-dir", data, "restore", newest)
    assert status == 0
    kept, restored = out.splitlines()
    assert kept.startswith("De beschadigde database is apart bewaard als quadrant.sqlite3.corrupt")
    assert restored == f"{newest} teruggezet in {database}"


def _pack(path: Path, name: str = "Team") -> Path:
    template = Template("t.a", "A", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", "Nee.")
    meta = PackMetadata(uid="pack.t", name=name, version="1.0.0")
    path.write_bytes(pack_to_bytes(Pack(meta, (template,))))
    return path


@pytest.mark.usefixtures("dutch")
def test_template_imports_and_the_pack_export_say_it_in_dutch(run: RunCli, tmp_path: Path) -> None:
    data, pack = tmp_path / "d", _pack(tmp_path / "team.json")
    assert run("--data-dir", data, "import", pack) == (
        0, "“Team” 1.0.0 geïmporteerd: 1 nieuw, 0 vervangen, 0 keer beide bewaard, "
        "0 ongewijzigd, 0 overgeslagen.", "",
    )  # fmt: skip
    assert run("--data-dir", data, "import", pack) == (
        0, "Niets te importeren uit “Team” 1.0.0: 1 ongewijzigd, 0 overgeslagen.", "",
    )  # fmt: skip
    status, out, _ = run("--data-dir", data, "import", FIXTURES / "packs" / "espanso_package.yml")
    assert status == 0
    assert out.endswith(" 3 matches waren geen platte tekst en zijn weggelaten.")
    output = tmp_path / "nee.quadrant-pack.json"
    assert run(
        "--data-dir", data, "export-pack", "--output", output, "--builtin",
        "--language", "nl", "--kind", "decline",
    ) == (0, f"3 sjablonen opgeslagen in {output}", "")  # fmt: skip


@pytest.mark.usefixtures("dutch")
def test_a_week_export_says_it_in_dutch(run: RunCli, tmp_path: Path) -> None:
    data, output = tmp_path / "d", tmp_path / "week.md"
    _demo(run, data)
    assert run(
        "--data-dir", data, "export-week", "--week", "2026-W47", "--format", "md",
        "--output", output,
    ) == (0, f"Week 2026-W47 (md, reflection) opgeslagen in {output}", "")  # fmt: skip


@pytest.mark.usefixtures("dutch")
def test_a_broken_pack_gives_the_dutch_one_line_error_and_changes_nothing(
    run: RunCli, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    run("--data-dir", data, "import", _pack(tmp_path / "team.json"))
    before = _digest(data / "quadrant.sqlite3")
    status, out, err = run("--data-dir", data, "import", FIXTURES / "packs" / "invalid_utf8.json")
    assert (status, out) == (2, "")
    assert re.fullmatch(
        r"quadrant: fout: Het bestand is geen UTF-8-tekst: ongeldige byte op positie \d+\.", err
    )
    assert _digest(data / "quadrant.sqlite3") == before


@pytest.mark.usefixtures("dutch")
def test_the_cli_s_own_errors_are_dutch_and_keep_their_values(run: RunCli, tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere"
    assert run("--data-dir", nowhere, "backup") == (
        2, "", f"quadrant: fout: Er staan geen gegevens van Quadrant in {nowhere}.",
    )  # fmt: skip
    assert not nowhere.exists()
    status, _, err = run(
        "--data-dir", nowhere, "export-pack", "--output", tmp_path / "x", "--kind", "{x}"
    )
    assert status == 2
    assert err.startswith("quadrant: fout: Onbekende soort '{x}'; kies uit: decline, ")


def test_english_reads_exactly_as_the_error_says(
    run: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(speech.LANGUAGE_ENV, "en")
    nowhere = tmp_path / "nowhere"
    assert run("--data-dir", nowhere, "backup") == (
        2, "", f"quadrant: error: There is no Quadrant data in {nowhere}.",
    )  # fmt: skip


def _spreadsheet(folder: Path) -> Path:
    """Row 2: a title too long to keep; row 3: no title; row 4: a due date nobody can read."""
    path = folder / "taken.csv"
    rows = ["Title,Due", f"Jaarverslag {'x' * MAX_TITLE_CHARS},2026-05-01", ",2026-05-02",
            "Offerte nabellen,elke vrijdag"]  # fmt: skip
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.usefixtures("dutch")
def test_an_import_says_what_it_skipped_and_changed_in_dutch(run: RunCli, tmp_path: Path) -> None:
    status, out, err = run("--data-dir", tmp_path / "d", "import", _spreadsheet(tmp_path))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "2 taken geïmporteerd uit taken.csv: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd.",
        "  rij 3 overgeslagen: er is geen titel",
        "  let op bij rij 2: de titel was te lang en is ingekort",
        "  let op bij rij 4: de deadline “elke vrijdag” kon niet worden gelezen; "
        "de taak is zonder deadline geïmporteerd",
    ]


def test_in_english_the_import_notes_read_as_they_always_did(
    run: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(speech.LANGUAGE_ENV, "en")
    status, out, _ = run("--data-dir", tmp_path / "d", "import", _spreadsheet(tmp_path))
    assert status == 0
    assert out.splitlines()[1:3] == [
        "  skipped row 3: it has no title",
        "  note: row 2: its title was too long and was cut off",
    ]


@pytest.mark.usefixtures("dutch")
def test_the_check_names_a_broken_reference_in_dutch(run: RunCli, tmp_path: Path) -> None:
    data = tmp_path / "d"
    database = data / "quadrant.sqlite3"
    _demo(run, data)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA foreign_keys=OFF")
    [(task,)] = connection.execute("SELECT min(id) FROM task WHERE requester_id IS NOT NULL")
    connection.execute("UPDATE task SET requester_id = 999 WHERE id = ?", (task,))
    connection.commit()
    connection.close()
    assert run("--data-dir", data, "check") == (
        1,
        f"rij {task} van task verwijst naar een ontbrekende rij in requester",
        f"{database} is beschadigd; zie 'quadrant restore --help'.",
    )


# Choosing the language ----------------------------------------------------------------------


def test_the_saved_setting_wins_over_the_system_and_the_variable_over_both(
    uow: SqlUnitOfWork, data_dir: Path
) -> None:
    database = data_dir / "quadrant.sqlite3"
    english_system = {"LANG": "en_GB.UTF-8"}
    assert choose_language(database, english_system) == "en"
    with uow:
        uow.settings.put(LANGUAGE_KEY, "nl")
        uow.commit()
    assert choose_language(database, english_system) == "nl"
    assert choose_language(database, {**english_system, speech.LANGUAGE_ENV: "en"}) == "en"
    assert choose_language(database, {**english_system, speech.LANGUAGE_ENV: "de"}) == "nl"
    with uow:
        uow.settings.put(LANGUAGE_KEY, "")  # "follow the system"
        uow.commit()
    assert choose_language(database, {"LANG": "nl_BE.UTF-8"}) == "nl"


def test_the_setting_key_is_the_one_the_settings_dialog_writes() -> None:
    assert speech.SETTING_KEY == LANGUAGE_KEY


@pytest.mark.parametrize(
    "environment",
    [
        {"LANG": "nl_NL.UTF-8"},
        {"LANG": "en_US.UTF-8", "LC_ALL": "nl_BE.UTF-8"},
        {"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"},
        {"LANGUAGE": "fr:nl", "LANG": "en_US.UTF-8"},
        {"LANGUAGE": "en_GB:nl", "LANG": "nl_NL.UTF-8"},
        {"LANG": "C.UTF-8"},
        {},
    ],
)
def test_the_system_language_is_the_one_the_window_would_pick(environment: dict[str, str]) -> None:
    """Qt reads the locale variables once per process: each case asks it in a fresh one."""
    if sys.platform in ("win32", "darwin"):
        pytest.skip("there the CLI asks Qt itself")
    ask_qt = "from quadrant.ui.i18n import resolve_language; print(resolve_language(None))"
    variables = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    clean = {k: v for k, v in os.environ.items() if k not in variables}
    window = subprocess.run(
        [sys.executable, "-c", ask_qt], env={**clean, **environment},
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert speech.system_language(environment) == window


@pytest.mark.usefixtures("dutch")
def test_a_truncated_pack_file_gets_the_pack_reader_s_reason_not_an_unknown_format(
    run: RunCli, tmp_path: Path
) -> None:
    """A pack cut off in the mail: named like a pack, so read as one, and told what is wrong."""
    data = tmp_path / "d"
    _demo(run, data)
    before = _digest(data / "quadrant.sqlite3")
    truncated = tmp_path / "team.quadrant-pack.json"
    truncated.write_text('{"format": ', encoding="utf-8")
    assert run("--data-dir", data, "import", truncated) == (
        2, "", "quadrant: fout: Het bestand is geen volledige JSON: er ontbreekt een waarde "
        "op regel 1, kolom 12.",
    )  # fmt: skip
    unknown = tmp_path / "notes.docx"
    unknown.write_bytes(b"PK\x03\x04 not ours")
    status, out, err = run("--data-dir", data, "import", unknown)
    assert (status, out) == (2, "")
    assert err == (
        "quadrant: fout: notes.docx is geen bestand dat Quadrant kan importeren: Quadrant "
        "leest taken (.ics, .csv), sjabloonpakketten, pakketten van Espanso (package.yml) "
        "en momentopnamen."
    )
    assert _digest(data / "quadrant.sqlite3") == before

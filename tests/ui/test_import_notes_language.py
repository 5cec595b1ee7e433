"""An import's notes read in the user's language: the CSV preview and the summary after it.

A Dutch user imports a spreadsheet with a title too long to keep and a row
without a title; what the preview warns about and what the summary lists
must be Dutch sentences, with the row numbers and the file's own text intact.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quadrant.domain.task import MAX_TITLE_CHARS
from quadrant.ui.i18n import Translations
from quadrant.ui.import_job import ImportOutcome
from tests.ui.conftest import App
from tests.ui.i18n_support import ENGLISH_SYSTEM
from tests.ui.transfer_support import TransferApp, build_transfer_app

WAIT_MS = 20_000
LONG_TITLE = "Jaarverslag " + "heel lang " * (MAX_TITLE_CHARS // 10)


@pytest.fixture
def transfer_app(app: App) -> TransferApp:
    return build_transfer_app(app)


@pytest.fixture
def dutch(translations: Translations) -> Translations:
    translations.apply("nl", ENGLISH_SYSTEM)
    return translations


def _spreadsheet(folder: Path) -> Path:
    """Row 2: a title too long to keep; row 3: no title; row 4: a due date nobody can read."""
    path = folder / "taken.csv"
    rows = ["Title,Due", f"{LONG_TITLE},2026-05-01", ",2026-05-02", "Offerte nabellen,elke vrijdag"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _import(transfer_app: TransferApp, qtbot: QtBot, path: Path) -> str:
    """Import ``path`` through the mapping dialog; returns the preview's warnings."""
    flow = transfer_app.transfer.imports
    flow.start(path)
    dialog = flow.mapping_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    warnings = dialog.problems.toPlainText()
    with qtbot.waitSignal(flow.finished, timeout=WAIT_MS) as finished:
        dialog.import_button.click()
    assert isinstance(finished.args[0], ImportOutcome)
    return warnings


@pytest.mark.usefixtures("dutch")
def test_a_csv_import_warns_and_sums_up_in_dutch(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    warnings = _import(transfer_app, qtbot, _spreadsheet(tmp_path))
    assert warnings.splitlines() == [
        "rij 3 wordt overgeslagen: er is geen titel",
        "rij 2: de titel was te lang en is ingekort",
        "rij 4: de deadline “elke vrijdag” kon niet worden gelezen; "
        "de taak is zonder deadline geïmporteerd",
    ]
    dialog = transfer_app.transfer.imports.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.details.toPlainText().splitlines() == [
        "Overgeslagen (1):",
        "  • rij 3: er is geen titel",
        "",
        "Geïmporteerd met een aanpassing (2):",
        "  • rij 2: de titel was te lang en is ingekort",
        "  • rij 4: de deadline “elke vrijdag” kon niet worden gelezen; "
        "de taak is zonder deadline geïmporteerd",
    ]
    assert "2 nieuw" in dialog.headline.text()


@pytest.mark.usefixtures("dutch")
def test_an_icalendar_import_names_its_to_dos_and_what_it_left_alone_in_dutch(
    transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "agenda.ics"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        "BEGIN:VTODO", "UID:a@example.org", "SUMMARY:Begroting {jaar} nakijken",
        "STATUS:HALF-KLAAR", "END:VTODO",
        "BEGIN:VTODO", "UID:b@example.org", "END:VTODO",
        "BEGIN:VEVENT", "UID:c@example.org", "SUMMARY:Teamoverleg", "END:VEVENT",
        "END:VCALENDAR",
    ]  # fmt: skip
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    flow = transfer_app.transfer.imports
    with qtbot.waitSignal(flow.finished, timeout=WAIT_MS):
        flow.start(path)
    dialog = flow.summary_dialog
    assert dialog is not None
    assert dialog.details.toPlainText().splitlines() == [
        "Overgeslagen (1):",
        "  • taak op regel 9: er is geen titel (SUMMARY)",
        "",
        "Geïmporteerd met een aanpassing (1):",
        "  • taak “Begroting {jaar} nakijken” op regel 4: "
        "STATUS “HALF-KLAAR” is onbekend en is als open gelezen",
        "",
        "Geen taken, met rust gelaten: 1 afspraak",
    ]


def test_in_english_the_summary_says_what_the_notes_say(
    translations: Translations, transfer_app: TransferApp, qtbot: QtBot, tmp_path: Path
) -> None:
    _import(transfer_app, qtbot, _spreadsheet(tmp_path))
    outcome_dialog = transfer_app.transfer.imports.summary_dialog
    assert outcome_dialog is not None
    text = outcome_dialog.details.toPlainText()
    assert "  • row 3: it has no title" in text
    assert "  • row 2: its title was too long and was cut off" in text

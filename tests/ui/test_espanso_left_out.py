"""Why Espanso matches and templates were left out, in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quadrant.domain.packs import PackMetadata
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template
from quadrant.interop.espanso import Skipped, build_package
from quadrant.interop.template_files import read_template_file
from quadrant.ui.dialogs.pack_import_dialog import PackImportDialog
from quadrant.ui.errors import translated
from quadrant.ui.i18n import Translations
from tests.ui.conftest import App
from tests.ui.i18n_support import ENGLISH_SYSTEM

ESPANSO = Path(__file__).parent.parent / "fixtures" / "packs" / "espanso_package.yml"


def _left_out_of_the_fixture() -> tuple[Skipped, ...]:
    return read_template_file(ESPANSO).skipped


def test_the_import_preview_gives_each_reason_in_dutch(
    qtbot: QtBot, app: App, translations: Translations
) -> None:
    translations.apply("nl", ENGLISH_SYSTEM)
    dialog = app.window.packs.open_file(ESPANSO)
    assert isinstance(dialog, PackImportDialog)
    qtbot.waitExposed(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    left_out = next(t for t in texts if t.startswith("Weggelaten (geen platte tekst): "))
    assert ":date: geen platte tekst (variabelen, een afbeelding, HTML of Markdown)" in left_out
    assert "?: geen gewone trigger" in left_out
    assert ":form-unknown: het formulierveld “colleague” is geen invulveld van Quadrant" in left_out


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_reason_reads_in_the_chosen_language_with_its_values(
    translations: Translations, language: str
) -> None:
    template = Template("t", "Risky", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", "Hoi {{x}}")
    exported = build_package(
        [template, Template("u", "Fine", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", "Nee.")],
        PackMetadata(uid="p", name="P", version="1.0.0"),
    )
    translations.apply(language, ENGLISH_SYSTEM)
    for skipped in (*_left_out_of_the_fixture(), *exported.skipped):
        text = translated(skipped.template, skipped.params)
        if language == "en":
            assert text == skipped.reason
        else:
            assert text != skipped.reason, f"no Dutch for {skipped.template!r}"
            assert all(str(value) in text for value in skipped.params.values())

"""`quadrant export-pack` and `quadrant import` with template files, run in-process."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from quadrant.cli import main
from quadrant.domain.packs import Pack, PackMetadata, pack_to_bytes, read_pack
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.domain.templates import Template

FIXTURES = Path(__file__).parent.parent / "fixtures" / "packs"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out.strip(), err.strip()


def _digest(folder: Path) -> str:
    database = folder / "quadrant.sqlite3"
    return hashlib.sha256(database.read_bytes()).hexdigest() if database.exists() else "none"


def test_export_pack_then_import_into_another_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "nl.quadrant-pack.json"
    status, out, _ = _run(
        capsys, "--data-dir", str(tmp_path / "a"), "export-pack", "--output", str(output),
        "--language", "nl", "--kind", "decline", "--name", "Nee", "--author", "Sandra",
    )  # fmt: skip
    assert status == 0
    assert out == f"Wrote 3 templates to {output}"
    pack = read_pack(output.read_bytes())
    assert {t.language for t in pack.templates} == {Language.NL}
    assert pack.metadata.uid == "pack.sandra-nee"

    status, out, _ = _run(capsys, "--data-dir", str(tmp_path / "b"), "import", str(output))
    assert status == 0
    assert out == "Nothing to import from “Nee” 1.0.0: 3 unchanged, 0 skipped."


def test_import_applies_new_templates_and_keeps_both_unless_replace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data_dir = str(tmp_path / "data")
    meta = PackMetadata(uid="pack.t", name="Team", version="1.0.0")
    first = Template("t.a", "A", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", "A")
    (tmp_path / "v1.json").write_bytes(pack_to_bytes(Pack(meta, (first,))))
    status, out, _ = _run(capsys, "--data-dir", data_dir, "import", str(tmp_path / "v1.json"))
    assert (status, out) == (0, "Imported “Team” 1.0.0: 1 new, 0 replaced, 0 kept both, "
                                "0 unchanged, 0 skipped.")  # fmt: skip

    other = Pack(PackMetadata(uid="pack.other", name="Other", version="1.0.0"), (
        Template("t.a", "A2", ReplyKind.DECLINE, Tone.WARM, Language.NL, "", "A2"),))  # fmt: skip
    (tmp_path / "other.json").write_bytes(pack_to_bytes(other))
    status, out, _ = _run(capsys, "--data-dir", data_dir, "import", str(tmp_path / "other.json"))
    assert status == 0 and "1 kept both" in out
    status, out, _ = _run(capsys, "--data-dir", data_dir, "import", str(tmp_path / "other.json"))
    assert out == "Nothing to import from “Other” 1.0.0: 1 unchanged, 0 skipped."

    fresh = str(tmp_path / "fresh")
    _run(capsys, "--data-dir", fresh, "import", str(tmp_path / "v1.json"))
    status, out, _ = _run(
        capsys, "--data-dir", fresh, "import", "--replace", str(tmp_path / "other.json")
    )
    assert status == 0 and "1 replaced" in out


@pytest.mark.parametrize(
    "fixture", ["html_name.json", "alias_bomb.yml", "future_version.json", "truncated.json"]
)
def test_a_bad_template_file_gives_one_line_and_status_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fixture: str
) -> None:
    data_dir = tmp_path / "data"
    _run(capsys, "--data-dir", str(data_dir), "import", str(FIXTURES / "valid.quadrant-pack.json"))
    before = _digest(data_dir)
    status, out, err = _run(capsys, "--data-dir", str(data_dir), "import", str(FIXTURES / fixture))
    assert status == 2
    assert out == ""
    assert err.startswith("quadrant: error: ") and "\n" not in err
    assert _digest(data_dir) == before


def test_an_espanso_file_is_recognised_by_its_content(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = _run(
        capsys, "--data-dir", str(tmp_path / "d"), "import", str(FIXTURES / "espanso_package.yml")
    )
    assert status == 0
    assert out.startswith("Imported “Team grenzen” 0.2.0: 2 new")
    assert out.endswith("3 matches were not plain text and were left out.")


def test_an_unknown_kind_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = _run(
        capsys, "--data-dir", str(tmp_path), "export-pack", "--output", str(tmp_path / "x.json"),
        "--kind", "nope",
    )  # fmt: skip
    assert status == 2 and "Unknown kind 'nope'" in err

"""Release metadata stays in step: one version everywhere, paths that exist, valid Linux files.

The installers for Windows and macOS cannot be built here, so what can be
checked without them is checked: the version in every file that carries one
equals pyproject's, and every file the spec and the Inno Setup script name exists.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import quadrant

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.quadrant.Quadrant"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "pyinstaller" / "quadrant.spec"
ISS = PACKAGING / "windows" / "quadrant.iss"
VERSION_RESOURCE = PACKAGING / "windows" / "version_info.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
VERSION = PYPROJECT["project"]["version"]


def desktop_entry() -> dict[str, str]:
    """The [Desktop Entry] keys of the .desktop file."""
    lines = DESKTOP_FILE.read_text("utf-8").splitlines()
    pairs = (line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
    return {key: value for key, value in pairs}


def metainfo() -> ET.Element:
    """The root element of the AppStream metainfo."""
    return ET.parse(METAINFO_FILE).getroot()


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants: 0.1.0 -> (0, 1, 0, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


# --- one version everywhere -------------------------------------------------------------


def test_the_package_reports_the_version_of_pyproject() -> None:
    """quadrant.__version__ is what Help → About shows; a stale install would differ."""
    assert quadrant.__version__ == VERSION


def test_the_command_line_prints_the_version_of_pyproject() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quadrant", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.strip() == f"quadrant {VERSION}"


def test_the_about_dialog_shows_the_version_of_pyproject(qtbot: object) -> None:
    from PySide6.QtWidgets import QLabel

    from quadrant.ui.dialogs.about import AboutDialog

    dialog = AboutDialog({"Data:": "/somewhere"})
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Quadrant {VERSION}" in texts


def test_the_newest_metainfo_release_is_this_version_with_a_real_date() -> None:
    releases = metainfo().findall("./releases/release")
    assert releases, "the metainfo lists no release"
    newest = releases[0]
    assert newest.get("version") == VERSION
    date.fromisoformat(newest.get("date", ""))


def test_the_inno_setup_script_installs_this_version() -> None:
    match = re.search(r'^#define MyAppVersion "([^"]+)"', ISS.read_text("utf-8"), re.MULTILINE)
    assert match is not None
    assert match.group(1) == VERSION


def _recorder(name: str) -> Callable[..., tuple[str, tuple[object, ...], dict[str, object]]]:
    """A stand-in for one of PyInstaller's version classes: it records how it was called."""

    def record(
        *args: object, **kwargs: object
    ) -> tuple[str, tuple[object, ...], dict[str, object]]:
        return name, args, kwargs

    return record


def read_version_resource() -> Any:
    """Evaluate the version resource the way PyInstaller does, with recording stand-ins.

    PyInstaller evaluates the file as a Python expression of its VSVersionInfo
    classes (it cannot be imported here: it needs Windows-only pefile).
    """
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable")
    names += ("StringStruct", "VarFileInfo", "VarStruct")
    recorders = {name: _recorder(name) for name in names}
    return eval(VERSION_RESOURCE.read_text("utf-8"), {"__builtins__": {}}, recorders)


def test_the_windows_version_resource_carries_this_version() -> None:
    name, _, info = read_version_resource()
    assert name == "VSVersionInfo"
    _, _, fixed = info["ffi"]
    assert fixed["filevers"] == numeric_version(VERSION)
    assert fixed["prodvers"] == numeric_version(VERSION)
    text = VERSION_RESOURCE.read_text("utf-8")
    strings = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", text))
    assert strings["FileVersion"] == VERSION
    assert strings["ProductVersion"] == VERSION
    assert strings["OriginalFilename"] == "quadrant.exe"


def test_the_spec_takes_its_version_from_pyproject() -> None:
    """The macOS bundle's version keys come from pyproject, not from a copy in the spec."""
    spec = SPEC.read_text("utf-8")
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert '"CFBundleShortVersionString": VERSION' in spec
    assert not re.search(r"[\"']\d+\.\d+\.\d+[\"']", spec)


# --- the files the build scripts name exist ----------------------------------------------


def test_every_path_the_spec_names_exists() -> None:
    spec = SPEC.read_text("utf-8")
    named = re.findall(r'ROOT((?: / "[^"]+")+)', spec)
    assert len(named) >= 5
    for parts in named:
        path = ROOT.joinpath(*re.findall(r'"([^"]+)"', parts))
        assert path.exists(), f"the spec names {path.relative_to(ROOT)}, which does not exist"
    for hook_module in ("QtGui", "QtWidgets", "QtNetwork"):
        assert (SPEC.parent / f"hook-PySide6.{hook_module}.py").is_file()
    assert (SPEC.parent / "launcher.py").is_file()


def test_every_path_the_inno_setup_script_names_exists() -> None:
    script = ISS.read_text("utf-8")
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.MULTILINE)
    assert icon is not None
    assert (ISS.parent / icon.group(1).strip()).is_file()
    sources = re.findall(r'^Source: "([^"]+)"', script, re.MULTILINE)
    assert sources == [r"..\..\dist\quadrant\*"], "the installer must take PyInstaller's folder"
    assert 'name="quadrant"' in SPEC.read_text("utf-8"), "the spec must build dist/quadrant"
    assert (ISS.parent / "version_info.txt").is_file()


def test_the_desktop_file_metainfo_and_icons_name_the_same_app() -> None:
    entry = desktop_entry()
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("./launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in PYPROJECT["project"]["scripts"]
    assert root.findtext("./provides/binary") == entry["Exec"].split()[0]
    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()


def test_the_metainfo_describes_what_a_software_centre_needs() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("summary")
    assert root.findall("./description/p")
    assert root.find("./content_rating[@type='oars-1.1']") is not None
    assert root.findtext("./url[@type='homepage']", "").startswith("https://")
    images = root.findall("./screenshots/screenshot/image")
    assert images and all(image.text and image.text.startswith("https://") for image in images)
    license = PYPROJECT["project"]["license"]
    assert root.findtext("project_license") == (
        license if isinstance(license, str) else license["text"]
    )


# --- the validators -------------------------------------------------------------------------


def _validator(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian package {package}; make dist installs it)")
    return path


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    tool = _validator("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    tool = _validator("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

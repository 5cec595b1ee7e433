"""The packaging scripts: install and uninstall, the PNG check of the smoke test, the Qt plugins.

``make dist`` runs all of them on the real bundle; these tests run them on
small stand-ins so a broken script shows up in ``make test`` too.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.quadrant.Quadrant"


def load(path: Path) -> ModuleType:
    """Import one packaging script by path: packaging/ is not a Python package."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


smoke_test = load(PACKAGING / "smoke_test.py")
make_icons = load(PACKAGING / "make_icons.py")
qt_plugins = load(PACKAGING / "pyinstaller" / "quadrant_qt_plugins.py")


# --- install.sh and uninstall.sh on a stand-in bundle -------------------------------------


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """An unpacked bundle as build_dist lays it out, with a shell script as the program."""
    folder = tmp_path / "quadrant-0.0.0"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libstandin.so").write_bytes(b"\0")
    program = folder / "quadrant"
    program.write_text("#!/bin/sh\necho quadrant stand-in\n")
    program.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / script, folder / script)
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(LINUX / "icons", share / "icons")
    return folder


def sh(script: Path, prefix: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "PREFIX": str(prefix)}
    return subprocess.run(
        [str(script)], env=env, capture_output=True, text=True, check=False, timeout=60
    )


def test_install_puts_program_menu_entry_and_icons_under_the_prefix(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "my apps"  # a space, as in many home folder names
    result = sh(bundle / "install.sh", prefix, tmp_path)
    assert result.returncode == 0, result.stderr
    command = prefix / "bin" / "quadrant"
    run = subprocess.run([str(command)], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "quadrant stand-in"
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{prefix}/lib/quadrant/quadrant"' in desktop
    assert "Exec=quadrant" not in desktop
    for size in ("16x16", "512x512", "scalable"):
        assert list((prefix / "share" / "icons" / "hicolor" / size / "apps").iterdir())
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_the_installed_menu_entry_is_valid(bundle: Path, tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    prefix = tmp_path / "my apps"
    assert sh(bundle / "install.sh", prefix, tmp_path).returncode == 0
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([tool, str(desktop)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_uninstall_removes_every_installed_file_and_keeps_the_data(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "prefix"
    data = tmp_path / ".local" / "share" / "Quadrant"
    data.mkdir(parents=True)
    (data / "quadrant.sqlite3").write_bytes(b"my tasks")
    assert sh(bundle / "install.sh", prefix, tmp_path).returncode == 0
    result = sh(prefix / "lib" / "quadrant" / "uninstall.sh", prefix, tmp_path)
    assert result.returncode == 0, result.stderr
    left = [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()]
    assert [p.name for p in left if p.name not in smoke_test.SHARED_CACHES] == []
    assert (data / "quadrant.sqlite3").read_bytes() == b"my tasks"
    assert str(data) in result.stdout


def test_installing_again_replaces_the_earlier_installation(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    assert sh(bundle / "install.sh", prefix, tmp_path).returncode == 0
    (bundle / "_internal" / "libstandin.so").unlink()
    (bundle / "_internal" / "libnewer.so").write_bytes(b"\0")
    assert sh(bundle / "install.sh", prefix, tmp_path).returncode == 0
    installed = sorted(p.name for p in (prefix / "lib" / "quadrant" / "_internal").iterdir())
    assert installed == ["libnewer.so"]
    manifest = (prefix / "lib" / "quadrant" / "installed-files.txt").read_text().splitlines()
    assert len(manifest) == len(set(manifest))


def test_install_refuses_a_folder_name_the_menu_entry_cannot_quote(
    bundle: Path, tmp_path: Path
) -> None:
    result = sh(bundle / "install.sh", tmp_path / "100%", tmp_path)
    assert result.returncode == 1
    assert "cannot install" in result.stderr
    assert not (tmp_path / "100%").exists()


def test_uninstall_without_an_installation_says_so(bundle: Path, tmp_path: Path) -> None:
    result = sh(bundle / "uninstall.sh", tmp_path / "nothing", tmp_path)
    assert result.returncode == 1
    assert "no Quadrant installation" in result.stderr


# --- the smoke test's PNG check -------------------------------------------------------------


def png(width: int, height: int) -> bytes:
    """A valid 8-bit RGB PNG with varied pixels, built by hand."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    rows = b"".join(
        b"\0" + bytes((x * 7 + y * 3) % 256 for x in range(width * 3)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        smoke_test.PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


VALID_PNG = png(400, 300)


def test_a_whole_png_of_a_window_passes(tmp_path: Path) -> None:
    path = tmp_path / "window.png"
    path.write_bytes(VALID_PNG)
    assert smoke_test.check_png(path) == (400, 300)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"GIF89a" + VALID_PNG[6:], "another format"),
        (png(40, 30), "an icon, not a window"),
    ],
)
def test_what_is_not_a_window_screenshot_fails(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "window.png"
    path.write_bytes(data)
    with pytest.raises(smoke_test.SmokeTestFailed):
        smoke_test.check_png(path)


def test_a_missing_screenshot_fails(tmp_path: Path) -> None:
    with pytest.raises(smoke_test.SmokeTestFailed, match="no screenshot"):
        smoke_test.check_png(tmp_path / "never-written.png")


@settings(max_examples=150, deadline=None)
@given(
    position=st.integers(min_value=len(smoke_test.PNG_SIGNATURE), max_value=len(VALID_PNG) - 1),
    flip=st.integers(min_value=1, max_value=255),
)
def test_any_damaged_byte_fails_with_a_clear_message(
    tmp_path_factory: pytest.TempPathFactory, position: int, flip: int
) -> None:
    """Every chunk is covered by its CRC, so no single damaged byte goes unnoticed."""
    damaged = bytearray(VALID_PNG)
    damaged[position] ^= flip
    path = tmp_path_factory.mktemp("png") / "window.png"
    path.write_bytes(bytes(damaged))
    with pytest.raises(smoke_test.SmokeTestFailed):
        smoke_test.check_png(path)


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(VALID_PNG) - 1))
def test_any_truncated_file_fails_with_a_clear_message(
    tmp_path_factory: pytest.TempPathFactory, cut: int
) -> None:
    path = tmp_path_factory.mktemp("png") / "window.png"
    path.write_bytes(VALID_PNG[:cut])
    with pytest.raises(smoke_test.SmokeTestFailed):
        smoke_test.check_png(path)


# --- which Qt plugins go into the bundle ----------------------------------------------------

PLUGINS = "/venv/site-packages/PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "plugin",
    [
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "wayland-shell-integration/libxdg-shell.so",
        "wayland-decoration-client/libadwaita.so",
    ],
)
def test_the_plugins_quadrant_needs_are_kept(plugin: str) -> None:
    assert qt_plugins.wanted(f"{PLUGINS}/{plugin}")


@pytest.mark.parametrize(
    "plugin",
    [
        "platforminputcontexts/libqtvirtualkeyboardplugin.so",  # pulls in QtQuick and QtQml
        "platformthemes/libqgtk3.so",  # pulls in GTK
        "platforms/libqeglfs.so",
        "platforms/libqvnc.so",
        "imageformats/libqpdf.so",  # pulls in QtPdf
        "egldeviceintegrations/libqeglfs-kms-integration.so",
        "generic/libqtuiotouchplugin.so",
        "tls/libqopensslbackend.so",  # Quadrant has no network code
        "webview/libqtwebview_webengine.so",
    ],
)
def test_plugins_that_drag_in_unused_qt_modules_are_dropped(plugin: str) -> None:
    assert not qt_plugins.wanted(f"{PLUGINS}/{plugin}")


@given(st.lists(st.sampled_from(["lib", "PySide6", "Qt", "_internal", "x.so", "qml"]), max_size=6))
def test_files_outside_the_plugin_folder_are_never_dropped(parts: list[str]) -> None:
    assert qt_plugins.wanted("/".join(["", "venv", *parts, "libQt6Core.so.6"]))

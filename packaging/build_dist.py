"""``make dist``: build the one-folder bundle and the Linux .tar.gz, then prove they work.

Steps, each failing the build with one clear line:

1. the Linux desktop file and AppStream metainfo pass their validators;
2. PyInstaller builds ``dist/quadrant`` from packaging/pyinstaller/quadrant.spec;
3. the bundle holds every Qt module the source imports and none of the
   heavy ones it must not carry (WebEngine, Quick/QML, 3D, Multimedia);
4. the desktop integration (menu entry, icons, metainfo, install.sh,
   uninstall.sh, INSTALL.md) is added and ``dist/quadrant-VERSION-linux-ARCH.tar.gz`` written;
5. packaging/smoke_test.py unpacks that archive, installs it into a temporary
   prefix, and runs it (see there).

Run with the project's virtual environment, which has PyInstaller from the
``dist`` extra: ``.venv/bin/python packaging/build_dist.py``.
"""

from __future__ import annotations

import importlib.util
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.quadrant.Quadrant"
SPEC = ROOT / "packaging" / "pyinstaller" / "quadrant.spec"
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
DIST = ROOT / "dist"
BUNDLE = DIST / "quadrant"
WORK = ROOT / "build" / "pyinstaller"

# Qt libraries that must never be in the bundle: each is large and unused.
FORBIDDEN_QT = ("WebEngine", "Quick", "Qml", "3D", "Multimedia", "VirtualKeyboard", "Pdf")


class BuildFailed(Exception):
    """A step of the build failed; the message says which and why."""


def project_version() -> str:
    """The one version number, from pyproject.toml."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return str(data["project"]["version"])


def archive_path(version: str) -> Path:
    """Where the Linux archive of this version goes."""
    return DIST / f"quadrant-{version}-linux-{platform.machine()}.tar.gz"


def _run(command: list[str], what: str) -> str:
    """Run a tool, returning its output; its failure fails the build with its output."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildFailed(f"{what} failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def validate_linux_metadata() -> None:
    """Both validators pass; missing validators fail the build (``make system-deps`` installs them).

    Raises:
        BuildFailed: a validator is missing or reports an error.
    """
    validators = (("desktop-file-validate", "desktop-file-utils"), ("appstreamcli", "appstream"))
    for tool, package in validators:
        if shutil.which(tool) is None:
            raise BuildFailed(f"{tool} is missing: install the Debian package {package}")
    _run(["desktop-file-validate", str(DESKTOP_FILE)], f"desktop-file-validate {DESKTOP_FILE.name}")
    _run(["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)], "appstreamcli validate")
    print(f"validated {DESKTOP_FILE.name} and {METAINFO_FILE.name}")


def warn_about_uncompiled_translations() -> None:
    """Say so when a .ts source has no compiled .qm beside it: the bundle ships .qm only."""
    folder = ROOT / "resources" / "translations"
    for source in sorted(folder.glob("*.ts")):
        if not source.with_suffix(".qm").exists():
            print(f"warning: {source.name} is not compiled; the bundle will lack that language")


def run_pyinstaller() -> None:
    """Build dist/quadrant from the spec, from scratch.

    Raises:
        BuildFailed: PyInstaller or binutils is missing, or the build failed.
    """
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildFailed('PyInstaller is missing: pip install -e ".[dist]" (make dist does it)')
    if shutil.which("objdump") is None:
        raise BuildFailed("objdump is missing: PyInstaller needs the Debian package binutils")
    shutil.rmtree(BUNDLE, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    print("building the bundle with PyInstaller (about a minute)")
    _run(command, "PyInstaller")


def qt_libraries(bundle: Path) -> list[str]:
    """The Qt libraries in a bundle, by file name."""
    return sorted({path.name for path in bundle.rglob("*Qt6*") if path.is_file()})


def imported_qt_modules() -> set[str]:
    """The PySide6 modules the application's source imports (QtCore, QtCharts, ...)."""
    pattern = re.compile(r"\bPySide6\.(Qt\w+)")
    found: set[str] = set()
    for source in (ROOT / "desktop" / "quadrant").rglob("*.py"):
        found.update(pattern.findall(source.read_text("utf-8")))
    return found


def check_qt_contents(bundle: Path) -> None:
    """The bundle carries every Qt module the app imports, and nothing it must not.

    Raises:
        BuildFailed: a module is missing or a forbidden library got in.
    """
    libraries = qt_libraries(bundle)
    forbidden = [name for name in libraries if any(part in name for part in FORBIDDEN_QT)]
    if forbidden:
        raise BuildFailed(f"unwanted Qt libraries in the bundle: {', '.join(forbidden)}")
    bindings = {path.name.split(".")[0] for path in (bundle / "_internal" / "PySide6").glob("Qt*")}
    missing = sorted(imported_qt_modules() - bindings)
    if missing:
        raise BuildFailed(f"Qt modules the app imports are missing from the bundle: {missing}")
    print(f"Qt libraries in the bundle: {', '.join(libraries)}")


def add_linux_integration(bundle: Path) -> None:
    """Put the menu entry, icons, metainfo, install scripts and INSTALL.md into the bundle."""
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(DESKTOP_FILE, share / "applications")
    shutil.copy2(METAINFO_FILE, share / "metainfo")
    shutil.copytree(LINUX / "icons", share / "icons")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / script, bundle / script)
        (bundle / script).chmod(0o755)
    shutil.copy2(ROOT / "docs" / "install.md", bundle / "INSTALL.md")


def make_archive(bundle: Path, target: Path, top: str) -> None:
    """Write the bundle as a .tar.gz whose single top folder is ``top``.

    Owners are reset to root so the archive unpacks as the user who unpacks it.
    """

    def reset_owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    target.unlink(missing_ok=True)
    with tarfile.open(target, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=top, filter=reset_owner)


def folder_size(folder: Path) -> int:
    """Bytes in all files below ``folder`` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    """Build, package and smoke-test; returns the exit status."""
    import smoke_test

    version = project_version()
    try:
        validate_linux_metadata()
        warn_about_uncompiled_translations()
        run_pyinstaller()
        check_qt_contents(BUNDLE)
        add_linux_integration(BUNDLE)
        archive = archive_path(version)
        make_archive(BUNDLE, archive, f"quadrant-{version}")
        print(f"bundle {BUNDLE.relative_to(ROOT)}: {folder_size(BUNDLE) / 1e6:.0f} MB")
        print(f"archive {archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.0f} MB")
        smoke_test.run(archive, version)
    except (BuildFailed, smoke_test.SmokeTestFailed) as e:
        print(f"make dist: {e}", file=sys.stderr)
        return 1
    print("make dist: the bundle is built and its smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

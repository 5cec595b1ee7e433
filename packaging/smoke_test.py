"""The frozen bundle's smoke test: the last step of ``make dist``.

It treats the .tar.gz as a user would, in a temporary folder with its own
HOME and XDG folders, so nothing touches the real user's files:

1. unpack the archive and run its install.sh into a temporary prefix;
   the installed menu entry still passes desktop-file-validate;
2. ``quadrant --version`` prints the version of pyproject.toml;
3. ``quadrant --data-dir DIR demo`` fills a store (migrations run from the bundle);
4. ``quadrant --data-dir DIR --screenshot FILE`` offscreen exits 0 with a valid PNG;
5. without ``--data-dir`` the bundle keeps its database exactly where the
   pip-installed app does (quadrant.paths.resolve_paths, run in this Python);
6. uninstall.sh removes every installed file and keeps the data.

Run alone on an existing archive: ``.venv/bin/python packaging/smoke_test.py ARCHIVE``.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tarfile
import tempfile
import zlib
from pathlib import Path

APP_ID = "io.github.quadrant.Quadrant"
TIMEOUT_SECONDS = 180
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel
# Caches of the desktop's own tools, shared by every application: they stay.
SHARED_CACHES = {"mimeinfo.cache", "icon-theme.cache"}


class SmokeTestFailed(Exception):
    """The bundle did not behave; the message says what it did instead."""


def isolated_environment(home: Path) -> dict[str, str]:
    """The environment for every run: a fresh HOME and XDG folders, Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QUADRANT_"))}
    env["HOME"] = str(home)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_command(command: list[str | Path], env: dict[str, str]) -> str:
    """Run one step; a non-zero exit or a hang fails the smoke test with the output."""
    printable = " ".join(str(part) for part in command)
    try:
        result = subprocess.run(
            [str(part) for part in command],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise SmokeTestFailed(f"{printable} did not finish in {TIMEOUT_SECONDS} s") from e
    if result.returncode != 0:
        raise SmokeTestFailed(
            f"{printable} exited {result.returncode}:\n{result.stdout}{result.stderr}"
        )
    return result.stdout


def unpack(archive: Path, into: Path) -> Path:
    """Unpack the archive and return its single top folder."""
    into.mkdir(parents=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    folders = list(into.iterdir())
    if len(folders) != 1 or not folders[0].is_dir():
        raise SmokeTestFailed(f"{archive.name} must hold one top folder, not {folders}")
    return folders[0]


def check_png(path: Path) -> tuple[int, int]:
    """Check that ``path`` is a whole, decodable PNG with real content; returns its size.

    Every chunk's CRC is checked, and the image data must inflate to exactly
    the bytes the header promises (8-bit images, as Qt writes them).
    """
    if not path.is_file():
        raise SmokeTestFailed(f"no screenshot was written to {path}")
    try:
        return _check_png_bytes(path.read_bytes(), path.name)
    except (struct.error, zlib.error, ValueError) as e:
        raise SmokeTestFailed(f"{path.name} is not a valid PNG: {e}") from e


def _check_png_bytes(data: bytes, name: str) -> tuple[int, int]:
    """check_png on the file's bytes; truncated data raises struct.error or zlib.error."""
    if not data.startswith(PNG_SIGNATURE):
        raise SmokeTestFailed(f"{name} is not a PNG file")
    chunks: dict[bytes, list[bytes]] = {}
    offset = len(PNG_SIGNATURE)
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise SmokeTestFailed(f"{name}: chunk {kind!r} is damaged")
        chunks.setdefault(kind, []).append(body)
        offset += 12 + length
    if b"IHDR" not in chunks or b"IEND" not in chunks or b"IDAT" not in chunks:
        raise SmokeTestFailed(f"{name} lacks a header, image data or end chunk")
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
    pixels = zlib.decompress(b"".join(chunks[b"IDAT"]))
    if depth != 8 or colour not in PNG_CHANNELS:
        raise SmokeTestFailed(f"{name}: unexpected PNG format (depth {depth}, type {colour})")
    if len(pixels) != height * (1 + width * PNG_CHANNELS[colour]):
        raise SmokeTestFailed(f"{name}: image data does not match its {width}x{height} header")
    if width < 400 or height < 300 or len(set(pixels)) < 16:
        raise SmokeTestFailed(f"{name} ({width}x{height}) does not look like a window")
    return width, height


def expected_database(env: dict[str, str]) -> Path:
    """Where the pip-installed app keeps its database under ``env``, asked of this Python."""
    code = "from quadrant.paths import resolve_paths; print(resolve_paths().database)"
    return Path(run_command([sys.executable, "-c", code], env).strip())


def check_installed(prefix: Path) -> Path:
    """The installed files are in place and the menu entry is valid; returns the command."""
    command = prefix / "bin" / "quadrant"
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    icon = prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    for path in (command, desktop, icon, prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"):
        if not path.exists():
            raise SmokeTestFailed(f"install.sh did not install {path.relative_to(prefix)}")
    run_command(["desktop-file-validate", desktop], dict(os.environ))
    if f'Exec="{prefix / "lib" / "quadrant" / "quadrant"}"' not in desktop.read_text("utf-8"):
        raise SmokeTestFailed("the installed menu entry does not start the installed program")
    return command


def check_uninstalled(prefix: Path, data_dir: Path) -> None:
    """uninstall.sh left no installed file behind and did not touch the data."""
    left = [
        p
        for p in prefix.rglob("*")
        if (p.is_file() or p.is_symlink()) and p.name not in SHARED_CACHES
    ]
    if left:
        raise SmokeTestFailed(f"uninstall.sh left files behind: {left[:5]}")
    if not (data_dir / "quadrant.sqlite3").is_file():
        raise SmokeTestFailed("uninstall.sh removed the user's data")


def run(archive: Path, version: str) -> None:
    """The whole smoke test of one archive; prints one line per step.

    Raises:
        SmokeTestFailed: the first step that went wrong.
    """
    with tempfile.TemporaryDirectory(prefix="quadrant-smoke-") as folder:
        root = Path(folder)
        env = isolated_environment(root / "home")
        unpacked = unpack(archive, root / "unpacked")
        prefix = root / "prefix"
        run_command([unpacked / "install.sh"], {**env, "PREFIX": str(prefix)})
        quadrant = check_installed(prefix)
        print(f"smoke test: installed into a temporary prefix from {archive.name}")

        printed = run_command([quadrant, "--version"], env).strip()
        if printed != f"quadrant {version}":
            raise SmokeTestFailed(f"--version printed {printed!r}, expected 'quadrant {version}'")
        data_dir = root / "data"
        run_command([quadrant, "--data-dir", data_dir, "demo"], env)
        screenshot = root / "window.png"
        run_command([quadrant, "--data-dir", data_dir, "--screenshot", screenshot], env)
        width, height = check_png(screenshot)
        print(f"smoke test: {printed}; demo data and a {width}x{height} screenshot from the bundle")

        run_command([quadrant, "demo"], env)
        database = expected_database(env)
        if not database.is_file():
            raise SmokeTestFailed(f"the bundle's data is not where pip's app has it: {database}")
        print(f"smoke test: the data folder is the pip-installed app's ({database})")

        run_command([prefix / "lib" / "quadrant" / "uninstall.sh"], env)
        check_uninstalled(prefix, data_dir)
        print("smoke test: uninstall.sh removed the program and kept the data")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from build_dist import project_version

    try:
        run(Path(sys.argv[1]).resolve(), project_version())
    except SmokeTestFailed as error:
        print(f"smoke test: {error}", file=sys.stderr)
        raise SystemExit(1) from error

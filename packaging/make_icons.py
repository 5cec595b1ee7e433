"""Make every icon file the installers need from the one SVG in resources/icons.

Run it after changing ``resources/icons/quadrant.svg`` and commit what it writes:
the hicolor PNGs and SVG for Linux, ``quadrant.ico`` for Windows and
``quadrant.icns`` for macOS. The files are committed (rather than made during
``make dist``) so the Windows and macOS build machines need nothing but the
repository, and tests/integration/test_packaging.py fails when they no longer
match the SVG.

Both .ico and .icns are simple containers of PNG images, so they are written
here directly; Qt's own ico and icns readers check the result in the tests.

Usage: ``.venv/bin/python packaging/make_icons.py``
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.quadrant.Quadrant"
SOURCE_SVG = ROOT / "resources" / "icons" / "quadrant.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
WINDOWS_ICO = ROOT / "packaging" / "windows" / "quadrant.ico"
MACOS_ICNS = ROOT / "packaging" / "macos" / "quadrant.icns"

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# icns element types that hold PNG data, and the pixel size of each (Apple's
# "@2x" types are simply the larger size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def hicolor_png(size: int) -> Path:
    """Where the committed hicolor PNG of one size lives."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg() -> Path:
    """Where the committed scalable hicolor icon lives (a copy of the source SVG)."""
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render_png(size: int, svg: Path = SOURCE_SVG) -> bytes:
    """Render the SVG to a square PNG of ``size`` pixels, transparent around the card.

    Raises:
        RuntimeError: the SVG cannot be read or the PNG cannot be written.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read the icon {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs promise bytes for the format; at run time only str is accepted.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"cannot encode the {size}px icon as PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (the format Windows Vista and later read).

    Args:
        pngs: PNG data by pixel size; sizes up to 256.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        dimension = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNG element types of ICNS_TYPES.

    Args:
        pngs: PNG data by pixel size; every size in ICNS_TYPES must be present.
    """
    elements = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        elements += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(elements) + 8) + elements


def main() -> int:
    """Write every icon file; prints what it wrote."""
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = hicolor_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    hicolor_svg().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE_SVG, hicolor_svg())
    written.append(hicolor_svg())
    WINDOWS_ICO.parent.mkdir(parents=True, exist_ok=True)
    WINDOWS_ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    MACOS_ICNS.parent.mkdir(parents=True, exist_ok=True)
    MACOS_ICNS.write_bytes(icns_bytes(pngs))
    written += [WINDOWS_ICO, MACOS_ICNS]
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The app icon: every committed size matches the SVG, and the .ico and .icns hold them all.

packaging/make_icons.py makes these files from resources/icons/quadrant.svg;
these tests fail when someone changes the SVG and forgets to run it again.
"""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]


def load(path: Path) -> ModuleType:
    """Import a packaging script by path: packaging/ is not a Python package."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = load(ROOT / "packaging" / "make_icons.py")


def image(data: bytes) -> object:
    from PySide6.QtGui import QImage

    picture = QImage.fromData(data)
    assert not picture.isNull()
    return picture.convertToFormat(QImage.Format.Format_ARGB32)


def differing_pixels(first: object, second: object) -> float:
    """The share of pixels whose colour differs by more than a rounding error."""
    from PySide6.QtGui import QColor, QImage

    assert isinstance(first, QImage) and isinstance(second, QImage)
    assert first.size() == second.size()
    differing = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = QColor(first.pixel(x, y)), QColor(second.pixel(x, y))
            channels = zip(a.getRgb(), b.getRgb(), strict=True)
            if max(abs(c - d) for c, d in channels) > 24:
                differing += 1
    return differing / (first.width() * first.height())


def test_the_scalable_icon_is_the_source_svg() -> None:
    assert make_icons.hicolor_svg().read_bytes() == make_icons.SOURCE_SVG.read_bytes()


@pytest.mark.parametrize("size", make_icons.HICOLOR_SIZES)
def test_each_hicolor_png_is_the_svg_at_its_size(qapp: object, size: int) -> None:
    committed = image(make_icons.hicolor_png(size).read_bytes())
    assert (committed.width(), committed.height()) == (size, size)  # type: ignore[attr-defined]
    if size <= 128:
        fresh = image(make_icons.render_png(size))
        assert differing_pixels(committed, fresh) < 0.01, "run packaging/make_icons.py"


def read_all(path: Path) -> list[int]:
    """The width of every image Qt reads from a multi-image file."""
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    widths = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        picture = reader.read()
        assert not picture.isNull(), reader.errorString()
        widths.append(picture.width())
    return widths


def test_the_windows_icon_holds_every_size_explorer_asks_for(qapp: object) -> None:
    assert read_all(make_icons.WINDOWS_ICO) == sorted(make_icons.ICO_SIZES)


def test_the_macos_icon_holds_every_size_finder_asks_for(qapp: object) -> None:
    assert read_all(make_icons.MACOS_ICNS) == [size for _, size in make_icons.ICNS_TYPES]


def parse_ico(data: bytes) -> dict[int, bytes]:
    """Read an .ico back: image bytes by size, following the directory's offsets."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    images = {}
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        images[width or 256] = data[offset : offset + length]
    return images


@settings(max_examples=50)
@given(
    st.dictionaries(
        st.sampled_from([16, 24, 32, 48, 64, 128, 256]),
        st.binary(min_size=1, max_size=64),
        min_size=1,
    )
)
def test_an_ico_points_at_each_image_it_lists(pngs: dict[int, bytes]) -> None:
    assert parse_ico(make_icons.ico_bytes(pngs)) == pngs


@settings(max_examples=50)
@given(st.lists(st.binary(min_size=1, max_size=64), min_size=11, max_size=11))
def test_an_icns_lists_each_element_with_its_length(payloads: list[bytes]) -> None:
    sizes = sorted({size for _, size in make_icons.ICNS_TYPES})
    pngs = dict(zip(sizes, payloads, strict=False))
    data = make_icons.icns_bytes(pngs)
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, seen = 8, []
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        seen.append(kind)
        size = dict(make_icons.ICNS_TYPES)[kind]
        assert data[offset + 8 : offset + length] == pngs[size]
        offset += length
    assert seen == [kind for kind, _ in make_icons.ICNS_TYPES]

"""A screen reader's view of the real window: Xvfb, the AT-SPI bus, and pyatspi reading it.

The app runs in a private D-Bus session under Xvfb with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; a separate system-python process walks
the accessibility tree the way Orca would and must find the four quadrants
as named lists, and every task as a list item that says its title, quadrant,
requester and due date.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.helpers import quadrant, require_xvfb

pytestmark = pytest.mark.xvfb

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
QUADRANTS = ("Do now", "Plan", "Delegate or negotiate", "Decline or drop")


def require_atspi() -> str:
    """dbus-run-session, or skip saying what is missing."""
    session = shutil.which("dbus-run-session")
    has_pyatspi = (
        Path(SYSTEM_PYTHON).exists()
        and subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if session is None or not has_pyatspi or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        pytest.skip(
            "AT-SPI is unavailable: apt-get install dbus at-spi2-core python3-pyatspi "
            "(make system-deps installs them)"
        )
    return session


def read_tree(data: Path) -> list[tuple[int, str, str]]:
    session = require_atspi()
    xvfb_run = require_xvfb()
    # xvfb-run owns the X server and stops it when the inner script ends; the script
    # starts the app itself, so it can stop exactly that process and wait for it.
    inner = (
        f'{sys.executable} -m quadrant --data-dir "{data}" & APP=$!; '
        f'{SYSTEM_PYTHON} "{READER}" 60; STATUS=$?; '
        f"kill $APP 2>/dev/null; wait $APP 2>/dev/null; exit $STATUS"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "LANG": "en_GB.UTF-8",
        "LANGUAGE": "en_GB",
        "LC_ALL": "en_GB.UTF-8",
    }
    out, err = data.parent / "atspi.json", data.parent / "atspi.log"
    # Files, not pipes: the session's helpers (bus launcher, registry) may outlive the
    # app for a moment and would keep a pipe open.
    command = [session, "--", xvfb_run, "-a", "-s", "-screen 0 1280x1024x24", "bash", "-c", inner]
    with out.open("w") as stdout, err.open("w") as stderr:
        # A session of its own, so that whatever happens nothing of it outlives the test.
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env,
                                 start_new_session=True)  # fmt: skip
        try:
            status = child.wait(timeout=150)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert status == 0, err.read_text()[-2000:]
    # the registry daemon announces itself on the same stdout
    tree = next(line for line in out.read_text().splitlines() if line.startswith("[["))
    return [tuple(node) for node in json.loads(tree)]


def titles_per_quadrant(data: Path) -> dict[str, set[str]]:
    connection = sqlite3.connect(data / "quadrant.sqlite3")
    rows = connection.execute(
        "SELECT title, urgent, important FROM task "
        "WHERE deleted_at IS NULL AND status IN ('open', 'waiting')"
    ).fetchall()
    connection.close()
    names = {(1, 1): "Do now", (0, 1): "Plan", (1, 0): "Delegate or negotiate",
             (0, 0): "Decline or drop"}  # fmt: skip
    found: dict[str, set[str]] = {name: set() for name in QUADRANTS}
    for title, urgent, important in rows:
        found[names[(urgent, important)]].add(title)
    return found


def test_a_screen_reader_finds_the_four_quadrants_and_their_tasks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert quadrant("--data-dir", str(data), "demo").returncode == 0
    tree = read_tree(data)

    lists: dict[str, list[str]] = {}
    for index, (depth, role, name) in enumerate(tree):
        if role == "list" and name in QUADRANTS:
            items = []
            for inner_depth, inner_role, inner_name in tree[index + 1 :]:
                if inner_depth <= depth:
                    break
                if inner_role == "list item":
                    items.append(inner_name)
            lists[name] = items
    assert sorted(lists) == sorted(QUADRANTS), f"lists found: {sorted(lists)}"

    expected = titles_per_quadrant(data)
    for name, items in lists.items():
        spoken_titles = {item.split(f", {name}")[0] for item in items}
        assert spoken_titles == expected[name], name
        assert all(f", {name}" in item for item in items)
    spoken = [item for items in lists.values() for item in items]
    assert any(", for Marieke Jansen, due " in item for item in spoken)
    assert any("overdue since" in item for item in spoken)

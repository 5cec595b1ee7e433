"""One Quadrant per data folder: a second start brings the first to the front and exits."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from quadrant.logging_setup import LOG_FILE_NAME
from quadrant.ui.single_instance import (
    LOCK_FILE_NAME,
    SingleInstance,
    bring_to_front,
    server_name,
)
from tests.reliability.conftest import child_env

LISTENING = "running as the only instance"
RAISED = "a second start asked to raise the window"
SECOND_START_BUDGET_S = 10.0
"""A second start must be gone well within this (it takes about a second here)."""


def start_gui(data: Path, *, bench_exit: bool = False) -> subprocess.Popen[str]:
    env = child_env()
    if bench_exit:
        env["QUADRANT_BENCH_EXIT_AFTER_PAINT"] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "quadrant", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def log_text(data: Path) -> str:
    path = data / "logs" / LOG_FILE_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for_log(data: Path, needle: str, process: subprocess.Popen[str], count: int = 1) -> None:
    deadline = time.monotonic() + 30
    while log_text(data).count(needle) < count:
        assert process.poll() is None, f"the app ended early: {process.communicate()}"
        assert time.monotonic() < deadline, f"no {needle!r} in the log: {log_text(data)}"
        time.sleep(0.05)


@pytest.fixture
def first(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A running Quadrant that holds its data folder."""
    data = tmp_path / "data"
    process = start_gui(data)
    wait_for_log(data, LISTENING, process)
    yield data, process
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def test_second_start_raises_the_first_and_exits(first: tuple[Path, subprocess.Popen[str]]) -> None:
    data, running = first
    started = time.monotonic()
    second = subprocess.run(
        [sys.executable, "-m", "quadrant", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
        check=False,
    )
    took = time.monotonic() - started
    assert second.returncode == 0, second.stderr
    assert took < SECOND_START_BUDGET_S
    wait_for_log(data, RAISED, running)
    assert running.poll() is None, "the first instance must keep running"
    print(f"second start handed over and exited in {took:.2f} s")


def test_a_stale_lock_after_sigkill_does_not_block_the_next_start(
    first: tuple[Path, subprocess.Popen[str]],
) -> None:
    data, running = first
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)
    assert (data / LOCK_FILE_NAME).exists(), "the crash should have left its lock behind"
    after = start_gui(data, bench_exit=True)
    out, err = after.communicate(timeout=60)
    assert after.returncode == 0, err
    assert "first-paint" in out, "the next start must open its window, not hand over"
    assert log_text(data).count(LISTENING) == 2


def test_another_data_folder_runs_side_by_side(
    first: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    other = start_gui(tmp_path / "other", bench_exit=True)
    out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert "first-paint" in out


# In-process: the protocol itself ------------------------------------------------


def test_claim_hand_over_and_release(qtbot: QtBot, tmp_path: Path) -> None:
    owner = SingleInstance(tmp_path)
    assert owner.claim()
    second = SingleInstance(tmp_path)
    assert not second.claim()
    with qtbot.waitSignal(owner.raise_requested, timeout=5000):
        assert second.hand_over(timeout_ms=2000) == 0
    owner.release()
    third = SingleInstance(tmp_path)
    assert third.claim(), "a released folder is free for the next start"
    third.release()


def test_hand_over_to_nobody_fails_with_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = SingleInstance(tmp_path)
    assert owner.claim()
    assert owner._server is not None
    owner._server.close()  # holds the lock but no longer answers (hung)
    second = SingleInstance(tmp_path)
    assert not second.claim()
    assert second.hand_over(timeout_ms=300) == 1
    assert "already running" in capsys.readouterr().err
    owner.release()


@pytest.mark.parametrize(
    "message",
    [b"raise please\n", b"RAISE\n", b"x" * 10_000, b"\x00raise\n", b"", b"raise"],
    ids=["extra", "case", "flood", "nul", "empty", "no-newline"],
)
def test_anything_but_raise_is_dropped(qtbot: QtBot, tmp_path: Path, message: bytes) -> None:
    owner = SingleInstance(tmp_path)
    assert owner.claim()
    raised: list[bool] = []
    owner.raise_requested.connect(lambda: raised.append(True))
    socket = QLocalSocket()
    socket.connectToServer(owner.name)
    assert socket.waitForConnected(2000)
    socket.write(message)
    socket.waitForBytesWritten(2000)
    socket.disconnectFromServer()
    qtbot.waitUntil(lambda: not owner._buffers, timeout=5000)
    qtbot.wait(50)  # let any late readyRead arrive
    assert raised == []
    owner.release()


def test_server_name_follows_the_folder_not_its_spelling(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert len(server_name(tmp_path / ("x" * 200))) < 40, "socket paths have a short limit"


def test_bring_to_front_restores_a_minimised_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    bring_to_front(window)
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()

"""One running Quadrant per data folder; a second start brings the first to the front.

Two programs writing the same database would each show a stale matrix, and
each would undo the other's changes. So the first start holds a QLockFile in
the data folder and listens on a QLocalServer; a second start finds the lock
taken, sends ``raise`` over a QLocalSocket, and exits.

A crash leaves the lock file behind. QLockFile records the owner's process
id, and ``tryLock`` removes a lock whose owner is no longer running, so a
crash never blocks the next start. The lock has no age limit
(``setStaleLockTime(0)``): a running Quadrant never refreshes its lock, and
an age limit would let a second start take over from a first that simply
ran for a long time.

The socket is local only (a Unix socket, or a named pipe on Windows), open
to the same user only, and its name is a hash of the data folder, so two
data folders run side by side. Only the exact message ``raise`` does
anything; whatever else arrives is dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "quadrant.lock"
RAISE_MESSAGE = b"raise"
MAX_MESSAGE_BYTES = 64
"""Anything longer than this on the socket is not ours: the connection is dropped."""
HAND_OVER_TIMEOUT_MS = 3000
"""How long a second start keeps trying to reach a first one that is still starting."""


def server_name(data_dir: Path) -> str:
    """The local server's name for a data folder: the same folder always gives the same name."""
    folder = str(data_dir.expanduser().resolve())
    digest = hashlib.sha256(folder.encode("utf-8", "surrogatepass")).hexdigest()
    return f"quadrant-{digest[:24]}"


class SingleInstance(QObject):
    """Claims a data folder for this process, or hands over to the process that has it.

    Signals:
        raise_requested(): a second start asked this one to come to the front.
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock_path = data_dir / LOCK_FILE_NAME
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def claim(self) -> bool:
        """Take the data folder for this process.

        Returns:
            True when this process is the one to run (it now listens for a
            second start); False when another running process has the folder.
        """
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # The folder cannot hold a lock file (read-only, say): run unguarded
            # rather than not at all; opening the database will say what is wrong.
            log.warning("no single-instance lock: error %d", self._lock.error().value)
            return True
        with contextlib.suppress(OSError):
            os.chmod(self.lock_path, 0o600)  # Qt follows the umask; everything here is private
        # The lock is ours, so any socket file under our name is a crashed owner's.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        if server.listen(self.name):
            self._server = server
            log.info("running as the only instance for this data folder (pid %d)", os.getpid())
        else:
            log.warning("a second start cannot reach this one: listen failed (error %d)",
                        server.serverError().value)  # fmt: skip
        return True

    def hand_over(self, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> int:
        """Ask the running instance to come to the front.

        Returns:
            The exit status for this second start: 0 when the running one got
            the message, 1 when it could not be reached (it says so on stderr).
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            if _send(self.name, RAISE_MESSAGE):
                log.info("handed over to the running instance")
                return 0
            if time.monotonic() >= deadline:
                break
            time.sleep(0.05)  # the first start holds the lock but is not listening yet
        info = self._lock.getLockInfo()
        pid = int(info[0]) if isinstance(info, tuple) and info else 0
        log.warning("another instance (pid %d) holds the data folder and does not answer", pid)
        print(
            f"Quadrant is already running with this data folder (process {pid}), "
            "but it does not answer.",
            file=sys.stderr,
        )
        return 1

    def release(self) -> None:
        """Stop listening and give the folder free (at the end of the app)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        # The sockets stay children of the server until it closes: deleting them
        # from their own signals is what crashes, and a second start is rare.
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(self._on_socket_disconnected)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _on_socket_disconnected(self) -> None:
        self._buffers.pop(self.sender(), None)  # type: ignore[call-overload]

    def _read(self, socket: QLocalSocket) -> None:
        """Collect one short line; act on ``raise``, drop anything else."""
        if socket not in self._buffers:
            return
        received = self._buffers[socket] + bytes(socket.read(MAX_MESSAGE_BYTES + 1).data())
        if b"\n" not in received and len(received) <= MAX_MESSAGE_BYTES:
            self._buffers[socket] = received
            return
        del self._buffers[socket]
        first_line = received.split(b"\n", 1)[0]
        if first_line == RAISE_MESSAGE:
            log.info("a second start asked to raise the window")
            self.raise_requested.emit()
        else:
            log.warning(
                "dropped an unknown message of %d bytes on the local socket", len(first_line)
            )
        socket.abort()


def _send(name: str, message: bytes) -> bool:
    """One attempt to deliver ``message`` to the server ``name``."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(500):
        return False
    socket.write(message + b"\n")
    delivered = socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(500)
    return delivered


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` above the others, restored if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()

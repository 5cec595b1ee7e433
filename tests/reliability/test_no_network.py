"""Quadrant has no network client, and the test suite could not use the network if it tried."""

from __future__ import annotations

import ast
import socket
import tomllib
from pathlib import Path

import pytest

import quadrant

PACKAGE = Path(quadrant.__file__).parent
REPO = PACKAGE.parents[1]

FORBIDDEN_MODULES = {
    "socket", "ssl", "socketserver", "http", "urllib.request", "urllib3", "requests", "httpx",
    "aiohttp", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "websocket",
    "websockets", "asyncio.streams", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets", "PySide6.QtHttpServer", "PySide6.QtWebView",
}  # fmt: skip
"""Modules that talk to other machines (urllib.parse, which only splits text, is fine)."""

ALLOWED_QT_NETWORK = {"QLocalServer", "QLocalSocket"}
"""QtNetwork's local sockets: the single-instance check on this computer only."""


def network_imports(source: str, where: str) -> list[str]:
    """Every import in ``source`` that could reach the network."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
            names: list[str] = []
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
            names = [alias.name for alias in node.names]
        else:
            continue
        for module in modules:
            dotted = [module] + [f"{module}.{name}" for name in names]
            if any(_within(m, bad) for m in dotted for bad in FORBIDDEN_MODULES):
                found.append(f"{where}:{node.lineno}: {module}")
            if module == "PySide6.QtNetwork" and (not names or set(names) - ALLOWED_QT_NETWORK):
                found.append(f"{where}:{node.lineno}: QtNetwork {sorted(names) or '*'}")
            if module == "PySide6" and "QtNetwork" in names:
                found.append(f"{where}:{node.lineno}: the whole of QtNetwork")
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(f"{package}.")


def test_the_package_imports_no_network_client() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    found = [hit for path in files for hit in network_imports(path.read_text("utf-8"), str(path))]
    assert found == []
    assert len(files) > 50, "the scan must see the whole package"


@pytest.mark.parametrize(
    "source",
    [
        "import socket",
        "from urllib.request import urlopen",
        "import urllib.request",
        "from http import client",
        "from PySide6.QtNetwork import QNetworkAccessManager",
        "from PySide6.QtNetwork import QLocalSocket, QTcpSocket",
        "from PySide6 import QtNetwork",
        "import requests",
    ],
)
def test_the_scan_catches_network_clients(source: str) -> None:
    assert network_imports(source, "sample") != []


@pytest.mark.parametrize(
    "source",
    ["from PySide6.QtNetwork import QLocalServer, QLocalSocket", "from urllib.parse import quote"],
)
def test_the_scan_allows_local_sockets_and_url_parsing(source: str) -> None:
    assert network_imports(source, "sample") == []


def test_no_network_class_is_named_anywhere_in_the_code() -> None:
    names = ("QNetworkAccessManager", "QTcpSocket", "QUdpSocket", "QSslSocket", "QTcpServer",
             "urlopen", "QWebEngineView")  # fmt: skip
    hits = [f"{p}: {n}" for p in PACKAGE.rglob("*.py") for n in names if n in p.read_text("utf-8")]
    assert hits == []


def test_the_test_suite_runs_with_internet_sockets_disabled() -> None:
    options = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    addopts = options["tool"]["pytest"]["ini_options"]["addopts"]
    assert "--disable-socket" in addopts and "--allow-unix-socket" in addopts
    with (
        pytest.warns(UserWarning, match="tried to use socket"),
        pytest.raises(Exception, match=r"[Ss]ocket"),
    ):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM):
        pass  # the local socket of the single-instance check stays allowed

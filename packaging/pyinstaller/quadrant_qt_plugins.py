"""Which Qt plugins the bundle carries: the filter behind Quadrant's PySide6 hooks.

PyInstaller's own PySide6 hooks collect every plugin of a Qt module (all
platforms, the GTK theme, the virtual keyboard, eglfs...), and each plugin
drags its libraries in: the virtual keyboard alone brings QtQuick and QtQml.
The hook files beside this module replace PyInstaller's hooks for QtGui,
QtWidgets and QtNetwork with the same collection, minus the plugins not named
in KEEP_PLUGINS. Filtering here, before PyInstaller follows the plugins'
library dependencies, keeps those libraries out as well.
"""

from __future__ import annotations

from pathlib import PurePath

# Plugin folder -> file-name prefixes kept (without the "lib" prefix); a folder
# not listed is dropped whole, and "" keeps every plugin of a folder.
KEEP_PLUGINS: dict[str, tuple[str, ...]] = {
    # offscreen for --screenshot and tests; xcb and Wayland on Linux desktops;
    # the native ones on Windows and macOS.
    "platforms": ("qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"),
    # Dark mode and the desktop's own file dialogs through the XDG portal.
    "platformthemes": ("qxdgdesktopportal",),
    # Dead keys and input methods (é, ë, ï in Dutch text).
    "platforminputcontexts": ("composeplatforminput", "ibusplatforminput"),
    "imageformats": ("qsvg", "qico", "qicns", "qjpeg", "qgif", "qwebp", "qtiff", "qtga", "qwbmp"),
    "iconengines": ("qsvgicon",),
    "xcbglintegrations": ("",),
    "wayland-decoration-client": ("",),  # the window's title bar on GNOME under Wayland
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
    "styles": ("",),
}

HookResult = tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]


def wanted(source: str) -> bool:
    """Whether a file a Qt hook collected belongs in the bundle.

    Args:
        source: the file's path on the build machine.
    """
    parts = PurePath(source).parts
    if "plugins" not in parts:
        return True
    after = parts[len(parts) - parts[::-1].index("plugins") :]
    if len(after) < 2:
        return True
    folder, name = after[0], after[-1].removeprefix("lib")
    return any(name.startswith(prefix) for prefix in KEEP_PLUGINS.get(folder, ()))


def collect(hook_file: str) -> HookResult:
    """PyInstaller's collection for the hook's Qt module, without the unwanted plugins.

    Args:
        hook_file: the calling hook's ``__file__``; its name (hook-PySide6.QtGui.py)
            tells PyInstaller which Qt module to collect.
    """
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # type: ignore[import-untyped]

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    return (
        list(hiddenimports),
        [entry for entry in binaries if wanted(entry[0])],
        [entry for entry in datas if wanted(entry[0])],
    )

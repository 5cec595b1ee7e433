"""PyInstaller's PySide6.QtNetwork hook, keeping only the Qt plugins named in quadrant_qt_plugins.

PyInstaller finds a hook by its file name, and hooks in the spec's hookspath
take the place of its own.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quadrant_qt_plugins import collect

hiddenimports, binaries, datas = collect(__file__)

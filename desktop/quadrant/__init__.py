"""Quadrant: prioritise, say no kindly, and reflect on the week.

A desktop tool for management assistants who support several managers.
"""

from importlib import metadata

try:
    __version__ = metadata.version("quadrant")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

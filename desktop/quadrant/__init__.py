"""Quadrant: prioritise, say no kindly, and reflect on the week.

A desktop tool for management assistants who support several managers.
"""


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked for.

    importlib.metadata takes tens of milliseconds to import (email, zipfile,
    csv…); start-up does not need the version, so it is not read before.
    """
    if name != "__version__":
        raise AttributeError(f"module 'quadrant' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("quadrant")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        version = "0.0.0+unknown"
    globals()["__version__"] = version
    return version

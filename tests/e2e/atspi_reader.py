"""Walk Quadrant's accessibility tree over AT-SPI, as a screen reader does; print it as JSON.

Runs under the *system* python3 (Debian's python3-pyatspi), not the venv:

    /usr/bin/python3 atspi_reader.py SECONDS

Waits until an application called Quadrant shows list items, then prints
``[[depth, role, name], ...]`` and exits 0; exits 1 when none appears in time.
"""

import json
import sys
import time

import pyatspi


def walk(node, depth, out):
    out.append([depth, node.getRoleName(), node.name])
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, out)
    return out


def main():
    deadline = time.monotonic() + float(sys.argv[1])
    seen = []
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is None:
                continue
            seen.append(app.name)
            if app.name == "Quadrant":
                try:
                    tree = walk(app, 0, [])
                except Exception:  # the tree changed under us: try again
                    continue
                if any(role == "list item" for _, role, _ in tree):
                    print(json.dumps(tree))
                    return 0
        time.sleep(0.5)
    print(f"no Quadrant with list items; applications seen: {sorted(set(seen))}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

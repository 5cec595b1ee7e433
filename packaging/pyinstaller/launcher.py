"""The frozen bundle's entry point: the same as the ``quadrant`` command."""

import sys

from quadrant.cli import main

if __name__ == "__main__":
    sys.exit(main())

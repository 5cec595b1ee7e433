"""``python -m quadrant``: the same as the ``quadrant`` command."""

import sys

from quadrant.cli import main

sys.exit(main())

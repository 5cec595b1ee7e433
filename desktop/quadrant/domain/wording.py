"""Words for the user that are not errors: a note, a place in a file, a finding.

An import's notes ("its title was too long and was cut off"), the place they
point at ("row 12", "to-do “Budget” at line 40") and the database check's
findings are shown long after they were made, by the window or the command
line, each in its own language. So, like an error (domain/errors.py), they
travel as a constant English *template* marked with ``QT_TRANSLATE_NOOP``
in the "errors" context plus the values of its ``{fields}``; the reader
translates the template and fills in the values. ``str()`` gives the filled
English text, for logs and for the command line in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from quadrant.domain.errors import fill_template


@dataclass(frozen=True, slots=True)
class Wording:
    """A marked English template and the values of its fields.

    Attributes:
        template: ``QT_TRANSLATE_NOOP("errors", "…{field}…")``; a whole
            phrase, so a translation can put the fields in its own order.
        params: the values; text from a file only ever travels here, never
            in the template, so its braces are never read as fields.
    """

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill_template(self.template, self.params)

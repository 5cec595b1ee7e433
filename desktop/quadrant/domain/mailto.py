"""mailto: links (RFC 6068), so a drafted reply opens in the user's own mail program.

Quadrant never sends mail itself: it hands the draft to the mail program the
user trusts, which keeps her sent items and signature where they belong.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import quote

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")
_ADDRESS_SAFE: Final = "@"
"""Characters left as they are in the address; everything else is percent-encoded."""


def crlf(text: str) -> str:
    """``text`` with every line break written as CRLF, as RFC 6068 asks for bodies."""
    return _LINE_BREAK.sub("\r\n", text)


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: URL that opens a new message with the given recipient, subject and body.

    Every character that has a meaning in a URL (space, ``&``, ``?``, ``#``,
    ``%``, ``+``, ``=``) and every non-ASCII character is percent-encoded as
    UTF-8, so the mail program receives exactly the text the user saw. Line
    breaks in the body become ``%0D%0A``; a subject is one line, so its line
    breaks become spaces. An empty recipient leaves the "To" field blank.
    """
    address = quote(to.strip(), safe=_ADDRESS_SAFE)
    one_line = " ".join(_LINE_BREAK.split(subject))
    fields = []
    if one_line:
        fields.append("subject=" + quote(one_line, safe=""))
    if body:
        fields.append("body=" + quote(crlf(body), safe=""))
    query = "&".join(fields)
    return f"mailto:{address}" + (f"?{query}" if query else "")

"""mailto: URLs carry the recipient, subject and body exactly, whatever the text holds."""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.mailto import crlf, mailto_url


def _parse(url: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.fragment == ""
    fields = dict(parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query)))
    return unquote(parts.path), fields


def test_the_hard_characters_survive_the_round_trip() -> None:
    subject = "Budget & planning? 100% #1 + één"
    body = "Beste Anna,\n\nKan het vóór vrijdag? Zo niet: A & B = C #klaar 50%\r\nGroet"
    url = mailto_url("anna.de.vries@example.org", subject, body)
    to, fields = _parse(url)
    assert to == "anna.de.vries@example.org"
    assert fields == {"subject": subject, "body": crlf(body)}
    assert " " not in url
    assert "\n" not in url
    assert "%0D%0A" in url
    assert "%C3%A9" in url  # é as UTF-8


def test_line_breaks_become_crlf_and_the_subject_stays_one_line() -> None:
    to, fields = _parse(mailto_url("", "Two\nlines", "a\nb\rc\r\nd"))
    assert to == ""
    assert fields == {"subject": "Two lines", "body": "a\r\nb\r\nc\r\nd"}


def test_empty_fields_are_left_out() -> None:
    assert mailto_url("x@example.org", "", "") == "mailto:x@example.org"


@given(
    to=st.emails() | st.just(""),
    subject=st.text().filter(lambda s: "\n" not in s and "\r" not in s),
    body=st.text(),
)
def test_parsing_the_url_back_gives_the_input(to: str, subject: str, body: str) -> None:
    url = mailto_url(to, subject, body)
    parsed_to, fields = _parse(url)
    assert parsed_to == to.strip()
    if subject:
        assert fields["subject"] == subject
    else:
        assert "subject" not in fields
    assert fields.get("body", "") == crlf(body)
    assert url.isascii()
    assert not any(ch in url for ch in " \t\r\n#")

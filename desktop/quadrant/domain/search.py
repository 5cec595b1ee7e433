"""What "find these words" and "only this requester" mean, for every filter in the app.

The matrix's search field, the template manager's search and the history
view's requester box all narrow a list the same way, and the user expects
them to: typing "Anna budget" finds what mentions both words, in any case and
in any order, and an empty field hides nothing. This module owns that rule so
the filters cannot drift apart.

The rule, precisely:

* the query is folded with :meth:`str.casefold` and split on white space;
* an item passes when every word occurs somewhere in one of its fields,
  folded the same way — a word never spans two fields;
* a query of only white space has no words and lets everything pass;
* accents count: "e" does not find "é" (casefold keeps them);
* a requester criterion of None lets every item pass, otherwise only the
  items of exactly that requester (an item without one never passes).

Because a word that is found implies every prefix of it is found, typing on
at the end of a query only ever narrows the result; the matrix relies on that
to filter what it showed a keystroke ago instead of every task again.
"""

from __future__ import annotations

from collections.abc import Sequence

FIELD_SEPARATOR = "\n"
"""Joins an item's fields; a query word has no white space, so it cannot match across it."""


def query_words(query: str) -> tuple[str, ...]:
    """The words of a typed query, case-folded; empty when the query is blank.

    Split once per query, not once per item: the matrix tests thousands of
    tasks at every keystroke.
    """
    return tuple(query.casefold().split())


def searchable(*fields: str) -> str:
    """An item's fields as one case-folded text that :func:`found_in` looks through."""
    return FIELD_SEPARATOR.join(fields).casefold()


def found_in(words: Sequence[str], text: str) -> bool:
    """Whether every query word occurs in ``text`` (made by :func:`searchable`)."""
    return all(word in text for word in words)


def matches_text(query: str, *fields: str) -> bool:
    """Whether an item with these fields passes a typed query: the whole rule in one call."""
    words = query_words(query)
    return not words or found_in(words, searchable(*fields))


def requester_passes(wanted: int | None, requester_id: int | None) -> bool:
    """Whether an item of ``requester_id`` passes a filter on ``wanted`` (None: anyone)."""
    return wanted is None or requester_id == wanted

"""Every free-text field is bounded, and the error says which field and what limit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quadrant.domain.errors import ValidationError
from quadrant.domain.task import (
    MAX_NAME_CHARS,
    MAX_NOTES_CHARS,
    MAX_TITLE_CHARS,
    clean_name,
    clean_notes,
    clean_title,
)
from quadrant.services.requesters import (
    MAX_AGREEMENTS_CHARS,
    MAX_ROLE_CHARS,
    clean_agreements,
    clean_role,
)

FIELDS = [
    pytest.param(clean_title, MAX_TITLE_CHARS, "title", id="title"),
    pytest.param(clean_name, MAX_NAME_CHARS, "name", id="name"),
    pytest.param(clean_notes, MAX_NOTES_CHARS, "notes", id="notes"),
    pytest.param(clean_role, MAX_ROLE_CHARS, "role", id="role"),
    pytest.param(clean_agreements, MAX_AGREEMENTS_CHARS, "agreements", id="agreements"),
]


@pytest.mark.parametrize(("clean", "limit", "where"), FIELDS)
def test_a_text_at_the_limit_is_kept_as_it_is(
    clean: Callable[[str], str], limit: int, where: str
) -> None:
    assert clean("x" * limit) == "x" * limit


@pytest.mark.parametrize(("clean", "limit", "where"), FIELDS)
def test_one_character_more_is_refused_naming_the_field_and_the_limit(
    clean: Callable[[str], str], limit: int, where: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        clean("x" * (limit + 1))
    assert raised.value.where == where
    assert raised.value.params == {"limit": limit}
    assert str(limit) in raised.value.message

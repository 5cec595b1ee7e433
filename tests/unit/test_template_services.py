"""Template use cases with a fake unit of work, and turning a drafted text back into a template."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quadrant.domain.placeholders import PLACEHOLDER_NAMES, render, validate
from quadrant.domain.replies import Language, ReplyKind, Tone
from quadrant.services import templates as library
from quadrant.services.templates import TemplateQuery, TemplateSource, source_from_text
from tests.unit.fakes import FakeUnitOfWork

WORDS = st.text(alphabet="abcdeé {}[]?_,.\n", min_size=1, max_size=12)
VALUES = st.dictionaries(st.sampled_from(PLACEHOLDER_NAMES), st.none() | WORDS, max_size=5)


@given(text=st.text(max_size=200), values=VALUES)
def test_a_drafted_text_always_becomes_a_valid_template(
    text: str, values: dict[str, str | None]
) -> None:
    validate(source_from_text(text, values))


@given(
    before=st.text(alphabet="Hoi, dank je {}.\n", max_size=30),
    after=st.text(alphabet="Groet {}!\n", max_size=30),
    name=st.text(alphabet="ABCdefë", min_size=2, max_size=10),
)
def test_values_become_placeholders_and_render_back_to_the_text(
    before: str, after: str, name: str
) -> None:
    text = f"{before} {name} {after}"
    values: dict[str, str | None] = {"requester_first_name": name}
    source = source_from_text(text, values)
    assert "{requester_first_name}" in source
    assert render(source, values).text == text


def test_only_whole_words_are_replaced_longest_first() -> None:
    values: dict[str, str | None] = {
        "requester": "Anna de Vries",
        "requester_first_name": "Anna",
        "task": "Budget",
    }
    text = "Hoi Anna, Annabel en Anna de Vries: Budgetten en Budget."
    assert source_from_text(text, values) == (
        "Hoi {requester_first_name}, Annabel en {requester}: Budgetten en {task}."
    )


def test_gap_markers_become_placeholders_again() -> None:
    assert source_from_text("Groet, [my_name?]", {"my_name": None}) == "Groet, {my_name}"


def test_seeding_and_the_best_template_first() -> None:
    uow = FakeUnitOfWork()
    assert library.ensure_builtins(uow) >= 36
    assert library.ensure_builtins(uow) == 0
    builtin = library.templates_for(uow, ReplyKind.POSTPONE, Tone.FIRM, Language.EN)
    assert [t.builtin for t in builtin] == [True]
    own = library.duplicate_template(uow, builtin[0].id or 0, "Mine")
    best = library.templates_for(uow, ReplyKind.POSTPONE, Tone.FIRM, Language.EN)
    assert best[0] == own
    assert library.list_templates(uow, TemplateQuery(source=TemplateSource.MINE)) == [own]
    found = library.list_templates(uow, TemplateQuery(text="mine"))
    assert found == [own]

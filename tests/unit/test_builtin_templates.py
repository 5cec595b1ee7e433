"""The built-in template library: loads, covers every combination, renders, spells right."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from quadrant.domain.errors import ValidationError
from quadrant.domain.placeholders import PLACEHOLDER_NAMES, PlaceholderError, gap_marker
from quadrant.domain.replies import (
    Language,
    ReplyContext,
    ReplyKind,
    Tone,
    context_values,
    required_inputs,
)
from quadrant.domain.templates import (
    Template,
    missing_combinations,
    parse_builtin_library,
)

LIBRARY = Path(__file__).resolve().parents[2] / "resources" / "templates" / "builtin.json"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
DICTIONARIES = {Language.NL: "nl_NL", Language.EN: "en_US"}
# Words hunspell may not know that are still right; keep this list short and explained.
ALLOWED_WORDS: dict[Language, frozenset[str]] = {Language.NL: frozenset(), Language.EN: frozenset()}


@cache
def library() -> tuple[Template, ...]:
    return parse_builtin_library(LIBRARY.read_text(encoding="utf-8"))


def full_context() -> ReplyContext:
    return ReplyContext(
        requester="Anna de Vries",
        task="Stukken voor het MT",
        today=date(2026, 11, 18),
        due_date=date(2026, 11, 20),
        alternative_date=date(2026, 11, 23),
        urgent_open_count=3,
        displaced_tasks=("Declaraties", "Reisplan Berlijn", "Notulen"),
        delegate_to="Mark",
        my_name="Sandra",
        agreement="nieuwe klussen bespreken we in het weekoverleg",
    )


def test_the_library_loads_and_validates() -> None:
    templates = library()
    assert len(templates) >= 36
    for template in templates:
        template.validate()
        assert template.builtin
        assert template.pack_uid is None
        assert template.id is None


def test_every_kind_tone_and_language_has_exactly_one_template() -> None:
    templates = library()
    assert missing_combinations(templates) == ()
    combos = [(t.kind, t.tone, t.language) for t in templates]
    assert len(combos) == len(set(combos)) == len(ReplyKind) * len(Tone) * len(Language)


def test_uids_are_stable_and_spell_out_the_combination() -> None:
    for template in library():
        assert template.uid == f"builtin.{template.kind}.{template.tone}.{template.language}"


def test_each_template_uses_the_placeholders_its_kind_needs() -> None:
    for template in library():
        used = set(template.placeholders)
        assert {"requester_first_name", "task", "my_name"} <= used, template.uid
        assert set(required_inputs(template.kind)) <= used, template.uid


@pytest.mark.parametrize("language", list(Language))
def test_every_template_renders_without_gaps_from_a_full_context(language: Language) -> None:
    values = context_values(full_context(), language)
    for template in library():
        rendered = template.render(values)
        assert rendered.gaps == (), template.uid
        assert "[" not in rendered.body.text
        assert "{" not in rendered.body.text
        assert rendered.body.text.startswith(
            ("Hoi Anna,", "Beste Anna,", "Hi Anna,", "Dear Anna,", "Hello Anna,")
        )
        assert rendered.body.text.endswith("\nSandra")


def test_an_empty_context_shows_every_gap() -> None:
    values = context_values(ReplyContext(today=date(2026, 11, 18)), Language.EN)
    for template in library():
        rendered = template.render(values)
        expected = tuple(name for name in template.placeholders if name != "today")
        assert rendered.gaps == expected, template.uid
        text = rendered.subject.text + rendered.body.text
        for name in expected:
            assert gap_marker(name) in text
        assert any(part.is_gap for part in rendered.body.parts)


def test_bodies_are_short_replies() -> None:
    for template in library():
        paragraph = max(template.body.split("\n"), key=len)
        sentences = [s for s in re.split(r"(?<=[.?!])\s+", paragraph) if s.strip()]
        assert 3 <= len(sentences) <= 7, template.uid
        assert len(template.subject) <= 60, template.uid


def test_dutch_uses_je_and_never_u() -> None:
    for template in library():
        if template.language is Language.NL:
            words = re.findall(r"\w+", PLACEHOLDER.sub(" ", template.body).lower())
            assert not {"u", "uw"} & set(words), template.uid


# --- spelling ------------------------------------------------------------------------------


def misspelled(text: str, dictionary: str) -> list[str]:
    if shutil.which("hunspell") is None:
        pytest.skip("hunspell is not installed (apt install hunspell hunspell-nl hunspell-en-us)")
    probe = subprocess.run(
        ["hunspell", "-D"], input="", capture_output=True, text=True, timeout=30, check=False
    )
    available = {Path(line.strip()).name for line in (probe.stdout + probe.stderr).splitlines()}
    if dictionary not in available:
        pytest.skip(f"hunspell dictionary {dictionary} is not installed")
    result = subprocess.run(
        ["hunspell", "-d", dictionary, "-l"],
        input=text,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    # Quotes left next to a stripped placeholder come back as "words"; only real words count.
    return [word for word in result.stdout.split() if any(ch.isalpha() for ch in word)]


@pytest.mark.parametrize("language", list(Language))
def test_texts_pass_the_spell_checker(language: Language) -> None:
    texts = [
        PLACEHOLDER.sub(" ", f"{t.name}\n{t.subject}\n{t.body}")
        for t in library()
        if t.language is language
    ]
    wrong = set(misspelled("\n".join(texts), DICTIONARIES[language])) - ALLOWED_WORDS[language]
    assert not wrong, f"{DICTIONARIES[language]} does not know: {sorted(wrong)}"


def test_the_spell_check_does_catch_mistakes() -> None:
    assert misspelled("Ik help je graag mett dit", "nl_NL") == ["mett"]
    assert misspelled("I am happy to hepl", "en_US") == ["hepl"]


# --- the loader refuses bad libraries and names the template ------------------------------


def _library_with(**changes: object) -> str:
    data = json.loads(LIBRARY.read_text(encoding="utf-8"))
    data["templates"][0].update(changes)
    return json.dumps(data)


def test_a_bad_placeholder_names_the_template_uid_and_position() -> None:
    with pytest.raises(PlaceholderError) as caught:
        parse_builtin_library(_library_with(body="Hoi {requester_first_name},\n{task.__class__}"))
    assert "builtin.decline.warm.nl" in str(caught.value)
    assert (caught.value.line, caught.value.column) == (2, 1)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "grovel"}, "grovel"),
        ({"name": " "}, "name"),
        ({"body": ""}, "body"),
        ({"subject": "two\nlines"}, "single line"),
        ({"colour": "red"}, "colour"),
        ({"version": 0}, "version"),
        ({"tags": "a"}, "tags"),
        ({"subject": "{" * 3}, "Unclosed"),
    ],
)
def test_invalid_templates_are_refused_naming_the_uid(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        parse_builtin_library(_library_with(**changes))
    assert "builtin.decline.warm.nl" in str(caught.value)


def test_duplicate_uids_and_malformed_files_are_refused() -> None:
    data = json.loads(LIBRARY.read_text(encoding="utf-8"))
    data["templates"].append(data["templates"][0])
    with pytest.raises(ValidationError, match=r"builtin\.decline\.warm\.nl"):
        parse_builtin_library(json.dumps(data))
    for bad in ("", "[]", '{"format": "other", "templates": []}', '{"format": "x"'):
        with pytest.raises(ValidationError):
            parse_builtin_library(bad)


def test_every_placeholder_in_the_library_is_known() -> None:
    for template in library():
        assert set(template.placeholders) <= set(PLACEHOLDER_NAMES)

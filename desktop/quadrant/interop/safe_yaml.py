"""Reading YAML that a stranger wrote: size-limited, no aliases, bounded nesting.

``yaml.safe_load`` never runs code, but it still expands aliases: a
"billion laughs" file of a few hundred bytes (``&a [x,x,…]``, ``&b [*a,*a,…]``, …)
becomes gigabytes of lists. Espanso match files never need aliases, so they
are refused outright. The order of the checks:

1. the size, before anything is decoded;
2. strict UTF-8;
3. a streaming pass over the parser's *events* (no document is built yet):
   any alias, nesting deeper than ``MAX_DEPTH`` or more than ``MAX_EVENTS``
   events stops the reading at once;
4. only then the document is built, by a loader that refuses aliases too.

libyaml's parser is used when present: PyYAML's pure-Python scanner needs
seconds for a few thousand nested brackets. Without libyaml a smaller size
limit and a cheap bracket count come first.
"""

from __future__ import annotations

from typing import Any, Final

import yaml

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ImportRejected
from quadrant.domain.safe_json import check_size, decode_utf8

MAX_DEPTH: Final = 20
MAX_EVENTS: Final = 200_000
MAX_BYTES_WITHOUT_LIBYAML: Final = 256 * 1024

_FAST: Final = bool(getattr(yaml, "__with_libyaml__", False))
_OPEN: Final = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE: Final = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _alias_refused(line: int) -> ImportRejected:
    return ImportRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "The YAML file uses an alias (*name) at line {line}; aliases are not accepted "
            "because a few of them can blow a small file up to gigabytes.",
        ),
        params={"line": line},
    )


class NoAliasSafeLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing any alias while the document is composed."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # (untyped in the stubs)
            raise _alias_refused(_line(event))
        return super().compose_node(parent, index)


def _line(event: Any) -> int:
    mark = getattr(event, "start_mark", None)
    return int(getattr(mark, "line", -1)) + 1


def _parser_loader() -> type[Any]:
    return yaml.CSafeLoader if _FAST else yaml.SafeLoader


def _check_events(text: str) -> None:
    """Walk the parser events once: no aliases, bounded depth and count."""
    depth = 0
    for count, event in enumerate(yaml.parse(text, Loader=_parser_loader()), start=1):
        if isinstance(event, yaml.AliasEvent):
            raise _alias_refused(_line(event))
        if isinstance(event, _OPEN):
            depth += 1
            if depth > MAX_DEPTH:
                raise ImportRejected(
                    QT_TRANSLATE_NOOP(
                        "errors", "The YAML file is nested more than {limit} levels deep."
                    ),
                    params={"limit": MAX_DEPTH},
                )
        elif isinstance(event, _CLOSE):
            depth -= 1
        if count > MAX_EVENTS:
            raise ImportRejected(
                QT_TRANSLATE_NOOP("errors", "The YAML file has more than {limit} elements."),
                params={"limit": MAX_EVENTS},
            )


def _rough_depth_check(text: str) -> None:
    """Without libyaml: refuse runs of brackets before the slow scanner sees them."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
    if deepest > MAX_DEPTH:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The YAML file is nested more than {limit} levels deep."),
            params={"limit": MAX_DEPTH},
        )


def load_yaml(data: bytes, *, max_bytes: int) -> Any:
    """Parse untrusted YAML within limits and without aliases.

    Raises:
        ImportRejected: too large, not UTF-8, an alias, too deep, too many
            elements, or not valid YAML (with the line it failed at).
    """
    check_size(data, max_bytes if _FAST else min(max_bytes, MAX_BYTES_WITHOUT_LIBYAML))
    text = decode_utf8(data)
    try:
        if not _FAST:
            _rough_depth_check(text)
        _check_events(text)
        return yaml.load(text, Loader=NoAliasSafeLoader)  # noqa: S506 (a SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        line = mark.line + 1 if mark is not None else 0
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The file is not valid YAML: {problem} (line {line})."),
            params={"problem": e.problem or "unreadable", "line": line},
        ) from e
    except (yaml.YAMLError, ValueError, RecursionError) as e:
        raise ImportRejected(
            QT_TRANSLATE_NOOP("errors", "The file cannot be read as YAML: {problem}"),
            params={"problem": str(e)[:200]},
        ) from e

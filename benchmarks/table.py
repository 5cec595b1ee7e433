"""The results table of ``make bench``: one row per figure, with its budget and verdict."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    """One figure: its median and spread over the runs, a ratio, a budget and the verdict.

    ``ok`` is None for a figure without a budget, or one the code base cannot
    produce yet ("n/a").
    """

    name: str
    median: float | None
    low: float | None
    high: float | None
    unit: str
    ratio: float | None = None
    budget: str = ""
    ok: bool | None = None

    @classmethod
    def of(
        cls,
        name: str,
        runs: Sequence[float],
        unit: str,
        *,
        ratio: float | None = None,
        budget: str = "",
        ok: bool | None = None,
    ) -> Row:
        """A figure from the value of each run; no values means "n/a"."""
        if not runs:
            return cls(name, None, None, None, unit, budget=budget)
        middle = statistics.median(runs)
        return cls(name, middle, min(runs), max(runs), unit, ratio, budget, ok)

    @classmethod
    def summary(
        cls,
        name: str,
        summary: dict[str, Any],
        unit: str,
        *,
        ratio: float | None = None,
        budget: str = "",
        ok: bool | None = None,
    ) -> Row:
        """A figure from a Summary (median, low, high) measured elsewhere."""
        return cls(name, summary["median"], summary["low"], summary["high"], unit, ratio,
                   budget, ok)  # fmt: skip

    @classmethod
    def budgeted(cls, name: str, runs: Sequence[float], limit_ms: float) -> Row:
        """A time in ms with an upper limit; "n/a" passes."""
        ok = statistics.median(runs) <= limit_ms if runs else None
        return cls.of(name, runs, "ms", budget=f"≤ {limit_ms:g} ms", ok=ok)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def cells(self) -> list[str]:
        if self.median is None:
            return [self.name, "n/a", "", "", self.budget, "n/a" if self.budget else ""]
        spread = f"{self.low:.1f}–{self.high:.1f}" if self.low != self.high else ""
        ratio = f"{self.ratio:.2f}" if self.ratio is not None else ""
        verdict = {True: "pass", False: "FAIL", None: ""}[self.ok]
        return [self.name, f"{self.median:.1f} {self.unit}", spread, ratio, self.budget, verdict]


HEADER = ["benchmark", "median", "spread", "ratio", "budget", "result"]


def render(rows: Sequence[Row], machine: dict[str, str], minutes: float) -> str:
    """The table as Markdown (readable in a terminal and pasteable into docs)."""
    cells = [HEADER] + [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADER))]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    out = [line(HEADER), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in cells[1:]]
    about = "; ".join(f"{key}: {value}" for key, value in machine.items())
    out += ["", f"Machine: {about}.", f"Suite time: {minutes:.1f} min."]
    return "\n".join(out)

"""Saved reflections: the answers to the weekly prompts, one JSON object per ISO week."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from quadrant.domain.errors import ValidationError
from quadrant.domain.reflection import IsoWeek
from quadrant.store.schema import ReflectionRow


def _decode(raw: str) -> dict[str, str]:
    """Stored answers as a dict of text; anything unreadable is left out, never fatal.

    A damaged row must not lock the user out of the reflection dialog: what
    can be read is shown, the rest is dropped at the next save.
    """
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


class SqlReflectionRepository:
    """Satisfies services.ports.ReflectionRepository against SQLite."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, week: IsoWeek) -> ReflectionRow | None:
        return self._session.scalars(
            select(ReflectionRow).where(ReflectionRow.week == str(week))
        ).first()

    def answers(self, week: IsoWeek) -> dict[str, str] | None:
        row = self._row(week)
        return None if row is None else _decode(row.answers)

    def save(self, week: IsoWeek, answers: dict[str, str], now: datetime) -> None:
        row = self._row(week)
        encoded = json.dumps(answers, ensure_ascii=False, sort_keys=True)
        if row is None:
            row = ReflectionRow(week=str(week), answers=encoded, created_at=now, updated_at=now)
            self._session.add(row)
        else:
            row.answers = encoded
            row.updated_at = now
        self._session.flush()

    def weeks(self) -> Sequence[IsoWeek]:
        weeks = []
        for label in self._session.scalars(select(ReflectionRow.week)):
            try:
                weeks.append(IsoWeek.parse(label))
            except ValidationError:
                continue  # a row no version of Quadrant wrote; not a week to offer
        return sorted(weeks, reverse=True)

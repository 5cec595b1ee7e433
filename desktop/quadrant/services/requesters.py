"""Requester use cases: the internal clients, their contact details and working agreements.

The agreements text feeds the ``{agreement}`` placeholder of boundary
replies ("new requests after 3 pm are planned for the next day"), so it is
kept short enough to quote and is validated like any other user input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Final

from quadrant.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from quadrant.domain.task import Requester, check_length, clean_name
from quadrant.services.clock import utc_now
from quadrant.services.ports import UnitOfWork

MAX_EMAIL_CHARS: Final = 320
MAX_ROLE_CHARS: Final = 200
MAX_AGREEMENTS_CHARS: Final = 4000
_EMAIL: Final = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\".]+")


def clean_email(email: str) -> str:
    """An e-mail address without surrounding space, or "" for none.

    Only the shape is checked (something@domain.tld, no spaces or list
    separators): the mail program has the last word, but a typo such as a
    missing "@" is caught while the user can still see it.
    """
    cleaned = email.strip()
    if not cleaned:
        return ""
    if len(cleaned) > MAX_EMAIL_CHARS or _EMAIL.fullmatch(cleaned) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This does not look like an e-mail address."), "email"
        )
    return cleaned


def clean_role(role: str) -> str:
    """A role on one line, bounded in size."""
    cleaned = " ".join(role.split())
    return check_length(
        cleaned,
        MAX_ROLE_CHARS,
        QT_TRANSLATE_NOOP("errors", "A role can be at most {limit} characters."),
        "role",
    )


def clean_agreements(agreements: str) -> str:
    """The agreements text as typed (line breaks kept), trimmed and bounded in size."""
    cleaned = agreements.strip()
    return check_length(
        cleaned,
        MAX_AGREEMENTS_CHARS,
        QT_TRANSLATE_NOOP("errors", "Agreements can be at most {limit} characters."),
        "agreements",
    )


def list_requesters(uow: UnitOfWork) -> Sequence[Requester]:
    """Every requester, by name."""
    with uow:
        return uow.requesters.all()


def get_requester(uow: UnitOfWork, requester_id: int) -> Requester:
    """One requester; NotFoundError when there is none."""
    with uow:
        return uow.requesters.get(requester_id)


def find_requester(uow: UnitOfWork, name: str) -> Requester | None:
    """The requester with this name (case ignored), or None."""
    if not name.strip():
        return None
    with uow:
        return uow.requesters.find_by_name(" ".join(name.split()))


def add_requester(
    uow: UnitOfWork,
    name: str,
    *,
    email: str = "",
    role: str = "",
    agreements: str = "",
    now: datetime | None = None,
) -> Requester:
    """A new requester; the name must not be taken yet (case ignored).

    Raises:
        ValidationError: a field is invalid or the name is taken.
    """
    cleaned = clean_name(name)
    with uow:
        if uow.requesters.find_by_name(cleaned) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is already a requester called “{name}”."),
                "name",
                params={"name": cleaned},
            )
        requester = uow.requesters.add(
            Requester(
                name=cleaned,
                email=clean_email(email),
                role=clean_role(role),
                agreements=clean_agreements(agreements),
                created_at=now or utc_now(),
            )
        )
        uow.commit()
    return requester


def update_requester(
    uow: UnitOfWork,
    requester_id: int,
    *,
    name: str,
    email: str,
    role: str,
    agreements: str,
) -> Requester:
    """Change a requester's details; the new name must not belong to someone else.

    Returns:
        The requester as stored now (unchanged input writes nothing).

    Raises:
        ValidationError: a field is invalid or the name is another requester's.
        NotFoundError: there is no such requester.
    """
    with uow:
        current = uow.requesters.get(requester_id)
        cleaned = clean_name(name)
        clash = uow.requesters.find_by_name(cleaned)
        if clash is not None and clash.id != requester_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is already a requester called “{name}”."),
                "name",
                params={"name": cleaned},
            )
        changed = replace(
            current,
            name=cleaned,
            email=clean_email(email),
            role=clean_role(role),
            agreements=clean_agreements(agreements),
        )
        if changed != current:
            uow.requesters.update(changed)
            uow.commit()
    return changed

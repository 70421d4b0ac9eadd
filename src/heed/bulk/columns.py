"""Which column of a file holds what: found by the header's names, or mapped by the user.

docs/design.md §4: the address column is the one named `address`, `phone`, `mobile`, `msisdn` or
`email` (any case) unless a mapping (`--column address=Mobile`) says otherwise. Names are
compared without case, spaces, hyphens or underscores, so `Phone Number` and `E-mail` are
found too. When two columns could be the address, heed asks rather than guesses: importing the
wrong column would opt out the wrong people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from heed.core.vocabulary import AddressKind, Channel
from heed.errors import BadInput


class Kind(StrEnum):
    """What a file is read for."""

    OPTOUTS = "optouts"
    CONTACTS = "contacts"
    AUDIENCE = "audience"


#: The roles a column may play, per kind of file (the first is required, in some form).
ROLES: dict[Kind, tuple[str, ...]] = {
    Kind.OPTOUTS: ("address", "reason", "channel", "scope"),
    Kind.CONTACTS: ("address", "phone", "email", "name", "first_name", "last_name", "external_id"),
    Kind.AUDIENCE: ("address",),
}
PHONE_NAMES = ("phone", "mobile", "msisdn", "phonenumber", "mobilenumber", "mobilephone", "cell")
EMAIL_NAMES = ("email", "emailaddress")
#: Header names (normalised) by which each role is found, most likely first.
NAMES: dict[str, tuple[str, ...]] = {
    "address": ("address",),
    "phone": PHONE_NAMES,
    "email": EMAIL_NAMES,
    "reason": ("reason", "note", "notes", "comment"),
    "channel": ("channel",),
    "scope": ("scope",),
    "name": ("name", "fullname", "contactname"),
    "first_name": ("firstname", "givenname"),
    "last_name": ("lastname", "surname", "familyname"),
    "external_id": ("externalid", "id", "contactid", "crmid", "customerid"),
}
_AMBIGUOUS_IS_AN_ERROR = {"address", "phone", "email"}


def normalised(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


@dataclass(frozen=True)
class Columns:
    """The roles resolved against one file's header: role -> column index."""

    header: tuple[str, ...]
    indexes: Mapping[str, int]

    def value(self, values: Sequence[str], role: str) -> str:
        """The row's value for `role`, stripped; "" when the role has no column or the row
        is shorter than the header."""
        index = self.indexes.get(role)
        if index is None or index >= len(values):
            return ""
        return values[index].strip()

    def names(self) -> dict[str, str]:
        """role -> header name, as recorded with an import and shown to people."""
        return {role: self.header[index] for role, index in self.indexes.items()}

    def has(self, role: str) -> bool:
        return role in self.indexes


def parse_mapping(options: Iterable[str]) -> dict[str, str]:
    """`["address=Mobile", "reason=Notes"]` -> `{"address": "Mobile", "reason": "Notes"}`."""
    mapping: dict[str, str] = {}
    for option in options:
        role, sep, name = option.partition("=")
        if not sep or not role.strip() or not name.strip():
            raise BadInput(
                f"expected a column mapping ROLE=HEADER, e.g. address=Mobile: {option!r}"
            )
        mapping[role.strip().lower()] = name.strip()
    return mapping


def resolve(
    kind: Kind,
    header: Sequence[str],
    mapping: Mapping[str, str] | None = None,
    *,
    channel: Channel | None = None,
    file_name: str = "the file",
) -> Columns:
    """Find each role's column; raise BadInput naming the headers when the address is not
    found, is ambiguous, or a mapped header does not exist."""
    header = tuple(header)
    allowed = ROLES[kind]
    indexes: dict[str, int] = {}
    for role, name in (mapping or {}).items():
        if role not in allowed:
            raise BadInput(
                f"unknown column role {role!r} for {_what(kind)}: expected one of "
                + ", ".join(allowed)
            )
        indexes[role] = _find(header, name, role, file_name)
    taken = set(indexes.values())
    if kind is Kind.CONTACTS:
        _auto(indexes, taken, header, ("phone", "email"), file_name)
        if not {"phone", "email"} & indexes.keys():
            _auto(indexes, taken, header, ("address",), file_name)
        if not {"address", "phone", "email"} & indexes.keys():
            raise BadInput(_missing(header, file_name, "a phone or email column", "phone"))
        _auto(indexes, taken, header, ("name", "first_name", "last_name", "external_id"), file_name)
    else:
        if "address" not in indexes:
            index = _address_column(header, taken, channel, file_name)
            indexes["address"] = index
            taken.add(index)
        _auto(indexes, taken, header, allowed[1:], file_name)
    return Columns(header, indexes)


def _what(kind: Kind) -> str:
    return {
        Kind.OPTOUTS: "an opt-out import",
        Kind.CONTACTS: "a contact import",
        Kind.AUDIENCE: "an audience",
    }[kind]


def _shown(header: Sequence[str]) -> str:
    names = [repr(h) if h else "(blank)" for h in header[:30]]
    more = f" and {len(header) - 30} more" if len(header) > 30 else ""
    return ", ".join(names) + more


def _missing(header: Sequence[str], file_name: str, what: str, role: str) -> str:
    return (
        f"no {what} in {file_name}: map one with --column {role}=HEADER; "
        f"its columns are {_shown(header)}"
    )


def _find(header: Sequence[str], name: str, role: str, file_name: str) -> int:
    """The index of the header called `name` (exactly, else ignoring case and spaces)."""
    exact = [i for i, h in enumerate(header) if h == name]
    loose = exact or [i for i, h in enumerate(header) if h.strip().casefold() == name.casefold()]
    if not loose:
        raise BadInput(
            f"{file_name} has no column named {name!r} (mapped to {role}): "
            f"its columns are {_shown(header)}"
        )
    if len(loose) > 1:
        raise BadInput(f"{file_name} has {len(loose)} columns named {name!r}: rename one")
    return loose[0]


def _candidates(header: Sequence[str], names: Iterable[str], taken: set[int]) -> list[int]:
    wanted = set(names)
    return [i for i, h in enumerate(header) if normalised(h) in wanted and i not in taken]


def _auto(
    indexes: dict[str, int],
    taken: set[int],
    header: Sequence[str],
    roles: Iterable[str],
    file_name: str,
) -> None:
    """Map each role not mapped yet to the column named like it, if there is one."""
    for role in roles:
        if role in indexes:
            continue
        found = _candidates(header, NAMES[role], taken)
        if len(found) > 1 and role in _AMBIGUOUS_IS_AN_ERROR:
            raise BadInput(_ambiguous(header, found, role, file_name))
        if found:
            best = min(found, key=lambda i: NAMES[role].index(normalised(header[i])))
            indexes[role] = best
            taken.add(best)


def _address_column(
    header: Sequence[str], taken: set[int], channel: Channel | None, file_name: str
) -> int:
    """The one column that can hold the address: a name of the channel's kind first (an
    email column for email, a phone column for SMS), then one named plainly `address`."""
    found = _candidates(header, (*NAMES["address"], *PHONE_NAMES, *EMAIL_NAMES), taken)
    if len(found) > 1 and channel is not None:
        own = PHONE_NAMES if channel.address_kind is AddressKind.PHONE else EMAIL_NAMES
        preferred = [i for i in found if normalised(header[i]) in own]
        plain = [i for i in found if normalised(header[i]) == "address"]
        found = preferred or plain or found
    if not found:
        raise BadInput(
            _missing(
                header,
                file_name,
                "address column (named address, phone, mobile, msisdn or email)",
                "address",
            )
        )
    if len(found) > 1:
        raise BadInput(_ambiguous(header, found, "address", file_name))
    return found[0]


def _ambiguous(header: Sequence[str], found: Sequence[int], role: str, file_name: str) -> str:
    names = ", ".join(repr(header[i]) for i in found)
    return (
        f"several columns of {file_name} could hold the {role} ({names}): "
        f"choose one with --column {role}=HEADER"
    )

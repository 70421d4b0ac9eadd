"""The account settings a decision depends on, read without pydantic (#12 item 7).

`heed.core.account_settings.AccountSettings` is the one schema of an account's settings: it
validates them when they are saved and takes these four fields' defaults from `DEFAULTS` here.
A check reads only these four, and building the pydantic model costs `heed check` more than
its whole start budget, so `DecisionSettings.of` reads them from the stored settings directly,
refusing what the model would refuse (tests/core/test_decision_settings.py holds the two to
the same answers). Every decision path reads them from here (heed.engine.checking).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from heed.core.addresses import valid_country
from heed.core.vocabulary import Purpose
from heed.errors import InvalidAddress, InvalidSetting

OptOutChannels = Literal["same", "all"]


@dataclass(frozen=True)
class DecisionSettings:
    #: Whether an opt-out on one channel reaches the person's address on the others.
    opt_out_channels: OptOutChannels = "same"
    #: The purposes the account may message only with a recorded opt-in.
    require_consent_for: frozenset[Purpose] = frozenset()
    #: The country a national phone number is read in (ISO 3166, upper case), or none.
    default_country: str | None = None
    #: Whether a stale do-not-call registry holds all marketing (heed.bulk.registry).
    registry_stale_blocks: bool = True

    @classmethod
    def of(cls, stored: Mapping[str, Any]) -> DecisionSettings:
        """These settings from an account's stored settings, defaults for those not set."""
        channels = stored.get("opt_out_channels", DEFAULTS.opt_out_channels)
        if channels not in ("same", "all"):
            raise _invalid("opt_out_channels", channels)
        purposes = stored.get("require_consent_for", [])
        if not isinstance(purposes, list) or any(
            p not in Purpose._value2member_map_ for p in purposes
        ):
            raise _invalid("require_consent_for", purposes)
        stale_blocks = stored.get("registry_stale_blocks", DEFAULTS.registry_stale_blocks)
        if not isinstance(stale_blocks, bool):
            raise _invalid("registry_stale_blocks", stale_blocks)
        return cls(
            channels,
            frozenset(Purpose(p) for p in purposes),
            _country(stored.get("default_country")),
            stale_blocks,
        )


DEFAULTS = DecisionSettings()


def _country(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise _invalid("default_country", value)
    try:
        return valid_country(value)
    except InvalidAddress:
        raise _invalid("default_country", value) from None


def _invalid(name: str, value: object) -> InvalidSetting:
    return InvalidSetting(f"the account's stored setting {name}={value!r} is not valid")

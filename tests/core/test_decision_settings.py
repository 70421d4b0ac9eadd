"""The four settings a check reads are read without pydantic as `AccountSettings` reads them
(heed.core.decision_settings): the same defaults, values and refusals."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from heed.core.account_settings import AccountSettings
from heed.core.decision_settings import DecisionSettings
from heed.errors import InvalidSetting

VALID: list[dict[str, Any]] = [
    {},
    {"opt_out_channels": "all"},
    {"opt_out_channels": "same", "require_consent_for": ["marketing", "transactional"]},
    {"require_consent_for": []},
    {"default_country": "GB"},
    {"default_country": "de"},
    {"default_country": " us "},
    {"default_country": ""},
    {"default_country": None},
    {"registry_stale_blocks": False},
    {"default_scope": "sender", "reply_help": "{account}: help", "detect_high": 0.8},
]
INVALID: list[dict[str, Any]] = [
    {"opt_out_channels": "some"},
    {"require_consent_for": ["newsletters"]},
    {"require_consent_for": "marketing"},
    {"default_country": "XX"},
    {"default_country": 44},
    {"registry_stale_blocks": "sometimes"},
]


def pydantics(stored: dict[str, Any]) -> DecisionSettings:
    model = AccountSettings.model_validate(stored)
    return DecisionSettings(
        model.opt_out_channels,
        frozenset(model.require_consent_for),
        model.default_country,
        model.registry_stale_blocks,
    )


@pytest.mark.parametrize("stored", VALID)
def test_the_decision_reads_what_the_model_reads(stored: dict[str, Any]) -> None:
    assert DecisionSettings.of(stored) == pydantics(stored)


@pytest.mark.parametrize("stored", INVALID)
def test_what_the_model_refuses_is_refused(stored: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        AccountSettings.model_validate(stored)
    with pytest.raises(InvalidSetting):
        DecisionSettings.of(stored)


def test_the_defaults_are_the_models() -> None:
    assert DecisionSettings.of({}) == pydantics({}) == DecisionSettings()

"""An account whose senders send through the providers' stand-in API (provider_api.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from heed import Engine
from helpers.actors import ADMIN
from helpers.provider_api import ProviderApi
from helpers.providers import SMS_GENERIC, SMS_TWILIO, SMS_VONAGE, WHATSAPP


@pytest.fixture
def provider_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[ProviderApi]:
    """The stand-in on 127.0.0.1, which the server's configuration must allow: heed sends
    only to public addresses otherwise (heed.outbound.transport)."""
    monkeypatch.setenv("HEED_OUTBOUND_ALLOWED_NETWORKS", "127.0.0.1/32")
    with ProviderApi() as api:
        yield api


@pytest.fixture
def shop(engine: Engine, provider_api: ProviderApi) -> str:
    """Account `shop` with one sender per provider, all sending to the stand-in API."""
    base = {"api_base_url": provider_api.base}
    engine.create_account("shop", "Shop")
    engine.add_sender(
        "shop",
        "sms",
        SMS_VONAGE,
        actor=ADMIN,
        provider="vonage",
        secret="vonage-signature-secret",
        provider_options={**base, "api_key": "key1", "api_secret": "secret1"},
    )
    engine.add_sender(
        "shop",
        "sms",
        SMS_TWILIO,
        actor=ADMIN,
        provider="twilio",
        secret="twilio-auth-token",
        provider_options={**base, "account_sid": "AC" + "1" * 32},
    )
    engine.add_sender(
        "shop",
        "whatsapp",
        WHATSAPP,
        actor=ADMIN,
        provider="whatsapp",
        secret="meta-app-secret",
        provider_options={**base, "phone_number_id": "1234567", "access_token": "EAAtoken"},
    )
    engine.add_sender(
        "shop",
        "sms",
        SMS_GENERIC,
        actor=ADMIN,
        provider="generic",
        secret="generic-secret",
        provider_options={"send_url": provider_api.base + "/send"},
    )
    return "shop"

"""Sender settings and reply texts are judged when saved, before a STOP depends on them."""

from __future__ import annotations

import pytest

from heed.core.account_settings import template_error
from heed.core.sender_settings import (
    PROVIDER_OPTIONS,
    SenderSettings,
    fcc_words_removed,
    secret_names,
)
from heed.core.vocabulary import Channel
from heed.outbound import ADAPTERS
from heed.providers import vonage
from heed.providers.base import Outgoing


def test_the_vonage_choices_are_the_methods_the_adapter_verifies() -> None:
    [option] = [o for o in PROVIDER_OPTIONS["vonage"] if o.name == "signature_method"]
    assert set(option.choices) == set(vonage.SIGNATURE_METHODS)


def test_secrets_are_the_signing_secret_and_secret_options() -> None:
    assert secret_names("whatsapp") == ("secret", "verify_token", "access_token")
    assert secret_names("vonage") == ("secret", "api_secret")
    assert secret_names("twilio") == ("secret",)


@pytest.mark.parametrize("provider", ["twilio", "vonage", "whatsapp", "generic"])
def test_every_option_the_send_adapters_read_can_be_set(provider: str) -> None:
    """An option heed's sending needs but a sender could not save would be a dead end."""

    names = {o.name for o in PROVIDER_OPTIONS[provider]}
    options = {name: "x" for name in names}
    build, _read = ADAPTERS[provider]
    message = Outgoing("id", Channel.SMS, "+15005550006", "+14155550100", "hi", "s", options)
    assert build(message).url  # every required option is among the ones a sender may set


@pytest.mark.parametrize(
    ("template", "kind", "problem"),
    [
        ("{account}: you are unsubscribed.", "opt_out", None),
        ("Reply {{STOP}} to stop", "help", None),
        ("{account}: no more {list} texts", "list_opt_out", None),
        ("{account}: no more {list} texts", "opt_out", "{list} is not a placeholder"),
        ("{acount}: stopped", "opt_out", "{acount} is not a placeholder"),
        ("{account.upper}", "opt_out", "is not a placeholder"),
        ("{0} stopped", "opt_out", "{0} is not a placeholder"),
        ("{account: stopped", "opt_out", "without its pair"),
        ("stopped}", "opt_out", "without its pair"),
        ("   ", "help", "cannot be empty"),
    ],
)
def test_reply_templates(template: str, kind: str, problem: str | None) -> None:
    found = template_error(template, kind)
    assert found is None if problem is None else problem in str(found)


def test_keywords_are_normalised_and_fcc_removals_are_named() -> None:
    settings = SenderSettings(extra_keywords=[" halt ", "Halt", ""], removed_keywords=["end"])
    assert (settings.extra_keywords, settings.removed_keywords) == (["HALT"], ["END"])
    assert fcc_words_removed(settings.removed_keywords) == ["END"]
    assert fcc_words_removed(["STOPALL"]) == []


def test_stop_itself_cannot_be_removed() -> None:
    with pytest.raises(ValueError, match="STOP cannot be removed"):
        SenderSettings(removed_keywords=["stop", "END"])

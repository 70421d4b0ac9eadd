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
from heed.providers import vonage


def test_the_vonage_choices_are_the_methods_the_adapter_verifies() -> None:
    (option,) = PROVIDER_OPTIONS["vonage"]
    assert set(option.choices) == set(vonage.SIGNATURE_METHODS)


def test_secrets_are_the_signing_secret_and_secret_options() -> None:
    assert secret_names("whatsapp") == ("secret", "verify_token")
    assert secret_names("twilio") == ("secret",)


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

"""Delivery classification: every code of every table, read as the specification."""

from __future__ import annotations

import pytest

from heed.core.delivery import TABLES, Outcome, classify

FAILURE_STATUS = {
    "twilio": "undelivered",
    "vonage": "rejected",
    "whatsapp": "failed",
    "email": "bounce",
    "ses": "bounce",
    "sendgrid": "bounce",
    "postmark": "bounce",
    "mailgun": "failed",
    "generic": "failed",
}

EVERY_CODE = [
    pytest.param(provider, code, outcome, id=f"{provider}-{code}")
    for provider, (_, codes) in TABLES.items()
    for code, outcome in codes.items()
]


@pytest.mark.parametrize("provider, code, outcome", EVERY_CODE)
def test_every_code_in_the_tables(provider: str, code: str, outcome: Outcome) -> None:
    assert classify(provider, FAILURE_STATUS[provider], code) is outcome


@pytest.mark.parametrize(
    "provider, status, code, outcome",
    [
        # The decisions that matter most, spelled out.
        ("twilio", "failed", "21610", Outcome.CARRIER_OPT_OUT),
        ("twilio", "undelivered", "30004", Outcome.TEMPORARY),  # ambiguous block: counted
        ("twilio", "undelivered", "30007", Outcome.SENDER_FAULT),
        ("twilio", "failed", "21614", Outcome.PERMANENT),
        ("vonage", "failed", "9", Outcome.CARRIER_OPT_OUT),
        ("vonage", "rejected", "6", Outcome.SENDER_FAULT),
        ("whatsapp", "failed", "131050", Outcome.CARRIER_OPT_OUT),
        ("whatsapp", "failed", "131049", Outcome.SENDER_FAULT),
        ("email", "bounce", "Permanent", Outcome.PERMANENT),
        ("email", "complaint", "abuse", Outcome.COMPLAINT),
        ("email", "complaint", None, Outcome.COMPLAINT),
        ("email", "complaint", "not-spam", Outcome.DELIVERED),
        ("sendgrid", "bounce", "blocked", Outcome.SENDER_FAULT),  # our message, not them
        ("sendgrid", "dropped", "Unsubscribed Address", Outcome.SENDER_FAULT),
        ("sendgrid", "deferred", None, Outcome.PENDING),  # SendGrid retries for 72 hours
        ("postmark", "bounce", "HardBounce", Outcome.PERMANENT),
        ("postmark", "bounce", "AutoResponder", Outcome.DELIVERED),
        ("mailgun", "failed", "temporary:generic", Outcome.PENDING),  # Mailgun retries
        ("mailgun", "failed", "permanent:old", Outcome.TEMPORARY),  # retries ran out: counted
        ("generic", "bounced", None, Outcome.PERMANENT),
        ("generic", "failed", None, Outcome.TEMPORARY),
    ],
)
def test_key_decisions(provider: str, status: str, code: str | None, outcome: Outcome) -> None:
    assert classify(provider, status, code) is outcome


@pytest.mark.parametrize("provider", TABLES)
@pytest.mark.parametrize("code", ["99999999", "abc", "", None])
def test_unknown_failure_codes_are_temporary(provider: str, code: str | None) -> None:
    assert classify(provider, FAILURE_STATUS[provider], code) is Outcome.TEMPORARY


@pytest.mark.parametrize("provider", TABLES)
def test_an_unknown_status_word_is_counted_not_ignored(provider: str) -> None:
    assert classify(provider, "exploded", None) is Outcome.TEMPORARY


@pytest.mark.parametrize(
    "provider, status, outcome",
    [
        ("twilio", "queued", Outcome.PENDING),
        ("twilio", "accepted", Outcome.PENDING),
        ("twilio", "sent", Outcome.DELIVERED),
        ("twilio", "delivered", Outcome.DELIVERED),
        ("twilio", "read", Outcome.DELIVERED),
        ("vonage", "accepted", Outcome.PENDING),
        ("vonage", "buffered", Outcome.PENDING),
        ("vonage", "unknown", Outcome.PENDING),
        ("vonage", "delivered", Outcome.DELIVERED),
        ("whatsapp", "sent", Outcome.DELIVERED),
        ("whatsapp", "read", Outcome.DELIVERED),
    ],
)
def test_success_ignores_any_code(provider: str, status: str, outcome: Outcome) -> None:
    assert classify(provider, status, "21610") is outcome  # Vonage: ignore err-code if accepted
    assert classify(provider, status, None) is outcome


def test_status_and_code_are_normalised() -> None:
    assert classify("twilio", " UNDELIVERED ", " 21610 ") is Outcome.CARRIER_OPT_OUT
    assert classify("email", "Bounce", "PERMANENT") is Outcome.PERMANENT


def test_unknown_provider_is_an_error() -> None:
    with pytest.raises(ValueError):
        classify("carrier-pigeon", "delivered", None)


def test_table_keys_are_normalised() -> None:
    """Keys are stored the way `classify` looks them up, or an entry could never match."""
    for statuses, codes in TABLES.values():
        assert all(key == key.strip().lower() for key in [*statuses, *codes])

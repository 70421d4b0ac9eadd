"""Address normalisation and the role table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heed.core.account_settings import AccountSettings
from heed.core.addresses import normalise_email, normalise_phone, normalise_sender
from heed.core.permissions import Action, may
from heed.core.vocabulary import Channel, Role
from heed.errors import InvalidAddress


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("+14155550100", None, "+14155550100"),
        ("+1 (415) 555-0100", None, "+14155550100"),
        (" +44 7911 123456 ", None, "+447911123456"),
        ("whatsapp:+14155550100", None, "+14155550100"),
        ("(415) 555-0100", "US", "+14155550100"),
        ("07911 123456", "gb", "+447911123456"),
    ],
)
def test_phone_numbers_become_e164(raw: str, country: str | None, expected: str) -> None:
    assert normalise_phone(raw, country) == expected


@pytest.mark.parametrize("raw", ["", "abc", "12", "(415) 555-0100", "+1 415"])
def test_unreadable_numbers_say_e164_is_expected(raw: str) -> None:
    with pytest.raises(InvalidAddress, match=r"E\.164"):
        normalise_phone(raw)


@pytest.mark.parametrize(
    ("raw", "country"),
    [("555-0100", "US"), ("5550100", "us"), ("+15550100", None), ("7183 8750", "GB")],
)
def test_numbers_without_an_area_code_are_refused(raw: str, country: str | None) -> None:
    """phonenumbers calls these possible (dialled locally); as E.164 they are nobody's number."""
    with pytest.raises(InvalidAddress, match="not a valid phone number"):
        normalise_phone(raw, country)


@given(st.from_regex(r"\+1[2-9]\d{2}[2-9]\d{6}", fullmatch=True))
def test_normalising_a_normalised_number_changes_nothing(number: str) -> None:
    assert normalise_phone(normalise_phone(number)) == normalise_phone(number)


def test_emails_are_lower_cased_and_checked() -> None:
    assert normalise_email(" Ann.Lee@Example.COM ") == "ann.lee@example.com"
    with pytest.raises(InvalidAddress, match="not a valid email"):
        normalise_email("ann@")


def test_short_codes_are_valid_senders() -> None:
    assert normalise_sender(Channel.SMS, "12345") == "12345"
    assert normalise_sender(Channel.SMS, "+1 500 555 0006") == "+15005550006"
    assert normalise_sender(Channel.EMAIL, "Mail.Acme.com") == "mail.acme.com"


@pytest.mark.parametrize(
    ("role", "action", "agents_may_unsubscribe", "expected"),
    [
        (Role.AGENT, Action.CHECK, False, True),
        (Role.AGENT, Action.MANAGE_LIST_MEMBERSHIP, False, True),
        (Role.AGENT, Action.UNSUBSCRIBE, False, False),
        (Role.AGENT, Action.UNSUBSCRIBE, True, True),
        (Role.AGENT, Action.RESUBSCRIBE, True, False),
        (Role.AGENT, Action.BLOCK, True, False),
        (Role.ADMIN, Action.RESUBSCRIBE, False, True),
        (Role.ADMIN, Action.BLACKLIST, False, True),
        (Role.ADMIN, Action.LIFT_BLACKLIST, False, False),
        (Role.SUPPORT, Action.LIFT_BLACKLIST, False, True),
    ],
)
def test_roles(role: Role, action: Action, agents_may_unsubscribe: bool, expected: bool) -> None:
    settings = AccountSettings(agents_may_unsubscribe=agents_may_unsubscribe)
    assert may(role, action, settings) is expected

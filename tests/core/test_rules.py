"""The check's rules as a table: no database, no I/O."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from heed.core.rules import ActiveConsent, ActiveSuppression, CheckRequest, evaluate
from heed.core.vocabulary import Channel, Purpose, Scope, Source

T = datetime(2026, 1, 1, tzinfo=UTC)
ADDR = "+14155550100"


def suppression(
    scope: Scope, source: Source = Source.KEYWORD, channel: Channel = Channel.SMS
) -> ActiveSuppression:
    return ActiveSuppression(channel, ADDR, scope, source, T, 1)


@pytest.mark.parametrize(
    ("scope", "sender", "list_name", "purpose", "expected"),
    [
        (Scope.account(), None, None, Purpose.MARKETING, ["opted_out"]),
        (Scope.account(), "+1500", None, Purpose.TRANSACTIONAL, ["opted_out"]),
        (Scope.account(), None, None, Purpose.CONVERSATIONAL, ["opted_out"]),
        (Scope.sender("+1500"), "+1500", None, Purpose.MARKETING, ["opted_out"]),
        (Scope.sender("+1500"), "+1600", None, Purpose.MARKETING, []),
        (Scope.sender("+1500"), None, None, Purpose.MARKETING, ["opted_out"]),  # fail safe
        (Scope.list("promos"), None, "promos", Purpose.MARKETING, ["list_unsubscribed"]),
        (Scope.list("promos"), None, "news", Purpose.MARKETING, []),
        (Scope.list("promos"), None, None, Purpose.CONVERSATIONAL, []),
        (Scope.list("promos"), "+1500", None, Purpose.MARKETING, []),
    ],
)
def test_scopes(
    scope: Scope, sender: str | None, list_name: str | None, purpose: Purpose, expected: list[str]
) -> None:
    request = CheckRequest(Channel.SMS, ADDR, sender, list_name, purpose)
    assert evaluate(request, [suppression(scope)]).codes == expected


@pytest.mark.parametrize(
    ("source", "purpose", "expected"),
    [
        (Source.BLOCK, Purpose.CONVERSATIONAL, ["blocked"]),
        (Source.BLACKLIST, Purpose.TRANSACTIONAL, ["blacklisted"]),
        (Source.CARRIER, Purpose.TRANSACTIONAL, ["carrier_blocked"]),
        (Source.BOUNCE, Purpose.TRANSACTIONAL, ["bounced"]),
        (Source.COMPLAINT, Purpose.MARKETING, ["complained"]),
        (Source.REGISTRY, Purpose.MARKETING, ["registry"]),
        (Source.REGISTRY, Purpose.TRANSACTIONAL, []),
        (Source.REGISTRY, Purpose.CONVERSATIONAL, []),
        (Source.WEB_FORM, Purpose.MARKETING, ["opted_out"]),
    ],
)
def test_sources(source: Source, purpose: Purpose, expected: list[str]) -> None:
    request = CheckRequest(Channel.SMS, ADDR, purpose=purpose)
    assert evaluate(request, [suppression(Scope.account(), source)]).codes == expected


def test_other_channels_and_addresses_do_not_count() -> None:
    request = CheckRequest(Channel.WHATSAPP, ADDR)
    other_address = ActiveSuppression(
        Channel.WHATSAPP, "+14155550199", Scope.account(), Source.KEYWORD, T, 1
    )
    assert evaluate(request, [suppression(Scope.account()), other_address]).allowed


def test_every_reason_is_reported_strongest_first() -> None:
    request = CheckRequest(Channel.SMS, ADDR)
    result = evaluate(
        request,
        [
            suppression(Scope.account(), Source.KEYWORD),
            suppression(Scope.account(), Source.BLACKLIST),
        ],
        require_consent_for=frozenset({Purpose.MARKETING}),
    )
    assert result.codes == ["blacklisted", "opted_out", "no_consent"]


def test_consent_counts_for_its_purpose_and_channel_only() -> None:
    consent = ActiveConsent(Channel.SMS, ADDR, Purpose.MARKETING, T, 1)
    required = frozenset({Purpose.MARKETING, Purpose.TRANSACTIONAL})
    assert evaluate(CheckRequest(Channel.SMS, ADDR), [], [consent], required).allowed
    assert evaluate(
        CheckRequest(Channel.SMS, ADDR, purpose=Purpose.TRANSACTIONAL), [], [consent], required
    ).codes == ["no_consent"]
    assert evaluate(CheckRequest(Channel.EMAIL, ADDR), [], [consent], required).codes == [
        "no_consent"
    ]

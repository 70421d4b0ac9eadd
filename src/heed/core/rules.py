"""The check: may we message this address, on this channel, from this sender, for this purpose?

Pure function of the address's active suppressions and consents. The store loads them (now, or
as they were at a past time by replaying events) and calls `evaluate`; nothing here knows where
they came from, so "now" and "at time T" are answered by the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from heed.core.vocabulary import (
    OPT_OUT_SOURCES,
    Channel,
    Purpose,
    ReasonCode,
    Scope,
    ScopeKind,
    Source,
)

_REASON_BY_SOURCE = {
    Source.BLACKLIST: ReasonCode.BLACKLISTED,
    Source.BLOCK: ReasonCode.BLOCKED,
    Source.CARRIER: ReasonCode.CARRIER_BLOCKED,
    Source.BOUNCE: ReasonCode.BOUNCED,
    Source.COMPLAINT: ReasonCode.COMPLAINED,
    Source.REGISTRY: ReasonCode.REGISTRY,
} | dict.fromkeys(OPT_OUT_SOURCES, ReasonCode.OPTED_OUT)

#: Order in which reasons are reported: the strongest first (what lifts last comes first).
_REASON_ORDER = [
    ReasonCode.INVALID_ADDRESS,
    ReasonCode.UNKNOWN_SENDER,
    ReasonCode.BLACKLISTED,
    ReasonCode.BLOCKED,
    ReasonCode.CARRIER_BLOCKED,
    ReasonCode.OPTED_OUT,
    ReasonCode.LIST_UNSUBSCRIBED,
    ReasonCode.BOUNCED,
    ReasonCode.COMPLAINED,
    ReasonCode.REGISTRY,
    ReasonCode.NO_CONSENT,
]


@dataclass(frozen=True)
class ActiveSuppression:
    """One reason an address may not be messaged, as the check needs to see it."""

    channel: Channel
    address: str
    scope: Scope
    source: Source
    since: datetime
    event_id: int | None


@dataclass(frozen=True)
class ActiveConsent:
    channel: Channel
    address: str
    purpose: Purpose
    since: datetime
    event_id: int | None


@dataclass(frozen=True)
class RegistryListing:
    """What one registry says about one number (heed.bulk.registry).

    `kind` "dnc": the number is on a do-not-call list, or (`stale`) the list is older than the
    31 days the FTC allows and the account holds marketing until it is reloaded.
    `kind` "reassigned": the number was permanently disconnected on `disconnected`, so a
    consent recorded before that day was given by someone who no longer has it.
    """

    kind: str
    name: str
    version: date
    disconnected: date | None = None
    stale_days: int | None = None


@dataclass(frozen=True)
class CheckRequest:
    """One question. `sender_known` is false when `sender` is not one of the account's
    senders on `channel`: nothing recorded can vouch for a number heed does not know, so the
    answer is "do not send" (`unknown_sender`)."""

    channel: Channel
    address: str
    sender: str | None = None
    list_name: str | None = None
    purpose: Purpose = Purpose.MARKETING
    sender_known: bool = True


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    scope: str | None = None
    source: Source | None = None
    since: datetime | None = None
    event_id: int | None = None
    detail: str | None = None


@dataclass(frozen=True)
class CheckResult:
    allowed: bool
    reasons: tuple[Reason, ...]

    @classmethod
    def from_reasons(cls, reasons: Iterable[Reason]) -> CheckResult:
        ordered = tuple(sorted(reasons, key=_reason_sort_key))
        return cls(allowed=not ordered, reasons=ordered)

    @property
    def codes(self) -> list[str]:
        return [reason.code.value for reason in self.reasons]


def _reason_sort_key(reason: Reason) -> tuple[int, str, str]:
    since = reason.since.isoformat() if reason.since else ""
    return (_REASON_ORDER.index(reason.code), reason.scope or "", since)


def evaluate(
    request: CheckRequest,
    suppressions: Iterable[ActiveSuppression],
    consents: Iterable[ActiveConsent] = (),
    require_consent_for: frozenset[Purpose] = frozenset(),
    registries: Iterable[RegistryListing] = (),
) -> CheckResult:
    """Return whether `request` may be sent and every reason that blocks it."""
    reasons = [
        _reason_for(suppression)
        for suppression in suppressions
        if suppression.channel is request.channel
        and suppression.address == request.address
        and scope_applies(suppression.scope, request)
        and source_applies(suppression.source, request.purpose)
    ]
    listings = list(registries)
    valid, void = _valid_consents(request, consents, listings)
    consented = any(c.purpose is request.purpose for c in valid)
    if request.purpose in require_consent_for and not consented:
        reasons.append(_no_consent(request, void, listings))
    if request.purpose is Purpose.MARKETING and not consented:
        reasons.extend(_registry_reason(r) for r in listings if r.kind == "dnc")
    if request.sender is not None and not request.sender_known:
        detail = f"{request.sender} is not one of the account's {request.channel} senders"
        reasons.append(Reason(ReasonCode.UNKNOWN_SENDER, detail=detail))
    return CheckResult.from_reasons(reasons)


def _valid_consents(
    request: CheckRequest, consents: Iterable[ActiveConsent], listings: list[RegistryListing]
) -> tuple[list[ActiveConsent], list[ActiveConsent]]:
    """The request's consents that count, and those a reassignment voided: a consent given
    before the number was disconnected was given by its previous holder."""
    cut = max(
        (r.disconnected for r in listings if r.kind == "reassigned" and r.disconnected),
        default=None,
    )
    mine = [c for c in consents if c.channel is request.channel and c.address == request.address]
    if cut is None:
        return mine, []
    start = datetime.combine(cut, time(), UTC)
    return [c for c in mine if c.since >= start], [c for c in mine if c.since < start]


def _no_consent(
    request: CheckRequest, void: list[ActiveConsent], listings: list[RegistryListing]
) -> Reason:
    lost = [c for c in void if c.purpose is request.purpose]
    if not lost:
        return Reason(ReasonCode.NO_CONSENT, detail=f"no recorded opt-in for {request.purpose}")
    listing = max(
        (r for r in listings if r.kind == "reassigned" and r.disconnected),
        key=lambda r: r.disconnected or date.min,
    )
    return Reason(
        ReasonCode.NO_CONSENT,
        detail=(
            f"the opt-in for {request.purpose} of {lost[0].since.date()} predates the number's "
            f"disconnection on {listing.disconnected} (reassigned-numbers list {listing.name}, "
            f"version {listing.version}): it was given by the number's previous holder"
        ),
    )


def _registry_reason(listing: RegistryListing) -> Reason:
    if listing.stale_days is not None:
        detail = (
            f"do-not-call registry {listing.name} (version {listing.version}) is "
            f"{listing.stale_days} days old, over the 31 allowed: marketing is held until "
            "it is reloaded"
        )
    else:
        detail = f"on do-not-call registry {listing.name} (version {listing.version})"
    return Reason(ReasonCode.REGISTRY, detail=detail)


def scope_applies(scope: Scope, request: CheckRequest) -> bool:
    """Whether a suppression with `scope` blocks this request.

    A sender-scoped suppression blocks a check that names no sender: heed cannot know which
    number will send, and when unsure the answer is "do not send". A list-scoped one blocks only
    messages for that list, so 1:1 and other lists' messages still go out. A purpose-scoped one
    blocks only messages of that purpose, from every sender.
    """
    if scope.kind is ScopeKind.ACCOUNT:
        return True
    if scope.kind is ScopeKind.SENDER:
        return request.sender is None or request.sender == scope.value
    if scope.kind is ScopeKind.PURPOSE:
        return request.purpose.value == scope.value
    return request.list_name == scope.value


def channels_reached(channel: Channel, opt_out_channels: str) -> tuple[Channel, ...]:
    """The channels whose opt-outs of an address count on `channel`, by the account's current
    `opt_out_channels`: its own (`same`), or every channel reaching that kind of address
    (`all`: a STOP by SMS also stops WhatsApp). Read at check time, so changing the setting
    changes the answer for every opt-out already recorded, not only for later ones."""
    if opt_out_channels != "all":
        return (channel,)
    return (channel, *(c for c in channel.address_kind.channels if c is not channel))


def crosses_channels(suppression: ActiveSuppression) -> bool:
    """Whether `suppression` counts on the address's other channels under
    `opt_out_channels=all`: a person's or an admin's opt-out does, unless it is one list's
    (lists live on one channel); a bounce, a carrier's or a registry's word is about one
    channel."""
    return suppression.source in OPT_OUT_SOURCES and suppression.scope.kind is not ScopeKind.LIST


def source_applies(source: Source, purpose: Purpose) -> bool:
    """Do-not-call registries restrict marketing only; every other source blocks every purpose."""
    return source is not Source.REGISTRY or purpose is Purpose.MARKETING


def _reason_for(suppression: ActiveSuppression) -> Reason:
    code = _REASON_BY_SOURCE[suppression.source]
    if code is ReasonCode.OPTED_OUT and suppression.scope.kind is ScopeKind.LIST:
        code = ReasonCode.LIST_UNSUBSCRIBED
    return Reason(
        code=code,
        scope=str(suppression.scope),
        source=suppression.source,
        since=suppression.since,
        event_id=suppression.event_id,
    )


def invalid_address(detail: str) -> CheckResult:
    """The fail-safe answer for an address heed cannot read."""
    return CheckResult(False, (Reason(ReasonCode.INVALID_ADDRESS, detail=detail),))

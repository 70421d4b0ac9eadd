"""The one decision: may we message this address, and if not, why — for one address or many.

Every answer heed gives goes through here: `Engine.check` (now, or as of a past moment),
`check_bulk` and the inbox's status column, the audience filter, the contact import's flags, the
contacts page, and the outbox's check before a reply goes out. Nothing else calls
`heed.core.rules.evaluate`. An answer is made in two steps, kept apart so that each way of
reading state (rows by address, the event log at a moment, the audience filter's compiled
index) decides by the same code:

1. read what is recorded (`read`, or any `Recorded`: heed.bulk.decide's view of the index is
   one);
2. gather what applies to one address (`facts_of`) and decide (`decide`).

Erasure is handled in step 2, once: what was recorded under an address's erasure tombstone
counts as the address's own (`keys_of`), so erasing a person never makes them messageable,
whichever path asks.

Registries (heed.bulk.registry) are read with the rows: `read` asks the session's registry
store what each number's do-not-call and reassigned-numbers lists say (`Facts.registries`),
and `heed.core.rules.evaluate` applies them; the audience index's `_Held` holds them too.

Extension point: `READERS`. Each is called by `read` with the keys being read (addresses and
their tombstones) and the moment (None for now), and returns further active suppressions to
count — a do-not-call registry is one (Source.REGISTRY: marketing only, by the rules). A path
that reads a whole channel at once (the audience filter's index) implements `Recorded` itself
and must hold them too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from heed.bulk.keys import address_key
from heed.bulk.registry import RegistryView, view_of
from heed.core.addresses import normalise_sender
from heed.core.fast_addresses import normalise_address_fast
from heed.core.rules import (
    ActiveConsent,
    ActiveSuppression,
    CheckRequest,
    CheckResult,
    RegistryListing,
    channels_reached,
    crosses_channels,
    evaluate,
    invalid_address,
)
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.vocabulary import Channel, Purpose, parse_choice
from heed.errors import BadInput, InvalidAddress
from heed.store import reads as store
from heed.store.reads import AccountRef, Reads, Target, reads_of

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy.orm import Session

    from heed.engine.results import BulkAnswer

    #: What the check reads through: an engine's session, or `heed check`'s bare connection
    #: (heed.store.reads: the same statements either way).
    Connection: TypeAlias = Session | Reads
    #: Further sources of active suppressions: (connection, account, keys, at) -> suppressions.
    #: See the module docstring; heed's own suppressions and consents are always read.
    Reader: TypeAlias = Callable[
        [Connection, AccountRef, Sequence[Target], datetime | None], Iterable[ActiveSuppression]
    ]


@dataclass(frozen=True)
class Facts:
    """What applies to one address: its active suppressions and consents, and what the
    do-not-call and reassigned-numbers registries say about it (heed.bulk.registry)."""

    suppressions: tuple[ActiveSuppression, ...] = ()
    consents: tuple[ActiveConsent, ...] = ()
    registries: tuple[RegistryListing, ...] = ()


NOTHING = Facts()


class Recorded(Protocol):
    """Facts as recorded, by stored address (an address itself, or its erasure tombstone)."""

    def recorded(self, key: Target) -> Facts:
        """What is stored under exactly this key (no tombstone lookup: `facts_of` does that)."""
        ...

    @property
    def any_erased(self) -> bool:
        """Whether any tombstone may be among the keys; if not, no tombstone is computed."""
        ...


READERS: list[Reader] = []


def keys_of(account: AccountRef, target: Target) -> list[Target]:
    """Where facts about `target` may be stored: under its address, and under its tombstones
    once a contact with it was erased (heed.store.erasure): one per server key, since a key
    rotation must not un-suppress anyone erased before it (heed.server_key)."""
    stones = account.tombstones(target.address)
    return [target, *(Target(target.channel, stone) for stone in stones)]


def reach_of(account: AccountRef, target: Target) -> list[Target]:
    """`target` and, under `opt_out_channels=all`, its address on the other channels whose
    opt-outs count for it (heed.core.rules.channels_reached), decided with the account's
    setting as it is now."""
    reached = channels_reached(target.channel, account.decides.opt_out_channels)
    return [Target(channel, target.address) for channel in reached]


def facts_of(account: AccountRef, target: Target, recorded: Recorded) -> Facts:
    """What applies to `target`: its own facts and its tombstone's, as the address's own, and
    under `opt_out_channels=all` the opt-outs of its address on other channels
    (heed.core.rules.crosses_channels), as if recorded on this one. One recorded twice (an
    opt-out made under `all` is also written on each channel) is counted once."""
    own, *others = (_facts_under(account, t, recorded) for t in reach_of(account, target))
    seen = {(s.scope, s.source) for s in own.suppressions}
    added: list[ActiveSuppression] = []
    for s in (s for facts in others for s in facts.suppressions if crosses_channels(s)):
        if (s.scope, s.source) not in seen:
            seen.add((s.scope, s.source))
            added.append(replace(s, channel=target.channel))
    return replace(own, suppressions=own.suppressions + tuple(added)) if added else own


def _facts_under(account: AccountRef, target: Target, recorded: Recorded) -> Facts:
    """What is recorded for `target` on its own channel, its tombstones' included."""
    own = recorded.recorded(target)
    if not recorded.any_erased:
        return own
    erased = [f for k in keys_of(account, target)[1:] if (f := recorded.recorded(k)) is not NOTHING]
    if not erased:
        return own
    address = target.address
    return Facts(
        own.suppressions
        + tuple(replace(s, address=address) for f in erased for s in f.suppressions),
        own.consents + tuple(replace(c, address=address) for f in erased for c in f.consents),
        own.registries,
    )


def required_consent(account: AccountRef) -> frozenset[Purpose]:
    """The purposes this account may message only with a recorded opt-in."""
    return frozenset(account.decides.require_consent_for)


def decide(account: AccountRef, request: CheckRequest, facts: Facts) -> CheckResult:
    """The answer to `request` given what applies to its address."""
    return evaluate(
        request, facts.suppressions, facts.consents, required_consent(account), facts.registries
    )


@dataclass
class Rows:
    """Facts read from the store for a set of keys (`read`)."""

    suppressions: dict[Target, list[ActiveSuppression]] = field(default_factory=dict)
    consents: dict[Target, list[ActiveConsent]] = field(default_factory=dict)
    registries: dict[Target, list[RegistryListing]] = field(default_factory=dict)
    any_erased: bool = True

    def recorded(self, key: Target) -> Facts:
        found, given = self.suppressions.get(key), self.consents.get(key)
        listed = self.registries.get(key)
        if not found and not given and not listed:
            return NOTHING
        return Facts(tuple(found or ()), tuple(given or ()), tuple(listed or ()))


def read(
    session: Connection,
    account: AccountRef,
    targets: Iterable[Target],
    *,
    at: datetime | None = None,
    consents: bool = True,
    as_now_known: bool = False,
) -> Rows:
    """Read everything that may apply to `targets` (with their tombstones), now or at `at`.

    At `at`, as heed knew it then (events recorded by `at`), or with `as_now_known` as now
    known to have been true then (heed.store.history). `consents=False` skips reading
    consents, for questions no account setting requires them for.
    """
    reached = (r for t in targets for r in reach_of(account, t))
    keys = sorted({k for t in reached for k in keys_of(account, t)}, key=_order)
    rows = Rows()
    reads = reads_of(session)
    if at is None:
        for s in store.active_suppressions_of(reads, account.id, keys):
            rows.suppressions.setdefault(Target(s.channel, s.address), []).append(s)
        if consents:
            for c in store.active_consents_of(reads, account.id, keys):
                rows.consents.setdefault(Target(c.channel, c.address), []).append(c)
    else:
        from heed.store.history import state_at  # the event log: the engine's session only

        assert not isinstance(session, Reads), "a past answer is read through the engine"
        moment = at if at.tzinfo else at.replace(tzinfo=UTC)
        known = None if as_now_known else moment
        for key in keys:
            found, given = state_at(session, account.id, key, moment, known)
            if found:
                rows.suppressions[key] = found
            if given and consents:
                rows.consents[key] = given
    for reader in READERS:
        for s in reader(session, account, keys, at):
            rows.suppressions.setdefault(Target(s.channel, s.address), []).append(s)
    if at is None:  # registries are not versioned in time: a past answer leaves them out
        _read_registries(reads, account, keys, rows, consents)
    rows.any_erased = any(k.address.startswith(TOMBSTONE_PREFIX) for k in _stored_keys(rows))
    return rows


def _read_registries(
    reads: Reads, account: AccountRef, keys: Sequence[Target], rows: Rows, consents: bool
) -> None:
    """What the registries say about each number read; a listed number's consents are read
    too, whatever the account requires: written consent exempts it from do-not-call."""
    views: dict[Channel, RegistryView | None] = {}
    for key in keys:
        if key.address.startswith(TOMBSTONE_PREFIX) or key.channel.address_kind.value != "phone":
            continue
        if key.channel not in views:
            views[key.channel] = view_of(reads, account, key.channel)
        view = views[key.channel]
        if view is not None:
            listed = view.listings(address_key(key.channel, key.address))
            if listed:
                rows.registries[key] = listed
    if rows.registries and not consents:
        listed_keys = [k for t in rows.registries for k in keys_of(account, t)]
        for c in store.active_consents_of(reads, account.id, listed_keys):
            rows.consents.setdefault(Target(c.channel, c.address), []).append(c)


def _order(target: Target) -> tuple[str, str]:
    return (target.channel.value, target.address)


def _stored_keys(rows: Rows) -> Iterable[Target]:
    yield from rows.suppressions
    yield from rows.consents


def check(
    session: Connection,
    account: AccountRef,
    request: CheckRequest,
    at: datetime | None = None,
    as_now_known: bool = False,
) -> CheckResult:
    """The answer to one request, now or as of `at` (from the event log alone): as heed knew
    it at `at`, or with `as_now_known` as now known to have been true then."""
    target = Target(request.channel, request.address)
    wanted = request.purpose in required_consent(account)
    rows = read(session, account, [target], at=at, consents=wanted, as_now_known=as_now_known)
    return decide(account, request, facts_of(account, target, rows))


def check_many(
    session: Connection, account: AccountRef, requests: Sequence[CheckRequest]
) -> list[CheckResult]:
    """The answers to many requests, in order, from one read of everything they need."""
    required = required_consent(account)
    targets = [Target(r.channel, r.address) for r in requests]
    wanted = any(r.purpose in required for r in requests)
    rows = read(session, account, targets, consents=wanted)
    return [
        decide(account, request, facts_of(account, target, rows))
        for request, target in zip(requests, targets, strict=True)
    ]


def check_targets(
    session: Connection, account: AccountRef, targets: Sequence[Target]
) -> Mapping[Target, CheckResult]:
    """Marketing, from no particular sender, to each target: the status the contacts page and
    the contact import show (a sender-scoped opt-out counts: heed cannot know the sender)."""
    unique = list(dict.fromkeys(targets))
    results = check_many(session, account, [CheckRequest(t.channel, t.address) for t in unique])
    return dict(zip(unique, results, strict=True))


MAX_BULK = 10_000


class Reading(Protocol):
    """Where the check reads: `read()` opens what one answer reads through, the engine's read
    session (heed.engine.base.Transactions) or `heed check`'s bare connection
    (heed.engine.checker.QuickChecker), over the same statements (heed.store.reads)."""

    def read(self) -> AbstractContextManager[Connection]: ...


class Checks:
    """The check, of one address or up to `MAX_BULK`."""

    def __init__(self, transactions: Reading) -> None:
        self.transactions = transactions

    def check(
        self,
        slug: str,
        channel: str,
        address: str,
        *,
        sender: str | None = None,
        list_name: str | None = None,
        purpose: str = "marketing",
        at: datetime | None = None,
        as_now_known: bool = False,
    ) -> CheckResult:
        """May we message `address` on `channel` from `sender` for `purpose` (now, or at `at`)?

        At a past `at`, the answer heed could have given then (from events recorded by `at`);
        with `as_now_known`, what is now known to have been true then (heed.store.history).
        An address heed cannot read is answered `allowed=false` with `invalid_address`.
        """
        kind = parse_choice(Channel, channel)
        wanted = parse_choice(Purpose, purpose)
        with self.transactions.read() as session:
            account = store.load_account(reads_of(session), slug)
            country = account.decides.default_country
            try:
                normalised = normalise_address_fast(kind, address, country)
            except InvalidAddress as exc:
                return invalid_address(str(exc))
            request = request_of(session, account, kind, sender, list_name, wanted)
            return check(session, account, replace(request, address=normalised), at, as_now_known)

    def check_bulk(
        self,
        slug: str,
        channel: str,
        addresses: Sequence[str],
        *,
        sender: str | None = None,
        list_name: str | None = None,
        purpose: str = "marketing",
    ) -> list[BulkAnswer]:
        """Check up to 10,000 addresses in a handful of queries, answers in input order."""
        if len(addresses) > MAX_BULK:
            raise BadInput(f"at most {MAX_BULK} addresses per call, got {len(addresses)}")
        kind, wanted = parse_choice(Channel, channel), parse_choice(Purpose, purpose)
        with self.transactions.read() as session:
            account = store.load_account(reads_of(session), slug)
            question = request_of(session, account, kind, sender, list_name, wanted)
            parsed = {raw: _try_normalise(kind, raw, account) for raw in addresses}
            readable = [a for a in dict.fromkeys(parsed.values()) if isinstance(a, str)]
            answers = dict(
                zip(
                    readable,
                    check_many(session, account, [replace(question, address=a) for a in readable]),
                    strict=True,
                )
            )
            results = [
                answers[a] if isinstance(a, str) else invalid_address(str(a))
                for a in (parsed[raw] for raw in addresses)
            ]
            from heed.engine.results import BulkAnswer  # pydantic: not for `heed check`

            return [
                BulkAnswer(raw, result.allowed, tuple(result.codes))
                for raw, result in zip(addresses, results, strict=True)
            ]


def request_of(
    session: Connection,
    account: AccountRef,
    channel: Channel,
    sender: str | None,
    list_name: str | None,
    purpose: Purpose,
) -> CheckRequest:
    """The question as the rules read it, for any address (`replace` it in): the sender
    normalised and marked known or not (an unknown one is answered `unknown_sender`, not
    refused: a check fails safe), the list known to exist. Every path asks through this."""
    country = account.decides.default_country
    scope_sender = normalise_sender(channel, sender, country) if sender else None
    reads = reads_of(session)
    known = scope_sender is None or store.has_sender(reads, account, channel, scope_sender)
    if list_name is not None:
        store.require_list(reads, account, list_name)
    return CheckRequest(channel, "", scope_sender, list_name, purpose, known)


def _try_normalise(channel: Channel, raw: str, account: AccountRef) -> str | InvalidAddress:
    try:
        return normalise_address_fast(channel, raw, account.decides.default_country)
    except InvalidAddress as exc:
        return exc

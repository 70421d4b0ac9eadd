"""Process one delivery report: store it and suppress the recipient when the report says so.

What a failure means decides what heed does (classification in heed.core.delivery):
- the recipient opted out at the carrier (Twilio 21610 …) → a `carrier` suppression on that
  sender, lifted only by the person's own START;
- permanently undeliverable (invalid number, landline …) → a `bounce` for the whole account;
- temporary → counted; `soft_bounce_limit` of them within `soft_bounce_window_days` → `bounce`;
- the sender's own fault (content filtering, rate limits) → never held against the recipient;
- the recipient stopped marketing at the provider (WhatsApp 131050, `user_preferences` "stop")
  → a `carrier` suppression of marketing only (scope `purpose:marketing`): Meta still delivers
  utility and authentication templates, and so may the business;
- the recipient opted back in at the provider (WhatsApp: resumed marketing messages) → those
  marketing stops (and, from before they were marketing-only, that sender's `carrier`
  suppressions) are lifted: the person's own act, like START.

A report's own time dates what it does, so it is held to the clock bounds of a message's
(heed.core.clock, `distrusted_time`): outside them it is flagged, and a future one is taken as
the time of receipt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from heed.core.addresses import normalise_address, normalise_sender
from heed.core.clock import ClockBounds
from heed.core.text import json_storable, storable_text
from heed.core.vocabulary import Actor, ActorKind, Purpose, Scope, Source, provider_verified
from heed.errors import InvalidAddress
from heed.inbound.actions import (
    AlreadySuppressed,
    Ignored,
    InboundAction,
    Lifted,
    NothingToLift,
    Refused,
    Suppressed,
    distrusted_time,
    from_json,
    to_json,
)
from heed.inbound.batches import by_account
from heed.providers.base import DeliveryReport, Outcome
from heed.store import links, optouts
from heed.store.accounts import AccountRef
from heed.store.config import AccountConfig, ConfigCache
from heed.store.events import EventLog
from heed.store.ids import new_id
from heed.store.suppressions import Target, active_suppressions, lift_suppressions
from heed.store.tables import ReceivedReport
from heed.store.types import utcnow

#: Outcomes that may add or lift a suppression, so whose reads must be under the chain lock.
_MAY_SUPPRESS = frozenset(
    {
        Outcome.CARRIER_OPT_OUT,
        Outcome.CARRIER_OPT_IN,
        Outcome.PERMANENT,
        Outcome.COMPLAINT,
        Outcome.TEMPORARY,
    }
)


_CLOCK = ClockBounds()


@dataclass(frozen=True)
class ReportResult:
    report_id: str
    outcome: str
    actions: tuple[InboundAction, ...]
    duplicate: bool = False


def process_report(
    session: Session,
    account: AccountRef,
    report: DeliveryReport,
    *,
    known_new: bool = True,
    clock: ClockBounds = _CLOCK,
) -> ReportResult:
    """Process `report` once (see heed.inbound.messages for how `known_new` gives that)."""
    key = _dedup_key(report)
    if not known_new:
        stored = session.scalars(
            select(ReceivedReport).where(
                ReceivedReport.account_id == account.id,
                ReceivedReport.provider == report.provider,
                ReceivedReport.dedup_key == key,
            )
        ).first()
        if stored is not None:
            return ReportResult(
                stored.id, stored.outcome, from_json(stored.actions), duplicate=True
            )
    # Locks the chain only for a report that may suppress, which most (delivered) never do.
    return _process(session, EventLog(session, account.id), account, report, clock)


def process_reports_together(
    session: Session,
    configs: ConfigCache,
    reports: Sequence[tuple[str, DeliveryReport]],
    clock: ClockBounds = _CLOCK,
) -> list[ReportResult]:
    """Process (account slug, report) pairs in one transaction, each as a first delivery, one
    after the other as if each had its own; results in the order given."""

    def process(config: AccountConfig, mine: list[DeliveryReport]) -> list[ReportResult]:
        log = EventLog(session, config.account.id)
        return [_process(session, log, config.account, report, clock) for report in mine]

    return by_account(session, configs, reports, process)


def _dedup_key(report: DeliveryReport) -> str:
    if report.event_id:
        return f"event:{report.event_id}|{report.recipient.strip().lower()}"[:300]
    return f"{report.provider_message_id}|{report.status}|{report.error_code or ''}"


def _process(
    session: Session, log: EventLog, account: AccountRef, report: DeliveryReport, clock: ClockBounds
) -> ReportResult:
    row = _store(session, account, report, _dedup_key(report))
    flags: list[InboundAction] = []
    if report.occurred_at is not None:
        row.occurred_at, flags = distrusted_time(clock, row.occurred_at, row.received_at)
    row.actions = to_json([*flags, *_act(session, log, account, report, row)])
    return ReportResult(row.id, row.outcome, from_json(row.actions))


def _act(
    session: Session,
    log: EventLog,
    account: AccountRef,
    report: DeliveryReport,
    row: ReceivedReport,
) -> list[InboundAction]:
    """What the stored report `row` does: suppress, lift, or nothing."""
    try:
        row.recipient = normalise_address(
            report.channel, report.recipient, account.settings.default_country
        )
    except InvalidAddress as exc:
        return [Ignored(why=str(exc))]
    if report.linked_address and provider_verified(report.credential):
        links.learn(
            session,
            log,
            Target(report.channel, row.recipient),
            storable_text(report.linked_address),
            actor=Actor(ActorKind.PROVIDER, report.provider, via=report.credential),
            evidence={"provider": report.provider, "report": report.provider_message_id},
        )
    if report.outcome in _MAY_SUPPRESS:
        # What is read next decides a suppression: read under the lock of the account's event
        # chain, it stays true until commit (see heed.inbound.messages).
        log.lock()
    if report.outcome is Outcome.CARRIER_OPT_IN and not provider_verified(report.credential):
        # Like a START (heed.inbound.effects): only the provider, through its verified
        # webhook, may say the person opted back in at the carrier.
        return [Refused(why="only the provider's verified webhook lifts a carrier opt-out")]
    if report.outcome is Outcome.CARRIER_OPT_IN:
        return _lift_carrier_opt_outs(session, log, account, row, report)
    source, scope, reason = _suppression_for(session, account, row, report)
    if source is None:
        return []
    target = Target(report.channel, row.recipient)
    created, _ = optouts.opt_out(
        session,
        log,
        account,
        target,
        scope,
        source=source,
        actor=Actor(ActorKind.PROVIDER, report.provider, via=report.credential),
        reason=reason,
        evidence={
            "report_id": row.id,
            "provider": report.provider,
            "status": row.status,
            "error_code": row.error_code,
            "provider_event": row.raw,  # what the provider sent, as it sent it
        },
        at=row.occurred_at,
        targets=[target],
    )
    done: list[InboundAction] = [
        Suppressed(source=source.value, scope=r.scope, suppression_id=r.id) for r in created
    ]
    return done or [AlreadySuppressed(source=source.value)]


def _lift_carrier_opt_outs(
    session: Session,
    log: EventLog,
    account: AccountRef,
    row: ReceivedReport,
    report: DeliveryReport,
) -> list[InboundAction]:
    scopes = {str(Scope.purpose(Purpose.MARKETING)), str(Scope.sender(row.sender))}
    target = Target(report.channel, row.recipient)
    carrier = [
        r
        for r in active_suppressions(session, account.id, [target])
        if r.source == Source.CARRIER and r.scope in scopes and r.since <= row.occurred_at
    ]
    lifted = lift_suppressions(
        session,
        log,
        carrier,
        actor=Actor(ActorKind.PROVIDER, report.provider, via=report.credential),
        reason=f"opted back in at the provider ({report.provider} {report.status})",
        occurred_at=row.occurred_at,
        evidence={"report_id": row.id, "status": row.status},
    )
    done: list[InboundAction] = [Lifted(scope=r.scope, suppression_id=r.id) for r in lifted]
    return done or [NothingToLift(scope=str(Scope.purpose(Purpose.MARKETING)))]


def _store(
    session: Session, account: AccountRef, report: DeliveryReport, key: str
) -> ReceivedReport:
    now = utcnow()
    try:
        sender = normalise_sender(report.channel, report.sender, account.settings.default_country)
    except InvalidAddress:
        sender = report.sender.strip()
    row = ReceivedReport(
        account_id=account.id,
        id=new_id(),
        provider=report.provider,
        dedup_key=key,
        provider_message_id=report.provider_message_id,
        channel=report.channel.value,
        recipient=report.recipient.strip(),
        sender=sender,
        status=report.status,
        error_code=report.error_code,
        outcome=report.outcome.value,
        occurred_at=(report.occurred_at or now).astimezone(UTC),
        received_at=now,
        actions=[],
        raw=json_storable(report.raw),
        credential=report.credential,
    )
    session.add(row)
    return row


def _suppression_for(
    session: Session, account: AccountRef, row: ReceivedReport, report: DeliveryReport
) -> tuple[Source | None, Scope, str]:
    """Which suppression, if any, this report calls for."""
    code = f"{report.provider} {report.status} {report.error_code or ''}".strip()
    if report.outcome is Outcome.CARRIER_OPT_OUT and report.marketing_only:
        scope = Scope.purpose(Purpose.MARKETING)
        return Source.CARRIER, scope, f"stopped marketing messages at the provider ({code})"
    if report.outcome is Outcome.CARRIER_OPT_OUT:
        return (
            Source.CARRIER,
            Scope.sender(row.sender),
            f"opted out of messages at the carrier ({code})",
        )
    if report.outcome is Outcome.PERMANENT:
        return Source.BOUNCE, Scope.account(), f"permanently undeliverable ({code})"
    if report.outcome is Outcome.COMPLAINT:
        return Source.COMPLAINT, Scope.account(), f"spam complaint ({code})"
    if report.outcome is Outcome.TEMPORARY:
        failures = _recent_temporary_failures(session, account, row)
        if failures >= account.settings.soft_bounce_limit:
            days = account.settings.soft_bounce_window_days
            return (
                Source.BOUNCE,
                Scope.account(),
                f"{failures} temporary failures in {days} days ({code})",
            )
    return None, Scope.account(), ""


def _recent_temporary_failures(session: Session, account: AccountRef, row: ReceivedReport) -> int:
    session.flush()
    since = row.occurred_at - timedelta(days=account.settings.soft_bounce_window_days)
    return (
        session.scalar(
            select(func.count()).where(
                ReceivedReport.account_id == account.id,
                ReceivedReport.channel == row.channel,
                ReceivedReport.recipient == row.recipient,
                ReceivedReport.outcome == Outcome.TEMPORARY.value,
                ReceivedReport.occurred_at > since,
                ReceivedReport.occurred_at <= row.occurred_at,
            )
        )
        or 0
    )

"""`heed optout`, `resubscribe`, `block`, `unblock` and `check`: who may not be messaged, and why.

`heed.cli` registers the top-level commands here, in `heed --help` order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from heed.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_ALLOWED,
    AddressOpt,
    ChannelOpt,
    DatabaseUrl,
    JsonOutput,
    ListOpt,
    ReasonOpt,
    SenderOpt,
    Slug,
    emit,
    fail,
    handles_errors,
    open_engine,
    operator,
    out,
)
from heed.core.rules import CheckResult
from heed.core.vocabulary import ReasonCode
from heed.engine.results import Change


@handles_errors
def optout(
    slug: Slug,
    channel: ChannelOpt,
    address: AddressOpt,
    reason: ReasonOpt,
    sender: SenderOpt = None,
    list_name: ListOpt = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Opt an address out (manual source), for the account, one sender or one list."""
    with open_engine(database_url) as engine:
        change = engine.opt_out(
            slug,
            channel,
            address,
            actor=operator(),
            reason=reason,
            sender=sender,
            list_name=list_name,
        )
    emit(json_output, change, lambda: _print_change("opted out", change))


@handles_errors
def resubscribe(
    slug: Slug,
    channel: ChannelOpt,
    address: AddressOpt,
    reason: ReasonOpt,
    sender: SenderOpt = None,
    list_name: ListOpt = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Lift manual, keyword, web-form and import opt-outs (refused while blocked)."""
    with open_engine(database_url) as engine:
        change = engine.resubscribe(
            slug,
            channel,
            address,
            actor=operator(),
            reason=reason,
            sender=sender,
            list_name=list_name,
        )
    emit(json_output, change, lambda: _print_change("lifted", change))


@handles_errors
def block(
    slug: Slug,
    channel: ChannelOpt,
    address: AddressOpt,
    reason: ReasonOpt,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Block a person: this address and every other channel of their contact, if they have
    one (implies an opt-out that outlives the block)."""
    with open_engine(database_url) as engine:
        change = engine.block(slug, channel, address, actor=operator(), reason=reason)
    emit(json_output, change, lambda: _print_change("blocked", change, barred="block"))


@handles_errors
def unblock(
    slug: Slug,
    channel: ChannelOpt,
    address: AddressOpt,
    reason: ReasonOpt,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Lift a block; the person stays opted out until resubscribed."""
    with open_engine(database_url) as engine:
        change = engine.unblock(slug, channel, address, actor=operator(), reason=reason)
    emit(json_output, change, lambda: _print_change("lifted", change))


def _print_change(verb: str, change: Change, barred: str | None = None) -> None:
    """One line per suppression made; a block's implied opt-outs (source manual, where
    `barred` is block or blacklist) say so rather than look like more blocks."""
    for row in change.changed:
        what = verb if barred is None or row.source == barred else "and opted out"
        out.print(
            f"{what}: {row.channel} {row.address} scope={row.scope} "
            f"source={row.source} event #{row.event_id}"
        )
    for row in change.unchanged:
        out.print(f"already: {row.channel} {row.address} scope={row.scope} source={row.source}")
    if not change.changed and not change.unchanged:
        out.print("nothing to change")
    _print_check(change.check)


@handles_errors
def check(
    slug: Slug,
    channel: ChannelOpt,
    address: AddressOpt,
    sender: SenderOpt = None,
    list_name: ListOpt = None,
    purpose: Annotated[
        str, typer.Option(help="marketing, transactional or conversational.")
    ] = "marketing",
    at: Annotated[
        datetime | None,
        typer.Option(
            help="Answer as heed knew it at this past time (ISO 8601, UTC if no zone): from "
            "the events recorded by then."
        ),
    ] = None,
    as_now_known: Annotated[
        bool,
        typer.Option(
            "--as-now-known",
            help="With --at: answer what is now known to have been true then, counting events "
            "recorded later with an earlier time (late webhooks, imports, backdated messages).",
        ),
    ] = False,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """May we message this address? Exit 0 allowed, 1 not allowed, 2 bad input."""
    from heed.engine.checking import Checker  # the check alone: scripts run it per send

    with Checker(database_url) as engine:
        result = engine.check(
            slug,
            channel,
            address,
            sender=sender,
            list_name=list_name,
            purpose=purpose,
            at=at,
            as_now_known=as_now_known,
        )
    invalid = [r for r in result.reasons if r.code is ReasonCode.INVALID_ADDRESS]
    if invalid:
        fail("invalid-address", invalid[0].detail or address, EXIT_BAD_INPUT, json_output)
    emit(json_output, result, lambda: _print_check(result))
    raise typer.Exit(0 if result.allowed else EXIT_NOT_ALLOWED)


def _print_check(result: CheckResult) -> None:
    if result.allowed:
        out.print("allowed")
        return
    out.print("not allowed:")
    for reason in result.reasons:
        since = f" since {reason.since.isoformat()}" if reason.since else ""
        event = f" (event #{reason.event_id})" if reason.event_id else ""
        source = f" source={reason.source.value}" if reason.source else ""
        detail = f" — {reason.detail}" if reason.detail else ""
        out.print(
            f"  {reason.code.value} scope={reason.scope or '-'}{source}{since}{event}{detail}"
        )

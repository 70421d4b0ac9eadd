"""`heed optout`, `resubscribe`, `block` and `unblock`: who may not be messaged, and why.

`heed.cli` registers the top-level commands here, in `heed --help` order.
"""

from __future__ import annotations

from heed.cli.check import print_check
from heed.cli.common import (
    AddressOpt,
    ChannelOpt,
    DatabaseUrl,
    JsonOutput,
    ListOpt,
    ReasonOpt,
    SenderOpt,
    Slug,
    emit,
    handles_errors,
    open_engine,
    operator,
    out,
)
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
    print_check(change.check)

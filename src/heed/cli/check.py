"""`heed check`: may we message this address? Exit 0 allowed, 1 not allowed.

Scripts run it before each send, so it must start in a fraction of a second (#12 item 7,
bench/startup.py). `heed.cli.main` hands `heed check ...` to `run`, which loads no other
command's module, and the command opens an engine that can only check (heed.engine.checker).

Arguments as a script writes them (the slug, `--option value` or `--option=value`, the flags)
are read by `plain_arguments` (heed.cli.plain) from the command's own declarations below;
anything else (`--help`, `--at`, a missing or unknown option, a value that starts with `-`,
completion) goes to Typer, through `check_app`, the same command in a tree of its own.
Nothing here may import more than it needs: tests/test_startup.py names what it must not load.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Any

import typer

from heed.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_ALLOWED,
    AddressOpt,
    ChannelOpt,
    DatabaseUrl,
    JsonOutput,
    ListOpt,
    PurposeOpt,
    SenderOpt,
    Slug,
    emit,
    fail,
    handles_errors,
    out,
)
from heed.cli.plain import read_plain, run_plain, tree_of_one
from heed.core.rules import CheckResult
from heed.core.vocabulary import ReasonCode


@handles_errors
def check(
    slug: Slug,
    channel: ChannelOpt,
    address: AddressOpt,
    sender: SenderOpt = None,
    list_name: ListOpt = None,
    purpose: PurposeOpt = "marketing",
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
    from heed.engine.checker import open_checker  # the check alone: scripts run it per send

    with open_checker(database_url, at) as engine:
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
    emit(json_output, result, lambda: print_check(result))
    raise typer.Exit(0 if result.allowed else EXIT_NOT_ALLOWED)


def print_check(result: CheckResult) -> None:
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


def check_app() -> typer.Typer:
    """`heed` with only `check` in it: what `heed check ...` runs (heed.cli.main)."""
    return tree_of_one("check", check)


def run(arguments: Sequence[str]) -> None:
    """Run `heed check` with these arguments (those after `check`), and exit."""
    run_plain("check", check, arguments)


def plain_arguments(arguments: Sequence[str]) -> dict[str, Any] | None:
    """`check`'s keyword arguments as Typer would pass them, or None (heed.cli.plain)."""
    return read_plain(check, arguments)

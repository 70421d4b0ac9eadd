"""`heed check`: may we message this address? Exit 0 allowed, 1 not allowed.

Scripts run it before each send, so it must start in a fraction of a second (#12 item 7,
bench/startup.py). `heed.cli.main` hands `heed check ...` to `run`, which loads no other
command's module, and the command opens an engine that can only check (heed.engine.checker).

Arguments as a script writes them (the slug, `--option value` or `--option=value`, the flags)
are read by `plain_arguments` from the command's own declarations below; anything else
(`--help`, `--at`, a missing or unknown option, a value that starts with `-`, completion) goes
to Typer, through `check_app`, the same command in a tree of its own. Typer validates every
option's value with pydantic, whose import costs more than a third of the start budget, and
for plain text that validation changes nothing (tests/cli/test_check_arguments.py holds the
two readings to the same values). Nothing here may import more than it needs:
tests/test_startup.py names what it must not load.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, get_args

import typer
from typer.models import ArgumentInfo, OptionInfo, Required
from typer.utils import get_params_from_function

from heed.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_ALLOWED,
    AddressOpt,
    ChannelOpt,
    DatabaseUrl,
    JsonOutput,
    ListOpt,
    SenderOpt,
    Slug,
    emit,
    fail,
    handles_errors,
    new_app,
    out,
)
from heed.core.rules import CheckResult
from heed.core.vocabulary import ReasonCode


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
    app = new_app()
    app.callback()(_no_options)  # a group, as the full tree is: `heed check`, not `heed`
    app.command("check")(check)
    return app


def _no_options() -> None:
    """heed's own options: none (the full tree has none either)."""


def run(arguments: Sequence[str]) -> None:
    """Run `heed check` with these arguments (those after `check`), and exit."""
    given = plain_arguments(arguments)
    if given is None:
        check_app()(args=["check", *arguments])
        return
    try:
        check(**given)
    except typer.Exit as exc:  # what Typer does with them, in `check_app`
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    sys.exit(0)


def plain_arguments(arguments: Sequence[str]) -> dict[str, Any] | None:
    """`check`'s keyword arguments as Typer would pass them, or None unless every argument
    is plain: a text value, or a flag (see the module docstring)."""
    if any(name.endswith("_COMPLETE") for name in os.environ):
        return None  # shell completion: Typer's
    declared = declarations()
    options = {decl: p for p in declared.values() for decl in p.decls}
    values: dict[str, Any] = {}
    positional: list[str] = []
    rest = list(arguments)
    while rest:
        token = rest.pop(0)
        if not token.startswith("-"):
            positional.append(token)
            continue
        decl, eq, value = token.partition("=")
        found = options.get(decl)
        if found is None or found.kind is None:
            return None  # --help, an unknown option, or a date (`--at`): Typer reads it
        if found.kind is bool:
            if eq:
                return None
            values[found.name] = True
            continue
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        values[found.name] = value
    slots = [p.name for p in declared.values() if p.argument]
    if len(positional) != len(slots):
        return None
    values |= dict(zip(slots, positional, strict=True))
    for p in declared.values():
        if p.name not in values and p.envvar:
            values[p.name] = os.environ.get(p.envvar) or p.default
        elif p.name not in values:
            if p.default is Required:
                return None  # Typer says which is missing
            values[p.name] = p.default
    return values


@dataclass(frozen=True)
class Declared:
    """One parameter of `check` as Typer declares it."""

    name: str
    argument: bool
    decls: tuple[str, ...]
    default: Any
    envvar: str | None
    #: str or bool: read here; None: Typer alone reads it (e.g. a date).
    kind: type | None


def declarations() -> dict[str, Declared]:
    """`check`'s parameters, read by Typer's own reader of a command's signature."""
    found = {}
    for meta in get_params_from_function(check).values():
        info = meta.default
        members = set(get_args(meta.annotation) or (meta.annotation,)) - {type(None)}
        kind = members.pop() if len(members) == 1 and members <= {str, bool} else None
        decls = tuple(d for d in (info.param_decls or ()) if d.startswith("-"))
        if isinstance(info, OptionInfo) and not decls:
            decls = () if kind is bool else (f"--{meta.name.replace('_', '-')}",)
        if any("/" in d for d in decls):
            decls = ()  # `--x/--no-x`: Typer reads it
        envvar = info.envvar if isinstance(info.envvar, str) else None
        argument = isinstance(info, ArgumentInfo)
        found[meta.name] = Declared(meta.name, argument, decls, info.default, envvar, kind)
    return found

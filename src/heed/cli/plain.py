"""Plain command-line arguments read without Typer, for the commands scripts run often.

`heed check` (before each send) and `heed filter` (before each campaign) start in a new
process every time; Typer validates every option's value with pydantic, whose import costs
more than a third of `heed check`'s start (#12 item 7). For plain values — text, a path, a
flag — that validation changes nothing, so `read_plain` reads them from the command's own
Typer declarations, and gives up (None) on anything else: `--help`, a date, a list option,
a missing or unknown option, a value that starts with `-`, shell completion. The caller then
runs the command through Typer. tests/cli/test_check_arguments.py holds both readings to the
same values.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

import typer
from typer.models import ArgumentInfo, OptionInfo, Required
from typer.utils import get_params_from_function


def tree_of_one(name: str, command: Callable[..., Any]) -> typer.Typer:
    """`heed` with only `command` in it, as `name`: a group, as the full tree is (so it runs
    as `heed NAME ...`), for what `read_plain` leaves to Typer."""
    from heed.cli.common import new_app

    app = new_app()
    app.callback()(_no_options)
    app.command(name)(command)
    return app


def _no_options() -> None:
    """heed's own options: none (the full tree has none either)."""


def run_plain(name: str, command: Callable[..., Any], arguments: Sequence[str]) -> None:
    """Run `heed NAME` with these arguments (those after NAME), and exit: plain arguments
    read here, anything else by Typer in a tree of this command alone."""
    given = read_plain(command, arguments)
    if given is None:
        tree_of_one(name, command)(args=[name, *arguments])
        return
    try:
        command(**given)
    except typer.Exit as exc:  # what Typer does with them
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    sys.exit(0)


def read_plain(command: Callable[..., Any], arguments: Sequence[str]) -> dict[str, Any] | None:
    """`command`'s keyword arguments as Typer would pass them, or None unless every argument
    is plain: a text or path value, or a flag (see the module docstring)."""
    if any(name.endswith("_COMPLETE") for name in os.environ):
        return None  # shell completion: Typer's
    declared = declarations(command)
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
        values[found.name] = Path(value) if found.kind is Path else value
    slots = [p.name for p in declared.values() if p.argument]
    if len(positional) != len(slots):
        return None
    values |= {
        name: Path(value) if declared[name].kind is Path else value
        for name, value in zip(slots, positional, strict=True)
    }
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
    """One parameter of a command as Typer declares it."""

    name: str
    argument: bool
    decls: tuple[str, ...]
    default: Any
    envvar: str | None
    #: str, Path or bool: read here; None: Typer alone reads it (e.g. a date, a list).
    kind: type | None


def declarations(command: Callable[..., Any]) -> dict[str, Declared]:
    """`command`'s parameters, read by Typer's own reader of a command's signature."""
    found = {}
    for meta in get_params_from_function(command).values():
        info = meta.default
        members = set(get_args(meta.annotation) or (meta.annotation,)) - {type(None)}
        kind = members.pop() if len(members) == 1 and members <= {str, bool, Path} else None
        decls = tuple(d for d in (info.param_decls or ()) if d.startswith("-"))
        if isinstance(info, OptionInfo) and not decls:
            decls = () if kind is bool else (f"--{meta.name.replace('_', '-')}",)
        if any("/" in d for d in decls):
            decls = ()  # `--x/--no-x`: Typer reads it
        envvar = info.envvar if isinstance(info.envvar, str) else None
        argument = isinstance(info, ArgumentInfo)
        found[meta.name] = Declared(meta.name, argument, decls, info.default, envvar, kind)
    return found

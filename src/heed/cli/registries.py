"""`heed registry`: load, list and drop do-not-call and reassigned-numbers registries."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from heed.cli.common import (
    DatabaseUrl,
    JsonOutput,
    emit,
    handles_errors,
    open_engine,
    operator,
    out,
)
from heed.errors import BadInput

if TYPE_CHECKING:
    from heed.engine.results import RegistryStatus

registry_app = typer.Typer(
    help="Do-not-call and reassigned-numbers registries (marketing is scrubbed against them).",
    no_args_is_help=True,
)
AccountOpt = Annotated[
    str | None,
    typer.Option("--account", help="The account's own registry (default: shared by all)."),
]


@registry_app.command("load")
@handles_errors
def load(
    name: Annotated[str, typer.Argument(help="The registry's name, e.g. us-dnc.")],
    file: Annotated[
        Path,
        typer.Argument(
            help="The FTC's `areacode,number` file, E.164 numbers one a line, or for "
            "--kind reassigned `number,YYYY-MM-DD` (the disconnection date)."
        ),
    ],
    kind: Annotated[str, typer.Option(help="dnc or reassigned.")] = "dnc",
    changes: Annotated[
        str,
        typer.Option(help="full (replace the list), add or delete (an FTC change list)."),
    ] = "full",
    version: Annotated[
        str | None,
        typer.Option(help="The list's date, YYYY-MM-DD (default: the file's date)."),
    ] = None,
    allow_shrink: Annotated[
        bool,
        typer.Option(
            "--allow-shrink",
            help="Replace the list even with under half its numbers (refused by default).",
        ),
    ] = False,
    account: AccountOpt = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Load a registry file as the registry's new version; readers switch to it at once."""
    with open_engine(database_url) as engine:
        status = engine.load_registry(
            name,
            file,
            kind=kind,
            mode=changes,
            version=_date(version),
            account=account,
            allow_shrink=allow_shrink,
            actor=operator(),
        )
    emit(json_output, status, lambda: out.print(_line(status)))


@registry_app.command("list")
@handles_errors
def list_registries(
    account: AccountOpt = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """The registries (shared, and the account's own), with version, size and age."""
    with open_engine(database_url) as engine:
        found = engine.list_registries(account)

    def human() -> None:
        if not found:
            out.print("no registries loaded")
        for status in found:
            out.print(_line(status))

    emit(json_output, found, human)


@registry_app.command("drop")
@handles_errors
def drop(
    name: Annotated[str, typer.Argument(help="The registry's name.")],
    account: AccountOpt = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Remove a registry: its numbers no longer apply."""
    with open_engine(database_url) as engine:
        engine.drop_registry(name, account=account, actor=operator())
    emit(json_output, {"dropped": name}, lambda: out.print(f"dropped {escape(name)}"))


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"--version {text!r}: expected a date, YYYY-MM-DD") from None


def _line(status: RegistryStatus) -> str:
    stale = "  STALE: over 31 days old, reload it" if status.stale else ""
    owner = "shared" if status.shared else "account"
    return (
        f"{escape(status.name)}  {status.kind}  {owner}  version {status.version}  "
        f"{status.numbers:,} numbers  {status.bytes / 1e6:.1f} MB  {status.age_days} days old"
        f"{stale}"
    )

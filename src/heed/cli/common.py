"""What every `heed` command shares: the consoles, the options, the operator, errors and output.

Exit codes (the contract scripts rely on; `EXIT_CODES`, printed by `heed --help`): 0 success /
allowed, 1 not allowed (`heed check`) or audit failed, 2 bad input or not found, 3 heed could not
answer (database unreachable, schema out of date), 4 not permitted (the role may not),
5 refused in this state (it exists already; resubscribing a blocked person), 6 `heed serve`
cannot listen (the port is taken). Only this edge turns heed's errors into them
(`handles_errors`); the library raises `HeedError`s.
"""

from __future__ import annotations

import functools
import getpass
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO, NoReturn, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from heed.core.vocabulary import Actor, ActorKind, Role
from heed.errors import (
    BadInput,
    CannotListen,
    Conflict,
    HeedError,
    NotPermitted,
    Unavailable,
)

EXIT_NOT_ALLOWED, EXIT_BAD_INPUT, EXIT_UNAVAILABLE = 1, 2, 3
EXIT_NOT_PERMITTED, EXIT_REFUSED, EXIT_CANNOT_LISTEN = 4, 5, 6
#: What each exit code means, for `heed --help` and the README.
EXIT_CODES = {
    0: "success; `heed check`: allowed",
    EXIT_NOT_ALLOWED: "`heed check`: not allowed; `heed audit verify`: the log does not verify",
    EXIT_BAD_INPUT: "bad input, or no such account, sender, list or contact",
    EXIT_UNAVAILABLE: "heed could not answer (database unreachable, schema out of date)",
    EXIT_NOT_PERMITTED: "not permitted (the role may not do this)",
    EXIT_REFUSED: "refused in this state (it exists already; blocked: no resubscribing)",
    EXIT_CANNOT_LISTEN: "`heed serve` cannot listen: the port is taken",
}


def new_app() -> typer.Typer:
    """The `heed` group with its help (the exit codes) and settings: the full tree
    (heed.cli.tree) and `heed check`'s tree of one (heed.cli.check) are both made here."""
    codes = "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items())
    return typer.Typer(
        help="heed — may we message this person, on this channel, from this sender, now?\n\n"
        "\b\nExit codes:\n" + codes,
        no_args_is_help=True,
        pretty_exceptions_show_locals=False,
        rich_markup_mode=None,
    )


out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DatabaseUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        envvar="HEED_DATABASE_URL",
        help="SQLAlchemy URL; default sqlite:///./heed.db. Also HEED_DATABASE_URL.",
        show_default=False,
    ),
]
JsonOutput = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
if TYPE_CHECKING:
    from heed.engine import Engine

Slug = Annotated[str, typer.Argument(help="The account's slug, e.g. acme.")]
ChannelOpt = Annotated[str, typer.Option("--channel", help="sms, whatsapp, email or voice.")]
AddressOpt = Annotated[str, typer.Option("--address", help="Phone (E.164) or email address.")]
SenderOpt = Annotated[
    str | None, typer.Option("--sender", help="Only this sending address (scope sender:ADDR).")
]
ListOpt = Annotated[str | None, typer.Option("--list", help="Only this list (scope list:NAME).")]
PurposeOpt = Annotated[str, typer.Option(help="marketing, transactional or conversational.")]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Why; written into the activity log.")]

P = ParamSpec("P")
R = TypeVar("R")


def open_engine(database_url: str | None = None) -> Engine:
    """The engine over `database_url` (or HEED_DATABASE_URL), imported when a command runs:
    SQLAlchemy and every service cost ~0.5 s, which `heed --help` and a mistyped option must
    not pay, and `heed check` pays only for what the check reads (#12 item 7)."""
    from heed.engine import Engine

    return Engine(database_url)


@contextmanager
def progress_bar(
    enabled: bool, description: str, in_bytes: bool = False
) -> Iterator[Callable[[int, int | None], None] | None]:
    """A Rich progress bar on stderr when it is a terminal; no bar (None) otherwise (and
    Rich's progress module not imported: a script's `heed filter` pays for no bar)."""
    if not enabled or not err.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    counter = DownloadColumn() if in_bytes else MofNCompleteColumn()
    columns = (TextColumn(description), BarColumn(), counter, TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(description, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def operator() -> Actor:
    """Whoever runs the CLI holds the database credentials, so they are the platform operator:
    they act with the `support` role (docs/design.md §1), named by their OS user in the log."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(ActorKind.CLI, user, Role.SUPPORT)


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn heed's errors into one clear line and the documented exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except HeedError as exc:
            fail(exc.code, str(exc), exit_code(exc), bool(kwargs.get("json_output")))

    return wrapper


def exit_code(exc: HeedError) -> int:
    """The documented exit code for one of heed's errors."""
    for kind, code in (
        (Unavailable, EXIT_UNAVAILABLE),
        (NotPermitted, EXIT_NOT_PERMITTED),
        (Conflict, EXIT_REFUSED),
        (CannotListen, EXIT_CANNOT_LISTEN),
    ):
        if isinstance(exc, kind):
            return code
    return EXIT_BAD_INPUT


def fail(kind: str, message: str, exit_code: int, as_json: bool) -> NoReturn:
    """Say what went wrong in one line on stderr (and as JSON on stdout with --json), then
    exit with `exit_code`."""
    if as_json:
        print(json.dumps({"error": {"type": kind, "detail": message}}))
    err.print(f"error: {escape(message)}")
    raise typer.Exit(exit_code)


def emit(as_json: bool, value: Any, human: Callable[[], None]) -> None:
    """Print `value` as JSON with --json, or call `human` to print it for people."""
    if as_json:
        from heed.engine.jsonable import to_json

        print(json.dumps(to_json(value), indent=2, ensure_ascii=False))
    else:
        human()


@contextmanager
def written(path: Path) -> Iterator[BinaryIO]:
    """`path` opened to be written as bytes; a path heed cannot write to (no such directory,
    no permission, a directory) is bad input said in one line, not a traceback."""
    try:
        stream = path.open("wb")
    except OSError as exc:
        raise BadInput(f"cannot write {path}: {exc.strerror or exc}") from None
    with stream:
        yield stream


def parse_assignments(pairs: list[str]) -> dict[str, Any]:
    """Read KEY=VALUE pairs (settings, provider options); a VALUE that parses as JSON is
    taken as JSON, so `true`, `3` and `["marketing"]` arrive typed, and anything else as text."""
    parsed: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise BadInput(f"expected KEY=VALUE, got {pair!r}")
        try:
            parsed[key] = json.loads(value)  # true, false, ["marketing"], numbers
        except json.JSONDecodeError:
            parsed[key] = value
    return parsed

"""`heed audit`, `heed server-key`, `heed backup` and `heed restore`: proof that the log and the
state are intact, the key that signs that proof, and copies of the database.

`heed.cli` attaches `audit_app` and `server_key_app` and registers `backup` and `restore`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from heed.audit.checkpoints import send_to_witness
from heed.cli.common import (
    DatabaseUrl,
    JsonOutput,
    Slug,
    emit,
    err,
    handles_errors,
    open_engine,
    out,
)
from heed.errors import BadInput
from heed.server_key import load_keyring, rotate_key_file
from heed.settings import load_settings

if TYPE_CHECKING:
    from heed.engine import Engine
    from heed.engine.proof import AuditReport

audit_app = typer.Typer(
    help="Prove the activity log and the state are intact: verify, and sign checkpoints.",
    no_args_is_help=True,
)
server_key_app = typer.Typer(
    help="The server key (not in the database): show its ids and public keys, rotate it.",
    no_args_is_help=True,
)

CheckpointFile = Annotated[
    str | None,
    typer.Option(
        "--checkpoints",
        "--file",
        envvar="HEED_CHECKPOINT_FILE",
        help="The append-only checkpoint file (outside the database). Also HEED_CHECKPOINT_FILE.",
        show_default=False,
    ),
]


@audit_app.command("verify")
@handles_errors
def audit_verify(
    slug: Slug,
    checkpoints: CheckpointFile = None,
    log_only: Annotated[
        bool, typer.Option("--log-only", help="Skip comparing the tables with the log.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            min=1,
            help="Processes that walk the log, at most one per core (default: one per core"
            " for a long log).",
            show_default=False,
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Verify the account's hash chain, against signed checkpoints (--checkpoints), and that
    the tables hold what the log says; exit 1 naming what was done and where."""
    jobs = _capped(jobs)
    with open_engine(database_url) as engine, _progress(engine, slug, json_output) as tick:
        report = engine.verify_audit(
            slug, checkpoint_file=checkpoints, reconcile=not log_only, progress=tick, jobs=jobs
        )
    if report.ok:
        emit(json_output, report, lambda: out.print(_summary(report)))
        return
    emit(json_output, report, lambda: _print_failure(report))
    raise typer.Exit(1)


def _capped(jobs: int | None) -> int | None:
    """`jobs`, or the cores there are when it asks for more: processes beyond them only take
    turns on the same cores, each with its own connection and copy of the range's state."""
    from heed.engine.proof import usable_cores  # the store's modules: not at the CLI's start

    cores = usable_cores()
    if jobs is None or jobs <= cores:
        return jobs
    err.print(f"--jobs {jobs}: heed may use {cores} core(s) here; verifying with {cores}")
    return cores


def _summary(report: AuditReport) -> str:
    covered = (
        f", {report.checkpoints} checkpoints verified (up to event #{report.covered_to})"
        if report.checkpoints
        else ", no checkpoints given"
    )
    rate = f" in {report.seconds:.2f} s" if report.seconds else ""
    rows = f" and {report.rows_checked} imported rows" if report.rows_checked else ""
    if report.contacts_checked:
        rows += f" and {report.contacts_checked} imported contacts"
    return (
        f"ok: {report.events_checked} events{rows} verified{covered}, state matches the log{rate}"
    )


def _print_failure(report: AuditReport) -> None:
    where = f" at event #{report.first_bad_seq}" if report.first_bad_seq else ""
    err.print(f"FAILED ({report.tampering}){where}: {report.problem}")
    for difference in report.state_differences[1:]:
        err.print(f"  also: {difference}")


@contextmanager
def _progress(engine: Engine, slug: str, quiet: bool) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr while the log streams by (not with --json, nor off a terminal)."""
    if quiet or not err.is_terminal:
        yield None
        return
    columns = ("verifying", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # Redrawn when told, not by a thread of its own: the verifier forks only a process that
    # runs no other thread (heed.store.ranges), and it tells often (each page, 5 times a second).
    with Progress(*columns, console=err, transient=True, auto_refresh=False) as bar:
        task = bar.add_task("events", total=engine.proof_size(slug))
        yield lambda done: bar.update(task, completed=done, refresh=True)


@audit_app.command("checkpoint")
@handles_errors
def audit_checkpoint(
    slugs: Annotated[
        list[str] | None, typer.Argument(help="Accounts to checkpoint; default: every account.")
    ] = None,
    checkpoints: CheckpointFile = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Sign each account's chain head with the server key and append it to the checkpoint
    file (and send it to HEED_WITNESS_URL, if set)."""
    if not checkpoints:
        raise BadInput("say where checkpoints go: --file FILE, or HEED_CHECKPOINT_FILE")
    settings = load_settings()
    with open_engine(database_url) as engine:
        written = engine.write_checkpoints(checkpoints, slugs or ())
    if settings.witness_url and written:
        send_to_witness(settings.witness_url, written, settings.witness_allow_private)

    def human() -> None:
        for c in written:
            out.print(f"checkpoint: {c.slug} event #{c.seq} {c.head[:16]}… key {c.key_id}")
        out.print(f"{len(written)} checkpoint(s) appended to {checkpoints}")

    emit(json_output, written, human)


@server_key_app.command("show")
@handles_errors
def server_key_show(json_output: JsonOutput = False) -> None:
    """Print the server key's ids and Ed25519 public keys (never the secret): give the public
    keys to whoever checks checkpoints."""
    settings = load_settings()
    keyring = load_keyring(settings.secret_key, settings.key_file)
    keys = [
        {"id": k.id, "current": i == 0, "public_key": k.public_key_hex()}
        for i, k in enumerate(keyring.keys)
    ]

    def human() -> None:
        for key in keys:
            state = "current" if key["current"] else "retired"
            out.print(f"{key['id']} {state} ed25519:{key['public_key']}")

    emit(json_output, keys, human)


@server_key_app.command("rotate")
@handles_errors
def server_key_rotate(json_output: JsonOutput = False) -> None:
    """Add a new current key to the key file; old keys stay, retired, so old checkpoints,
    links, sign-ins, secrets and erasures keep working. Restart `heed serve` afterwards."""
    settings = load_settings()
    if settings.secret_key:
        raise BadInput(
            "the server key comes from HEED_SECRET_KEY: put a new key first in it "
            "(`<id>:<base64url>`, comma-separated, old ones after)"
        )
    path, keyring = rotate_key_file(settings.key_file)
    result = {"key_file": str(path), "current": keyring.current.id}
    emit(
        json_output,
        result,
        lambda: out.print(
            f"new current key {keyring.current.id} in {path}; "
            f"{len(keyring.keys) - 1} retired key(s) kept"
        ),
    )


@handles_errors
def backup(
    file: Annotated[Path, typer.Argument(help="Where to write the backup (must not exist).")],
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Back up the database to FILE while heed keeps running (SQLite's online backup, or
    pg_dump). The server key is not in it: keep a copy of the key apart."""
    with open_engine(database_url) as engine:
        engine.ready()
        kind = engine.backup(file)
    emit(
        json_output,
        {"file": str(file), "format": kind},
        lambda: out.print(f"backed up to {file} ({kind})"),
    )


@handles_errors
def restore(
    file: Annotated[Path, typer.Argument(help="A backup made by `heed backup`.")],
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Restore FILE into the (empty) database --database-url names, then bring its schema up
    to date; verify it with `heed audit verify SLUG --checkpoints FILE`."""
    with open_engine(database_url) as engine:
        kind = engine.restore(file)
        engine.init()
    emit(
        json_output,
        {"file": str(file), "format": kind},
        lambda: out.print(f"restored {file} ({kind})"),
    )

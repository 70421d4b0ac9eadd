"""`heed init`, `heed account`, `heed key` and `heed user`: the database, tenants and who may act.

API keys and web passwords are printed once or asked for hidden, and only their hashes kept.
`heed.cli` registers `init`, in `heed --help` order, and attaches the groups.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from heed.cli.common import (
    DatabaseUrl,
    JsonOutput,
    Slug,
    emit,
    handles_errors,
    open_engine,
    operator,
    out,
    parse_assignments,
)
from heed.errors import BadInput
from heed.server_key import create_key_file
from heed.settings import load_settings

account_app = typer.Typer(help="Create accounts and change their settings.", no_args_is_help=True)
key_app = typer.Typer(help="API keys: create (shown once), list, revoke.", no_args_is_help=True)
user_app = typer.Typer(help="People who sign in to the web UI.", no_args_is_help=True)


@handles_errors
def init(database_url: DatabaseUrl = None, json_output: JsonOutput = False) -> None:
    """Create the server key (if there is none) and create or upgrade the database schema
    (safe to run again)."""
    settings = load_settings()
    key_file: str | None = None
    created = False
    if not settings.secret_key:  # the key comes from the environment: nothing to create
        path, _keyring, created = create_key_file(settings.key_file)
        key_file = str(path)
    with open_engine(database_url) as engine:
        before, after = engine.init()
        url = engine.database_url

    def human() -> None:
        if created:
            out.print(
                f"server key created at {key_file} (mode 0600): back it up, apart from the "
                "database; without it heed cannot verify its log or read its secrets"
            )
        out.print(
            f"database ready at {url} (schema {after}"
            + (")" if before == after else f", upgraded from {before or 'empty'})")
        )

    result = {"database": url, "revision_before": before, "revision": after}
    emit(json_output, result | {"key_file": key_file, "key_created": created}, human)


@account_app.command("create")
@handles_errors
def account_create(
    slug: Slug,
    name: Annotated[str | None, typer.Option(help="Display name used in replies.")] = None,
    default_country: Annotated[
        str | None, typer.Option(help="Accept national numbers of this country, e.g. US.")
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Create an account; prints it and a new admin API key (shown only this once)."""
    with open_engine(database_url) as engine:
        created = engine.create_account(slug, name, operator())
        if default_country:
            engine.update_settings(slug, operator(), default_country=default_country)

    def human() -> None:
        out.print(f"account {created.slug} ({created.name}) created, id {created.id}")
        out.print(f"admin API key (shown once, store it now): {created.api_key}")

    emit(json_output, created, human)


@account_app.command("list")
@handles_errors
def account_list(database_url: DatabaseUrl = None, json_output: JsonOutput = False) -> None:
    """List every account in the database: slug, name, id, created."""
    with open_engine(database_url) as engine:
        found = engine.list_accounts()

    def human() -> None:
        if not found:
            out.print("no accounts yet: create one with `heed account create SLUG`")
        for account in found:
            created = f"{account.created_at:%Y-%m-%d}"
            out.print(f"{account.slug:20}  {account.name}  (id {account.id}, created {created})")

    emit(json_output, found, human)


@account_app.command("settings")
@handles_errors
def account_settings(
    slug: Slug,
    changes: Annotated[
        list[str] | None,
        typer.Argument(help="KEY=VALUE pairs to change, e.g. opt_out_channels=all"),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Show an account's settings, or change some with KEY=VALUE."""
    with open_engine(database_url) as engine:
        if changes:
            settings = engine.update_settings(slug, operator(), **parse_assignments(changes))
        else:
            settings = engine.account(slug).settings
    values = settings.model_dump(mode="json")

    def human() -> None:
        for key, value in values.items():
            out.print(f"{key} = {value if isinstance(value, str) else json.dumps(value)}")

    emit(json_output, values, human)


@key_app.command("create")
@handles_errors
def key_create(
    slug: Slug,
    name: Annotated[str, typer.Option(help="What the key is for, e.g. 'crm integration'.")],
    role: Annotated[str, typer.Option(help="agent, admin or support.")] = "agent",
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Create an API key; prints it once (only its hash is stored)."""
    with open_engine(database_url) as engine:
        created = engine.create_api_key(slug, name=name, role=role, actor=operator())

    def human() -> None:
        out.print(f"key {created.key.id} ({created.key.role}) created")
        out.print(f"API key (shown once, store it now): {created.token}")

    emit(json_output, created, human)


@key_app.command("list")
@handles_errors
def key_list(slug: Slug, database_url: DatabaseUrl = None, json_output: JsonOutput = False) -> None:
    """List an account's API keys: role, last use, revoked or not (never the keys)."""
    with open_engine(database_url) as engine:
        keys = engine.list_api_keys(slug)

    def human() -> None:
        for key in keys:
            used = key.last_used_at.isoformat() if key.last_used_at else "never"
            state = f"revoked {key.revoked_at.isoformat()}" if key.revoked_at else "active"
            out.print(f"{key.id}  {key.role:7}  {state:8}  last used {used}  {key.name}")

    emit(json_output, keys, human)


@key_app.command("revoke")
@handles_errors
def key_revoke(
    slug: Slug,
    key_id: Annotated[str, typer.Argument(help="The key's id, from `heed key list`.")],
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Revoke an API key at once; requests with it get 401 from then on."""
    with open_engine(database_url) as engine:
        key = engine.revoke_api_key(slug, key_id, actor=operator())
    emit(json_output, key, lambda: out.print(f"key {key.id} revoked"))


@user_app.command("add")
@handles_errors
def user_add(
    slug: Slug,
    email: Annotated[str, typer.Argument(help="The person's email, used to sign in.")],
    role: Annotated[str, typer.Option(help="agent, admin or support.")] = "agent",
    password: Annotated[
        str | None,
        typer.Option(help="At least 10 characters; asked for, or read from stdin when piped."),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Add a web UI user (password hashed with Argon2; read from stdin when piped)."""

    password = _password(password)
    with open_engine(database_url) as engine:
        user = engine.create_user(slug, email, role, password, actor=operator())
    emit(json_output, user, lambda: out.print(f"user {user.email} ({user.role}) added to {slug}"))


def _password(given: str | None) -> str:
    """`--password`, else asked for twice (hidden) on a terminal, else the first line of
    stdin (`printf '%s\\n' "$PASSWORD" | heed user add …`), so scripts need not put it in
    argv, where other users of the machine can read it."""
    if given is not None:
        return given
    if sys.stdin.isatty():
        return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise BadInput("no --password given, and stdin had no password line")
    return line


@user_app.command("list")
@handles_errors
def user_list(
    slug: Slug, database_url: DatabaseUrl = None, json_output: JsonOutput = False
) -> None:
    """List an account's web UI users: email, role, and whether they were removed."""

    with open_engine(database_url) as engine:
        users = engine.list_users(slug)

    def human() -> None:
        if not users:
            out.print(f"{slug} has no users: add one with `heed user add {slug} EMAIL`")
        for user in users:
            state = f"removed {user.disabled_at:%Y-%m-%d}" if user.disabled_at else "active"
            out.print(f"{user.email:32}  {user.role:7}  {state}")

    emit(json_output, users, human)


@user_app.command("remove")
@handles_errors
def user_remove(
    slug: Slug,
    email: Annotated[str, typer.Argument(help="The user's email.")],
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Remove a user: they cannot sign in, and their open sessions end at once."""

    with open_engine(database_url) as engine:
        user = engine.remove_user(slug, email, actor=operator())
    emit(json_output, user, lambda: out.print(f"user {user.email} removed from {slug}"))


@user_app.command("set-password")
@handles_errors
def user_set_password(
    slug: Slug,
    email: Annotated[str, typer.Argument(help="The user's email.")],
    password: Annotated[
        str | None,
        typer.Option(help="At least 10 characters; asked for, or read from stdin when piped."),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Set a user's password; sessions signed in with the old one end."""

    password = _password(password)
    with open_engine(database_url) as engine:
        user = engine.set_password(slug, email, password, actor=operator())
    emit(json_output, user, lambda: out.print(f"password of {user.email} changed"))

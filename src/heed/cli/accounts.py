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
    operator,
    out,
    parse_assignments,
)
from heed.engine import Engine
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
    with Engine(database_url) as engine:
        before, after = engine.init()
        url = engine.db.url

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
    with Engine(database_url) as engine:
        created = engine.create_account(slug, name, operator())
        if default_country:
            engine.update_settings(slug, operator(), default_country=default_country)

    def human() -> None:
        out.print(f"account {created.slug} ({created.name}) created, id {created.id}")
        out.print(f"admin API key (shown once, store it now): {created.api_key}")

    emit(json_output, created, human)


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
    with Engine(database_url) as engine:
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
    with Engine(database_url) as engine:
        created = engine.create_api_key(slug, name=name, role=role, actor=operator())

    def human() -> None:
        out.print(f"key {created.key.id} ({created.key.role}) created")
        out.print(f"API key (shown once, store it now): {created.token}")

    emit(json_output, created, human)


@key_app.command("list")
@handles_errors
def key_list(slug: Slug, database_url: DatabaseUrl = None, json_output: JsonOutput = False) -> None:
    """List an account's API keys: role, last use, revoked or not (never the keys)."""
    with Engine(database_url) as engine:
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
    """Revoke an API key at once; requests with it get 403 from then on."""
    with Engine(database_url) as engine:
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
        typer.Option(help="At least 10 characters; asked for (hidden) when omitted."),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Add a web UI user (password hashed with Argon2)."""
    from heed.engine.users import create_user

    if password is None:
        if not sys.stdin.isatty():
            raise BadInput("no --password given and no terminal to ask for one")
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with Engine(database_url) as engine:
        user = create_user(engine, slug, email, role, password, actor=operator())
    emit(json_output, user, lambda: out.print(f"user {user.email} ({user.role}) added to {slug}"))

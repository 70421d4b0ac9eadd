"""The `heed` command: a thin layer over `heed.Engine` with the same verbs.

Exit codes (the contract scripts rely on): 0 success / allowed, 1 not allowed (`heed check`) or
audit failed, 2 bad input, 3 heed could not answer (database unreachable, schema out of date).
"""

from __future__ import annotations

import functools
import getpass
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from heed.core.rules import CheckResult
from heed.core.vocabulary import Actor, ActorKind, Channel, ReasonCode, Role, parse_choice
from heed.engine import Engine
from heed.errors import BadInput, HeedError, Unavailable, UnknownAccount
from heed.providers.base import InboundMessage
from heed.results import Change, SenderInfo, to_json
from heed.store.ids import new_id

EXIT_NOT_ALLOWED, EXIT_BAD_INPUT, EXIT_UNAVAILABLE = 1, 2, 3

app = typer.Typer(
    help="heed — may we message this person, on this channel, from this sender, now? "
    "Exit codes: 0 ok/allowed, 1 not allowed, 2 bad input, 3 database unavailable.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
account_app = typer.Typer(help="Create accounts and change their settings.", no_args_is_help=True)
sender_app = typer.Typer(
    help="Register, change and list the addresses an account sends from.", no_args_is_help=True
)
list_app = typer.Typer(help="Subscription lists.", no_args_is_help=True)
contact_app = typer.Typer(help="Contacts: link a person's phone and email.", no_args_is_help=True)
audit_app = typer.Typer(help="Prove the activity log is intact.", no_args_is_help=True)
email_app = typer.Typer(help="Email helpers: one-click unsubscribe headers.", no_args_is_help=True)
key_app = typer.Typer(help="API keys: create (shown once), list, revoke.", no_args_is_help=True)
user_app = typer.Typer(help="People who sign in to the web UI.", no_args_is_help=True)
review_app = typer.Typer(
    help="The review queue: free-form replies that may be opt-outs.", no_args_is_help=True
)
outbox_app = typer.Typer(
    help="Messages heed sends itself: keyword replies for Vonage and WhatsApp, inbox replies.",
    no_args_is_help=True,
)
app.add_typer(account_app, name="account")
app.add_typer(sender_app, name="sender")
app.add_typer(list_app, name="list")
app.add_typer(contact_app, name="contact")
app.add_typer(audit_app, name="audit")
app.add_typer(email_app, name="email")
app.add_typer(key_app, name="key")
app.add_typer(review_app, name="review")
app.add_typer(user_app, name="user")
app.add_typer(outbox_app, name="outbox")

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
Slug = Annotated[str, typer.Argument(help="The account's slug, e.g. acme.")]
ChannelOpt = Annotated[str, typer.Option("--channel", help="sms, whatsapp, email or voice.")]
AddressOpt = Annotated[str, typer.Option("--address", help="Phone (E.164) or email address.")]
SenderOpt = Annotated[
    str | None, typer.Option("--sender", help="Only this sending address (scope sender:ADDR).")
]
ListOpt = Annotated[str | None, typer.Option("--list", help="Only this list (scope list:NAME).")]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Why; written into the activity log.")]

P = ParamSpec("P")
R = TypeVar("R")


def operator() -> Actor:
    """Whoever runs the CLI holds the database credentials, so they are the platform operator:
    they act with the `support` role (PRODUCT.md §1), named by their OS user in the log."""
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
            code = EXIT_UNAVAILABLE if isinstance(exc, Unavailable) else EXIT_BAD_INPUT
            fail(exc.code, str(exc), code, bool(kwargs.get("json_output")))

    return wrapper


def fail(kind: str, message: str, exit_code: int, as_json: bool) -> NoReturn:
    if as_json:
        print(json.dumps({"error": {"type": kind, "detail": message}}))
    err.print(f"error: {escape(message)}")
    raise typer.Exit(exit_code)


def emit(as_json: bool, value: Any, human: Callable[[], None]) -> None:
    if as_json:
        print(json.dumps(to_json(value), indent=2, ensure_ascii=False))
    else:
        human()


@app.command()
@handles_errors
def init(database_url: DatabaseUrl = None, json_output: JsonOutput = False) -> None:
    """Create or upgrade the database schema (safe to run again)."""
    with Engine(database_url) as engine:
        before, after = engine.init()
        url = engine.db.url
    emit(
        json_output,
        {"database": url, "revision_before": before, "revision": after},
        lambda: out.print(
            f"database ready at {url} (schema {after}"
            + (")" if before == after else f", upgraded from {before or 'empty'})")
        ),
    )


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
            settings = engine.update_settings(slug, operator(), **_parse_assignments(changes))
        else:
            settings = engine.account(slug).settings
    values = settings.model_dump(mode="json")

    def human() -> None:
        for key, value in values.items():
            out.print(f"{key} = {value if isinstance(value, str) else json.dumps(value)}")

    emit(json_output, values, human)


def _parse_assignments(pairs: list[str]) -> dict[str, Any]:
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


@sender_app.command("add")
@handles_errors
def sender_add(
    slug: Slug,
    channel: ChannelOpt,
    address: Annotated[str, typer.Option(help="Phone number, short code, or email domain.")],
    scope: Annotated[
        str, typer.Option(help="Where a STOP to this sender applies: sender, account or inherit.")
    ] = "inherit",
    provider: Annotated[
        str, typer.Option(help="twilio, vonage, telnyx, whatsapp, email, generic.")
    ] = "generic",
    secret: Annotated[
        str | None, typer.Option(help="The provider's signing secret / auth token.")
    ] = None,
    keyword: Annotated[
        list[str] | None, typer.Option(help="Extra opt-out keyword (repeatable).")
    ] = None,
    remove_keyword: Annotated[
        list[str] | None, typer.Option(help="Default keyword this sender ignores (repeatable).")
    ] = None,
    provider_handles_keywords: Annotated[
        bool, typer.Option(help="The provider already replies to STOP: record it, send no reply.")
    ] = False,
    name: Annotated[str | None, typer.Option(help="A label for people.")] = None,
    option: Annotated[
        list[str] | None,
        typer.Option(
            help="Provider option KEY=VALUE (repeatable), e.g. verify_token=… for WhatsApp, "
            "signature_method=sha256 for Vonage."
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Register an address the account sends from, with its opt-out scope and keywords."""
    with Engine(database_url) as engine:
        info = engine.add_sender(
            slug,
            channel,
            address,
            actor=operator(),
            scope=scope,
            provider=provider,
            secret=secret,
            keywords=keyword or (),
            removed_keywords=remove_keyword or (),
            provider_handles_keywords=provider_handles_keywords,
            name=name,
            provider_options=_parse_assignments(option or []),
        )
    emit(
        json_output,
        info,
        lambda: out.print(f"{info.channel} sender {info.address} added (scope {info.scope})"),
    )


@sender_app.command("update")
@handles_errors
def sender_update(
    slug: Slug,
    address: Annotated[str, typer.Argument(help="The sender's address, as registered.")],
    channel: Annotated[str, typer.Option(help="The sender's channel.")] = "sms",
    scope: Annotated[str | None, typer.Option(help="sender, account or inherit.")] = None,
    provider: Annotated[
        str | None, typer.Option(help="twilio, vonage, telnyx, whatsapp, email, generic.")
    ] = None,
    secret: Annotated[str | None, typer.Option(help="Replace the signing secret.")] = None,
    clear_secret: Annotated[bool, typer.Option(help="Remove the signing secret.")] = False,
    keyword: Annotated[
        list[str] | None,
        typer.Option(help="Extra opt-out keywords (repeatable), replacing the old; '' clears."),
    ] = None,
    remove_keyword: Annotated[
        list[str] | None,
        typer.Option(help="Default keywords to ignore (repeatable), replacing; '' clears."),
    ] = None,
    provider_handles_keywords: Annotated[
        bool | None,
        typer.Option(
            "--provider-handles-keywords/--no-provider-handles-keywords",
            help="Whether the provider answers STOP itself (then heed sends no reply).",
            show_default=False,
        ),
    ] = None,
    name: Annotated[str | None, typer.Option(help="A label for people ('' removes it).")] = None,
    option: Annotated[
        list[str] | None,
        typer.Option(help="Provider option KEY=VALUE (repeatable); KEY= removes it."),
    ] = None,
    reply_opt_out: Annotated[
        str | None, typer.Option(help="This sender's opt-out reply; '' uses the account's.")
    ] = None,
    reply_opt_in: Annotated[
        str | None, typer.Option(help="This sender's opt-in reply; '' uses the account's.")
    ] = None,
    reply_help: Annotated[
        str | None, typer.Option(help="This sender's help reply; '' uses the account's.")
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Change a sender's scope, keywords, replies or provider; only what is given changes."""
    changes: dict[str, Any] = {
        "scope": scope,
        "provider": provider,
        "provider_handles_keywords": provider_handles_keywords,
        "name": name,
        "extra_keywords": keyword,
        "removed_keywords": remove_keyword,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    replies = {"opt_out": reply_opt_out, "opt_in": reply_opt_in, "help": reply_help}
    if any(v is not None for v in replies.values()):
        changes["replies"] = {k: v for k, v in replies.items() if v is not None}
    if option:
        changes["provider_options"] = _parse_assignments(option)
    if secret is not None or clear_secret:
        changes["secret"] = None if clear_secret else secret
    with Engine(database_url) as engine:
        found = engine.find_sender(slug, channel, address)
        info = engine.update_sender(slug, found.id, actor=operator(), **changes)
    emit(json_output, info, lambda: out.print(f"{info.channel} sender {info.address} updated"))
    if not json_output:
        _print_sender(info)


@sender_app.command("list")
@handles_errors
def sender_list(
    slug: Slug, database_url: DatabaseUrl = None, json_output: JsonOutput = False
) -> None:
    """List an account's senders with their scope, provider and keywords (never secrets)."""
    with Engine(database_url) as engine:
        senders = engine.list_senders(slug)

    def human() -> None:
        for info in senders:
            out.print(f"{info.channel} {info.address}" + (f" ({info.name})" if info.name else ""))
            _print_sender(info)

    emit(json_output, senders, human)


def _print_sender(info: SenderInfo) -> None:
    secrets = ", ".join(f"{name} set" for name in info.secrets_set) or "no secret"
    out.print(f"  scope {info.scope}, provider {info.provider} ({secrets})")
    if info.extra_keywords or info.removed_keywords:
        added, removed = ", ".join(info.extra_keywords), ", ".join(info.removed_keywords)
        out.print(f"  keywords added: {added or 'none'}; removed: {removed or 'none'}")
    if info.provider_handles_keywords:
        out.print("  the provider answers STOP itself: heed records it and sends no reply")


@list_app.command("create")
@handles_errors
def list_create(
    slug: Slug,
    name: Annotated[str, typer.Argument(help="The list's name, e.g. promos.")],
    purpose: Annotated[
        str, typer.Option(help="marketing, transactional or conversational.")
    ] = "marketing",
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Create a subscription list."""
    with Engine(database_url) as engine:
        list_id = engine.create_list(slug, name, actor=operator(), purpose=purpose)
    emit(json_output, {"id": list_id, "name": name}, lambda: out.print(f"list {name} created"))


@contact_app.command("add")
@handles_errors
def contact_add(
    slug: Slug,
    phone: Annotated[str | None, typer.Option(help="Phone number (E.164).")] = None,
    email: Annotated[str | None, typer.Option(help="Email address.")] = None,
    name: Annotated[str | None, typer.Option(help="The person's name.")] = None,
    external_id: Annotated[str | None, typer.Option(help="Your CRM's id for the person.")] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Add a contact, linking a phone and an email to one person."""
    with Engine(database_url) as engine:
        contact_id = engine.add_contact(
            slug, actor=operator(), phone=phone, email=email, name=name, external_id=external_id
        )
    emit(json_output, {"id": contact_id}, lambda: out.print(f"contact {contact_id} added"))


@app.command()
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
    with Engine(database_url) as engine:
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


@app.command()
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
    with Engine(database_url) as engine:
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


@app.command()
@handles_errors
def block(
    slug: Slug,
    channel: ChannelOpt,
    address: AddressOpt,
    reason: ReasonOpt,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Block a person on every channel (implies an opt-out that outlives the block)."""
    with Engine(database_url) as engine:
        change = engine.block(slug, channel, address, actor=operator(), reason=reason)
    emit(json_output, change, lambda: _print_change("blocked", change))


@app.command()
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
    with Engine(database_url) as engine:
        change = engine.unblock(slug, channel, address, actor=operator(), reason=reason)
    emit(json_output, change, lambda: _print_change("lifted", change))


def _print_change(verb: str, change: Change) -> None:
    for row in change.changed:
        out.print(
            f"{verb}: {row.channel} {row.address} scope={row.scope} "
            f"source={row.source} event #{row.event_id}"
        )
    for row in change.unchanged:
        out.print(f"already: {row.channel} {row.address} scope={row.scope} source={row.source}")
    if not change.changed and not change.unchanged:
        out.print("nothing to change")
    _print_check(change.check)


@app.command()
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
        typer.Option(help="Answer as of this past time (ISO 8601, UTC if no zone)."),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """May we message this address? Exit 0 allowed, 1 not allowed, 2 bad input."""
    with Engine(database_url) as engine:
        result = engine.check(
            slug, channel, address, sender=sender, list_name=list_name, purpose=purpose, at=at
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


@audit_app.command("verify")
@handles_errors
def audit_verify(
    slug: Slug, database_url: DatabaseUrl = None, json_output: JsonOutput = False
) -> None:
    """Recompute the account's hash chain; exit 1 naming the first altered event."""
    with Engine(database_url) as engine:
        report = engine.verify_audit(slug)
    if report.ok:
        emit(json_output, report, lambda: out.print(f"ok: {report.events_checked} events verified"))
        return
    emit(
        json_output,
        report,
        lambda: err.print(f"FAILED at event #{report.first_bad_seq}: {report.problem}"),
    )
    raise typer.Exit(1)


@app.command()
@handles_errors
def inbound(
    slug: Slug,
    from_address: Annotated[str, typer.Option("--from", help="Who sent it (phone or email).")],
    to_address: Annotated[str, typer.Option("--to", help="Which of our addresses received it.")],
    body: Annotated[str, typer.Option(help="The message text.")],
    channel: Annotated[str, typer.Option(help="sms, whatsapp, email or voice.")] = "sms",
    message_id: Annotated[
        str | None, typer.Option("--id", help="Provider message id (default: a new one).")
    ] = None,
    at: Annotated[
        datetime | None, typer.Option(help="When it was sent (ISO 8601, UTC if no zone).")
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Process one inbound message exactly as a webhook would; prints intent, actions, reply."""
    kind = parse_choice(Channel, channel)
    message = InboundMessage(
        channel=kind,
        from_address=from_address,
        to_address=to_address,
        body=body,
        provider="generic",
        provider_message_id=message_id or f"cli-{new_id()}",
        sent_at=at.replace(tzinfo=at.tzinfo or UTC) if at else None,
        raw={"source": "heed inbound"},
    )
    with Engine(database_url) as engine:
        result = engine.receive(slug, message)

    def human() -> None:
        out.print(
            f"intent: {result.intent}" + (" (duplicate: nothing done)" if result.duplicate else "")
        )
        for action in result.actions:
            out.print("action: " + " ".join(f"{k}={v}" for k, v in action.items()))
        out.print(f"reply: {result.reply}" if result.reply else "reply: (none)")

    emit(json_output, result, human)


@app.command()
@handles_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (one per core is typical).")] = 1,
    public_url: Annotated[
        str | None,
        typer.Option(
            envvar="HEED_PUBLIC_URL",
            help="The URL providers call heed at, behind a proxy (signatures cover it).",
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Serve the webhooks and the HTTP API (uvicorn)."""
    import os

    import uvicorn

    with Engine(database_url) as engine:
        engine.ready()  # fail here, in one line, rather than on the first webhook
        url = engine.db.url
    os.environ["HEED_DATABASE_URL"] = url
    if public_url:
        os.environ["HEED_PUBLIC_URL"] = public_url
    if not json_output:
        err.print(f"heed serving http://{host}:{port} on {url} (docs at /docs)")
    uvicorn.run(
        "heed.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning" if json_output else "info",
    )


@email_app.command("headers")
@handles_errors
def email_headers(
    slug: Slug,
    address: Annotated[str, typer.Option(help="The recipient's email address.")],
    base_url: Annotated[str, typer.Option(help="heed's public https URL.")],
    mailto: Annotated[
        str | None, typer.Option(help="Optional mailto: unsubscribe address to list too.")
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Print the List-Unsubscribe headers (RFC 8058 one-click) for one recipient."""
    with Engine(database_url) as engine:
        headers = engine.unsubscribe_headers(slug, address, base_url, mailto)
    lines = "\n".join(f"{name}: {value}" for name, value in headers.items())
    emit(json_output, headers, lambda: out.print(lines))


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
    from heed.web.users import create_user  # the web stack loads only when needed

    if password is None:
        if not sys.stdin.isatty():
            raise BadInput("no --password given and no terminal to ask for one")
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with Engine(database_url) as engine:
        user = create_user(engine, slug, email, role, password, actor=operator())
    emit(json_output, user, lambda: out.print(f"user {user.email} ({user.role}) added to {slug}"))


@review_app.command("list")
@handles_errors
def review_list(
    slug: Slug,
    status: Annotated[
        str, typer.Option(help="pending, approved, rejected or auto_applied.")
    ] = "pending",
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """List review items with their deadline and evidence, oldest first."""
    with Engine(database_url) as engine:
        page = engine.list_review(slug, status=status, limit=500)

    def human() -> None:
        if not page.items:
            out.print(f"no {status} review items")
        for item in page.items:
            confidence = item.detection.get("confidence", 0)
            out.print(
                f"{item.id}  due {item.deadline:%Y-%m-%d %H:%M}  {item.channel} {item.address}  "
                f"{confidence:.2f}  {escape(repr(item.body[:80]))}"
            )
            for line in item.detection.get("evidence", [])[:2]:
                out.print(f"    {escape(str(line))}")

    emit(json_output, page.items, human)


def _decide(
    slug: str, item_id: str, approve: bool, reason: str | None, url: str | None, as_json: bool
) -> None:
    with Engine(url) as engine:
        item = engine.decide_review(slug, item_id, approve=approve, actor=operator(), reason=reason)
    emit(as_json, item, lambda: out.print(f"review item {item.id}: {item.status}"))


ItemId = Annotated[str, typer.Argument(help="The review item's id, from `heed review list`.")]
DecisionReason = Annotated[str | None, typer.Option("--reason", help="Why; written into the log.")]


@review_app.command("approve")
@handles_errors
def review_approve(
    slug: Slug,
    item_id: ItemId,
    reason: DecisionReason = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Approve: the reply was an opt-out, apply it now."""
    _decide(slug, item_id, True, reason, database_url, json_output)


@review_app.command("reject")
@handles_errors
def review_reject(
    slug: Slug,
    item_id: ItemId,
    reason: DecisionReason = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Reject: the reply was not an opt-out."""
    _decide(slug, item_id, False, reason, database_url, json_output)


@review_app.command("apply-due")
@handles_errors
def review_apply_due(database_url: DatabaseUrl = None, json_output: JsonOutput = False) -> None:
    """Apply every item past its deadline as an opt-out (`heed serve` does this each minute)."""
    with Engine(database_url) as engine:
        applied = engine.apply_due_reviews()
    emit(json_output, {"applied": applied}, lambda: out.print(f"{applied} overdue items applied"))


@outbox_app.command("list")
@handles_errors
def outbox_list(
    slug: Slug,
    status: Annotated[
        str | None,
        typer.Option(help="queued, sending, sent, failed, expired or refused; default: all."),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """List what heed sent or is sending, oldest first, with how it went."""
    with Engine(database_url) as engine:
        page = engine.list_outbound(slug, status=status, limit=500)

    def human() -> None:
        if not page.items:
            out.print("nothing sent" + (f" with status {status}" if status else ""))
        for m in page.items:
            why = f"  ({escape(m.error)})" if m.error and m.status != "sent" else ""
            out.print(
                f"{m.id}  {m.created_at:%Y-%m-%d %H:%M}  {m.status:8} {m.kind:12} "
                f"{m.channel} {m.from_address} → {m.to_address}  {escape(repr(m.body[:60]))}{why}"
            )

    emit(json_output, page.items, human)


@outbox_app.command("send")
@handles_errors
def outbox_send(
    public_url: Annotated[
        str | None,
        typer.Option(
            envvar="HEED_PUBLIC_URL", help="Where providers reach heed, for delivery reports."
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Send every message that is due now (`heed serve` does this the moment one is queued)."""
    with Engine(database_url) as engine:
        totals: dict[str, int] = {}
        while (summary := engine.send_due_messages(limit=100, public_url=public_url)).claimed:
            for status, count in summary.by_status.items():
                totals[status] = totals.get(status, 0) + count
    words = ", ".join(f"{n} {status}" for status, n in sorted(totals.items())) or "nothing due"
    emit(json_output, totals, lambda: out.print(words))


@app.command()
@handles_errors
def demo(
    slug: Annotated[
        str | None, typer.Option(help="The demo account's slug (default: demo, demo-2, …).")
    ] = None,
    contacts: Annotated[
        int, typer.Option(help="How many contacts to create.", min=1, max=5000)
    ] = 300,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Fill an account with realistic contacts, opt-outs of every kind, an inbox and a review
    queue, and print how to sign in: a first look at a living system."""
    from heed.demo import populate

    with Engine(database_url) as engine:
        engine.init()
        account = populate(engine, slug or _free_demo_slug(engine), contacts)

    def human() -> None:
        out.print(
            f"demo account {account.slug}: {account.contacts} contacts with three weeks of activity"
        )
        out.print("run `heed serve`, open http://127.0.0.1:8000/ and sign in with")
        out.print(f"  account {account.slug}, email {account.email}, password {account.password}")
        out.print(f"  (an agent too: agent@{account.slug}.example, same password)")
        out.print("its senders are sandboxes: replies written in the inbox are recorded, not sent")
        out.print(f"API key (admin): {account.api_key}")

    emit(json_output, account, human)


def _free_demo_slug(engine: Engine) -> str:
    """`demo`, or the first `demo-N` not taken, so running `heed demo` again just works."""
    for n in range(1, 1000):
        candidate = "demo" if n == 1 else f"demo-{n}"
        try:
            engine.account(candidate)
        except UnknownAccount:
            return candidate
    raise BadInput("a thousand demo accounts exist already: pass --slug")


@app.command("eval")
@handles_errors
def eval_detector(
    corpus: Annotated[
        Path | None,
        typer.Argument(help="A labelled TSV in the corpus format (default: heed's own corpus)."),
    ] = None,
    json_output: JsonOutput = False,
) -> None:
    """Measure the opt-out detector: precision, recall, F1, confusion, false opt-outs.

    Ordinary messages come from HEED_HAM_CORPUS (default: the SMS Spam Collection committed
    under tests/data); every opt-out detected there is a false positive unless hand-labelled.
    """
    from heed import evaluation  # loads the corpora only when asked

    if corpus is not None and not corpus.is_file():
        raise BadInput(f"no corpus file at {corpus}")
    try:
        report = evaluation.run_default(corpus)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    emit(json_output, report, lambda: out.print(escape(evaluation.format_report(report))))


from heed.cli import bulk  # noqa: E402 - `heed import`, `export` and `filter` use the helpers above

bulk.register(app)


def main() -> None:
    app()

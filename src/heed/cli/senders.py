"""`heed sender`, `heed list` and `heed contact`: where an account sends from, and to whom
(and, `heed contact erase`, the GDPR erasure of one of them).

`heed.cli` attaches the three groups.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from heed.cli.common import (
    ChannelOpt,
    DatabaseUrl,
    JsonOutput,
    PurposeOpt,
    Slug,
    emit,
    handles_errors,
    open_engine,
    operator,
    out,
    parse_assignments,
)
from heed.engine.results import SenderInfo

sender_app = typer.Typer(
    help="Register, change and list the addresses an account sends from.", no_args_is_help=True
)
list_app = typer.Typer(help="Subscription lists.", no_args_is_help=True)
contact_app = typer.Typer(
    help="Contacts: link a person's phone and email; erase one (GDPR).", no_args_is_help=True
)


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
    button: Annotated[
        list[str] | None,
        typer.Option(
            help="What a tap on one of the sender's own buttons means, PAYLOAD=INTENT "
            "(repeatable; opt_out, stop_marketing, opt_in, help, none), e.g. "
            "STOP_PROMOS=stop_marketing."
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Register an address the account sends from, with its opt-out scope and keywords."""
    with open_engine(database_url) as engine:
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
            provider_options=parse_assignments(option or []),
            buttons=parse_assignments(button or []),
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
        str | None,
        typer.Option(
            help="twilio, vonage, telnyx, whatsapp, email, ses, sendgrid, postmark, mailgun, "
            "generic, sandbox."
        ),
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
    button: Annotated[
        list[str] | None,
        typer.Option(help="Button meaning PAYLOAD=INTENT (repeatable); PAYLOAD= removes it."),
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
        changes["provider_options"] = parse_assignments(option)
    if button:
        changes["buttons"] = parse_assignments(button)
    if secret is not None or clear_secret:
        changes["secret"] = None if clear_secret else secret
    with open_engine(database_url) as engine:
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
    with open_engine(database_url) as engine:
        senders = engine.list_senders(slug)

    def human() -> None:
        for info in senders:
            out.print(f"{info.channel} {info.address}" + (f" ({info.name})" if info.name else ""))
            _print_sender(info)

    emit(json_output, senders, human)


@sender_app.command("remove")
@handles_errors
def sender_remove(
    slug: Slug,
    address: Annotated[str, typer.Argument(help="The sender's address, as registered.")],
    channel: Annotated[str, typer.Option(help="The sender's channel.")] = "sms",
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Remove a sender; opt-outs made through it stay (they belong to the person's address)."""
    with open_engine(database_url) as engine:
        found = engine.find_sender(slug, channel, address)
        info = engine.remove_sender(slug, found.id, actor=operator())
    emit(json_output, info, lambda: out.print(f"{info.channel} sender {info.address} removed"))


def _print_sender(info: SenderInfo) -> None:
    secrets = ", ".join(f"{name} set" for name in info.secrets_set) or "no secret"
    out.print(f"  scope {info.scope}, provider {info.provider} ({secrets})")
    if info.extra_keywords or info.removed_keywords:
        added, removed = ", ".join(info.extra_keywords), ", ".join(info.removed_keywords)
        out.print(f"  keywords added: {added or 'none'}; removed: {removed or 'none'}")
    if info.provider_handles_keywords:
        out.print("  the provider answers STOP itself: heed records it and sends no reply")
    if info.buttons:
        meanings = ", ".join(
            f"{payload}={intent}" for payload, intent in sorted(info.buttons.items())
        )
        out.print(f"  buttons: {meanings}")


@list_app.command("create")
@handles_errors
def list_create(
    slug: Slug,
    name: Annotated[str, typer.Argument(help="The list's name, e.g. promos.")],
    purpose: PurposeOpt = "marketing",
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Create a subscription list."""
    with open_engine(database_url) as engine:
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
    with open_engine(database_url) as engine:
        contact_id = engine.add_contact(
            slug, actor=operator(), phone=phone, email=email, name=name, external_id=external_id
        )
    emit(json_output, {"id": contact_id}, lambda: out.print(f"contact {contact_id} added"))


@contact_app.command("erase")
@handles_errors
def contact_erase(
    slug: Slug,
    contact_id: Annotated[str, typer.Argument(help="The contact's id (`contact add` prints it).")],
    reason: Annotated[
        str, typer.Option(help="The request honoured, e.g. its reference (kept in the log).")
    ],
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Erase a contact's personal data (GDPR art. 17): their addresses become keyed tombstones
    that keep every opt-out in force, and their words are blanked everywhere heed keeps them
    (as `POST /v1/contacts/{id}/erase`). Erasing twice changes nothing."""
    with open_engine(database_url) as engine:
        erased = engine.erase_contact(slug, contact_id, actor=operator(), reason=reason)
    emit(
        json_output,
        erased,
        lambda: out.print(
            f"contact {erased.contact_id} erased: {erased.suppressions} suppressions kept under "
            f"its tombstones, {len(erased.events)} events and {erased.messages} messages blanked"
        ),
    )

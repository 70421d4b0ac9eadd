"""`heed inbound`, `serve`, `heed email`, `heed review` and `heed outbox`: messages in and out.

A person's message, the webhooks that bring it, the replies that may be opt-outs and wait for
review, and what heed sends itself. `heed.cli` registers `inbound` and `serve`, in `heed --help`
order, and attaches the groups.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import quote

import typer
from rich.markup import escape

from heed.cli.common import (
    DatabaseUrl,
    JsonOutput,
    Slug,
    emit,
    err,
    handles_errors,
    open_engine,
    operator,
    out,
)
from heed.core.thread import given_thread
from heed.core.vocabulary import Channel, Purpose, parse_choice
from heed.errors import CannotListen
from heed.providers.base import InboundMessage

email_app = typer.Typer(help="Email helpers: one-click unsubscribe headers.", no_args_is_help=True)
review_app = typer.Typer(
    help="The review queue: free-form replies that may be opt-outs.", no_args_is_help=True
)
outbox_app = typer.Typer(
    help="Messages heed sends itself: keyword replies for Vonage and WhatsApp, inbox replies.",
    no_args_is_help=True,
)


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
    in_reply_to: Annotated[
        str | None,
        typer.Option(help="The text of the message it answers, if sent outside heed."),
    ] = None,
    last_purpose: Annotated[
        str | None,
        typer.Option(
            "--last-purpose",
            help="What that message was for: marketing, transactional or conversational.",
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Process one inbound message exactly as a webhook would; prints intent, actions, reply.

    A short reply ("no", "exit") is read with what it answers: heed's outbox, or what
    --in-reply-to and --last-purpose say.
    """
    kind = parse_choice(Channel, channel)
    purpose = parse_choice(Purpose, last_purpose) if last_purpose else None
    message = InboundMessage(
        channel=kind,
        from_address=from_address,
        to_address=to_address,
        body=body,
        provider="generic",
        provider_message_id=message_id or f"cli-{secrets.token_hex(13)}",
        sent_at=at.replace(tzinfo=at.tzinfo or UTC) if at else None,
        raw={"source": "heed inbound"},
        credential=operator().credential,  # typed in by whoever runs the CLI, not proven
        thread=given_thread(in_reply_to, purpose),
    )
    with open_engine(database_url) as engine:
        result = engine.receive(slug, message)

    def human() -> None:
        out.print(
            f"intent: {result.intent}" + (" (duplicate: nothing done)" if result.duplicate else "")
        )
        for action in result.actions:
            out.print("action: " + " ".join(f"{k}={v}" for k, v in action.to_json().items()))
        out.print(f"reply: {result.reply}" if result.reply else "reply: (none)")

    emit(json_output, result, human)


@handles_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            min=1, help="Worker processes, each its own SO_REUSEPORT socket (one per core)."
        ),
    ] = 1,
    public_url: Annotated[
        str | None,
        typer.Option(
            envvar="HEED_PUBLIC_URL",
            help="The URL providers call heed at, behind a proxy (signatures cover it).",
        ),
    ] = None,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            envvar="HEED_FORWARDED_ALLOW_IPS",
            help="Proxies whose X-Forwarded-For is trusted (comma-separated IPs/CIDRs); "
            "none by default, so rate limits count the address that connected.",
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Serve the webhooks and the HTTP API (uvicorn)."""
    import os

    from heed.api.workers import serve as workers_serve

    with open_engine(database_url) as engine:
        engine.ready()  # fail here, in one line, rather than on the first webhook
        url = engine.database_url
    _ensure_free(host, port)
    os.environ["HEED_DATABASE_URL"] = url
    if public_url:
        os.environ["HEED_PUBLIC_URL"] = public_url
    os.environ["HEED_FORWARDED_ALLOW_IPS"] = forwarded_allow_ips or ""
    if not json_output:
        err.print(f"heed serving http://{host}:{port} on {url} (docs at /docs)")
    # Each worker its own SO_REUSEPORT socket, so connections spread evenly (heed.api.workers).
    code = workers_serve(host, port, workers, log_level="warning" if json_output else "info")
    if code:
        raise typer.Exit(code)


def _ensure_free(host: str, port: int) -> None:
    """Raise CannotListen if another process has the port: uvicorn would exit 3, which scripts
    read as "database unavailable"."""
    import socket

    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise CannotListen(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


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
    with open_engine(database_url) as engine:
        headers = engine.unsubscribe_headers(slug, address, base_url, mailto)
    lines = "\n".join(f"{name}: {value}" for name, value in headers.items())
    emit(json_output, headers, lambda: out.print(lines))


@review_app.command("list")
@handles_errors
def review_list(
    slug: Slug,
    status: Annotated[
        str, typer.Option(help="pending, approved, rejected or auto_applied.")
    ] = "pending",
    raw: Annotated[
        bool, typer.Option("--raw", help="Also print the raw evidence (rule names, scores).")
    ] = False,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """List review items, the nearest deadline first: who wrote what, when, what heed thinks
    it asks in plain words, and when heed applies it unless someone decides."""
    with open_engine(database_url) as engine:
        page = engine.list_review(slug, status=status, limit=500)

    def human() -> None:
        if not page.items:
            out.print(f"no {status} review items")
        for item in page.items:
            who = f"{item.person} ({item.address})" if item.person else item.address
            out.print(
                f"{item.id}  {escape(who)} on {item.channel}, arrived "
                f"{item.received_at:%Y-%m-%d %H:%M} UTC"
            )
            out.print(f"    {escape(repr(item.body[:200]))}")
            out.print(f"    heed thinks it {escape(item.reading)}")
            out.print(f"    applied {item.deadline:%Y-%m-%d %H:%M} UTC unless decided")
            out.print(f"    conversation: /inbox/{item.channel}/{quote(item.address)} (heed serve)")
            if raw:
                confidence = item.detection.get("confidence", 0)
                out.print(f"    confidence {confidence:.2f}")
                for line in item.detection.get("evidence", []):
                    out.print(f"    {escape(str(line))}")

    emit(json_output, page.items, human)


def _decide(
    slug: str, item_id: str, approve: bool, reason: str | None, url: str | None, as_json: bool
) -> None:
    with open_engine(url) as engine:
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
    with open_engine(database_url) as engine:
        applied = engine.apply_due_reviews()
    emit(json_output, {"applied": applied}, lambda: out.print(f"{applied} overdue items applied"))


@outbox_app.command("list")
@handles_errors
def outbox_list(
    slug: Slug,
    status: Annotated[
        str | None,
        typer.Option(
            help="queued, sending, sent, returned (in the webhook's answer: TwiML), failed, "
            "expired or refused; default: all."
        ),
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """List every reply heed made (sent, sending or returned in a webhook's answer), oldest
    first, with how it went."""
    with open_engine(database_url) as engine:
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
    with open_engine(database_url) as engine:
        totals: dict[str, int] = {}
        while (summary := engine.send_due_messages(limit=100, public_url=public_url)).claimed:
            for status, count in summary.by_status.items():
                totals[status] = totals.get(status, 0) + count
    words = ", ".join(f"{n} {status}" for status, n in sorted(totals.items())) or "nothing due"
    emit(json_output, totals, lambda: out.print(words))

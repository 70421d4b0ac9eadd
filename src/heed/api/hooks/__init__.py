"""Provider webhooks: verify the signature, parse, hand to the engine, answer in the
provider's format. A webhook answers 2xx only after the engine has committed; a bad signature
gets 403 before anything is stored; a database outage gets 503 so the provider retries."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from secrets import token_urlsafe
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.concurrency import run_in_threadpool

from heed.api import pacing
from heed.core.detection import detection_text, read_text
from heed.core.keywords import DEFAULT_CONFIG
from heed.core.vocabulary import webhook_credential
from heed.engine import Engine
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.inbound.group import GroupCommit
from heed.inbound.messages import InboundResult
from heed.inbound.receipts import ReportResult
from heed.providers.base import DeliveryReport, InboundMessage

Secrets = list[tuple[str, dict[str, Any]]]


class Intake:
    """Where the server hands over what providers send, to be committed in groups.

    Messages (every webhook and `POST /v1/inbound`) and delivery reports that arrive while a
    batch of their kind is being processed wait on the event loop and go into the next
    transaction together (heed.inbound.group).
    """

    def __init__(self, engine: Engine) -> None:
        self._messages: GroupCommit[tuple[str, InboundMessage], InboundResult] = GroupCommit(
            engine.receive_together, lambda item: engine.receive(*item)
        )
        self._reports: GroupCommit[tuple[str, DeliveryReport], ReportResult] = GroupCommit(
            engine.record_deliveries_together, lambda item: engine.record_delivery(*item)
        )

    async def receive(self, account: str, message: InboundMessage) -> InboundResult:
        """`Engine.receive`, once committed, perhaps with other messages.

        A long message is read first, in a worker thread of its own, before it joins a batch:
        its reading is kept (``heed.core.detection.read_text``), so the batch, which other
        tenants' messages share, finds it done (#16: one tenant's message must not stall
        another's STOP). Short ones cost less than the hand-over.
        """
        if len(message.body) > _READ_AHEAD:
            await run_in_threadpool(read_ahead, message)
        return await self._messages((account, message))

    async def record_delivery(self, account: str, report: DeliveryReport) -> ReportResult:
        """`Engine.record_delivery`, once committed, perhaps with other reports."""
        return await self._reports((account, report))


M = TypeVar("M", InboundMessage, DeliveryReport)


def signed(item: M) -> M:
    """`item`, marked as come through its provider's webhook whose signature verified; call
    only after `verify_with_any_secret` passed. Only such a START lifts a carrier opt-out."""
    return replace(item, credential=webhook_credential(item.provider))


_READ_AHEAD = 300  # characters; below this a reading costs well under a millisecond


def read_ahead(message: InboundMessage) -> None:
    """Read `message`'s text as the batch will (the default keywords; a sender with its own
    keyword table reads it again, still bounded by the cap)."""
    read_text(detection_text(message.body), None, DEFAULT_CONFIG, message.channel.value)


async def record_all(
    into: Intake, account: str, reports: Sequence[DeliveryReport]
) -> list[ReportResult]:
    """Record the reports of one webhook (an SES notification names several recipients, a
    SendGrid batch holds many events), committed before the webhook answers."""
    return list(await asyncio.gather(*(into.record_delivery(account, signed(r)) for r in reports)))


def intake(request: Request) -> Intake:
    """The app's one Intake (heed.api.app), so that all its requests share the groups."""
    found: Intake = request.app.state.intake
    return found


async def form_fields(request: Request) -> dict[str, str]:
    """The fields of a form-encoded body; of a name given twice, the last value.

    The standard library's parser, not Starlette's `request.form()`, whose general multipart
    machinery costs several times as much, on every webhook. Same decoding: the body as
    Latin-1, then percent-escapes as UTF-8; at most 1,000 fields, like Starlette.
    """
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        body = (await request.body()).decode("latin-1")
        try:
            return dict(parse_qsl(body, keep_blank_values=True, max_num_fields=1000))
        except ValueError:
            raise InvalidWebhook("too many form fields: at most 1,000") from None
    form = await request.form()
    return {key: value for key, value in form.multi_items() if isinstance(value, str)}


class SecretCache:
    """Providers' signing secrets per (account, provider), kept for a few seconds.

    Reading them costs a database round trip on every webhook; they change rarely. A request
    that does not verify against the cached secrets is checked once more against fresh ones,
    so a secret added a moment ago is never refused. A removed or replaced secret lingers `ttl`
    seconds, except in the process that changed it (the API and web UI call `forget`).
    """

    def __init__(self, engine: Engine, ttl: float = 10.0) -> None:
        self._engine = engine
        self._ttl = ttl
        self._entries: dict[tuple[str, str], tuple[float, Secrets]] = {}

    async def get(
        self, account: str, provider: str, *, fresh: bool = False
    ) -> tuple[Secrets, bool]:
        """The secrets, and whether they were just read from the database."""
        key = (account, provider)
        entry = self._entries.get(key)
        if entry and not fresh and time.monotonic() - entry[0] < self._ttl:
            return entry[1], False
        # An unknown account reads as one without secrets (Engine.provider_secrets).
        secrets = await run_in_threadpool(self._engine.provider_secrets, account, provider)
        self._entries[key] = (time.monotonic(), secrets)
        return secrets, True

    def forget(self, account: str) -> None:
        """Drop what is kept for `account`, after its secrets changed in this process."""
        for key in [k for k in self._entries if k[0] == account]:
            self._entries.pop(key, None)


async def verify_with_any_secret(
    cache: SecretCache,
    account: str,
    provider: str,
    verify: Callable[[str, dict[str, Any]], None],
    *,
    verified_url: str | None = None,
    unsigned: str | None = None,
) -> None:
    """Accept the request if it verifies with any of the account's secrets for `provider`.

    A provider's secret belongs to the provider account (one Twilio auth token for all its
    numbers), and a STOP to a number heed does not know yet must still be honoured, so the
    check is against every secret the account has configured for that provider.

    `unsigned` is what the request lacks when it carries no signature at all ("no
    X-Twilio-Signature header"): the refusal then says so, the commonest cause of a 403 (signing
    off in the provider's console, a proxy dropping the header), and a fact about the request
    alone, which tells nothing about the account.
    """
    started = time.monotonic()
    secrets, fresh = await cache.get(account, provider)
    if _verifies(secrets, verify):
        return
    if not fresh:
        secrets, _ = await cache.get(account, provider, fresh=True)
        if _verifies(secrets, verify):
            return
    # A refusal leaves at the floor (heed.api.pacing), whether the account exists or not.
    await pacing.hold(started)
    # One answer whether the account exists, has no secret or has another one, so that a
    # webhook URL tells a stranger nothing about which accounts and secrets exist.
    detail = (
        f"the {provider} signature does not verify with this account's secrets, or it has no "
        f"{provider} signing secret (`heed sender add ACCOUNT … --provider {provider} --secret …`)"
    )
    if unsigned:
        detail = (
            f"the request is not signed ({unsigned}): it is not from {provider}, {provider}'s "
            "signed webhooks are off, or a proxy in front of heed dropped the signature"
        )
    elif verified_url:
        detail += (
            f"; heed verified it over the URL {verified_url}: if {provider} called another URL "
            "(a proxy in front of heed), start heed with --public-url set to the public base URL"
        )
    raise SignatureInvalid(detail, verified_url)


#: What a webhook for an account without a secret is checked against, so that it does the work
#: a wrong signature does (random: nothing verifies with it, and it verifies nothing anyway).
_THROW_AWAY: Secrets = [(token_urlsafe(32), {})]


def _verifies(found: Secrets, verify: Callable[[str, dict[str, Any]], None]) -> bool:
    if not found:
        _verifies(_THROW_AWAY, verify)
        return False
    for secret, options in found:
        try:
            verify(secret, options)
        except SignatureInvalid:
            continue
        return True
    return False

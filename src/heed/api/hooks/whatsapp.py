"""WhatsApp Cloud API: the subscription challenge, and messages and statuses signed with
X-Hub-Signature-256 (HMAC-SHA256 of the raw body with the app secret)."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse

from heed.api import pacing
from heed.api.deps import EngineDep
from heed.api.hooks import intake, signed, verify_with_any_secret
from heed.api.limits import JsonTooDeep, load_json
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers import whatsapp

router = APIRouter(tags=["webhooks"])


@router.get("/hooks/whatsapp/{account}", response_class=PlainTextResponse)
async def whatsapp_challenge(account: str, request: Request, engine: EngineDep) -> str:
    """Meta's subscription check: echo `hub.challenge` when `hub.verify_token` matches the
    `verify_token` option of one of the account's WhatsApp senders."""
    started, query = time.monotonic(), dict(request.query_params)
    secrets, _fresh = await request.app.state.secret_cache.get(account, "whatsapp", fresh=True)
    for _secret, options in secrets:
        try:
            return whatsapp.verify_subscription(query, str(options.get("verify_token", "")))
        except SignatureInvalid:
            continue
    await pacing.hold(started)  # a refusal leaves at the floor, account or not (heed.api.pacing)
    raise SignatureInvalid("hub.verify_token does not match any WhatsApp sender's verify_token")


@router.post("/hooks/whatsapp/{account}")
async def whatsapp_events(account: str, request: Request) -> dict[str, Any]:
    """Messages and delivery statuses; each is processed once, however often Meta retries."""
    body = await request.body()
    signature = request.headers.get("x-hub-signature-256")
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        "whatsapp",
        lambda secret, _o: whatsapp.verify_signature(body, signature, secret),
        unsigned=None if signature else f"no {whatsapp.SIGNATURE_HEADER} header",
    )
    try:
        payload = load_json(body, request.app.state.settings.max_json_depth)
    except JsonTooDeep as exc:
        raise InvalidWebhook(str(exc)) from None
    except ValueError:
        raise InvalidWebhook("the body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise InvalidWebhook("the body must be a JSON object")
    messages, reports = whatsapp.parse(payload)
    for message in messages:
        await intake(request).receive(account, signed(message))
    for report in reports:
        await intake(request).record_delivery(account, signed(report))
    return {"messages": len(messages), "statuses": len(reports)}

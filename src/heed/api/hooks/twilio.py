"""Twilio: inbound SMS/WhatsApp and status callbacks, signed with X-Twilio-Signature."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import EngineDep, SettingsDep, public_url
from heed.api.hooks import verify_with_any_secret
from heed.providers import twilio

router = APIRouter(tags=["webhooks"])
_TWIML: dict[int | str, dict[str, Any]] = {
    200: {"content": {twilio.TWIML_CONTENT_TYPE: {"example": "<Response/>"}}}
}


async def _verified_form(account: str, request: Request, settings: SettingsDep) -> dict[str, str]:
    form = await request.form()
    params = {key: value for key, value in form.multi_items() if isinstance(value, str)}
    url = public_url(request, settings)
    signature = request.headers.get("x-twilio-signature")
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        "twilio",
        lambda token, _options: twilio.verify_signature(url, params, signature, token),
    )
    return params


@router.post("/hooks/twilio/{account}", response_class=Response, responses=_TWIML)
async def twilio_message(
    account: str, request: Request, engine: EngineDep, settings: SettingsDep
) -> Response:
    """A message a person sent to one of the account's Twilio numbers; answers TwiML with the
    one reply (opt-out confirmation, help…) or an empty `<Response/>`."""
    params = await _verified_form(account, request, settings)
    result = await run_in_threadpool(engine.receive, account, twilio.parse_inbound(params))
    return Response(twilio.twiml(result.reply), media_type=twilio.TWIML_CONTENT_TYPE)


@router.post("/hooks/twilio/{account}/status", response_class=Response, responses=_TWIML)
async def twilio_status(
    account: str, request: Request, engine: EngineDep, settings: SettingsDep
) -> Response:
    """A status callback for a message the account sent; failures may suppress the recipient."""
    params = await _verified_form(account, request, settings)
    await run_in_threadpool(engine.record_delivery, account, twilio.parse_status(params))
    return Response(twilio.twiml(None), media_type=twilio.TWIML_CONTENT_TYPE)

"""Twilio: inbound SMS/WhatsApp and status callbacks, signed with X-Twilio-Signature."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Request, Response

from heed.api.deps import public_url
from heed.api.hooks import form_fields, intake, signed, verify_with_any_secret
from heed.providers import twilio

router = APIRouter(tags=["webhooks"])
_TWIML: dict[int | str, dict[str, Any]] = {
    200: {"content": {twilio.TWIML_CONTENT_TYPE: {"example": "<Response/>"}}}
}


@lru_cache(maxsize=256)
def _twiml(reply: str | None) -> str:
    """The TwiML for `reply`, built once per distinct text: an account has a handful of reply
    texts, and the SDK builds and serialises an XML tree on every call."""
    return twilio.twiml(reply)


async def _verified_form(account: str, request: Request) -> dict[str, str]:
    """The webhook's fields, once its signature verifies.

    A POST's fields are its form body, signed together with the URL; a GET's (the console's
    "HTTP GET" method) are its query string, and Twilio signs the full URL alone.
    """
    url = public_url(request, request.app.state.settings)
    if request.method == "GET":
        params, signed_fields = dict(request.query_params), {}
    else:
        params = signed_fields = await form_fields(request)
    signature = request.headers.get("x-twilio-signature")
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        "twilio",
        lambda token, _options: twilio.verify_signature(url, signed_fields, signature, token),
        verified_url=url.partition("?")[0],
        unsigned=None if signature else f"no {twilio.SIGNATURE_HEADER} header",
    )
    return params


@router.get(
    "/hooks/twilio/{account}",
    response_class=Response,
    responses=_TWIML,
    operation_id="twilio_message_get",
)
@router.post(
    "/hooks/twilio/{account}",
    response_class=Response,
    responses=_TWIML,
    operation_id="twilio_message_post",
)
async def twilio_message(account: str, request: Request) -> Response:
    """A message a person sent to one of the account's Twilio numbers; answers TwiML with the
    one reply (opt-out confirmation, help…) or an empty `<Response/>`."""
    params = await _verified_form(account, request)
    result = await intake(request).receive(account, signed(twilio.parse_inbound(params)))
    return Response(_twiml(result.reply), media_type=twilio.TWIML_CONTENT_TYPE)


@router.get(
    "/hooks/twilio/{account}/status",
    response_class=Response,
    responses=_TWIML,
    operation_id="twilio_status_get",
)
@router.post(
    "/hooks/twilio/{account}/status",
    response_class=Response,
    responses=_TWIML,
    operation_id="twilio_status_post",
)
async def twilio_status(account: str, request: Request) -> Response:
    """A status callback for a message the account sent; failures may suppress the recipient."""
    params = await _verified_form(account, request)
    await intake(request).record_delivery(account, signed(twilio.parse_status(params)))
    return Response(_twiml(None), media_type=twilio.TWIML_CONTENT_TYPE)

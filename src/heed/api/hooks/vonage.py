"""Vonage: inbound messages and delivery receipts of the SMS API, signed with the `sig`
parameter, and inbound messages and statuses of the Messages API, signed with a Bearer JWT.
The same two URLs take both: configure them in the number's (SMS API) or the application's
(Messages API) webhook settings."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from heed.api.hooks import form_fields, intake, signed, verify_with_any_secret
from heed.api.limits import JsonTooDeep, load_json
from heed.errors import InvalidWebhook
from heed.providers import vonage

router = APIRouter(tags=["webhooks"])


async def _verified_params(account: str, request: Request, kind: str) -> dict[str, str]:
    """Vonage sends GET query strings, or POST form or JSON bodies, depending on settings.

    A POST is signed over its body's parameters alone, as Vonage signs it: a query string the
    business put in its own webhook URL (`?src=vonage`) is not part of the signed set. The
    signed parameters must also be the `kind` this endpoint takes (see `vonage.kind_of`): a
    signature is not bound to a URL, so a delivery receipt replayed to the inbound endpoint
    would otherwise pass for a message from the person.
    """
    if request.method == "POST":
        if request.headers.get("content-type", "").startswith("application/json"):
            body = _json_object(request, await request.body())
            params = {key: str(value) for key, value in body.items()}
        else:
            params = await form_fields(request)
    else:
        params = dict(request.query_params)
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        "vonage",
        lambda secret, options: vonage.verify_signature(
            params, secret, str(options.get("signature_method", "md5hash"))
        ),
        unsigned=None if params.get("sig") else "no `sig` parameter, no Authorization: Bearer JWT",
    )
    vonage.require_kind(params, kind)
    return params


def _json_object(request: Request, raw: bytes) -> dict[str, Any]:
    try:
        body = load_json(raw, request.app.state.settings.max_json_depth)
    except JsonTooDeep as exc:
        raise InvalidWebhook(str(exc)) from None
    except ValueError:
        raise InvalidWebhook("the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise InvalidWebhook("the body must be a JSON object")
    return body


def _is_messages_api(request: Request) -> bool:
    """The Messages API signs with a Bearer JWT; the SMS API never sends Authorization."""
    return request.headers.get("authorization", "").lower().startswith("bearer ")


async def _verified_messages(account: str, request: Request, kind: str) -> dict[str, Any]:
    """A Messages API body, once its JWT verifies and it is the `kind` this endpoint takes."""
    raw = await request.body()
    authorization = request.headers.get("authorization")
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        "vonage",
        lambda secret, _options: vonage.verify_jwt(authorization, raw, secret),
    )
    body = _json_object(request, raw)
    found = vonage.messages_kind(body)
    if found != kind:
        raise vonage.wrong_kind("contents", found, kind)
    return body


@router.get("/hooks/vonage/{account}", response_class=Response, operation_id="vonage_message_get")
@router.post("/hooks/vonage/{account}", response_class=Response, operation_id="vonage_message_post")
async def vonage_message(account: str, request: Request) -> Response:
    """A message a person sent to one of the account's Vonage numbers: from the SMS API
    (signed with `sig`), or from the Messages API (JSON with a Bearer JWT)."""
    if _is_messages_api(request):
        body = await _verified_messages(account, request, vonage.INBOUND)
        await intake(request).receive(account, signed(vonage.parse_messages_inbound(body)))
        return Response(status_code=200)
    params = await _verified_params(account, request, vonage.INBOUND)
    message = signed(vonage.parse_inbound(params))
    part = vonage.concat_part(params)
    if part is None:
        await intake(request).receive(account, message)
    else:  # one part of a long message: kept until its set is whole (heed.inbound.parts)
        await run_in_threadpool(request.app.state.engine.receive_part, account, message, part)
    return Response(status_code=200)


@router.get(
    "/hooks/vonage/{account}/status", response_class=Response, operation_id="vonage_receipt_get"
)
@router.post(
    "/hooks/vonage/{account}/status", response_class=Response, operation_id="vonage_receipt_post"
)
async def vonage_receipt(account: str, request: Request) -> Response:
    """A delivery receipt (SMS API) or a message status (Messages API) for a message the
    account sent."""
    if _is_messages_api(request):
        body = await _verified_messages(account, request, vonage.RECEIPT)
        report = vonage.parse_messages_status(body)
    else:
        params = await _verified_params(account, request, vonage.RECEIPT)
        report = vonage.parse_receipt(params)
    await intake(request).record_delivery(account, signed(report))
    return Response(status_code=200)

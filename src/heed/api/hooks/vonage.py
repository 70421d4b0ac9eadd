"""Vonage SMS API: inbound messages and delivery receipts, signed with the `sig` parameter."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from heed.api.hooks import form_fields, intake, signed, verify_with_any_secret
from heed.api.limits import JsonTooDeep, load_json
from heed.errors import InvalidWebhook
from heed.providers import vonage

router = APIRouter(tags=["webhooks"])


async def _verified_params(account: str, request: Request) -> dict[str, str]:
    """Vonage sends GET query strings, or POST form or JSON bodies, depending on settings."""
    params = dict(request.query_params)
    if request.method == "POST":
        if request.headers.get("content-type", "").startswith("application/json"):
            depth = request.app.state.settings.max_json_depth
            try:
                body = load_json(await request.body(), depth)
            except JsonTooDeep as exc:
                raise InvalidWebhook(str(exc)) from None
            except ValueError:
                raise InvalidWebhook("the body is not valid JSON") from None
            if not isinstance(body, dict):
                raise InvalidWebhook("the body must be a JSON object")
            params |= {key: str(value) for key, value in body.items()}
        else:
            params |= await form_fields(request)
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        "vonage",
        lambda secret, options: vonage.verify_signature(
            params, secret, str(options.get("signature_method", "md5hash"))
        ),
    )
    return params


@router.get("/hooks/vonage/{account}", response_class=Response, operation_id="vonage_message_get")
@router.post("/hooks/vonage/{account}", response_class=Response, operation_id="vonage_message_post")
async def vonage_message(account: str, request: Request) -> Response:
    """A message a person sent to one of the account's Vonage numbers."""
    params = await _verified_params(account, request)
    await intake(request).receive(account, signed(vonage.parse_inbound(params)))
    return Response(status_code=200)


@router.get(
    "/hooks/vonage/{account}/status", response_class=Response, operation_id="vonage_receipt_get"
)
@router.post(
    "/hooks/vonage/{account}/status", response_class=Response, operation_id="vonage_receipt_post"
)
async def vonage_receipt(account: str, request: Request) -> Response:
    """A delivery receipt for a message the account sent."""
    params = await _verified_params(account, request)
    await intake(request).record_delivery(account, signed(vonage.parse_receipt(params)))
    return Response(status_code=200)

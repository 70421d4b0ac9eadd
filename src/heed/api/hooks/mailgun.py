"""Mailgun's webhooks: one event per POST, HMAC-signed inside the body."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from heed.api.hooks import intake, record_all, verify_with_any_secret
from heed.providers import mailgun

router = APIRouter(tags=["webhooks"])


@router.post("/hooks/mailgun/{account}", response_class=Response)
async def mailgun_event(account: str, request: Request) -> Response:
    """One Mailgun event; permanent failures and complaints suppress the recipient."""
    document = mailgun.read_body(await request.body())
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        mailgun.PROVIDER,
        lambda key, _options: mailgun.verify_signature(document["signature"], key),
    )
    await record_all(intake(request), account, mailgun.parse_event(document))
    return Response(status_code=200)

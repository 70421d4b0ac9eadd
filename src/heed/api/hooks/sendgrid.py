"""SendGrid's Event Webhook: batches of events signed with ECDSA."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from heed.api.hooks import intake, record_all, verify_with_any_secret
from heed.providers import sendgrid

router = APIRouter(tags=["webhooks"])


@router.post("/hooks/sendgrid/{account}", response_class=Response)
async def sendgrid_events(account: str, request: Request) -> Response:
    """A batch of SendGrid events; bounces, drops and spam reports may suppress recipients."""
    body = await request.body()
    signature = request.headers.get(sendgrid.SIGNATURE_HEADER)
    timestamp = request.headers.get(sendgrid.TIMESTAMP_HEADER)
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        sendgrid.PROVIDER,
        lambda key, _options: sendgrid.verify_signature(body, signature, timestamp, key),
    )
    await record_all(intake(request), account, sendgrid.parse_events(body))
    return Response(status_code=200)

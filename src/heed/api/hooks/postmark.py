"""Postmark's bounce, spam-complaint, delivery and subscription-change webhooks (basic auth)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from heed.api.hooks import intake, record_all, verify_with_any_secret
from heed.providers import postmark

router = APIRouter(tags=["webhooks"])


@router.post("/hooks/postmark/{account}", response_class=Response)
async def postmark_record(account: str, request: Request) -> Response:
    """One Postmark record; hard bounces and spam complaints suppress the recipient."""
    given = postmark.credentials(request.headers.get("authorization"))
    if given is None:
        # A client that sends credentials only when asked is asked; nothing is read before.
        return Response(status_code=401, headers={"WWW-Authenticate": 'Basic realm="heed"'})
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        postmark.PROVIDER,
        lambda secret, _options: postmark.verify_credentials(given, secret),
    )
    await record_all(intake(request), account, postmark.parse_record(await request.body()))
    return Response(status_code=200)

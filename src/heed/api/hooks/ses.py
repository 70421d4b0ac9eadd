"""Amazon SES notifications through Amazon SNS: signed with SNS's certificate, from a topic the
account named; subscription confirmations are confirmed."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool

from heed.api.hooks import intake, record_all, verify_with_any_secret
from heed.errors import SignatureInvalid, Unavailable
from heed.outbound import transport
from heed.providers import ses

router = APIRouter(tags=["webhooks"])


class SnsAccess:
    """What the SES webhook reads from AWS: signing certificates and subscription confirmations.

    Both take only URLs that `ses.check_sns_url` accepted. Certificates are kept once fetched
    (SNS signs with a handful). `certificates` and `confirm` replace the HTTPS calls, for tests
    and for installs that cannot reach AWS (certificates saved beforehand).
    """

    def __init__(
        self,
        certificates: Callable[[str], bytes] | None = None,
        confirm: Callable[[str], None] | None = None,
    ) -> None:
        self._fetch = certificates or _fetch_certificate
        self._confirm = confirm or _visit
        self._kept: dict[str, bytes] = {}

    def certificate(self, url: str) -> bytes:
        if url not in self._kept:
            if len(self._kept) >= 64:
                self._kept.clear()
            self._kept[url] = self._fetch(ses.check_sns_url(url, "SigningCertURL"))
        return self._kept[url]

    def confirm(self, url: str) -> None:
        self._confirm(ses.check_sns_url(url, "SubscribeURL"))


def _fetch_certificate(url: str) -> bytes:
    return _get(url, "fetch the SNS signing certificate")


def _visit(url: str) -> None:
    _get(url, "confirm the SNS subscription")


def _get(url: str, what: str) -> bytes:
    """GET an SNS URL by the outbound rule (heed.outbound.transport): the host is on
    amazonaws.com (ses.check_sns_url), but a name can resolve anywhere, so heed connects only
    to a public address it resolved, or a network the server's configuration allows."""
    try:
        response = transport.fetch("GET", url, timeout=10)
        response.raise_for_status()
    except transport.Refused as exc:
        raise Unavailable(f"cannot {what}: {exc}") from None
    except (OSError, httpx.HTTPError) as exc:
        raise Unavailable(f"cannot {what}: {type(exc).__name__}") from None
    return response.content


def _topic_named(topic: str, secret: str) -> None:
    """The `ses` sender's secret lists the SNS topic ARNs (comma-separated) heed accepts."""
    if topic not in {t.strip() for t in secret.split(",")}:
        raise SignatureInvalid(f"the SNS topic {topic} is not this account's")


@router.post("/hooks/ses/{account}", response_class=Response)
async def ses_notification(account: str, request: Request) -> Response:
    """An Amazon SNS message: a subscription to confirm, or an SES bounce, complaint or
    delivery notification; hard bounces and complaints suppress the recipient."""
    document = ses.read_sns(await request.body())
    await verify_with_any_secret(
        request.app.state.secret_cache,
        account,
        ses.PROVIDER,
        lambda secret, _options: _topic_named(document["TopicArn"], secret),
    )
    access: SnsAccess = request.app.state.sns
    certificate = await run_in_threadpool(access.certificate, document["SigningCertURL"])
    ses.verify_signature(document, certificate)
    if document["Type"] == "SubscriptionConfirmation":
        await run_in_threadpool(access.confirm, document.get("SubscribeURL", ""))
    elif document["Type"] == "Notification":
        await record_all(intake(request), account, ses.parse_notification(document))
    return Response(status_code=200)

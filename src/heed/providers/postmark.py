"""Postmark's bounce, spam-complaint, delivery and subscription-change webhooks.

Postmark signs nothing; it sends the HTTP basic-auth credentials written into the webhook URL
(`https://USER:PASSWORD@host/hooks/postmark/acme`), which heed compares with the `postmark`
sender's secret, `USER:PASSWORD` (postmarkapp.com/developer/webhooks/webhooks-overview,
"Protecting your webhook"). Each POST is one JSON record whose `RecordType` says what it is
(postmarkapp.com/developer/webhooks/bounce-webhook, …/spam-complaint-webhook).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
from datetime import UTC, datetime
from typing import Any

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers.base import DeliveryReport

PROVIDER = "postmark"
_RECORD_TYPES = frozenset({"Bounce", "SpamComplaint", "Delivery", "SubscriptionChange"})


def credentials(authorization: str | None) -> str | None:
    """`USER:PASSWORD` from a basic `Authorization` header, or None if there is none."""
    scheme, _, encoded = (authorization or "").partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        return base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def verify_credentials(given: str | None, secret: str) -> None:
    """Raise SignatureInvalid unless the request's credentials are the sender's secret."""
    if given is None or not hmac.compare_digest(given.encode(), secret.encode()):
        raise SignatureInvalid("the Postmark webhook's basic-auth credentials do not match")


def parse_record(body: bytes) -> list[DeliveryReport]:
    """The report of one Postmark record; none for records that say nothing about delivery
    (opens, clicks, inbound mail)."""
    try:
        record = json.loads(body)
    except ValueError:
        raise InvalidWebhook("the body is not JSON") from None
    if not isinstance(record, dict):
        raise InvalidWebhook("the body must be a JSON object")
    kind = record.get("RecordType")
    if kind not in _RECORD_TYPES:
        return []
    status, code = _status_and_code(kind, record)
    recipient = record.get("Email") or record.get("Recipient")
    if not isinstance(recipient, str) or not recipient:
        raise InvalidWebhook(f"the {kind} record names no recipient", field="Email")
    return [
        DeliveryReport(
            channel=Channel.EMAIL,
            provider=PROVIDER,
            provider_message_id=str(record.get("MessageID") or ""),
            status=status,
            error_code=code,
            outcome=classify(PROVIDER, status, code),
            recipient=recipient,
            sender=str(record.get("From") or ""),
            occurred_at=_time(
                record.get("BouncedAt") or record.get("DeliveredAt") or record.get("ChangedAt")
            ),
            raw=record,
            event_id=_event_id(kind, record),
        )
    ]


def _status_and_code(kind: str, record: dict[str, Any]) -> tuple[str, str | None]:
    if kind == "SubscriptionChange":
        if not record.get("SuppressSending"):
            return "delivery", None  # reactivated: nothing for heed to do
        return "subscriptionchange", str(record.get("SuppressionReason") or "") or None
    return kind.lower(), str(record.get("Type") or "") or None


def _event_id(kind: str, record: dict[str, Any]) -> str | None:
    """Bounces and complaints carry Postmark's bounce ID; other records have no id of their
    own, so their message id and time stand for it."""
    if record.get("ID") is not None:
        return f"{kind}:{record['ID']}"
    when = record.get("DeliveredAt") or record.get("ChangedAt")
    return f"{kind}:{record['MessageID']}:{when}" if record.get("MessageID") and when else None


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    text = value.replace("Z", "+00:00")
    # Postmark writes seven fractional digits (.9070259Z); Python reads at most six.
    head, dot, rest = text.partition(".")
    if dot:
        digits = "".join(c for c in rest if c.isdigit())
        text = f"{head}.{digits[:6]}{rest[len(digits) :]}"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)

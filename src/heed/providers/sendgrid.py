"""SendGrid's Event Webhook: batches of delivery events, signed with ECDSA.

SendGrid signs `timestamp + body` (the exact bytes it POSTs) with ECDSA P-256 over SHA-256 and
sends the base64 DER signature in `X-Twilio-Email-Event-Webhook-Signature`, the timestamp in
`X-Twilio-Email-Event-Webhook-Timestamp`; the verification key shown in SendGrid's Mail Settings
is a base64 DER public key (twilio.com/docs/sendgrid/for-developers/tracking-events/
getting-started-event-webhook-security-features). The body is a JSON array of events
(…/tracking-events/event); each has its own `sg_event_id`, so a retried batch changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers.base import DeliveryReport

PROVIDER = "sendgrid"
SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"
#: The events that say what became of a message; engagement (opens, clicks) and SendGrid's
#: own unsubscribe groups say nothing about whether the address works.
_DELIVERY_EVENTS = frozenset({"delivered", "deferred", "bounce", "dropped", "spamreport"})


def verify_signature(body: bytes, signature: str | None, timestamp: str | None, key: str) -> None:
    """Raise SignatureInvalid unless `signature` is SendGrid's over `timestamp + body`."""
    if not signature or not timestamp:
        raise SignatureInvalid(f"no {SIGNATURE_HEADER} or {TIMESTAMP_HEADER} header")
    public_key = _public_key(key)
    try:
        raw_signature = base64.b64decode(signature, validate=True)
        public_key.verify(raw_signature, timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, binascii.Error, ValueError):
        raise SignatureInvalid("the SendGrid signature does not verify") from None


def _public_key(key: str) -> ec.EllipticCurvePublicKey:
    """The verification key as SendGrid shows it (base64 DER), or as PEM."""
    try:
        if key.lstrip().startswith("-----BEGIN"):
            loaded = serialization.load_pem_public_key(key.encode())
        else:
            loaded = serialization.load_der_public_key(base64.b64decode(key, validate=True))
    except (ValueError, binascii.Error, UnsupportedAlgorithm):
        raise SignatureInvalid("the sender's SendGrid verification key is unreadable") from None
    if not isinstance(loaded, ec.EllipticCurvePublicKey):
        raise SignatureInvalid("the sender's SendGrid verification key is not an ECDSA key")
    return loaded


def parse_events(body: bytes) -> list[DeliveryReport]:
    """One report per delivery event of the batch, in the batch's order."""
    try:
        events = json.loads(body)
    except ValueError:
        raise InvalidWebhook("the body is not JSON") from None
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise InvalidWebhook("the body must be a JSON array of event objects")
    return [_report(event) for event in events if event.get("event") in _DELIVERY_EVENTS]


def _report(event: dict[str, Any]) -> DeliveryReport:
    status = str(event["event"])
    recipient = event.get("email")
    if not isinstance(recipient, str) or not recipient:
        raise InvalidWebhook(f"a {status} event has no email", field="email")
    code = _code(status, event)
    return DeliveryReport(
        channel=Channel.EMAIL,
        provider=PROVIDER,
        provider_message_id=str(event.get("sg_message_id") or event.get("smtp-id") or ""),
        status=status,
        error_code=code,
        outcome=classify(PROVIDER, status, code),
        recipient=recipient,
        sender="",  # SendGrid's events do not name the From address
        occurred_at=_time(event.get("timestamp")),
        raw=event,
        event_id=str(event["sg_event_id"]) if event.get("sg_event_id") else None,
    )


def _code(status: str, event: dict[str, Any]) -> str | None:
    if status == "bounce":
        return str(event.get("type") or "bounce")
    if status == "dropped":
        return str(event.get("reason") or "") or None
    return None


def _time(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None

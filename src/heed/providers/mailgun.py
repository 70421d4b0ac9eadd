"""Mailgun's webhooks: one event per POST, signed with HMAC-SHA256 inside the body.

The body is `{"signature": {"timestamp", "token", "signature"}, "event-data": {…}}`; the
signature is the hex HMAC-SHA256 of `timestamp + token` with the domain's HTTP webhook signing
key (documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks). It covers
the timestamp and token only, not the event: heed also processes each event id once, so a
replayed signature cannot repeat an event. Event types and the `severity`/`reason` of failures:
…/user-manual/events/event-types and …/webhooks/webhook-payloads.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers.base import DeliveryReport

PROVIDER = "mailgun"
_DELIVERY_EVENTS = frozenset({"delivered", "failed", "rejected", "complained"})


def read_body(body: bytes) -> dict[str, Any]:
    """The webhook's JSON object, with its `signature` and `event-data` objects."""
    try:
        document = json.loads(body)
    except ValueError:
        raise InvalidWebhook("the body is not JSON") from None
    if not isinstance(document, dict):
        raise InvalidWebhook("the body must be a JSON object")
    for name in ("signature", "event-data"):
        if not isinstance(document.get(name), dict):
            raise InvalidWebhook(f"the body has no {name!r} object", field=name)
    return document


def verify_signature(signature: Mapping[str, Any], key: str) -> None:
    """Raise SignatureInvalid unless the signature is the key's HMAC of timestamp + token."""
    timestamp, token, given = (signature.get(k) for k in ("timestamp", "token", "signature"))
    if not all(isinstance(v, str | int) and str(v) for v in (timestamp, token, given)):
        raise SignatureInvalid("the Mailgun signature lacks its timestamp, token or signature")
    expected = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, str(given).lower()):
        raise SignatureInvalid("the Mailgun signature does not verify")


def parse_event(document: Mapping[str, Any]) -> list[DeliveryReport]:
    """The report of a delivery event; none for opens, clicks and the like."""
    event = document.get("event-data")
    if not isinstance(event, dict):  # found by tests/fuzz: a KeyError (500) before
        raise InvalidWebhook("the body has no event-data object", field="event-data")
    status = event.get("event")
    if status not in _DELIVERY_EVENTS:
        return []
    recipient = event.get("recipient")
    if not isinstance(recipient, str) or not recipient:
        raise InvalidWebhook(f"the {status} event has no recipient", field="recipient")
    code = None
    if status == "failed":
        code = f"{event.get('severity') or ''}:{event.get('reason') or ''}"
    headers = _object(_object(event, "message"), "headers")
    envelope = _object(event, "envelope")
    return [
        DeliveryReport(
            channel=Channel.EMAIL,
            provider=PROVIDER,
            provider_message_id=str(headers.get("message-id") or ""),
            status=str(status),
            error_code=code,
            outcome=classify(PROVIDER, str(status), code),
            recipient=recipient,
            sender=str(envelope.get("sender") or ""),
            occurred_at=_time(event.get("timestamp")),
            raw=dict(document["event-data"]),
            event_id=str(event["id"]) if event.get("id") else None,
        )
    ]


def _object(parent: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    found = parent.get(name)
    return found if isinstance(found, dict) else {}


def _time(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None

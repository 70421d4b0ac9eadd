"""WhatsApp Business Cloud API (Meta): the webhook's subscription check, signature and payload.

Meta first verifies the callback URL with a GET carrying `hub.mode`, `hub.verify_token` and
`hub.challenge` (developers.facebook.com/docs/graph-api/webhooks/getting-started). Every POST
is then signed: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`, keyed with
the app secret (not the access token, not the verify token).

One POST can batch several entries, changes, messages and statuses, so `parse` walks them
all (developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers.base import DeliveryReport, InboundMessage, person_number

PROVIDER = "whatsapp"
SIGNATURE_HEADER = "X-Hub-Signature-256"
_SIGNATURE_PREFIX = "sha256="
#: The error code Meta reports when a person stopped marketing messages from this business.
MARKETING_OPT_OUT = "131050"


def verify_subscription(query: Mapping[str, str], verify_token: str) -> str:
    """Return `hub.challenge` for Meta's subscription GET, or raise SignatureInvalid.

    The caller answers 200 with the challenge as the plain-text body, not JSON.
    """
    if not verify_token:
        raise SignatureInvalid("no WhatsApp verify token configured")
    challenge = query.get("hub.challenge")
    if challenge is None:
        raise SignatureInvalid("not a WhatsApp webhook subscription request: no hub.challenge")
    token = query.get("hub.verify_token") or ""
    if query.get("hub.mode") != "subscribe" or not hmac.compare_digest(
        token.encode(), verify_token.encode()
    ):
        raise SignatureInvalid("WhatsApp hub.verify_token does not match")
    return challenge


def sign(raw_body: bytes, app_secret: str) -> str:
    """Return the `X-Hub-Signature-256` header value Meta would send for `raw_body`."""
    digest = hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return _SIGNATURE_PREFIX + digest


def verify_signature(raw_body: bytes, header: str | None, app_secret: str) -> None:
    """Raise SignatureInvalid unless `header` signs `raw_body` with `app_secret`.

    It must be the raw bytes as received: Meta signs its own escaped serialisation, which
    re-encoding the parsed JSON does not reproduce.
    """
    if not header:
        raise SignatureInvalid(f"missing {SIGNATURE_HEADER} header")
    if not app_secret:
        raise SignatureInvalid("no WhatsApp app secret configured")
    if not hmac.compare_digest(header.strip().encode(), sign(raw_body, app_secret).encode()):
        raise SignatureInvalid(f"{SIGNATURE_HEADER} does not match the body")


def parse(payload: Mapping[str, Any]) -> tuple[list[InboundMessage], list[DeliveryReport]]:
    """Return every inbound message and status update in a webhook POST.

    Changes of other fields (template updates, account alerts, …) and system-level
    `value.errors` carry neither, so they are skipped.
    """
    if payload.get("object") != "whatsapp_business_account":
        raise InvalidWebhook("not a WhatsApp Business Account webhook", field="object")
    messages: list[InboundMessage] = []
    reports: list[DeliveryReport] = []
    for i, entry in enumerate(_list(payload, "entry", "")):
        for j, change in enumerate(_list(entry, "changes", f"entry[{i}]")):
            path = f"entry[{i}].changes[{j}]"
            if _text(change, "field", path) != "messages":
                continue
            value = _object(change, "value", path)
            path += ".value"
            inbound = _list(value, "messages", path, required=False)
            statuses = _list(value, "statuses", path, required=False)
            if not inbound and not statuses:
                continue
            business = _business_number(value, path)
            messages += [
                _message(m, business, f"{path}.messages[{k}]") for k, m in enumerate(inbound)
            ]
            reports += [
                _status(s, business, f"{path}.statuses[{k}]") for k, s in enumerate(statuses)
            ]
    return messages, reports


def _business_number(value: Mapping[str, Any], path: str) -> str:
    """Return our number: `metadata.display_phone_number`, digits only, made E.164."""
    metadata = _object(value, "metadata", path)
    return person_number(_text(metadata, "display_phone_number", f"{path}.metadata"))


def _message(message: Mapping[str, Any], business: str, path: str) -> InboundMessage:
    return InboundMessage(
        channel=Channel.WHATSAPP,
        from_address=person_number(_text(message, "from", path)),
        to_address=business,
        body=_body(message),
        provider=PROVIDER,
        provider_message_id=_text(message, "id", path),
        sent_at=_time(message, path),
        raw=dict(message),
    )


def _status(status: Mapping[str, Any], business: str, path: str) -> DeliveryReport:
    word = _text(status, "status", path)
    errors = _list(status, "errors", path, required=False)
    first_code = errors[0].get("code") if errors else None  # an int in Meta's examples
    code = None if first_code is None else str(first_code)
    return DeliveryReport(
        channel=Channel.WHATSAPP,
        provider=PROVIDER,
        provider_message_id=_text(status, "id", path),
        status=word,
        error_code=code,
        outcome=classify(PROVIDER, word, code),
        recipient=person_number(_text(status, "recipient_id", path)),
        sender=business,
        occurred_at=_time(status, path),
        raw=dict(status),
        # 131050 stops marketing only: utility and authentication templates still go through.
        marketing_only=code == MARKETING_OPT_OUT,
    )


def _body(message: Mapping[str, Any]) -> str:
    """Return the text a person sent or tapped; "" for media and other types.

    A template quick-reply button arrives as `button.text`; an interactive reply as
    `interactive.button_reply.title` or `interactive.list_reply.title`. The tapped title is
    what the person saw and chose, e.g. "Stop promotions", so it goes to keyword matching.
    """
    kind = message.get("type")
    part = message.get(kind) if isinstance(kind, str) else None
    if not isinstance(part, Mapping):
        return ""
    if kind == "text":
        found = part.get("body")
    elif kind == "button":
        found = part.get("text")
    elif kind == "interactive":
        reply = part.get("button_reply") or part.get("list_reply")
        found = reply.get("title") if isinstance(reply, Mapping) else None
    else:
        found = None
    return found if isinstance(found, str) else ""


def _time(item: Mapping[str, Any], path: str) -> datetime:
    text = _text(item, "timestamp", path)  # unix seconds, as a string
    try:
        return datetime.fromtimestamp(int(text), UTC)
    except (ValueError, OverflowError, OSError):
        raise InvalidWebhook(
            f"{path}.timestamp is not unix seconds", field=f"{path}.timestamp"
        ) from None


def _text(item: Mapping[str, Any], key: str, path: str) -> str:
    value = item.get(key)
    where = f"{path}.{key}" if path else key
    if not isinstance(value, str) or not value:
        raise InvalidWebhook(f"{where} must be a non-empty string", field=where)
    return value


def _object(item: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any]:
    value = item.get(key)
    if not isinstance(value, Mapping):
        where = f"{path}.{key}" if path else key
        raise InvalidWebhook(f"{where} must be an object", field=where)
    return value


def _list(
    item: Mapping[str, Any], key: str, path: str, *, required: bool = True
) -> list[Mapping[str, Any]]:
    """Return item[key] as a list of objects, naming the first bad element's path."""
    where = f"{path}.{key}" if path else key
    value = item.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list):
        raise InvalidWebhook(f"{where} must be a list", field=where)
    objects: list[Mapping[str, Any]] = []
    for n, element in enumerate(value):
        if not isinstance(element, Mapping):
            raise InvalidWebhook(f"{where}[{n}] must be an object", field=f"{where}[{n}]")
        objects.append(element)
    return objects

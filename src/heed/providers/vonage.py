"""Vonage (Nexmo) SMS API: inbound-SMS and delivery-receipt webhooks, and their `sig`.

Vonage sends these as GET query strings, form posts or JSON, depending on account settings
(developer.vonage.com/messaging/sms/guides/inbound-sms); the HTTP layer flattens whichever it
got into one Mapping of strings. Beware that `msisdn` and `to` swap meaning: on an inbound
message `msisdn` is the person, on a delivery receipt it is the recipient and `to` is us.

Signing (developer.vonage.com/getting-started/concepts/signing-messages): every parameter
but `sig`, sorted by key, as `&key=value` with `&` and `=` in values replaced by `_`, then
either MD5 of that string followed by the secret ("MD5 hash", the dashboard default) or an
HMAC of it keyed with the secret. Both the inbound and the receipt webhooks are signed when
signing is enabled on the account.

Replay: the docs list "defend against … later replay" as a purpose of `timestamp` and `nonce`
but give no freshness window, and Vonage re-sends an unacknowledged webhook for 24 hours.
heed therefore does not reject old timestamps: a window could drop a retried STOP, and a
replayed message is harmless because each `messageId` is processed once.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidSetting, InvalidWebhook, SignatureInvalid
from heed.providers.base import (
    DeliveryReport,
    InboundMessage,
    business_number,
    optional_field,
    person_number,
    required_field,
)

PROVIDER = "vonage"

#: The dashboard's signature methods: "MD5 hash" (no HMAC: the secret is appended, then MD5)
#: and the four HMACs. The names match Vonage's Python SDK (`signature_method`).
SIGNATURE_METHODS: Mapping[str, Callable[..., Any] | None] = {
    "md5hash": None,
    "md5": hashlib.md5,
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha512": hashlib.sha512,
}

_TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"  # `message-timestamp`, documented as UTC


def parse_inbound(params: Mapping[str, str]) -> InboundMessage:
    """Read an inbound-SMS webhook.

    Each part of a concatenated message arrives as its own webhook with its own `messageId`
    (`concat-ref`, `concat-part`, `concat-total` stay in `raw`); a binary message has no
    `text`, so its body is "". `sent_at` is `message-timestamp`, the time Vonage started
    pushing the webhook: the closest the SMS API comes to a send time.
    """
    return InboundMessage(
        channel=Channel.SMS,
        from_address=person_number(required_field(params, "msisdn")),
        to_address=business_number(required_field(params, "to")),
        body=params.get("text") or "",
        provider=PROVIDER,
        provider_message_id=required_field(params, "messageId"),
        sent_at=_timestamp(params),
        raw=dict(params),
    )


def parse_receipt(params: Mapping[str, str]) -> DeliveryReport:
    """Read a delivery receipt (DLR). A concatenated message gets one receipt per part."""
    status = required_field(params, "status")
    error_code = optional_field(params, "err-code")
    return DeliveryReport(
        channel=Channel.SMS,
        provider=PROVIDER,
        provider_message_id=required_field(params, "messageId"),
        status=status,
        error_code=error_code,
        outcome=classify(PROVIDER, status, error_code),
        recipient=person_number(required_field(params, "msisdn")),
        sender=business_number(required_field(params, "to")),  # may be a sender ID: "Acme"
        occurred_at=_timestamp(params),
        raw=dict(params),
    )


def sign(params: Mapping[str, str], secret: str, method: str = "md5hash") -> str:
    """Return the lowercase hex `sig` of `params` (any `sig` among them is left out).

    Unlike Vonage's SDK this adds no `timestamp`: it signs exactly what it is given, so a
    test or client adds `timestamp` (and `nonce`) to `params` first, as Vonage does.
    """
    try:
        digest = SIGNATURE_METHODS[method]
    except KeyError:
        known = ", ".join(SIGNATURE_METHODS)
        raise InvalidSetting(f"unknown Vonage signature method {method!r}: use {known}") from None
    signed = "".join(
        f"&{key}={_sanitise(params[key])}" for key in sorted(params) if key != "sig"
    ).encode()
    if digest is None:
        return hashlib.md5(signed + secret.encode()).hexdigest()
    return hmac.new(secret.encode(), signed, digest).hexdigest()


def verify_signature(params: Mapping[str, str], secret: str, method: str = "md5hash") -> None:
    """Raise SignatureInvalid unless `params["sig"]` signs the other params with `secret`.

    Compared case-insensitively: the "MD5 hash" method yields lowercase hex while Vonage's
    .NET SDK documents the HMAC methods as uppercase (vonage-dotnet-sdk SmsSignatureGenerator).
    """
    received = params.get("sig")
    if not received:
        raise SignatureInvalid("missing Vonage `sig` parameter")
    if not secret:
        raise SignatureInvalid("no Vonage signature secret configured for this sender")
    expected = sign(params, secret, method)
    if not hmac.compare_digest(received.lower().encode(), expected.encode()):
        raise SignatureInvalid("Vonage `sig` does not match these parameters")


def _sanitise(value: str) -> str:
    # Only the signed string is changed; the parameters themselves are kept as sent.
    return value.replace("&", "_").replace("=", "_")


def _timestamp(params: Mapping[str, str]) -> datetime | None:
    text = params.get("message-timestamp")
    if not text:
        return None
    try:
        return datetime.strptime(text, _TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise InvalidWebhook(
            f"message-timestamp {text!r} is not 'YYYY-MM-DD HH:MM:SS'", field="message-timestamp"
        ) from None

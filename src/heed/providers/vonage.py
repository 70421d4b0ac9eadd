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

Sending (a confirmation or a reply) is the SMS API's `POST /sms/json`
(developer.vonage.com/en/api/sms): form fields with the API key and secret, which are not the
signature secret above. Vonage answers 200 whether or not it accepted the message; each
message's own `status` says ("0" accepted; the others in its troubleshooting guide).
"""

from __future__ import annotations

import hashlib
import hmac
import warnings
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import jwt

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidSetting, InvalidWebhook, SignatureInvalid
from heed.providers.base import (
    ApiRequest,
    DeliveryReport,
    InboundMessage,
    MessagePart,
    Outgoing,
    SendOutcome,
    api_base,
    business_number,
    optional_field,
    person_number,
    required_field,
    required_option,
    retryable,
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

#: SMS API statuses after which the same message may be accepted later: 1 throttled,
#: 5 internal error (developer.vonage.com/messaging/sms/guides/troubleshooting-sms).
_RETRY_STATUSES = frozenset({"1", "5"})

#: The GSM 03.38 alphabet and its extension table. A text using only these goes as `text`;
#: anything else needs `unicode`, or Vonage replaces the characters it cannot encode.
_GSM_7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    "^{}\\[~]|€\x0c"
)


#: The two kinds of signed SMS API webhook, told apart by their fields (the inbound-SMS and
#: delivery-receipt references): a receipt has `status` (and `err-code`, `scts`,
#: `network-code`), an inbound message has `type` and `text` (or `data` when binary).
INBOUND, RECEIPT = "inbound message", "delivery receipt"
_RECEIPT_FIELDS = ("status", "err-code", "scts", "network-code")
_INBOUND_FIELDS = ("type", "text", "keyword", "data", "concat")


def kind_of(params: Mapping[str, str]) -> str | None:
    """Which kind of webhook `params` are, or None if they have the marks of neither."""
    if any(name in params for name in _RECEIPT_FIELDS):
        return RECEIPT
    if any(name in params for name in _INBOUND_FIELDS):
        return INBOUND
    return None


def require_kind(params: Mapping[str, str], kind: str) -> None:
    """Raise SignatureInvalid unless signed `params` are a webhook of `kind`: the signature
    vouches for the parameters, not for the endpoint they were sent to."""
    found = kind_of(params)
    if found != kind:
        raise wrong_kind("parameters", found, kind)


def wrong_kind(what: str, found: str | None, kind: str) -> SignatureInvalid:
    """The refusal of a signed payload sent to the other kind's endpoint."""
    return SignatureInvalid(
        f"the signed {what} are {f'a {found}' if found else 'of neither kind'}, and this "
        f"endpoint takes {kind}s: inbound messages go to /hooks/vonage/{{account}}, delivery "
        "receipts and statuses to /hooks/vonage/{account}/status"
    )


def parse_inbound(params: Mapping[str, str]) -> InboundMessage:
    """Read an inbound-SMS webhook.

    Each part of a concatenated message arrives as its own webhook with its own `messageId`
    (see `concat_part`, which says which part it is); a binary message has no `text`, so its
    body is "". `sent_at` is `message-timestamp`, the time Vonage started
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


def concat_part(params: Mapping[str, str]) -> MessagePart | None:
    """The part of a concatenated message these inbound params are, or None for a whole one.

    Vonage delivers a long SMS as one webhook per part (`concat=true`, `concat-ref`,
    `concat-total`, `concat-part` from 1), in any order; heed joins them before reading
    (heed.inbound.parts). The reference is only unique per sender and recipient.
    """
    if params.get("concat", "").lower() != "true":
        return None
    try:
        number, total = int(params["concat-part"]), int(params["concat-total"])
    except (KeyError, ValueError):
        raise InvalidWebhook(
            "concat=true needs numeric concat-part and concat-total", field="concat-part"
        ) from None
    reference = required_field(params, "concat-ref")
    if not 1 <= number <= total <= 255:
        raise InvalidWebhook(
            f"concat-part {number} of {total} is out of range", field="concat-part"
        )
    key = f"{params.get('msisdn', '')}|{params.get('to', '')}|{reference}|{total}"
    return MessagePart(key, number, total)


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


def send_request(message: Outgoing) -> ApiRequest:
    """The SMS API request that sends `message` (options `api_key` and `api_secret`)."""
    form = {
        "api_key": required_option(message.options, "api_key", PROVIDER),
        "api_secret": required_option(message.options, "api_secret", PROVIDER),
        "from": message.from_address.removeprefix("+"),
        "to": message.to_address.removeprefix("+"),
        "text": message.body,
        "type": "text" if set(message.body) <= _GSM_7 else "unicode",
    }
    if message.status_callback:
        form["callback"] = message.status_callback
    base = api_base(message.options, "https://rest.nexmo.com")
    return ApiRequest("POST", f"{base}/sms/json", form=form)


def read_send_response(status: int, body: Any) -> SendOutcome:
    """Read the answer to `send_request`: the first message part's id, or its error."""
    parts = body.get("messages") if isinstance(body, Mapping) else None
    first = parts[0] if isinstance(parts, list) and parts and isinstance(parts[0], Mapping) else {}
    code = str(first.get("status", ""))
    if 200 <= status < 300 and code == "0" and first.get("message-id"):
        return SendOutcome(str(first["message-id"]))
    reason = first.get("error-text") or f"HTTP {status}"
    return SendOutcome(
        None,
        error=f"Vonage refused the message: {reason}",
        error_code=code or None,
        retry=retryable(status) or code in _RETRY_STATUSES,
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


# --- Messages API ---------------------------------------------------------------------------
# One application's inbound and status webhooks for SMS, MMS, WhatsApp, RCS, Viber and
# Messenger (developer.vonage.com/en/api/messages), JSON bodies with
# `Authorization: Bearer <JWT>`: HS256 signed with the account's signature secret (whatever the
# dashboard's SMS signature method says), its `payload_hash` claim the SHA-256 of the body
# (developer.vonage.com/en/messages/concepts/signed-webhooks).

#: Messages API channels, as heed's channels. RCS, Viber and Messenger business messages reach
#: the person's phone number and heed has no channel of their own for them: they are kept on
#: `sms`, so a STOP there stops at least that number's texts (when unsure, do not send).
_MESSAGES_CHANNELS = {"whatsapp": Channel.WHATSAPP}

# The signature secret is Vonage's to choose (its docs ask for at least 32 bits, not bytes):
# PyJWT's warning about HMAC keys under 32 bytes says nothing the business can act on.
warnings.filterwarnings("ignore", category=jwt.warnings.InsecureKeyLengthWarning)


def verify_jwt(authorization: str | None, body: bytes, secret: str) -> None:
    """Raise SignatureInvalid unless `authorization` is a Bearer JWT that `secret` signed
    (HS256) and whose `payload_hash` is the SHA-256 of `body`."""
    token = (authorization or "").removeprefix("Bearer ").strip()
    if not token:
        raise SignatureInvalid("missing Authorization: Bearer JWT")
    if not secret:
        raise SignatureInvalid("no Vonage signature secret configured for this sender")
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], options={"verify_iat": False})
    except jwt.InvalidTokenError:
        raise SignatureInvalid(
            "the Vonage JWT does not verify with this signature secret"
        ) from None
    expected = hashlib.sha256(body).hexdigest()
    if not hmac.compare_digest(str(claims.get("payload_hash", "")).lower(), expected):
        raise SignatureInvalid("the Vonage JWT's payload_hash is not the SHA-256 of the body")


def messages_kind(body: Mapping[str, Any]) -> str | None:
    """`INBOUND`, `RECEIPT` (a message status) or None, for a Messages API body."""
    if "status" in body:
        return RECEIPT
    if "message_type" in body:
        return INBOUND
    return None


def parse_messages_inbound(body: Mapping[str, Any]) -> InboundMessage:
    """Read a Messages API inbound message: its text, a caption, or a tapped reply's title."""
    kind = str(body.get("message_type") or "")
    part = body.get(kind)
    text: Any = body.get("text") if kind == "text" else None
    button = None
    if isinstance(part, Mapping):
        text = part.get("caption") or part.get("title") or part.get("text")
        found = part.get("id") or part.get("payload") if kind in ("reply", "button") else None
        button = found if isinstance(found, str) and found else None
    return InboundMessage(
        channel=_MESSAGES_CHANNELS.get(str(body.get("channel")), Channel.SMS),
        from_address=person_number(_json_text(body, "from")),
        to_address=business_number(_json_text(body, "to")),
        body=text if isinstance(text, str) else "",
        provider=PROVIDER,
        provider_message_id=_json_text(body, "message_uuid"),
        sent_at=_iso_time(body.get("timestamp")),
        raw=dict(body),
        button=button,
    )


def parse_messages_status(body: Mapping[str, Any]) -> DeliveryReport:
    """Read a Messages API status webhook (`to` is the person, `from` is us)."""
    status = _json_text(body, "status")
    error = body.get("error")
    code = error.get("title") if isinstance(error, Mapping) else None
    error_code = str(code) if code not in (None, "") else None
    return DeliveryReport(
        channel=_MESSAGES_CHANNELS.get(str(body.get("channel")), Channel.SMS),
        provider=PROVIDER,
        provider_message_id=_json_text(body, "message_uuid"),
        status=status,
        error_code=error_code,
        outcome=classify(PROVIDER, status, error_code),
        recipient=person_number(_json_text(body, "to")),
        sender=business_number(str(body.get("from") or "")),
        occurred_at=_iso_time(body.get("timestamp")),
        raw=dict(body),
    )


def _json_text(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise InvalidWebhook(f"missing required field {name!r}", field=name)
    return value


def _iso_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        raise InvalidWebhook(f"timestamp {value!r} is not ISO 8601", field="timestamp") from None

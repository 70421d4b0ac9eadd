"""Amazon SES bounce, complaint and delivery notifications, as Amazon SNS delivers them.

SNS POSTs a JSON document (as `text/plain`) whose `Message` is SES's own JSON
(docs.aws.amazon.com/ses/latest/dg/notification-contents.html). SNS signs each document with
RSA, SHA1 (`SignatureVersion` 1) or SHA256 (2), over the "string to sign" built from named
fields in a fixed order (docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html);
the certificate is at `SigningCertURL`. heed accepts only an https URL on an SNS host of
amazonaws.com, so a forged document cannot name a certificate of its own, and never fetches any
other URL (`check_sns_url`). A valid signature proves only that SNS sent it: anyone may have an
SNS topic, so the topic must also be one the account named (the `ses` sender's secret).

Nothing here does I/O: the HTTP side fetches the certificate and visits `SubscribeURL`.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from heed.core.delivery import classify
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers.base import DeliveryReport

PROVIDER = "ses"
#: sns.<region>.amazonaws.com, and .amazonaws.com.cn for the China regions.
_SNS_HOST = re.compile(r"sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?")
_SIGNED_FIELDS = {
    "Notification": ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"),
    "SubscriptionConfirmation": (
        "Message",
        "MessageId",
        "SubscribeURL",
        "Timestamp",
        "Token",
        "TopicArn",
        "Type",
    ),
}
_SIGNED_FIELDS["UnsubscribeConfirmation"] = _SIGNED_FIELDS["SubscriptionConfirmation"]
_HASHES: dict[str, type[hashes.HashAlgorithm]] = {"1": hashes.SHA1, "2": hashes.SHA256}
#: SES's list of recipients each notification type reports on, and the status heed records.
_RECIPIENTS = {
    "Bounce": ("bounce", "bouncedRecipients"),
    "Complaint": ("complaint", "complainedRecipients"),
    "Delivery": ("delivery", "recipients"),
}


def read_sns(body: bytes) -> dict[str, str]:
    """The SNS document of a request body, with the fields its signature needs."""
    try:
        document = json.loads(body)
    except ValueError:
        raise InvalidWebhook("the body is not an SNS message: not JSON") from None
    if not isinstance(document, dict):
        raise InvalidWebhook("the body is not an SNS message: not a JSON object")
    kind = document.get("Type")
    if kind not in _SIGNED_FIELDS:
        raise InvalidWebhook(f"not an SNS message type heed knows: {kind!r}", field="Type")
    for name in ("MessageId", "TopicArn", "Signature", "SigningCertURL", "SignatureVersion"):
        if not isinstance(document.get(name), str) or not document[name]:
            raise InvalidWebhook(f"the SNS message has no {name}", field=name)
    return {k: v for k, v in document.items() if isinstance(v, str)}


def check_sns_url(url: str, what: str) -> str:
    """Return `url` if it is an https URL on an Amazon SNS host, else raise SignatureInvalid.

    heed fetches the signing certificate and visits the subscription URL that a message names;
    this is what keeps a forged message from making heed fetch anything else.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if (
        parts.scheme != "https"
        or parts.username is not None
        or parts.password is not None
        or parts.port not in (None, 443)
        or not _SNS_HOST.fullmatch(host)
    ):
        raise SignatureInvalid(f"the {what} is not an https URL of Amazon SNS: {url!r}")
    return url


def string_to_sign(document: Mapping[str, str]) -> bytes:
    """SNS's "string to sign": each signed field present, as `name\\nvalue\\n`, in order."""
    names = _SIGNED_FIELDS[document["Type"]]
    return "".join(f"{n}\n{document[n]}\n" for n in names if n in document).encode()


def verify_signature(document: Mapping[str, str], certificate_pem: bytes) -> None:
    """Raise SignatureInvalid unless SNS's signature verifies with the certificate."""
    algorithm = _HASHES.get(document["SignatureVersion"])
    if algorithm is None:
        raise SignatureInvalid(f"unknown SNS SignatureVersion {document['SignatureVersion']!r}")
    try:
        certificate = x509.load_pem_x509_certificate(certificate_pem)
        signature = base64.b64decode(document["Signature"], validate=True)
    except (ValueError, binascii.Error):
        raise SignatureInvalid("the SNS signature or signing certificate is unreadable") from None
    now = datetime.now(UTC)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise SignatureInvalid("the SNS signing certificate is not valid now")
    key = certificate.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise SignatureInvalid("the SNS signing certificate does not hold an RSA key")
    try:
        key.verify(signature, string_to_sign(document), padding.PKCS1v15(), algorithm())
    except InvalidSignature:
        raise SignatureInvalid("the SNS signature does not verify") from None


def parse_notification(document: Mapping[str, str]) -> list[DeliveryReport]:
    """One report per recipient of an SES bounce, complaint or delivery notification; none for
    the other event types (sends, opens, clicks…), which say nothing about the recipient."""
    try:
        event = json.loads(document.get("Message", ""))
    except ValueError:
        raise InvalidWebhook("the SNS Message is not SES's JSON", field="Message") from None
    if not isinstance(event, dict):
        raise InvalidWebhook("the SNS Message is not SES's JSON", field="Message")
    kind = event.get("notificationType") or event.get("eventType")
    if kind not in _RECIPIENTS:
        return []
    status, list_name = _RECIPIENTS[kind]
    detail = _object(event, kind.lower())
    mail = _object(event, "mail")
    code = _code(kind, detail)
    when = _time(detail.get("timestamp")) or _time(document.get("Timestamp"))
    return [
        DeliveryReport(
            channel=Channel.EMAIL,
            provider=PROVIDER,
            provider_message_id=str(mail.get("messageId") or document["MessageId"]),
            status=status,
            error_code=code,
            outcome=classify(PROVIDER, status, code),
            recipient=address,
            sender=str(mail.get("source") or ""),
            occurred_at=when,
            raw=event,
            event_id=document["MessageId"],
        )
        for address in _addresses(detail.get(list_name))
    ]


def _object(event: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    found = event.get(name)
    if not isinstance(found, dict):
        raise InvalidWebhook(f"the SES event has no {name!r} object", field=name)
    return found


def _code(kind: str, detail: Mapping[str, Any]) -> str | None:
    if kind == "Bounce":
        return str(detail.get("bounceType") or "Undetermined")
    if kind == "Complaint":
        return str(detail.get("complaintFeedbackType") or "") or None
    return None


def _addresses(entries: object) -> list[str]:
    """Bounce and complaint recipients are objects with `emailAddress`; deliveries, strings."""
    if not isinstance(entries, list) or not entries:
        raise InvalidWebhook("the SES event names no recipients")
    found = [e.get("emailAddress") if isinstance(e, dict) else e for e in entries]
    if not all(isinstance(a, str) and a for a in found):
        raise InvalidWebhook("an SES recipient has no address")
    return [str(a) for a in found]


def _time(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)

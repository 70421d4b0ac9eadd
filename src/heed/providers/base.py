"""The values every provider adapter returns, and small helpers they share.

Adapters are pure: they take what the HTTP layer read (a form as a Mapping, a raw body as
bytes, a parsed JSON object) and return these frozen values or raise `InvalidWebhook` /
`SignatureInvalid`. Nothing here stores anything; the caller verifies, parses, then records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from heed.core.delivery import Outcome
from heed.core.thread import Thread
from heed.core.vocabulary import UNVERIFIED, Channel
from heed.errors import InvalidSetting, InvalidWebhook

__all__ = [
    "ApiRequest",
    "DeliveryReport",
    "InboundMessage",
    "MessagePart",
    "Outcome",
    "Outgoing",
    "SendOutcome",
    "business_number",
    "optional_field",
    "person_number",
    "required_field",
]


@dataclass(frozen=True)
class InboundMessage:
    """A message a person sent to one of our addresses, as the provider reported it."""

    channel: Channel
    from_address: str  # minus provider prefixes such as "whatsapp:"; E.164 comes later
    to_address: str
    body: str
    provider: str  # "twilio", "vonage", "whatsapp", "generic"
    provider_message_id: str
    sent_at: datetime | None  # the provider's own UTC timestamp, if its payload has one
    raw: dict[str, Any]  # the fields as received (JSON-able), kept as evidence
    #: What the message answers, when the sender says so (``POST /v1/inbound``); else heed
    #: looks in its outbox (heed.inbound.threads).
    thread: Thread | None = None
    #: How it reached heed (heed.core.vocabulary: a verified webhook, a relaying API key…);
    #: set by the interface that received it, never by the sender.
    credential: str = UNVERIFIED
    #: The provider already read the message as this keyword and acted on it (Twilio Advanced
    #: Opt-Out's `OptOutType`: STOP, START or HELP): heed records the same, and stays silent.
    provider_keyword: str | None = None
    #: The payload of a button the business itself offered (a template quick reply, an
    #: interactive reply), when the person tapped one: an unambiguous choice, see heed.inbound.
    button: str | None = None
    #: The group the message was written in (WhatsApp groups): not a one-to-one conversation.
    group: str | None = None
    #: The person's other address the provider gave beside `from_address`, a phone number
    #: (WhatsApp: their business-scoped user id): the two are linked (heed.store.links).
    linked_address: str | None = None


@dataclass(frozen=True)
class MessagePart:
    """Where a message delivered in parts belongs: its set (`key`: the provider's reference
    with who sent it to whom), its number from 1, and how many parts the set has."""

    key: str
    number: int
    total: int


@dataclass(frozen=True)
class DeliveryReport:
    """What happened to a message we sent, as the provider reported it."""

    channel: Channel
    provider: str
    provider_message_id: str
    status: str  # the provider's own status word
    error_code: str | None
    outcome: Outcome  # heed.core.delivery.classify(provider, status, error_code)
    recipient: str  # who we tried to message
    sender: str  # our sending address
    occurred_at: datetime | None
    raw: dict[str, Any]
    marketing_only: bool = False  # e.g. WhatsApp 131050: only marketing messages were stopped
    #: The provider's own id of this event (SendGrid's sg_event_id, an SNS MessageId…), when
    #: it has one: the report is then processed once per (event, recipient), whatever else a
    #: retry repeats or changes.
    event_id: str | None = None
    credential: str = UNVERIFIED  # as InboundMessage.credential
    linked_address: str | None = None  # as InboundMessage.linked_address, beside `recipient`


@dataclass(frozen=True)
class Outgoing:
    """A message heed sends through a provider's API, with the sending sender's settings."""

    id: str  # heed's own id of the message, stable across retries
    channel: Channel
    from_address: str  # the sender's address as heed stores it (E.164, short code, …)
    to_address: str
    body: str
    secret: str | None  # the sender's provider secret (Twilio's auth token, …)
    options: Mapping[str, Any]  # the sender's provider options (account ids, API keys, …)
    status_callback: str | None = None  # where the provider should report delivery, if public


@dataclass(frozen=True)
class ApiRequest:
    """One HTTP request to a provider's API, built without I/O; heed.outbound sends it."""

    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    form: Mapping[str, str] | None = None
    json: Mapping[str, Any] | None = None
    content: bytes | None = None  # a body sent exactly as built (when a signature covers it)
    basic_auth: tuple[str, str] | None = None


@dataclass(frozen=True)
class SendOutcome:
    """What a provider answered to a send: its message id, or why not and whether to retry."""

    provider_message_id: str | None
    error: str | None = None
    error_code: str | None = None
    retry: bool = False  # a temporary failure (rate limit, outage): the same send may succeed

    @property
    def accepted(self) -> bool:
        return self.provider_message_id is not None


def api_base(options: Mapping[str, Any], default: str) -> str:
    """The provider API's base URL: `api_base_url` in the sender's options (a compatible
    provider, a regional edge, a local stand-in), else the provider's own."""
    return str(options.get("api_base_url") or default).rstrip("/")


def required_option(options: Mapping[str, Any], name: str, provider: str) -> str:
    """A sender option heed needs to send, or InvalidSetting saying how to set it."""
    value = options.get(name)
    if not isinstance(value, str) or not value:
        raise InvalidSetting(
            f"the {provider} sender has no {name!r} option, which sending needs: "
            f"set it with `heed sender add … --option {name}=…`"
        )
    return value


def retryable(status: int) -> bool:
    """HTTP statuses after which the same request may succeed later."""
    return status == 429 or status >= 500


def required_field(fields: Mapping[str, str], name: str) -> str:
    """Return a non-empty form field, or raise InvalidWebhook naming it."""
    value = fields.get(name)
    if not value:
        raise InvalidWebhook(f"missing required field {name!r}", field=name)
    return value


def optional_field(fields: Mapping[str, str], name: str) -> str | None:
    """Return a form field, with an empty value read as absent."""
    return fields.get(name) or None


def person_number(number: str) -> str:
    """Add the "+" that providers leave off international numbers ("447700900001").

    Vonage's `msisdn` and WhatsApp's `from`/`recipient_id` are full international numbers
    without the plus. Without it, `normalise_phone` would reject them (accounts without a
    default country accept E.164 only) and an opt-out from them could not be recorded.
    Anything else (already "+…", or a WhatsApp business-scoped user id) is left as sent.
    """
    return f"+{number}" if number.isdigit() else number


def business_number(number: str) -> str:
    """Like `person_number`, but keep short codes (3-8 digits) and sender IDs as they are.

    Our own sending address can be a short code ("12345") or an alphanumeric sender ID; the
    3-8 digit rule is the one `heed.core.addresses.normalise_sender` uses for short codes.
    """
    return f"+{number}" if number.isdigit() and len(number) > 8 else number

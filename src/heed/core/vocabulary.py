"""The names of docs/design.md that are a public contract: channels, sources, scopes, reasons,
roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from heed.errors import BadInput


class Channel(StrEnum):
    SMS = "sms"  # includes MMS
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    VOICE = "voice"

    @property
    def address_kind(self) -> AddressKind:
        return AddressKind.EMAIL if self is Channel.EMAIL else AddressKind.PHONE


class AddressKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"

    @property
    def channels(self) -> tuple[Channel, ...]:
        """Every channel that reaches an address of this kind."""
        return tuple(c for c in Channel if c.address_kind is self)


class Source(StrEnum):
    """Where a suppression came from; decides what may lift it."""

    KEYWORD = "keyword"
    WEB_FORM = "web_form"
    MANUAL = "manual"
    IMPORT = "import"
    CARRIER = "carrier"
    BOUNCE = "bounce"
    COMPLAINT = "complaint"
    REGISTRY = "registry"
    BLOCK = "block"
    BLACKLIST = "blacklist"


#: Sources that record a person's (or an admin's) wish not to be messaged. An admin may lift them.
OPT_OUT_SOURCES = frozenset({Source.KEYWORD, Source.WEB_FORM, Source.MANUAL, Source.IMPORT})
#: Sources that only the person's own opt-in keyword may lift (docs/design.md §1).
PERSON_LIFTED_SOURCES = OPT_OUT_SOURCES | {Source.CARRIER}
#: Sources that make a resubscription impossible until they are lifted on their own terms.
REFUSE_RESUBSCRIBE_SOURCES = frozenset({Source.BLOCK, Source.BLACKLIST, Source.CARRIER})


class ScopeKind(StrEnum):
    ACCOUNT = "account"
    SENDER = "sender"
    LIST = "list"
    #: Messages of one purpose only, from any sender: a person who stopped marketing
    #: (WhatsApp error 131050 and `user_preferences`, a "Stop promotions" button) still gets
    #: transactional and conversational messages.
    PURPOSE = "purpose"


@dataclass(frozen=True, order=True)
class Scope:
    """Where a suppression applies: the whole account, one sender address, one list, or one
    purpose of message (`purpose:marketing`)."""

    kind: ScopeKind
    value: str = ""

    @classmethod
    def account(cls) -> Scope:
        return cls(ScopeKind.ACCOUNT)

    @classmethod
    def sender(cls, address: str) -> Scope:
        return cls(ScopeKind.SENDER, address)

    @classmethod
    def list(cls, name: str) -> Scope:
        return cls(ScopeKind.LIST, name)

    @classmethod
    def purpose(cls, purpose: Purpose) -> Scope:
        return cls(ScopeKind.PURPOSE, purpose.value)

    @classmethod
    def parse(cls, text: str) -> Scope:
        kind, _, value = text.partition(":")
        return cls(ScopeKind(kind), value)

    def __str__(self) -> str:
        return self.kind.value if self.kind is ScopeKind.ACCOUNT else f"{self.kind}:{self.value}"


class SenderScope(StrEnum):
    """A sender's setting for where a keyword opt-out received on it applies."""

    INHERIT = "inherit"
    SENDER = "sender"
    ACCOUNT = "account"


class Purpose(StrEnum):
    MARKETING = "marketing"
    TRANSACTIONAL = "transactional"
    CONVERSATIONAL = "conversational"  # 1:1 messages


class ReasonCode(StrEnum):
    OPTED_OUT = "opted_out"
    LIST_UNSUBSCRIBED = "list_unsubscribed"
    BLOCKED = "blocked"
    BLACKLISTED = "blacklisted"
    CARRIER_BLOCKED = "carrier_blocked"
    BOUNCED = "bounced"
    COMPLAINED = "complained"
    REGISTRY = "registry"
    NO_CONSENT = "no_consent"
    INVALID_ADDRESS = "invalid_address"
    UNKNOWN_SENDER = "unknown_sender"


#: Plain words for the check's reason codes, for people (the web UI, `heed filter`'s summary).
REASON_WORDS = {
    "opted_out": "opted out",
    "list_unsubscribed": "left a list",
    "blocked": "blocked",
    "blacklisted": "blacklisted",
    "carrier_blocked": "unsubscribed at the carrier",
    "bounced": "bounced",
    "complained": "spam complaint",
    "registry": "on a do-not-contact registry",
    "no_consent": "no recorded consent",
    "unknown_sender": "not the account's sender",
    "invalid_address": "invalid address",
}


class Role(StrEnum):
    AGENT = "agent"
    ADMIN = "admin"
    SUPPORT = "support"


class ActorKind(StrEnum):
    CONTACT = "contact"
    USER = "user"
    API_KEY = "api_key"
    SYSTEM = "system"
    PROVIDER = "provider"
    CLI = "cli"  # someone running `heed` on the server, with the database credentials


#: The credential of a message nobody proved came from the person or their provider: one an
#: API key relayed, `heed inbound`, a library call. It cannot lift a carrier opt-out.
UNVERIFIED = "unverified"


def webhook_credential(provider: str) -> str:
    """The credential of a provider webhook whose signature heed verified."""
    return f"webhook:{provider}:signature-verified"


def provider_verified(credential: str | None) -> bool:
    """Whether a message came through a provider webhook whose signature verified."""
    return (
        credential is not None
        and credential.startswith("webhook:")
        and credential.endswith(":signature-verified")
    )


@dataclass(frozen=True)
class Actor:
    """Who made a change, and with which role, as written into every event.

    `via` names the credential the change came through when it is not the actor's own: a
    person's STOP arrives through a provider's signed webhook, or is relayed by an API key.
    """

    kind: ActorKind
    id: str = ""
    role: Role | None = None
    via: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}" if self.id else self.kind.value

    @property
    def credential(self) -> str:
        """What proved who this is, as events record it: `api_key:<id>`, `user:<id>`,
        `cli:<os user>`, `webhook:<provider>:signature-verified`, `system`, or `unverified`."""
        if self.via:
            return self.via
        return UNVERIFIED if self.kind is ActorKind.CONTACT else str(self)


E = TypeVar("E", bound=StrEnum)


def parse_choice(kind: type[E], value: str | E) -> E:
    """Read a contract name (channel, purpose…) or raise BadInput listing the valid ones."""
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise BadInput(
            f"unknown {kind.__name__.lower()} {value!r}: expected one of {choices}"
        ) from None

"""Request and response bodies of `/v1` (XCreate in, XPublic out), with examples for /docs."""

from __future__ import annotations

import json
from copy import copy
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Generic, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    create_model,
    model_validator,
)
from pydantic_core import PydanticCustomError

from heed.core.account_settings import AccountSettings
from heed.core.text import json_depth
from heed.core.vocabulary import Channel, Purpose
from heed.engine.opt_outs import REASON_LENGTH

T = TypeVar("T")
PHONE = "+14155550100"
SENDER = "+15005550006"


#: Evidence is a note of where a change came from (a form, a file line), kept forever in the
#: append-only log: small and shallow, so that nothing a tenant sends can bloat or break it.
EVIDENCE_MAX_BYTES, EVIDENCE_MAX_DEPTH = 16_384, 8


def _bounded_evidence(value: dict[str, Any]) -> dict[str, Any]:
    if json_depth(value, EVIDENCE_MAX_DEPTH) > EVIDENCE_MAX_DEPTH:
        raise ValueError(f"may nest at most {EVIDENCE_MAX_DEPTH} levels")
    size = len(json.dumps(value, ensure_ascii=False, default=str).encode())
    if size > EVIDENCE_MAX_BYTES:
        raise ValueError(f"may be at most {EVIDENCE_MAX_BYTES:,} bytes of JSON")
    return value


Evidence = Annotated[dict[str, Any], AfterValidator(_bounded_evidence)]


def example(**values: Any) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [values]})


class RequestBody(BaseModel):
    """What a caller sends: a field the request does not read is refused (422), never dropped.

    Ignoring it would lose what the caller meant without a word: a STOP sent as `text` instead
    of `body`, or a misspelt `in_reply_to`, would be answered "nothing asked" and the reply's
    context silently lost. The body is refused with one error however many fields it adds
    (pydantic's own `extra="forbid"` gives one a field: a body of 60,000 unknown keys took 0.7 s
    of CPU to describe and 22 MB to answer); `extra="forbid"` stays for the schema. A
    subclass's own `model_config` is merged with this one."""

    model_config = ConfigDict(extra="forbid")
    reads: ClassVar[tuple[str, ...]] = ()  # the names the schema documents (aliases)
    accepted: ClassVar[frozenset[str]] = frozenset()  # those and the fields' own names

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.reads = tuple(info.alias or name for name, info in cls.model_fields.items())
        cls.accepted = frozenset((*cls.reads, *cls.model_fields))

    @model_validator(mode="before")
    @classmethod
    def _read_fields_only(cls, data: Any) -> Any:
        unknown = [k for k in data if k not in cls.accepted] if isinstance(data, dict) else []
        if unknown:
            raise PydanticCustomError(
                "unknown_field",
                "unknown field {name}",
                {"name": str(unknown[0]), "more": len(unknown) - 1, "reads": list(cls.reads)},
            )
        return data


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )


class ReasonPublic(BaseModel):
    code: str
    scope: str | None
    source: str | None
    since: datetime | None
    event_id: int | None
    detail: str | None = None


class CheckPublic(BaseModel):
    model_config = example(
        allowed=False,
        reasons=[
            {
                "code": "opted_out",
                "scope": "account",
                "source": "keyword",
                "since": "2026-11-23T17:00:00+00:00",
                "event_id": 6,
                "detail": None,
            }
        ],
    )
    allowed: bool
    reasons: list[ReasonPublic]


class BulkCheckCreate(RequestBody):
    model_config = example(channel="sms", addresses=[PHONE, "+14155550111"], sender=SENDER) | {
        "populate_by_name": True
    }
    channel: Channel
    addresses: list[str] = Field(min_length=1, max_length=10_000)
    sender: str | None = None
    list_name: str | None = Field(default=None, alias="list")
    purpose: Purpose = Purpose.MARKETING


class BulkAnswerPublic(BaseModel):
    address: str
    allowed: bool
    reasons: list[str]


class BulkCheckPublic(BaseModel):
    results: list[BulkAnswerPublic]
    allowed: int
    excluded: dict[str, int] = Field(description="How many addresses each reason blocks.")


class ChannelStatusPublic(BaseModel):
    allowed: bool
    reasons: list[str]


def _blank_is_none(value: Any) -> Any:
    return value.strip() or None if isinstance(value, str) else value


#: Optional text where blank means "none" (an empty external id is no id, not a taken one).
OptionalText = Annotated[
    Annotated[str, Field(max_length=200)] | None, BeforeValidator(_blank_is_none)
]


#: A contact's own values (tier, city…): bounded like evidence, since every change to them
#: is kept in the activity log.
ContactFields = Annotated[dict[str, Any], AfterValidator(_bounded_evidence)]


class ContactCreate(RequestBody):
    model_config = example(
        phone=PHONE,
        email="ann@example.com",
        name="Ann Lee",
        external_id="crm-42",
        fields={"tier": "gold"},
    )
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=320)
    name: OptionalText = None
    external_id: OptionalText = None
    fields: ContactFields | None = None


class ContactUpdate(RequestBody):
    model_config = example(name="Ann Lee-Smith", fields={"tier": "gold"})
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=320)
    name: str | None = Field(default=None, max_length=200)
    external_id: str | None = Field(default=None, max_length=200)
    fields: ContactFields | None = None


class ContactPublic(BaseModel):
    id: str
    phone: str | None
    email: str | None
    name: str | None
    external_id: str | None
    fields: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    erased_at: datetime | None
    channels: dict[str, ChannelStatusPublic] = Field(
        description="Marketing status per channel, for any sender (fail safe)."
    )


class SuppressionCreate(RequestBody):
    model_config = example(channel="sms", address=PHONE, reason="asked by phone", sender=SENDER) | {
        "populate_by_name": True
    }
    channel: Channel
    address: str = Field(min_length=1, max_length=320)
    reason: str = Field(min_length=1, max_length=REASON_LENGTH)
    sender: str | None = None
    list_name: str | None = Field(default=None, alias="list")
    source: str = Field(default="manual", pattern="^(manual|web_form|import)$")
    evidence: Evidence = Field(default_factory=dict)


class SuppressionPublic(BaseModel):
    id: str
    channel: str
    address: str
    scope: str
    source: str
    reason: str | None
    since: datetime
    event_id: int
    lifted_at: datetime | None
    lift_reason: str | None


class ChangePublic(BaseModel):
    changed: list[SuppressionPublic]
    unchanged: list[SuppressionPublic]
    check: CheckPublic


class LiftCreate(RequestBody):
    model_config = example(reason="customer asked to be back, confirmed by email")
    reason: str = Field(min_length=1, max_length=REASON_LENGTH)


class EventPublic(BaseModel):
    id: int
    occurred_at: datetime
    recorded_at: datetime
    kind: str
    actor: str
    source: str | None
    channel: str | None
    address: str | None
    contact_id: str | None
    evidence: dict[str, Any]
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str
    credential: str | None = Field(
        default=None,
        description="What proved who did it: api_key:<id>, user:<id>, cli:<os user>, "
        "webhook:<provider>:signature-verified, system… (none on events before it was kept).",
    )
    rows: list[dict[str, Any]] = Field(
        default_factory=list,
        description="A batch import's event (kind suppressions.imported) listed by address or "
        "contact: the suppressions it created for them, each with its evidence (import, file, "
        "line and the row as read). The event itself holds their count and digest.",
    )


ReplyKind = Literal["opt_out", "opt_in", "help"]
ReplyText = Annotated[str, Field(max_length=1000)]
OptionValue = Annotated[str, Field(max_length=500)]
ProviderName = Literal["twilio", "vonage", "telnyx", "whatsapp", "email", "generic", "sandbox"]
SenderScopeName = Literal["inherit", "sender", "account"]


ButtonPayload = Annotated[str, Field(min_length=1, max_length=256)]
ButtonIntent = Literal["opt_out", "stop_marketing", "opt_in", "help", "none"]


class SenderCreate(RequestBody):
    model_config = example(
        channel="sms", address=SENDER, scope="sender", provider="twilio", keywords=["END"]
    )
    channel: Channel
    address: str = Field(min_length=1, max_length=320)
    scope: SenderScopeName = "inherit"
    provider: ProviderName = "generic"
    secret: str | None = Field(default=None, max_length=500)
    keywords: list[str] = Field(default_factory=list, max_length=100)
    removed_keywords: list[str] = Field(default_factory=list, max_length=100)
    provider_handles_keywords: bool = False
    name: str | None = Field(default=None, max_length=200)
    replies: dict[ReplyKind, ReplyText] = Field(
        default_factory=dict, description="The sender's own reply texts; the account's otherwise."
    )
    provider_options: dict[str, OptionValue] = Field(
        default_factory=dict,
        description="e.g. `verify_token` (WhatsApp), `signature_method` (Vonage).",
    )
    buttons: dict[ButtonPayload, ButtonIntent] = Field(
        default_factory=dict,
        description="What a tap on each of the sender's own buttons means, by payload "
        "(WhatsApp quick replies and interactive replies, Twilio `ButtonPayload`): "
        "`opt_out`, `stop_marketing`, `opt_in`, `help` or `none`.",
        max_length=100,
    )


class SenderUpdate(RequestBody):
    """Only what is sent changes. Keyword lists are replaced; `replies` and `provider_options`
    are merged (a null value removes one); `secret` replaces the signing secret. A null `name`
    or `secret` removes it; a null anywhere else changes nothing."""

    model_config = example(
        scope="sender",
        extra_keywords=["END", "HALT"],
        replies={"help": "{account}: call 555-0100 for help. Reply STOP to stop."},
    ) | {"extra": "forbid"}
    name: str | None = Field(default=None, max_length=200)
    scope: SenderScopeName | None = None
    provider: ProviderName | None = None
    provider_handles_keywords: bool | None = None
    extra_keywords: list[str] | None = Field(default=None, max_length=100)
    removed_keywords: list[str] | None = Field(default=None, max_length=100)
    replies: dict[ReplyKind, ReplyText | None] | None = None
    provider_options: dict[str, OptionValue | None] | None = None
    buttons: dict[ButtonPayload, ButtonIntent | None] | None = Field(default=None, max_length=100)
    secret: str | None = Field(default=None, max_length=500, description="Write-only.")

    def changes(self) -> dict[str, Any]:
        """What the request asks to change, as `Engine.update_sender` takes it."""
        sent = self.model_dump(exclude_unset=True)
        return {k: v for k, v in sent.items() if v is not None or k in ("name", "secret")}


class SenderPublic(BaseModel):
    id: str
    channel: str
    address: str
    name: str | None
    scope: str
    provider: str
    provider_handles_keywords: bool
    extra_keywords: list[str]
    removed_keywords: list[str]
    replies: dict[str, str]
    provider_options: dict[str, str] = Field(description="The options that are not secret.")
    secrets_set: list[str] = Field(
        description="Which write-only values are set (`secret`, `verify_token`); never the values."
    )
    buttons: dict[str, str] = Field(
        default_factory=dict, description="What the sender's own button payloads mean."
    )


def _partial(model: type[BaseModel], name: str, doc: str, **examples: Any) -> type[BaseModel]:
    """A PATCH body for `model`: every field optional (absent: unchanged), same constraints."""
    fields: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        optional = copy(info)
        optional.default, optional.default_factory = None, None
        fields[field_name] = (info.annotation, optional)

    def schema(values: dict[str, Any]) -> None:
        for value in values["properties"].values():
            value.pop("default", None)  # an absent setting keeps its value, it does not reset
        values["examples"] = [examples]

    class Partial(RequestBody):
        model_config = ConfigDict(json_schema_extra=schema)

    built: type[BaseModel] = create_model(name, __base__=Partial, __doc__=doc, **fields)
    return built


if TYPE_CHECKING:
    AccountSettingsUpdate = AccountSettings
else:
    AccountSettingsUpdate = _partial(
        AccountSettings,
        "AccountSettingsUpdate",
        "Only the settings sent change; the others keep their values.",
        default_country="US",
        reply_help="{account}: call 555-0100 for help. Reply STOP to stop.",
    )


class ListCreate(RequestBody):
    model_config = example(name="promos", purpose="marketing")
    name: str = Field(min_length=1, max_length=200)
    purpose: Purpose = Purpose.MARKETING


class ListPublic(BaseModel):
    id: str
    name: str
    purpose: str
    created_at: datetime


class MemberCreate(RequestBody):
    model_config = example(channel="sms", address=PHONE)
    channel: Channel
    address: str = Field(min_length=1, max_length=320)


class ConsentCreate(RequestBody):
    model_config = example(
        channel="sms", address=PHONE, purpose="marketing", evidence={"form": "signup-2026"}
    )
    channel: Channel
    address: str = Field(min_length=1, max_length=320)
    purpose: Purpose
    source: str = Field(default="api", max_length=32)
    evidence: Evidence = Field(default_factory=dict)


class ConsentPublic(BaseModel):
    id: str
    channel: str
    address: str
    purpose: str
    source: str
    since: datetime
    event_id: int


class KeyCreate(RequestBody):
    model_config = example(name="crm integration", role="agent")
    name: str = Field(min_length=1, max_length=200)
    role: str = Field(pattern="^(agent|admin|support)$")


class KeyPublic(BaseModel):
    id: str
    name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class KeyCreated(BaseModel):
    key: KeyPublic
    token: str | None = Field(
        description="The API key itself. Shown only in this response: null when the response "
        "is replayed for a repeated Idempotency-Key (heed never stores a token)."
    )


class EraseCreate(RequestBody):
    model_config = example(reason="GDPR request 2026-17 from the data subject")
    reason: str = Field(min_length=1, max_length=REASON_LENGTH)


class ErasurePublic(BaseModel):
    contact_id: str
    suppressions: int = Field(description="Suppressions kept under the address's tombstone.")
    events: list[int] = Field(description="Activity-log events whose personal payload was blanked.")
    messages: int


class MemberPublic(BaseModel):
    contact_id: str
    name: str | None
    phone: str | None
    email: str | None
    status: str = Field(description="subscribed, or unsubscribed (left the list)")
    subscribed_at: datetime | None
    unsubscribed_at: datetime | None

"""`POST /v1/deliveries`: a delivery report from any provider heed has no webhook for."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator

from heed.api.deps import ActorDep, Principal
from heed.api.hooks import intake
from heed.api.v1.inbound import within_bounds
from heed.api.v1.schemas import RequestBody
from heed.core.delivery import TABLES, Outcome, classify
from heed.core.permissions import Action, require
from heed.core.text import storable_text
from heed.core.vocabulary import Channel
from heed.engine.results import to_json
from heed.providers.base import DeliveryReport

router = APIRouter(tags=["deliveries"])


class DeliveryIn(RequestBody):
    """What became of a message the account sent, as its provider reported it."""

    model_config = ConfigDict(
        populate_by_name=True,
        json_schema_extra={
            "examples": [
                {
                    "channel": "email",
                    "provider": "acme-mta",
                    "to": "ann@example.com",
                    "from": "news@acme.example",
                    "status": "bounced",
                    "error_code": "5.1.1",
                    "provider_message_id": "msg-0001",
                    "occurred_at": "2026-11-23T17:00:00Z",
                }
            ]
        },
    )

    channel: Channel | None = Field(
        default=None, description="Default: email when `to` has an @, else sms."
    )
    provider: str = Field(default="generic", min_length=1, max_length=16)
    to: str = Field(min_length=1, max_length=320, description="Who the message was for.")
    from_: str = Field(default="", alias="from", max_length=320, description="Our address.")
    status: Literal["delivered", "failed", "bounced", "complained"] = Field(
        description="delivered; failed (a soft failure: counted toward the account's "
        "soft_bounce_limit); bounced (a hard bounce: suppressed as `bounce`); complained "
        "(a spam complaint: suppressed as `complaint`)."
    )
    error_code: str | None = Field(
        default=None,
        max_length=64,
        description="The provider's code. For a `failed` report of twilio, vonage, whatsapp "
        "or ses, heed reads it as that provider's webhook would (Twilio 21610: a carrier "
        "opt-out).",
    )
    provider_message_id: str | None = Field(
        default=None,
        max_length=200,
        description="Reports with the same id, status and code are processed once.",
    )
    occurred_at: datetime | None = Field(
        default=None,
        description="Default: now. Refused (422) more than HEED_INBOUND_MAX_FUTURE_SECONDS "
        "ahead of heed's clock or HEED_INBOUND_MAX_PAST_HOURS behind it.",
    )

    @field_validator("provider", "to", "from_", "error_code", "provider_message_id")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        return storable_text(value) if value is not None else None


class DeliveryOut(BaseModel):
    report_id: str
    outcome: str = Field(description="What heed read the report as: " + ", ".join(Outcome))
    actions: list[dict[str, Any]]
    duplicate: bool = Field(description="True when this report was processed before.")


def _outcome(payload: DeliveryIn) -> Outcome:
    if payload.status == "failed" and payload.error_code and payload.provider in TABLES:
        return classify(payload.provider, "failed", payload.error_code)
    return classify("generic", payload.status, None)


def to_report(payload: DeliveryIn, when: datetime | None) -> DeliveryReport:
    """The report `payload` describes, as a webhook of its provider would have made it, that
    happened `when` (its `occurred_at`, checked)."""
    channel = payload.channel or (Channel.EMAIL if "@" in payload.to else Channel.SMS)
    return DeliveryReport(
        channel=channel,
        provider=payload.provider,
        provider_message_id=payload.provider_message_id or f"heed-{uuid.uuid4()}",
        status=payload.status,
        error_code=payload.error_code,
        outcome=_outcome(payload),
        recipient=payload.to,
        sender=payload.from_,
        occurred_at=when,
        raw=payload.model_dump(mode="json", by_alias=True),
    )


@router.post("/deliveries", response_model=DeliveryOut)
async def post_delivery(
    payload: DeliveryIn, principal: Principal, actor: ActorDep, request: Request
) -> DeliveryOut:
    """Record one delivery report (admin keys): a hard bounce or a complaint suppresses the
    recipient for the whole account, soft failures count toward `soft_bounce_limit`. An
    `occurred_at` more than a few minutes ahead of heed's clock, or days behind it, is refused
    (heed.core.clock), as `POST /v1/inbound`'s `received_at` is."""
    require(actor, Action.RECEIVE)
    when = within_bounds(request, payload.occurred_at, "occurred_at")
    report = replace(to_report(payload, when), credential=actor.credential)  # the key that sent it
    result = await intake(request).record_delivery(principal.account_slug, report)
    return DeliveryOut(**to_json(result))

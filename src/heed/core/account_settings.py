"""An account's settings (PRODUCT.md §1), each with the safe default."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from heed.core.addresses import valid_country
from heed.core.vocabulary import Purpose

DEFAULT_OPT_OUT_REPLY = (
    "{account}: You are unsubscribed and will receive no more messages from us. "
    "Reply START to resubscribe."
)
DEFAULT_OPT_IN_REPLY = (
    "{account}: You are subscribed again. Reply STOP to unsubscribe, HELP for help."
)
DEFAULT_HELP_REPLY = "{account}: Reply STOP to unsubscribe from all messages, START to resubscribe."
DEFAULT_CLARIFICATION_REPLY = "{account}: Reply STOP to stop all messages from us."
DEFAULT_LIST_REPLY = (
    "{account}: You will not receive further {list} messages. Reply STOP to stop all messages."
)


class AccountSettings(BaseModel):
    """Validated settings; unknown keys are refused so a typo never silently does nothing."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    default_scope: Literal["sender", "account"] = "account"
    opt_out_channels: Literal["same", "all"] = "same"
    auto_resubscribe_on_inbound: Literal["off", "any_message"] = "off"
    agents_may_unsubscribe: bool = False
    require_consent_for: list[Purpose] = []
    default_country: str | None = None
    reply_opt_out: str = DEFAULT_OPT_OUT_REPLY
    reply_opt_in: str = DEFAULT_OPT_IN_REPLY
    reply_help: str = DEFAULT_HELP_REPLY
    reply_list_opt_out: str = DEFAULT_LIST_REPLY
    #: Temporary delivery failures to one address within the window that make it a `bounce`.
    soft_bounce_limit: int = Field(default=3, ge=1)
    soft_bounce_window_days: int = Field(default=7, ge=1)
    #: Free-form replies (heed.core.detection): at or above `detect_high` an opt-out is applied
    #: at once; from `detect_low` it waits in the review queue at most `review_business_days`
    #: (the FCC's maximum is 10) and is then applied automatically.
    detect_high: float = Field(default=0.9, ge=0, le=1)
    detect_low: float = Field(default=0.5, ge=0, le=1)
    review_business_days: int = Field(default=10, ge=1, le=10)
    #: Whether a message sent to review gets one reply explaining how to stop for sure.
    clarification_reply: bool = False
    reply_clarification: str = DEFAULT_CLARIFICATION_REPLY

    @field_validator("default_country")
    @classmethod
    def _known_country(cls, value: str | None) -> str | None:
        return valid_country(value) if value else None

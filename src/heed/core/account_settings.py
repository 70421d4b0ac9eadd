"""An account's settings (docs/design.md §1), each with the safe default."""

from __future__ import annotations

import re
from string import Formatter
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from heed.core.addresses import valid_country
from heed.core.decision_settings import DEFAULTS
from heed.core.vocabulary import Purpose
from heed.errors import InvalidAddress

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


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def logo_url_error(url: str) -> str | None:
    """What is wrong with a logo URL, in words, or None: https, a host, no credentials, and
    nothing a page attribute or CSS could mistake for its end."""
    if any(c.isspace() or c in "\"'<>\\`" for c in url):
        return "a URL without spaces, quotes or angle brackets"
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return "an https:// address of an image, e.g. https://example.com/logo.png"
    if parts.username or parts.password:
        return "a URL without a user name or password in it"
    return None


class AccountSettings(BaseModel):
    """Validated settings; unknown keys are refused so a typo never silently does nothing."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    default_scope: Literal["sender", "account"] = "account"
    #: The four settings a check reads take their defaults from heed.core.decision_settings.
    opt_out_channels: Literal["same", "all"] = DEFAULTS.opt_out_channels
    auto_resubscribe_on_inbound: Literal["off", "any_message"] = "off"
    agents_may_unsubscribe: bool = False
    require_consent_for: list[Purpose] = []
    default_country: str | None = DEFAULTS.default_country
    reply_opt_out: str = DEFAULT_OPT_OUT_REPLY
    reply_opt_in: str = DEFAULT_OPT_IN_REPLY
    reply_help: str = DEFAULT_HELP_REPLY
    reply_list_opt_out: str = DEFAULT_LIST_REPLY
    #: Temporary delivery failures to one address within the window that make it a `bounce`.
    soft_bounce_limit: int = Field(default=3, ge=1, le=1000)
    soft_bounce_window_days: int = Field(default=7, ge=1, le=365)
    #: Free-form replies (heed.core.detection): at or above `detect_high` an opt-out is applied
    #: at once; from `detect_low` it waits in the review queue at most `review_business_days`
    #: (the FCC's maximum is 10) and is then applied automatically.
    detect_high: float = Field(default=0.9, ge=0, le=1)
    detect_low: float = Field(default=0.5, ge=0, le=1)
    review_business_days: int = Field(default=10, ge=1, le=10)
    #: Whether a message sent to review gets one reply explaining how to stop for sure.
    clarification_reply: bool = False
    reply_clarification: str = DEFAULT_CLARIFICATION_REPLY
    #: Whether a do-not-call registry older than the FTC's 31 days holds all marketing until
    #: it is reloaded (fail-safe); if not, its old numbers keep applying and it is reported.
    registry_stale_blocks: bool = DEFAULTS.registry_stale_blocks
    #: How the public opt-out and unsubscribe pages and the replies' `{account}` name and show
    #: the business (the account's name when empty). The logo is only ever a link in the
    #: person's page: heed never fetches it, so it must be an https URL the browser can load.
    display_name: str | None = Field(default=None, max_length=100)
    logo_url: str | None = Field(default=None, max_length=500)
    brand_colour: str | None = None

    @field_validator("display_name")
    @classmethod
    def _name_or_none(cls, value: str | None) -> str | None:
        return " ".join(value.split()) or None if value is not None else None

    @field_validator("logo_url")
    @classmethod
    def _https_image(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if problem := logo_url_error(value.strip()):
            raise ValueError(problem)
        return value.strip()

    @field_validator("brand_colour")
    @classmethod
    def _hex_colour(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not _COLOUR.fullmatch(value.strip()):
            raise ValueError("a colour as # and six hex digits, e.g. #1f4fd1")
        return value.strip().lower()

    @field_validator("default_country")
    @classmethod
    def _known_country(cls, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        try:
            return valid_country(value)
        except InvalidAddress:
            raise ValueError(
                f"{value!r} is not a country code heed knows: two letters, e.g. US, GB or DE"
            ) from None


#: The account's reply texts, each by the kind `heed.core.inbound_rules.reply_text` names it.
REPLY_FIELDS = {
    "reply_opt_out": "opt_out",
    "reply_opt_in": "opt_in",
    "reply_help": "help",
    "reply_list_opt_out": "list_opt_out",
    "reply_clarification": "clarification",
}


MAX_REPLY = 1000


def template_error(template: str, kind: str) -> str | None:
    """What is wrong with a reply text, in words, or None when it can be sent.

    Checked when a text is saved, not when it is used: a stray brace would make formatting
    fail at the very moment a STOP must be confirmed.
    """
    allowed = ("account", "list") if kind == "list_opt_out" else ("account",)
    names = " and ".join("{" + name + "}" for name in allowed)
    if not template.strip():
        return "a reply cannot be empty"
    if len(template) > MAX_REPLY:
        return f"at most {MAX_REPLY} characters (one SMS holds 160)"
    try:
        fields = [name for _, name, _, _ in Formatter().parse(template) if name is not None]
    except ValueError:
        return f"a {{ or }} without its pair: write {names} for the name, {{{{ or }}}} for a brace"
    for name in fields:
        if name not in allowed:
            return f"{{{name}}} is not a placeholder heed fills in here: use {names}"
    return None


def change_errors(before: dict[str, Any], after: dict[str, Any]) -> dict[str, str]:
    """Problems with what changes from `before` to `after` (raw values), by setting name.

    Only changed values are judged, so settings saved before a rule existed keep loading.
    """
    errors = {}
    for field, kind in REPLY_FIELDS.items():
        text = after.get(field)
        changed = isinstance(text, str) and text != before.get(field)
        if changed and (problem := template_error(str(text), kind)):
            errors[field] = problem
    try:
        low, high = float(after["detect_low"]), float(after["detect_high"])
    except (KeyError, TypeError, ValueError):
        return errors  # not numbers: the model says so
    changed = (after["detect_low"], after["detect_high"]) != (
        before.get("detect_low"),
        before.get("detect_high"),
    )
    if changed and low > high:
        errors["detect_low"] = (
            f"must not be above detect_high ({high}): a reply heed is that sure of is applied "
            "at once, not queued"
        )
    return errors


_PLAIN = {
    "extra_forbidden": "there is no such setting",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number, e.g. 0.9",
    "bool_parsing": "must be true or false",
}


def setting_errors(exc: ValidationError) -> dict[str, str]:
    """Pydantic's complaints as one plain sentence per setting, for forms and problem bodies."""
    errors: dict[str, str] = {}
    for error in exc.errors():
        field = str(error["loc"][0]) if error["loc"] else "settings"
        message = _PLAIN.get(error["type"]) or (
            error["msg"].removeprefix("Value error, ").replace("Input should", "must")
        )
        errors.setdefault(field, message)
    return errors


def describe(errors: dict[str, str]) -> str:
    return "; ".join(f"{field}: {message}" for field, message in errors.items())

"""A sender's settings (docs/design.md §1, "Sender"), validated once for the CLI, the API and
the web.

Validation is stricter than the inbound path needs, on purpose: a setting that cannot work (a
keyword heed could never match, a reply with a stray brace, an option the provider does not
have) is refused when it is saved, with the reason, instead of failing quietly on a STOP.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from heed.core.account_settings import template_error
from heed.core.keyword_tables import FCC_STANDARD_OPT_OUT
from heed.core.keywords import KeywordConfig, match_keywords, normalise_text
from heed.core.vocabulary import SenderScope

Provider = Literal[
    "twilio",
    "vonage",
    "telnyx",
    "whatsapp",
    "email",
    "ses",
    "sendgrid",
    "postmark",
    "mailgun",
    "generic",
    "sandbox",
]
#: `sandbox` records what heed would send and sends nothing: for demos and staging.
PROVIDERS: Final[tuple[str, ...]] = (
    "twilio",
    "vonage",
    "telnyx",
    "whatsapp",
    "email",
    "ses",
    "sendgrid",
    "postmark",
    "mailgun",
    "generic",
    "sandbox",
)
#: The replies a sender may word its own way; an empty one falls back to the account's.
REPLY_KINDS: Final = ("opt_out", "opt_in", "help")
#: What a payload of one of the sender's own buttons may mean (`SenderSettings.buttons`):
#: stop everything, stop marketing only, start again, help, or nothing.
BUTTON_INTENTS: Final = ("opt_out", "stop_marketing", "opt_in", "help", "none")
#: The sender's signing secret is write-only, like these options: shown as set or not set.
SECRET = "secret"


@dataclass(frozen=True)
class ProviderOption:
    """One provider-specific setting of a sender, as a form or a CLI option names it."""

    name: str
    label: str
    help: str
    choices: tuple[str, ...] = ()
    #: Write-only: never shown back or written into an event, only "set" / "changed".
    secret: bool = False


_API_BASE = ProviderOption(
    "api_base_url",
    "API base URL",
    "Only for a compatible provider or a regional endpoint; leave empty for the provider's own.",
)

#: What heed needs to know per provider: to verify its webhooks, and to send the replies its
#: webhook answer cannot carry (heed.outbound) or that agents write in the inbox.
PROVIDER_OPTIONS: Final[dict[str, tuple[ProviderOption, ...]]] = {
    "twilio": (
        ProviderOption(
            "account_sid",
            "Account SID",
            "Starts with AC; from the Twilio console. Needed to send replies written in the "
            "inbox (keyword replies go back in the webhook's answer). The secret is the auth "
            "token.",
        ),
        _API_BASE,
    ),
    "whatsapp": (
        ProviderOption(
            "verify_token",
            "Verify token",
            "The text you chose as “Verify token” in the Meta app's webhook settings.",
            secret=True,
        ),
        ProviderOption(
            "phone_number_id",
            "Phone number ID",
            "The number's ID in WhatsApp Manager (not the number itself); heed sends from it.",
        ),
        ProviderOption(
            "access_token",
            "Access token",
            "A system user's token with whatsapp_business_messaging, to send confirmations.",
            secret=True,
        ),
        _API_BASE,
    ),
    "vonage": (
        ProviderOption(
            "signature_method",
            "Signature method",
            "As set in the Vonage dashboard under API settings (default: MD5 hash).",
            choices=("md5hash", "md5", "sha1", "sha256", "sha512"),
        ),
        ProviderOption("api_key", "API key", "From the Vonage dashboard; heed sends with it."),
        ProviderOption(
            "api_secret",
            "API secret",
            "The API secret (not the signature secret), to send confirmations.",
            secret=True,
        ),
        _API_BASE,
    ),
    "generic": (
        ProviderOption(
            "send_url",
            "Send URL",
            "Where heed POSTs a message to send, as JSON signed with the secret "
            "(X-Heed-Signature: sha256=…).",
        ),
    ),
}


def secret_names(provider: str) -> tuple[str, ...]:
    """The write-only values of a sender of `provider`: its secret and its secret options."""
    return (SECRET, *(o.name for o in PROVIDER_OPTIONS.get(provider, ()) if o.secret))


def fcc_words_removed(removed: list[str] | tuple[str, ...]) -> list[str]:
    """The removed keywords the FCC names as always revoking consent (47 CFR 64.1200(a)(10)).

    heed lets a sender remove them (not every sender is under US rules), but says so loudly.
    """
    return [word for word in removed if word in FCC_STANDARD_OPT_OUT]


def _keyword(word: str) -> str:
    return normalise_text(word).upper()


class SenderSettings(BaseModel):
    """Everything about a sender but its channel, address and secrets, validated together."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=200)
    scope: SenderScope = SenderScope.INHERIT
    provider: Provider = "generic"
    provider_handles_keywords: bool = False
    extra_keywords: list[str] = Field(default=[], max_length=100)
    removed_keywords: list[str] = Field(default=[], max_length=100)
    replies: dict[str, str] = {}
    #: Non-secret and secret options alike; `SenderInfo` shows only the non-secret ones.
    provider_options: dict[str, str] = {}
    #: The payloads of the business's own buttons (WhatsApp template quick replies and
    #: interactive replies, Twilio `ButtonPayload`) and what a tap on each means.
    buttons: dict[str, str] = Field(default={}, max_length=100)

    @field_validator("name")
    @classmethod
    def _blank_name_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("extra_keywords")
    @classmethod
    def _extra(cls, words: list[str]) -> list[str]:
        found = sorted({_keyword(w) for w in words if w.strip()})
        for word in found:
            if len(word) > 40:
                raise ValueError(f"{word[:20]}… is too long for a keyword (at most 40 characters)")
            if match_keywords(word).intent in ("opt_in", "help"):
                raise ValueError(
                    f"{word} already means {match_keywords(word).intent.replace('_', '-')}: "
                    "as an opt-out keyword it would stop people who asked to start"
                )
            config = KeywordConfig(extra_opt_out=frozenset({word}))
            if match_keywords(word, config).intent != "opt_out":
                raise ValueError(f"{word!r} has no letters or digits heed could match")
        return found

    @field_validator("removed_keywords")
    @classmethod
    def _removed(cls, words: list[str], info: ValidationInfo) -> list[str]:
        found = sorted({_keyword(w) for w in words if w.strip()})
        for word in found:
            if word == "STOP":
                raise ValueError(
                    "STOP cannot be removed: carriers and the FCC require it to stop messages, "
                    "and heed never drops a STOP"
                )
            without = KeywordConfig(removed_opt_out=frozenset({word}))
            if match_keywords(word).intent != "opt_out" or (
                match_keywords(word, without).intent == "opt_out"
            ):
                raise ValueError(
                    f"{word} is not one of heed's opt-out keywords, so there is nothing to remove"
                )
        both = sorted(set(found) & set(info.data.get("extra_keywords", ())))
        if both:
            raise ValueError(f"{', '.join(both)} cannot be both added and removed")
        return found

    @field_validator("replies")
    @classmethod
    def _replies(cls, replies: dict[str, str]) -> dict[str, str]:
        kept = {}
        for kind, text in replies.items():
            if kind not in REPLY_KINDS:
                raise ValueError(f"no reply {kind!r}: a sender words {', '.join(REPLY_KINDS)}")
            if not text or not text.strip():
                continue  # blank: the account's reply is used
            if problem := template_error(text, kind):
                raise ValueError(f"{kind.replace('_', '-')} reply: {problem}")
            kept[kind] = text.strip()
        return kept

    @field_validator("buttons")
    @classmethod
    def _buttons(cls, buttons: dict[str, str]) -> dict[str, str]:
        for payload, intent in buttons.items():
            if not payload or len(payload) > 256:
                raise ValueError("a button payload is 1 to 256 characters")
            if intent not in BUTTON_INTENTS:
                raise ValueError(
                    f"button {payload!r}: {intent!r} is not one of {', '.join(BUTTON_INTENTS)}"
                )
        return buttons

    @field_validator("provider_options")
    @classmethod
    def _options(cls, options: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        provider = str(info.data.get("provider", "generic"))
        known = {o.name: o for o in PROVIDER_OPTIONS.get(provider, ())}
        for name, value in options.items():
            option = known.get(name)
            if option is None:
                have = ", ".join(known) or "none"
                raise ValueError(f"{provider} has no option {name!r} (its options: {have})")
            if option.choices and value not in option.choices:
                choices = ", ".join(option.choices)
                raise ValueError(f"{name} must be one of {choices}, not {value!r}")
        return options

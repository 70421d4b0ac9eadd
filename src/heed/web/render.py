"""Templates and the small helpers every page shares: rendering, forms, status words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from heed.core.permissions import Action, lift_action, may
from heed.core.vocabulary import REASON_WORDS, Role, Source
from heed.engine.opt_outs import REASON_LENGTH
from heed.web.sign_ins import SignIn

HERE = Path(__file__).parent
STATIC = HERE / "static"
CHANNELS = ("sms", "whatsapp", "email", "voice")
CHANNEL_NAMES = {"sms": "SMS", "whatsapp": "WhatsApp", "email": "Email", "voice": "Voice"}

REASONS = REASON_WORDS  # the check's reason codes in plain words (heed.core.vocabulary)


def reason_text(codes: Any) -> str:
    return ", ".join(REASONS.get(str(c), str(c).replace("_", " ")) for c in codes)


@dataclass(frozen=True)
class Pages:
    """Where a keyset-paged list is: page `number` of `count` (pages are followed in order,
    so the number travels in the next page's URL with its cursor)."""

    number: int
    count: int


def pages_of(total: int, size: int, number: int) -> Pages:
    return Pages(min(number, max(1, -(-total // size))), max(1, -(-total // size)))


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def scope_text(scope: str) -> str:
    """A suppression's scope in words: `account`, `sender:+1…`, `list:promos`."""
    kind, _, value = scope.partition(":")
    if kind == "sender":
        return f"messages from {value}"
    if kind == "list":
        return f"the list “{value}”"
    return "every sender of the account"


def lift_refusal(role: Role, source: str) -> str | None:
    """Why a user of `role` may not lift a suppression of `source`, in words; None if they may.

    The engine decides again on the POST; this only spares people a button that cannot work.
    """
    action = lift_action(Source(source))
    if action is None:
        return "Only the person's own START lifts a carrier opt-out"
    if may(role, action):
        return None
    if action is Action.LIFT_BLACKLIST:
        return "Only support may lift a blacklist"
    return "Only an admin may lift this"


def with_separators(value: Any) -> Any:
    """Every whole number a page shows reads "597,928", not "597928": applied to each
    `{{ … }}` of every template. Where the digits must stay bare (an input's value, a
    progress bar's `max`), the template writes `| string`."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return value


_env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
    finalize=with_separators,
)
_env.filters["reasons"] = reason_text
_env.filters["when"] = when
_env.filters["scope_text"] = scope_text
_env.globals["CHANNELS"] = CHANNELS
_env.globals["CHANNEL_NAMES"] = CHANNEL_NAMES
_env.globals["lift_refusal"] = lift_refusal
_env.globals["REASON_LENGTH"] = str(REASON_LENGTH)  # the engine refuses more; text: no "2,000"


def render(
    request: Request,
    template: str,
    sign_in: SignIn | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    """Render a page; `sign_in` gives the navigation, the user and the CSRF token."""
    html = _env.get_template(template).render(
        request=request, sign_in=sign_in, path=request.url.path, **context
    )
    return HTMLResponse(
        html,
        status_code=status,
        headers={
            "Cache-Control": "no-store",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "same-origin",
            "Content-Security-Policy": (
                "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                "script-src 'self'; form-action 'self'; frame-ancestors 'none'"
            ),
        },
    )


def error_page(
    request: Request, status: int, title: str, detail: str, sign_in: SignIn | None = None
) -> HTMLResponse:
    return render(request, "error.html", sign_in, status, title=title, detail=detail)


async def read_form(request: Request) -> dict[str, str]:
    """The request's form fields as text (files, which no heed form has, are dropped)."""
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}

"""The account settings page: every setting of heed.core.account_settings, explained in words.

Everyone may read the settings; the engine refuses a change by anyone but an admin, and
refuses a bad value with the reason, which the page shows next to its field. A refused
change changes nothing.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.core.account_settings import REPLY_FIELDS, template_error
from heed.core.inbound_rules import reply_text
from heed.core.permissions import Action, may
from heed.core.vocabulary import Purpose
from heed.engine.results import AccountRef
from heed.errors import InvalidSetting, PermissionDenied
from heed.web.auth import signed_in, signed_in_post
from heed.web.render import error_page, render
from heed.web.sessions import WebSession

router = APIRouter()

CHOICES = ("default_scope", "opt_out_channels", "auto_resubscribe_on_inbound")
FLAGS = ("agents_may_unsubscribe", "clarification_reply", "registry_stale_blocks")
NUMBERS = (
    "soft_bounce_limit",
    "soft_bounce_window_days",
    "detect_high",
    "detect_low",
    "review_business_days",
)
LABELS = {
    "default_scope": "Where a STOP applies",
    "opt_out_channels": "Channels an opt-out covers",
    "auto_resubscribe_on_inbound": "When someone who opted out writes again",
    "agents_may_unsubscribe": "Agents may unsubscribe people",
    "require_consent_for": "Recorded consent required for",
    "default_country": "Country for national numbers",
    "reply_opt_out": "Opt-out confirmation",
    "reply_opt_in": "Opt-in confirmation",
    "reply_help": "Help reply",
    "reply_list_opt_out": "List opt-out reply",
    "clarification_reply": "Ask once when a reply may mean stop",
    "reply_clarification": "Clarification reply",
    "soft_bounce_limit": "Temporary failures",
    "soft_bounce_window_days": "Within days",
    "detect_high": "Apply at once from",
    "detect_low": "Send to review from",
    "review_business_days": "Review deadline",
    "registry_stale_blocks": "Hold marketing while a registry is stale",
    "display_name": "Name on the public pages",
    "logo_url": "Logo URL",
    "brand_colour": "Colour",
}
#: Free text where empty means "none" (heed's default), set on the public pages.
TEXTS = ("display_name", "logo_url", "brand_colour")
PURPOSES = {
    "marketing": "Marketing",
    "transactional": "Transactional (orders, appointments)",
    "conversational": "Conversational (1:1 replies)",
}


def _changes(form: dict[str, str]) -> dict[str, Any]:
    """The form as `Engine.update_settings` takes it: text as typed, the engine judges it."""
    changes: dict[str, Any] = {name: form[name] for name in CHOICES + NUMBERS if name in form}
    changes |= {name: name in form for name in FLAGS}
    changes["require_consent_for"] = [p.value for p in Purpose if f"consent_{p.value}" in form]
    changes["default_country"] = form.get("default_country", "").strip().upper() or None
    changes |= {name: form[name].strip() or None for name in TEXTS if name in form}
    for name in REPLY_FIELDS:
        if name in form:
            changes[name] = form[name].replace("\r\n", "\n").strip()
    return changes


def _in_words(message: str) -> str:
    """An engine message with the settings it names as this page labels them."""
    for name, label in LABELS.items():
        message = re.sub(rf"\b{name}\b", f"“{label}”", message)
    return message


def _previews(account: AccountRef, values: dict[str, Any], list_name: str) -> dict[str, str]:
    """What each reply text sends, with the account's name filled in (none for a bad text)."""
    previews = {}
    for name, kind in REPLY_FIELDS.items():
        text = str(values.get(name, ""))
        if not template_error(text, kind):
            shown = {kind: text}  # the text on the form, saved or not
            previews[name] = reply_text(kind, account.settings, account.name, shown, list=list_name)
    return previews


def _page(
    request: Request,
    session: WebSession,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
    notice: str = "",
) -> HTMLResponse:
    engine = get_engine(request)
    account = engine.account(session.slug)
    shown = account.settings.model_dump(mode="json") | (values or {})
    lists = engine.list_lists(session.slug)
    list_name = lists[0].name if lists else "Marketing"
    return render(
        request,
        "settings.html",
        session,
        status,
        account=account,
        v=shown,
        errors=errors or {},
        notice=notice,
        labels=LABELS,
        purposes=PURPOSES,
        previews=_previews(account, shown, list_name),
        list_name=list_name,
        can_edit=may(session.user.role, Action.MANAGE_SETTINGS),
    )


@router.get("/settings", response_class=HTMLResponse)
async def settings_page(request: Request, done: str = "") -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    notice = "Settings saved. They apply to the next message." if done == "saved" else ""
    return await run_in_threadpool(lambda: _page(request, session, notice=notice))


@router.post("/settings", response_class=HTMLResponse)
async def save_settings(request: Request) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    session, form = checked
    engine = get_engine(request)
    changes = _changes(form)
    try:
        await run_in_threadpool(
            lambda: engine.update_settings(session.slug, session.user.actor, **changes)
        )
    except PermissionDenied:
        detail = f"Your role ({session.user.role}) may read the settings but not change them."
        return error_page(request, 403, "Not allowed", detail, session)
    except InvalidSetting as exc:
        found = exc.errors or {"settings": str(exc)}
        order = [name for name in LABELS if name in found] + [n for n in found if n not in LABELS]
        errors = {name: _in_words(found[name]) for name in order}  # in the page's order
        return await run_in_threadpool(lambda: _page(request, session, changes, errors, 400))
    return RedirectResponse("/settings?done=saved", status_code=303)

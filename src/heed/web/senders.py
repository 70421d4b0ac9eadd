"""The senders pages: every address the account sends from, and one sender's settings.

Admins add and edit senders; everyone else reads them. Secrets are write-only here as
everywhere: the page says whether one is set and offers to replace it, never shows it.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.api.v1.senders import forget_secrets
from heed.core.account_settings import template_error
from heed.core.inbound_rules import reply_text
from heed.core.permissions import Action, may
from heed.core.sender_settings import (
    PROVIDER_OPTIONS,
    PROVIDERS,
    REPLY_KINDS,
    SECRET,
    fcc_words_removed,
)
from heed.engine.results import SenderInfo
from heed.errors import (
    AlreadyExists,
    InvalidAddress,
    InvalidSetting,
    NotFound,
    PermissionDenied,
    Rejected,
)
from heed.web.auth import signed_in, signed_in_post
from heed.web.render import error_page, render
from heed.web.sessions import WebSession

router = APIRouter()

SCOPES = {
    "inherit": "Inherit account default",
    "sender": "Opt-outs apply to this number only",
    "account": "Enforce account-level opt-outs",
}
PROVIDER_NAMES = {
    "twilio": "Twilio",
    "vonage": "Vonage",
    "telnyx": "Telnyx",
    "whatsapp": "WhatsApp Cloud API",
    "email": "Email",
    "ses": "Amazon SES (bounces and complaints through SNS)",
    "sendgrid": "SendGrid (Event Webhook)",
    "postmark": "Postmark (bounce and spam-complaint webhooks)",
    "mailgun": "Mailgun (webhooks)",
    "generic": "Other (heed's JSON API)",
    "sandbox": "Sandbox (records messages, sends nothing)",
}
#: What the "signing secret" field holds for each provider; the page shows the chosen one's.
SECRET_HELP = {
    "twilio": "The Twilio account's Auth Token.",
    "vonage": "The signature secret from the Vonage dashboard.",
    "telnyx": "Not used yet: heed has no Telnyx webhook.",
    "whatsapp": "The Meta app secret.",
    "email": "Not used: pick the email service (SES, SendGrid, Postmark, Mailgun) to verify "
    "its webhooks.",
    "ses": "The SNS topic ARN (several separated by commas): heed checks SNS's own signature "
    "and accepts only these topics.",
    "sendgrid": "The Event Webhook's verification key.",
    "mailgun": "The HTTP webhook signing key.",
    "postmark": "The webhook URL's USER:PASSWORD.",
    "generic": "The key of the X-Heed-Signature on messages heed posts to the send URL.",
    "sandbox": "Not needed: the sandbox sends nothing.",
}
REPLY_NAMES = {"opt_out": "Opt-out reply", "opt_in": "Opt-in reply", "help": "Help reply"}
NOTICES = {"added": "Sender added.", "saved": "Changes saved."}


def _words(text: str) -> list[str]:
    """Keywords as typed in one box: separated by commas or new lines."""
    return [w.strip() for w in text.replace("\n", ",").split(",") if w.strip()]


def _values(sender: SenderInfo | None) -> dict[str, Any]:
    """A sender's settings as the form shows them (a new sender: the defaults)."""
    if sender is None:
        return {
            "channel": "sms",
            "address": "",
            "name": "",
            "scope": "inherit",
            "provider": "generic",
            "provider_handles_keywords": False,
            "extra_keywords": "",
            "removed_keywords": "",
            "replies": {},
            "options": {},
            "secrets_set": (),
        }
    return {
        "channel": sender.channel,
        "address": sender.address,
        "name": sender.name or "",
        "scope": sender.scope,
        "provider": sender.provider,
        "provider_handles_keywords": sender.provider_handles_keywords,
        "extra_keywords": ", ".join(sender.extra_keywords),
        "removed_keywords": ", ".join(sender.removed_keywords),
        "replies": sender.replies,
        "options": {f"{sender.provider}.{k}": v for k, v in sender.provider_options.items()},
        "secrets_set": sender.secrets_set,
    }


def _field(provider: str, option: str) -> str:
    """The form field of one provider's option: providers share option names (api_base_url)."""
    return f"option_{provider}_{option}"


def _submitted(form: dict[str, str], sender: SenderInfo | None) -> dict[str, Any]:
    """What the person typed, to show again next to the errors (never a secret)."""
    return _values(sender) | {
        "channel": form.get("channel", sender.channel if sender else "sms"),
        "address": form.get("address", sender.address if sender else ""),
        "name": form.get("name", ""),
        "scope": form.get("scope", ""),
        "provider": form.get("provider", ""),
        "provider_handles_keywords": "provider_handles_keywords" in form,
        "extra_keywords": form.get("extra_keywords", ""),
        "removed_keywords": form.get("removed_keywords", ""),
        "replies": {kind: form.get(f"reply_{kind}", "") for kind in REPLY_KINDS},
        "options": {
            f"{provider}.{o.name}": form.get(_field(provider, o.name), "")
            for provider, options in PROVIDER_OPTIONS.items()
            for o in options
            if not o.secret
        },
    }


def _changes(form: dict[str, str]) -> dict[str, Any]:
    """The form as `Engine.update_sender` takes it; an empty secret field keeps the secret."""
    provider = form.get("provider", "")
    options: dict[str, str | None] = {}
    for option in PROVIDER_OPTIONS.get(provider, ()):
        value = form.get(_field(provider, option.name), "").strip()
        if value or not option.secret:
            options[option.name] = value or None
    changes: dict[str, Any] = {
        "name": form.get("name", ""),
        "scope": form.get("scope", ""),
        "provider": provider,
        "provider_handles_keywords": "provider_handles_keywords" in form,
        "extra_keywords": _words(form.get("extra_keywords", "")),
        "removed_keywords": _words(form.get("removed_keywords", "")),
        "replies": {k: form.get(f"reply_{k}", "").replace("\r\n", "\n") for k in REPLY_KINDS},
        "provider_options": options,
    }
    if form.get(SECRET, "").strip():
        changes[SECRET] = form[SECRET].strip()
    elif "clear_secret" in form:
        changes[SECRET] = None
    return changes


def _can_manage(session: WebSession) -> bool:
    return may(session.user.role, Action.MANAGE_SENDERS)


def _forbidden(request: Request, session: WebSession) -> HTMLResponse:
    detail = f"Your role ({session.user.role}) may read senders but not add or change them."
    return error_page(request, 403, "Not allowed", detail, session)


def _form(
    request: Request,
    session: WebSession,
    sender: SenderInfo | None,
    values: dict[str, Any],
    errors: dict[str, str] | None = None,
    status: int = 200,
    notice: str = "",
) -> HTMLResponse:
    engine = get_engine(request)
    account = engine.account(session.slug)
    removed = [w.upper() for w in _words(str(values["removed_keywords"]))]
    typed = {k: t for k, t in values["replies"].items() if t.strip()}
    previews = {  # none for a text that cannot be sent: the error says why instead
        k: reply_text(k, account.settings, account.name, typed)
        for k in REPLY_KINDS
        if k not in typed or not template_error(typed[k], k)
    }
    return render(
        request,
        "sender.html",
        session,
        status,
        sender=sender,
        v=values,
        errors=errors or {},
        notice=notice,
        can_edit=_can_manage(session),
        account=account,
        scopes=SCOPES,
        providers=[(p, PROVIDER_NAMES[p]) for p in PROVIDERS],
        provider_options=PROVIDER_OPTIONS,
        secret_help=SECRET_HELP,
        reply_kinds=[(k, REPLY_NAMES[k]) for k in REPLY_KINDS],
        fcc_removed=fcc_words_removed(removed),
        previews=previews,
    )


@router.get("/senders", response_class=HTMLResponse)
async def senders_page(request: Request) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)

    def load() -> dict[str, Any]:
        return {
            "senders": engine.list_senders(session.slug),
            "account": engine.account(session.slug),
        }

    return render(
        request,
        "senders.html",
        session,
        can_edit=_can_manage(session),
        scopes=SCOPES,
        provider_names=PROVIDER_NAMES,
        **await run_in_threadpool(load),
    )


@router.get("/senders/new", response_class=HTMLResponse)
async def new_sender_page(request: Request) -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    if not _can_manage(session):
        return _forbidden(request, session)
    return await run_in_threadpool(_form, request, session, None, _values(None))


@router.post("/senders", response_class=HTMLResponse)
async def add_sender(request: Request) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    session, form = checked
    if not _can_manage(session):
        return _forbidden(request, session)
    if SHOW in form:
        return await _shown(request, session, None, form)
    engine, changes = get_engine(request), _changes(form)
    channel, address = form.get("channel", ""), form.get("address", "")

    def add() -> SenderInfo:
        return engine.add_sender(
            session.slug,
            channel,
            address,
            actor=session.user.actor,
            scope=changes["scope"],
            provider=changes["provider"],
            secret=changes.get(SECRET),
            keywords=changes["extra_keywords"],
            removed_keywords=changes["removed_keywords"],
            provider_handles_keywords=changes["provider_handles_keywords"],
            name=changes["name"],
            provider_options={k: v for k, v in changes["provider_options"].items() if v},
            replies=changes["replies"],
        )

    try:
        sender = await run_in_threadpool(add)
    except PermissionDenied:
        return _forbidden(request, session)
    except InvalidSetting as exc:
        return await _refused(request, session, None, form, exc.errors or {"form": str(exc)})
    except (InvalidAddress, AlreadyExists) as exc:
        return await _refused(request, session, None, form, {"address": str(exc)})
    except Rejected as exc:  # an unknown channel, which only a hand-made form can send
        return await _refused(request, session, None, form, {"channel": str(exc)})
    forget_secrets(request, session.slug)
    return RedirectResponse(f"/senders/{sender.id}?done=added", status_code=303)


#: The form's "Show its settings" button: without JavaScript, the page shows only the chosen
#: provider's fields, so choosing another asks the server for the page again (nothing saved).
SHOW = "show_provider"


async def _shown(
    request: Request, session: WebSession, sender: SenderInfo | None, form: dict[str, str]
) -> HTMLResponse:
    values = _submitted(form, sender)
    return await run_in_threadpool(_form, request, session, sender, values)


async def _refused(
    request: Request,
    session: WebSession,
    sender: SenderInfo | None,
    form: dict[str, str],
    errors: dict[str, str],
) -> HTMLResponse:
    values = _submitted(form, sender)
    if "replies" in errors:  # name the reply at fault, so its error sits under it
        for kind, text in values["replies"].items():
            if text.strip() and (problem := template_error(text, kind)):
                errors = {**errors, f"reply_{kind}": problem}
        errors.pop("replies")
    return await run_in_threadpool(_form, request, session, sender, values, errors, 400)


@router.get("/senders/{sender_id}", response_class=HTMLResponse)
async def sender_page(request: Request, sender_id: str, done: str = "") -> Response:
    session = await signed_in(request)
    if isinstance(session, Response):
        return session
    engine = get_engine(request)
    try:
        sender = await run_in_threadpool(engine.get_sender, session.slug, sender_id)
    except NotFound:
        return error_page(request, 404, "No such sender", "This sender does not exist.", session)
    notice = NOTICES.get(done, "")
    return await run_in_threadpool(
        lambda: _form(request, session, sender, _values(sender), notice=notice)
    )


@router.post("/senders/{sender_id}", response_class=HTMLResponse)
async def update_sender(request: Request, sender_id: str) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    session, form = checked
    if not _can_manage(session):
        return _forbidden(request, session)
    engine = get_engine(request)
    try:
        sender = await run_in_threadpool(engine.get_sender, session.slug, sender_id)
        if SHOW in form:
            return await _shown(request, session, sender, form)
        await run_in_threadpool(
            lambda: engine.update_sender(
                session.slug, sender_id, actor=session.user.actor, **_changes(form)
            )
        )
    except NotFound:
        return error_page(request, 404, "No such sender", "This sender does not exist.", session)
    except PermissionDenied:
        return _forbidden(request, session)
    except InvalidSetting as exc:
        return await _refused(request, session, sender, form, exc.errors or {"form": str(exc)})
    forget_secrets(request, session.slug)
    return RedirectResponse(f"/senders/{sender_id}?done=saved", status_code=303)

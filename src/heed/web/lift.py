"""Lifting one suppression from the suppressions list: a confirmation with a required reason.

The engine decides who may lift what (opt-outs and blocks: admins; blacklists: support; a
carrier opt-out: only the person's own START) and refuses the rest; the page says why.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.engine.results import SuppressionInfo
from heed.errors import BadInput, NotFound, PermissionDenied, Rejected, ResubscribeRefused
from heed.web.auth import signed_in, signed_in_post
from heed.web.render import error_page, lift_refusal, render
from heed.web.sign_ins import SignIn

router = APIRouter()


def _missing(request: Request, sign_in: SignIn) -> HTMLResponse:
    return error_page(request, 404, "No such suppression", "It does not exist.", sign_in)


def _confirm(
    request: Request,
    sign_in: SignIn,
    item: SuppressionInfo,
    error: str = "",
    reason: str = "",
    status: int = 200,
) -> HTMLResponse:
    refusal = lift_refusal(sign_in.user.role, item.source)
    return render(
        request,
        "lift.html",
        sign_in,
        403 if refusal and status == 200 else status,
        s=item,
        refusal=refusal,
        error=error,
        reason=reason,
    )


@router.get("/suppressions/{suppression_id}/lift", response_class=HTMLResponse)
async def lift_page(request: Request, suppression_id: str) -> Response:
    sign_in = await signed_in(request)
    if isinstance(sign_in, Response):
        return sign_in
    engine = get_engine(request)
    try:
        item = await run_in_threadpool(engine.get_suppression, sign_in.slug, suppression_id)
    except NotFound:
        return _missing(request, sign_in)
    return _confirm(request, sign_in, item)


@router.post("/suppressions/{suppression_id}/lift", response_class=HTMLResponse)
async def lift(request: Request, suppression_id: str) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    sign_in, form = checked
    engine = get_engine(request)
    reason = form.get("reason", "").strip()
    try:
        item = await run_in_threadpool(engine.get_suppression, sign_in.slug, suppression_id)
        if item.lifted_at is not None:
            raise BadInput(f"this suppression was already lifted on {item.lifted_at:%Y-%m-%d}")
        await run_in_threadpool(
            lambda: engine.lift_suppression(
                sign_in.slug, suppression_id, actor=sign_in.user.actor, reason=reason
            )
        )
    except NotFound:
        return _missing(request, sign_in)
    except PermissionDenied:
        why = lift_refusal(sign_in.user.role, item.source) or "Your role may not lift this."
        return _confirm(request, sign_in, item, why, reason, 403)
    except ResubscribeRefused as exc:
        return _confirm(request, sign_in, item, str(exc), reason, 409)
    except Rejected as exc:
        return _confirm(request, sign_in, item, str(exc), reason, 400)
    return RedirectResponse(f"/suppressions?lifted={item.id}", status_code=303)

"""The review queue: free-form replies that may be opt-outs, each with its deadline and evidence.

A reviewer approves (the opt-out is applied) or rejects with one click; what nobody reviews is
applied when its deadline passes (heed.engine.review), so the page shows that date prominently.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from heed.api.deps import get_engine
from heed.core.account_settings import AccountSettings
from heed.core.permissions import may, review_action
from heed.core.vocabulary import Role
from heed.engine.results import ReviewInfo
from heed.errors import NotFound, PermissionDenied, Rejected
from heed.web.auth import signed_in, signed_in_post
from heed.web.render import error_page, render

router = APIRouter()


@router.get("/review", response_class=HTMLResponse)
async def review_page(request: Request, done: str = "") -> Response:
    sign_in = await signed_in(request)
    if isinstance(sign_in, Response):
        return sign_in
    engine = get_engine(request)

    def load() -> tuple[list[ReviewInfo], AccountSettings]:
        settings = engine.account(sign_in.slug).settings
        return engine.list_review(sign_in.slug, status="pending", limit=200).items, settings

    items, settings = await run_in_threadpool(load)
    can = {item.id: _decisions(sign_in.user.role, item, settings) for item in items}
    return render(request, "review.html", sign_in, items=items, can=can, done=done)


def _decisions(role: Role, item: ReviewInfo, settings: AccountSettings) -> dict[str, bool]:
    """Which of approve and reject `role` may choose for `item`, as the engine decides them."""
    return {
        decision: may(
            role, review_action(opt_in=item.opt_in, approve=decision == "approve"), settings
        )
        for decision in ("approve", "reject")
    }


@router.post("/review/{item_id}", response_class=HTMLResponse)
async def decide(request: Request, item_id: str) -> Response:
    checked = await signed_in_post(request)
    if isinstance(checked, Response):
        return checked
    sign_in, form = checked
    decision = form.get("decision", "")
    if decision not in ("approve", "reject"):
        return error_page(
            request, 400, "No such decision", f"{decision!r} is no decision.", sign_in
        )
    engine = get_engine(request)
    try:
        await run_in_threadpool(
            lambda: engine.decide_review(
                sign_in.slug,
                item_id,
                approve=decision == "approve",
                actor=sign_in.user.actor,
                reason=form.get("reason", "").strip() or None,
            )
        )
    except PermissionDenied:
        detail = (
            f"Your role ({sign_in.user.role}) may not {decision} this item: rejecting a pending "
            "opt-out keeps the person messageable, which takes what resubscribing takes."
        )
        return error_page(request, 403, "Not allowed", detail, sign_in)
    except NotFound:
        return error_page(request, 404, "No such item", "This review item does not exist.", sign_in)
    except Rejected as exc:
        return error_page(request, 409, "Already decided", str(exc), sign_in)
    return RedirectResponse(f"/review?done={decision}", status_code=303)

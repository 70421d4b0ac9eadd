"""The public opt-out page: `/optout/{account}`, where a person stops everything by address.

It never says whether the address was known: a known and an unknown address get the same
answer, because the opt-out is recorded by address either way (suppressions outlive
contacts). It works without JavaScript, carries a signed form token instead of a sign-in
CSRF token, and records the IP and user agent as evidence. Nor does it say whether the
account exists: a page for an account that does not exist looks and answers the same (and
records nothing).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from heed.api.deps import get_engine
from heed.api.pacing import paced
from heed.core.addresses import normalise_address
from heed.core.vocabulary import Actor, ActorKind, AddressKind, Source
from heed.engine import Engine
from heed.errors import BadInput
from heed.web.public import Brand, public_page
from heed.web.render import read_form
from heed.web.sign_ins import public_form_token, public_form_token_ok

router = APIRouter()


#: Submissions per client address per 10 minutes (heed.store.throttle, shared by every
#: server process).
PER_ADDRESS = 10


def _page_of(engine: Engine, account: str) -> tuple[Brand, list[bytes], bool]:
    """The brand to show, the key form tokens are signed with, and whether the account exists.

    An account that does not exist is served by a stand-in with keys of its own, after the
    same work (heed.api.pacing), so its page looks, answers and takes the same.
    """
    ref, exists = engine.account_or_stand_in(account)
    return Brand.of(ref.name, ref.settings if exists else None), ref.keys.forms, exists


@router.get("/optout/{account}", response_class=HTMLResponse)
async def optout_page(request: Request, account: str) -> HTMLResponse:
    brand, key, _exists = await run_in_threadpool(_page_of, get_engine(request), account)
    token = public_form_token(key, "optout")
    return public_page(request, "optout.html", brand, account=account, token=token)


def _opt_out(engine: Engine, account: str, address: str, evidence: dict[str, str | None]) -> None:
    """Opt the address out of every channel it can be reached on, at account scope."""
    kind = AddressKind.EMAIL if "@" in address else AddressKind.PHONE
    for channel in kind.channels:
        engine.opt_out(
            account,
            channel,
            address,
            actor=Actor(ActorKind.CONTACT, via="web:optout-form"),
            reason="opted out on the public opt-out page",
            source=Source.WEB_FORM,
            evidence=evidence,
        )


@router.post("/optout/{account}", response_class=HTMLResponse)
@paced  # a new opt-out is written, a repeated or unknown one is not: the floor hides which
async def optout(request: Request, account: str) -> HTMLResponse:
    engine = get_engine(request)
    brand, key, exists = await run_in_threadpool(_page_of, engine, account)
    form = await read_form(request)
    if not public_form_token_ok(key, "optout", form.get("csrf", "")):
        return public_page(request, "public_error.html", brand, 403, words="expired")
    ip = request.client.host if request.client else "unknown"
    if not await run_in_threadpool(engine.take_attempt, [(("optout", ip), PER_ADDRESS)]):
        response = public_page(request, "public_error.html", brand, 429, words="busy")
        response.headers["Retry-After"] = "600"
        return response
    address = form.get("address", "").strip()
    evidence = {"ip": ip, "user_agent": request.headers.get("user-agent"), "form": "/optout"}
    try:
        if exists:
            await run_in_threadpool(_opt_out, engine, account, address, evidence)
        else:
            _readable(address)  # nothing to record, but the same answer to the same input
    except BadInput:  # an unreadable address; nothing was recorded
        token = public_form_token(key, "optout")
        return public_page(
            request,
            "optout.html",
            brand,
            400,
            account=account,
            token=token,
            error=True,
            address=address,
        )
    return public_page(request, "optout_done.html", brand)


def _readable(address: str) -> None:
    kind = AddressKind.EMAIL if "@" in address else AddressKind.PHONE
    normalise_address(kind.channels[0], address)

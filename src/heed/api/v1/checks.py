"""The check, one address or 10,000 at a time, now or as it was at a past time."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from heed.api.deps import EngineDep, Principal
from heed.api.v1.schemas import BulkCheckCreate, BulkCheckPublic, CheckPublic
from heed.core.vocabulary import Channel, Purpose
from heed.engine.results import to_json

router = APIRouter(tags=["check"])
Address = Annotated[str, Query(min_length=1, max_length=320, examples=["+14155550100"])]
Known = Annotated[
    Literal["then", "now"],
    Query(
        description="With `at`: `then` answers from what heed had recorded by `at`; `now` from "
        "everything now known to have happened by `at` (late or backdated events included)."
    ),
]


@router.get("/check", response_model=CheckPublic)
async def get_check(
    principal: Principal,
    engine: EngineDep,
    channel: Channel,
    address: Address,
    sender: str | None = None,
    list: str | None = None,
    purpose: Purpose = Purpose.MARKETING,
    at: Annotated[datetime | None, Query(description="Answer as of this past time.")] = None,
    known: Known = "then",
) -> CheckPublic:
    """May the account message `address` on `channel` from `sender`, for `purpose`?

    With `at`: the answer heed gave, or could have given, at that time (events recorded by
    then); with `known=now`, what is now known to have been true then (events that happened
    by then, whenever heed learnt of them)."""
    result = await run_in_threadpool(
        lambda: engine.check(
            principal.account_slug,
            channel,
            address,
            sender=sender,
            list_name=list,
            purpose=purpose,
            at=at,
            as_now_known=known == "now",
        )
    )
    return CheckPublic(**to_json(result))


@router.get("/status", response_model=CheckPublic)
async def get_status(
    principal: Principal,
    engine: EngineDep,
    channel: Channel,
    address: Address,
    at: Annotated[
        datetime | None,
        Query(description="The moment to answer for (ISO 8601); default: now."),
    ] = None,
    sender: str | None = None,
    list: str | None = None,
    purpose: Purpose = Purpose.MARKETING,
    known: Known = "then",
) -> CheckPublic:
    """Was `address` allowed at time `at` (default: now)? Answered from the activity log
    alone: as heed knew it then (default), or with `known=now` as now known to have been true
    then."""
    when = at or datetime.now(UTC)
    return await get_check(principal, engine, channel, address, sender, list, purpose, when, known)


@router.post("/check/bulk", response_model=BulkCheckPublic)
async def post_check_bulk(
    body: BulkCheckCreate, principal: Principal, engine: EngineDep
) -> BulkCheckPublic:
    """Check up to 10,000 addresses in one call; answers in input order, plus counts by reason."""
    answers = await run_in_threadpool(
        lambda: engine.check_bulk(
            principal.account_slug,
            body.channel,
            body.addresses,
            sender=body.sender,
            list_name=body.list_name,
            purpose=body.purpose,
        )
    )
    excluded = Counter(reason for a in answers for reason in a.reasons)
    return BulkCheckPublic(
        results=to_json(answers), allowed=sum(a.allowed for a in answers), excluded=dict(excluded)
    )

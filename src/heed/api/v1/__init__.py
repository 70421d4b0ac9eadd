"""`/v1`: the HTTP API. The account always comes from the API key, never from the request,
so a key of one account asking for another account's object gets 404."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from heed.api.deps import refuse_unstorable_text
from heed.api.problems import problem_responses
from heed.api.v1 import checks, contacts, events, inbound, keys, lists, senders, suppressions

router = APIRouter(
    prefix="/v1",
    dependencies=[Depends(refuse_unstorable_text)],
    responses=problem_responses(400, 401, 403, 404, 409, 422, 503),
)
for module in (inbound, checks, contacts, suppressions, events, senders, lists, keys):
    router.include_router(module.router)

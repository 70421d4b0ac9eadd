"""`/v1`: the HTTP API. The account always comes from the API key, never from the request,
so a key of one account asking for another account's object gets 404."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from heed.api.deps import refuse_unstorable_query, refuse_unstorable_text
from heed.api.problems import problem_responses
from heed.api.v1 import (
    account,
    bulk,
    checks,
    contacts,
    deliveries,
    events,
    imports,
    inbound,
    keys,
    lists,
    outbox,
    review,
    senders,
    suppressions,
)

_PROBLEMS = problem_responses(401, 403, 404, 409, 413, 422, 503)
router = APIRouter(prefix="/v1", responses=_PROBLEMS)
# A message a person sent is cleaned, never refused, for a stray NUL: a STOP is never dropped.
router.include_router(inbound.router)
# Files in the body (imports, exports, the audience filter) are read as streams, never whole;
# first, so /suppressions/export is not taken for a suppression's id.
_files = APIRouter(dependencies=[Depends(refuse_unstorable_query)])
for module in (bulk, imports):
    _files.include_router(module.router)
router.include_router(_files)
# Everything else refuses text the database cannot store with a 422, rather than a 500.
_checked = APIRouter(dependencies=[Depends(refuse_unstorable_text)])
for module in (
    checks,
    contacts,
    suppressions,
    events,
    senders,
    lists,
    keys,
    review,
    account,
    outbox,
    deliveries,
):
    _checked.include_router(module.router)
router.include_router(_checked)

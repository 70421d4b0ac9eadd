"""`Idempotency-Key` on POSTs that create things: a retried request creates nothing twice.

The key is claimed (per API key) before the work runs, and the first request's answer is
stored under it and replayed for a retry with the same method, path and body. A twin that
arrives while the first is still running waits for its answer (409 if it takes too long); the
same key with a different request is refused (422), since that is a client bug that would
otherwise silently return the wrong object. A request that fails releases its key. Keys are
kept 24 hours (heed.engine.idempotency.KEPT). Credentials are never stored: a created API
key's token is left out of the stored answer, so a replay shows the key without its token.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from heed.api.problems import problem
from heed.engine import Engine
from heed.engine.idempotency import PENDING
from heed.engine.results import ApiPrincipal, StoredResponse, to_json

HEADER = "Idempotency-Key"
WAIT_FOR_TWIN = 10.0  # seconds a retry waits for the first request's answer

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias=HEADER,
        min_length=1,
        max_length=200,
        description="Any unique string per intended create: a retry with the same key and "
        "body gets the first answer (with `Idempotent-Replayed: true`) and creates nothing.",
    ),
]


async def idempotent(
    key: str | None,
    request: Request,
    engine: Engine,
    principal: ApiPrincipal,
    create: Callable[[], Awaitable[Any]],
    model: type[BaseModel],
    status: int = 201,
    unstored: tuple[str, ...] = (),
) -> JSONResponse:
    """Run `create` once per Idempotency-Key (if the request has one) and answer its result
    as `model`, exactly as the route's response model would; the `unstored` fields (secrets)
    are answered once and stored as null."""
    if not key:
        return JSONResponse(_as(model, await create()), status_code=status)
    body = await request.body()
    fingerprint = hashlib.sha256(f"{request.method} {request.url.path}\n".encode() + body)
    request_hash, slug = fingerprint.hexdigest(), principal.account_slug
    # Keys are the caller's own: another key of the account resending the same request is a
    # request of its own (checked for its role), never handed the first answer (which for
    # POST /v1/keys holds a new key's token).
    own = f"{principal.key_id}:{hashlib.sha256(key.encode()).hexdigest()}"
    stored = await run_in_threadpool(engine.claim_idempotency_key, slug, own, request_hash)
    if stored is None:
        try:
            content = _as(model, await create())
        except BaseException:
            await run_in_threadpool(engine.release_idempotency_key, slug, own)
            raise
        kept = {**content, **dict.fromkeys(unstored)}
        await run_in_threadpool(engine.store_response, slug, own, status, kept)
        return JSONResponse(content, status_code=status)
    if stored.request_hash == request_hash and stored.status == PENDING:
        stored = await _wait_for_twin(engine, slug, own)
    return _replay(key, request_hash, stored)


async def _wait_for_twin(engine: Engine, slug: str, key: str) -> StoredResponse | None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_FOR_TWIN
    while loop.time() < deadline:
        await asyncio.sleep(0.05)
        stored = await run_in_threadpool(engine.stored_response, slug, key)
        if stored is None or stored.status != PENDING:
            return stored
    return None


def _replay(key: str, request_hash: str, stored: StoredResponse | None) -> JSONResponse:
    if stored is not None and stored.request_hash != request_hash:
        return problem(
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            f"the key {key!r} was used for a different request; use a new key per request",
        )
    if stored is None or stored.status == PENDING:
        return problem(
            409,
            "idempotency-key-in-use",
            "Idempotency-Key in use",
            f"a request with the key {key!r} is still running or just failed: retry shortly",
        )
    return JSONResponse(
        stored.body, status_code=stored.status, headers={"Idempotent-Replayed": "true"}
    )


def _as(model: type[BaseModel], result: Any) -> Any:
    return model.model_validate(to_json(result)).model_dump(mode="json")

"""Provider webhooks: verify the signature, parse, hand to the engine, answer in the
provider's format. A webhook answers 2xx only after the engine has committed; a bad signature
gets 403 before anything is stored; a database outage gets 503 so the provider retries."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Annotated, Any

from anyio import CapacityLimiter, to_thread
from anyio.lowlevel import RunVar
from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from heed.config import Settings
from heed.engine import Engine
from heed.errors import SignatureInvalid
from heed.inbound.messages import InboundResult
from heed.providers.base import InboundMessage

Secrets = list[tuple[str, dict[str, Any]]]


# The webhooks' dependencies are `async` on purpose: FastAPI runs a plain `def` dependency in
# the thread pool, where these lookups would queue behind database work for the few threads
# heed allows per process (heed.api.app) — twice per webhook, before any real work starts.


async def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


HookEngine = Annotated[Engine, Depends(_engine)]
HookSettings = Annotated[Settings, Depends(_settings)]

#: Messages in flight per process. Most of them wait for their turn in a shared transaction
#: (heed.inbound.group), and the more wait, the more share one; waiting costs no CPU.
_RECEIVING_THREADS = 64
_receiving_limiter: RunVar[CapacityLimiter] = RunVar("heed_receiving_limiter")


async def receive(engine: Engine, account: str, message: InboundMessage) -> InboundResult:
    """`engine.receive` in a thread, from a pool of its own.

    Not the default pool, whose few threads (`HEED_DB_THREADS`) keep transactions from
    crowding each other off the GIL: a message mostly waits for its batch, and would hold one of
    those few threads while it does, capping the batches at that size.
    """
    try:
        limiter = _receiving_limiter.get()
    except LookupError:
        limiter = CapacityLimiter(_RECEIVING_THREADS)
        _receiving_limiter.set(limiter)
    return await to_thread.run_sync(engine.receive, account, message, limiter=limiter)


class SecretCache:
    """Providers' signing secrets per (account, provider), kept for a few seconds.

    Reading them costs a database round trip on every webhook; they change rarely. A request
    that does not verify against the cached secrets is checked once more against fresh ones,
    so a secret added a moment ago is never refused. A removed or replaced secret lingers `ttl`
    seconds, except in the process that changed it (the API and web UI call `forget`).
    """

    def __init__(self, engine: Engine, ttl: float = 10.0) -> None:
        self._engine = engine
        self._ttl = ttl
        self._entries: dict[tuple[str, str], tuple[float, Secrets]] = {}

    async def get(
        self, account: str, provider: str, *, fresh: bool = False
    ) -> tuple[Secrets, bool]:
        """The secrets, and whether they were just read from the database."""
        key = (account, provider)
        entry = self._entries.get(key)
        if entry and not fresh and time.monotonic() - entry[0] < self._ttl:
            return entry[1], False
        secrets = await run_in_threadpool(self._engine.provider_secrets, account, provider)
        self._entries[key] = (time.monotonic(), secrets)
        return secrets, True

    def forget(self, account: str) -> None:
        """Drop what is kept for `account`, after its secrets changed in this process."""
        for key in [k for k in self._entries if k[0] == account]:
            self._entries.pop(key, None)


async def verify_with_any_secret(
    cache: SecretCache, account: str, provider: str, verify: Callable[[str, dict[str, Any]], None]
) -> None:
    """Accept the request if it verifies with any of the account's secrets for `provider`.

    A provider's secret belongs to the provider account (one Twilio auth token for all its
    numbers), and a STOP to a number heed does not know yet must still be honoured, so the
    check is against every secret the account has configured for that provider.
    """
    secrets, fresh = await cache.get(account, provider)
    if _verifies(secrets, verify):
        return
    if not fresh:
        secrets, _ = await cache.get(account, provider, fresh=True)
        if _verifies(secrets, verify):
            return
    if not secrets:
        raise SignatureInvalid(
            f"account {account!r} has no {provider} signing secret: add one with "
            f"`heed sender add {account} … --provider {provider} --secret …`"
        )
    raise SignatureInvalid(f"the {provider} signature does not verify with this account's secrets")


def _verifies(secrets: Secrets, verify: Callable[[str, dict[str, Any]], None]) -> bool:
    for secret, options in secrets:
        try:
            verify(secret, options)
        except SignatureInvalid:
            continue
        return True
    return False

"""Public answers that take as long for an account (or address) heed knows as for one it does not.

A page that says the same words but answers faster when the account does not exist, or when
the address had opted out before, still tells a stranger which accounts and addresses exist
(issue 16, row 10). Two measures, one per kind of difference:

- the same work: an unknown account is served by a stand-in that does the same reads, key
  derivations and signature checks (heed.store.accounts.account_or_stand_in); a webhook for an
  account with no secret checks the signature against a throw-away one (heed.api.hooks);
- a floor: what a public request writes differs by nature (a new opt-out is written, a repeated
  one is not, an unknown account's is not at all), so those answers, and webhook refusals, are
  held until `FLOOR` seconds after the request began. The floor sits above what the work takes
  on a loaded server (bench/public_timing.py measures both), so every answer leaves at the
  floor, whatever it did; only work slower than the floor shows through.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

#: Seconds a paced answer waits for, from the start of its request.
FLOOR = 0.25

P = ParamSpec("P")
R = TypeVar("R")


def paced(handler: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Let `handler` answer, or fail, no sooner than `FLOOR` seconds after it was called."""

    @functools.wraps(handler)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        started = time.monotonic()
        try:
            return await handler(*args, **kwargs)
        finally:
            await hold(started)

    wrapper.__dict__["paced"] = True
    return wrapper


async def hold(started: float) -> None:
    """Wait until `FLOOR` seconds after `started` (a time.monotonic() reading)."""
    await asyncio.sleep(max(0.0, FLOOR - (time.monotonic() - started)))


def is_paced(endpoint: Callable[..., object]) -> bool:
    """Whether `endpoint` was wrapped by `paced` (tests check every public route is)."""
    return bool(getattr(endpoint, "paced", False))

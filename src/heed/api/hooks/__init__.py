"""Provider webhooks: verify the signature, parse, hand to the engine, answer in the
provider's format. A webhook answers 2xx only after the engine has committed; a bad signature
gets 403 before anything is stored; a database outage gets 503 so the provider retries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.concurrency import run_in_threadpool

from heed.engine import Engine
from heed.errors import SignatureInvalid


async def verify_with_any_secret(
    engine: Engine, account: str, provider: str, verify: Callable[[str, dict[str, Any]], None]
) -> None:
    """Accept the request if it verifies with any of the account's secrets for `provider`.

    A provider's secret belongs to the provider account (one Twilio auth token for all its
    numbers), and a STOP to a number heed does not know yet must still be honoured, so the
    check is against every secret the account has configured for that provider.
    """
    secrets = await run_in_threadpool(engine.provider_secrets, account, provider)
    if not secrets:
        raise SignatureInvalid(
            f"account {account!r} has no {provider} signing secret: add one with "
            f"`heed sender add {account} … --provider {provider} --secret …`"
        )
    for secret, options in secrets:
        try:
            verify(secret, options)
        except SignatureInvalid:
            continue
        return
    raise SignatureInvalid(f"the {provider} signature does not verify with this account's secrets")

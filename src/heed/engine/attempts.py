"""Attempts counted against a limit (sign-ins, the public opt-out page), shared by every
process on the database (heed.store.throttle)."""

from __future__ import annotations

from collections.abc import Sequence

from heed.engine.base import Transactions
from heed.store import throttle


class Attempts:
    """Throttle buckets, counted in the database so every server process sees the same."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def take_attempt(
        self, limits: Sequence[tuple[tuple[str, ...], int]], window: int = 600
    ) -> bool:
        """Count one attempt in each (bucket, limit) for the current `window` of seconds; True
        if none is over its limit. Atomic and shared by every process on the database
        (heed.store.throttle): of 40 concurrent attempts against a limit of 10, 10 pass."""
        with self.transactions.write() as session:
            counts = [
                throttle.take(session, throttle.bucket(*parts), window) for parts, _ in limits
            ]
        return all(count <= limit for count, (_, limit) in zip(counts, limits, strict=True))

    def forget_attempts(self, *parts: str) -> None:
        """Clear one bucket's attempts (a successful sign-in clears its own failures)."""
        with self.transactions.write() as session:
            throttle.forget(session, throttle.bucket(*parts))

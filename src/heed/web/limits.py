"""A small in-memory rate limiter for the public form and failed sign-ins."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most `limit` hits per key in a sliding `window` of seconds, in this process's memory.

    Per process and forgotten on restart: enough to stop one client hammering the form. With
    several server processes each keeps its own count; behind a proxy, run uvicorn with
    `--proxy-headers` so the client's IP (not the proxy's) is the key.
    """

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Count a hit for `key`, unless it is over its limit (then False, not counted)."""
        with self._lock:
            if self._full(key):
                return False
            self._hits[key].append(self.clock())
            return True

    def exceeded(self, key: str) -> bool:
        """Whether `key` is over its limit now (counts nothing)."""
        with self._lock:
            return self._full(key)

    def hit(self, key: str) -> None:
        with self._lock:
            self._full(key)
            self._hits[key].append(self.clock())

    def _full(self, key: str) -> bool:
        now = self.clock()
        cutoff = now - self.window
        if len(self._hits) > 10_000:  # forget idle clients so memory stays bounded
            self._hits = {k: v for k, v in self._hits.items() if v and v[-1] > cutoff}
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= cutoff:
            hits.popleft()
        return len(hits) >= self.limit

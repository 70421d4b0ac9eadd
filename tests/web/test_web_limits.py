"""The in-memory rate limiter behind the public opt-out form and failed sign-ins."""

from __future__ import annotations

import time

from heed.web.limits import RateLimiter


def test_limits_each_key_within_a_sliding_window() -> None:
    limiter = RateLimiter(limit=2, window=0.2)
    assert [limiter.allow("1.2.3.4") for _ in range(3)] == [True, True, False]
    assert limiter.allow("5.6.7.8"), "another client has its own budget"
    time.sleep(0.25)
    assert limiter.allow("1.2.3.4"), "hits older than the window are forgotten"


def test_exceeded_counts_nothing_and_hit_counts_one() -> None:
    limiter = RateLimiter(limit=1, window=60)
    assert not limiter.exceeded("ip")
    assert not limiter.exceeded("ip")
    limiter.hit("ip")
    assert limiter.exceeded("ip")

"""The in-memory rate limiter behind the public opt-out form and failed sign-ins."""

from __future__ import annotations

from heed.web.limits import RateLimiter


class Clock:
    """A clock the test moves, so a busy machine cannot stretch the window."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_limits_each_key_within_a_sliding_window() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=2, window=60, clock=clock)
    assert [limiter.allow("1.2.3.4") for _ in range(3)] == [True, True, False]
    assert limiter.allow("5.6.7.8"), "another client has its own budget"
    clock.now += 59.9
    assert not limiter.allow("1.2.3.4"), "still within the window"
    clock.now += 0.2
    assert limiter.allow("1.2.3.4"), "hits older than the window are forgotten"


def test_exceeded_counts_nothing_and_hit_counts_one() -> None:
    limiter = RateLimiter(limit=1, window=60)
    assert not limiter.exceeded("ip")
    assert not limiter.exceeded("ip")
    limiter.hit("ip")
    assert limiter.exceeded("ip")

"""The attempt counter slides: a burst across a window boundary is counted whole."""

from __future__ import annotations

from heed import Engine
from heed.store import throttle

WINDOW = 600
BOUNDARY = 1_800_000_000.0  # a multiple of WINDOW: where one fixed window ends


def _take(engine: Engine, now: float) -> int:
    with engine.db.write() as session:
        return throttle.take(session, throttle.bucket("login", "x"), WINDOW, now=now)


def test_attempts_just_before_a_boundary_still_count_just_after_it(engine: Engine) -> None:
    """Before: 10 attempts a second before the boundary and 10 a second after all passed a
    limit of 10 (each fixed window counted from zero)."""
    before = [_take(engine, BOUNDARY - 1) for _ in range(10)]
    after = [_take(engine, BOUNDARY + 1) for _ in range(10)]
    assert before == list(range(1, 11))
    assert after[0] == 1 + 10  # 10 earlier hits, weighted 599/600, rounded up
    assert all(count > 10 for count in after)


def test_the_earlier_window_fades_and_older_ones_are_swept(engine: Engine) -> None:
    for _ in range(10):
        _take(engine, BOUNDARY - 1)
    assert _take(engine, BOUNDARY + WINDOW / 2) == 1 + 5  # half of it still in the last 600 s
    assert _take(engine, BOUNDARY + WINDOW + 1) == 1 + 1  # the window before holds 1 hit
    assert _take(engine, BOUNDARY + 3 * WINDOW) == 1  # two windows on: nothing left to count

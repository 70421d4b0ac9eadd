"""Array work split in two halves, run on two threads at once.

NumPy releases the GIL inside its loops (arithmetic, gathers, sorting, searching), so the
two halves of a million-row column are worked on by two cores at the same time. On a busy
machine it is also how the work gets two shares of the CPU, as DuckDB's threads and
PostgreSQL's processes do (bench/README.md, the filter). Below `MIN_ROWS` a thread costs
more than it saves, and the work runs whole on the caller's thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import TypeVar

T = TypeVar("T")
MIN_ROWS = 200_000


@cache
def _helper() -> ThreadPoolExecutor:
    """One helper thread: the caller works on the second half itself, so a caller never
    waits for a task that needs it, however many callers share the helper."""
    return ThreadPoolExecutor(1, thread_name_prefix="heed-halves")


def in_halves(work: Callable[[slice], T], n: int) -> list[T]:
    """[work(first half of range(n)), work(second half)], or [work(all of it)] when small."""
    if not large(n):
        return [work(slice(0, n))]
    return list(both(lambda: work(slice(0, n // 2)), lambda: work(slice(n // 2, n))))


def large(n: int) -> bool:
    """Whether work on n rows is worth splitting."""
    return n >= MIN_ROWS and (os.cpu_count() or 1) >= 2


def both(first: Callable[[], T], second: Callable[[], T]) -> tuple[T, T]:
    """(first(), second()), the first on the helper thread while this one does the second."""
    if (os.cpu_count() or 1) < 2:
        return first(), second()
    started = _helper().submit(first)
    done = second()
    return started.result(), done

"""Array work split in two halves, run on two threads at once.

NumPy releases the GIL inside its loops (arithmetic, gathers, sorting, searching), so the
two halves of a million-row column are worked on by two cores at the same time. On a busy
machine it is also how the work gets two shares of the CPU, as DuckDB's threads and
PostgreSQL's processes do (bench/README.md, the filter). Below `MIN_ROWS` a thread costs
more than it saves, and the work runs whole on the caller's thread; so does work on one
core (the process's CPU affinity, `heed.environment.cores`) and work that is itself a half
(heed.bulk.columnar splits a whole file, and each half's column is not split again).
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from heed.core.lazy import module
from heed.environment import cores

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
else:
    np = module("numpy")

T = TypeVar("T")
A = TypeVar("A")
MIN_ROWS = 200_000
_within = threading.local()  # .half: this thread is running one half of a split


@cache
def _helper() -> ThreadPoolExecutor:
    """One helper thread: the caller works on the second half itself, so a caller never
    waits for a task that needs it, however many callers share the helper."""
    return ThreadPoolExecutor(1, thread_name_prefix="heed-halves")


def in_halves(work: Callable[[slice], T], n: int) -> list[T]:
    """[work(first half of range(n)), work(second half)], or [work(all of it)] when small."""
    if not large(n):
        return [work(slice(0, n))]
    return each(work, [slice(0, n // 2), slice(n // 2, n)])


def joined(work: Callable[[slice], npt.NDArray[Any]], n: int) -> npt.NDArray[Any]:
    """`in_halves`' arrays end to end. Unsplit work's one array is returned as it is:
    `np.concatenate` of one array copies it, a fresh array whose every page is faulted in."""
    parts = in_halves(work, n)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def each(work: Callable[[A], T], items: Sequence[A]) -> list[T]:
    """[work(item) for item in items]; two items on two threads (`both`)."""
    if len(items) == 2:
        return list(both(lambda: work(items[0]), lambda: work(items[1])))
    return [work(item) for item in items]


def in_order(work: Callable[[A], T], items: Sequence[A], then: Callable[[T], object]) -> list[T]:
    """[work(item) for item in items], `then` called with each result in their order, on this
    thread. Two items run on two threads, the first on this one, so that `then` of the first
    (writing it out, say) overlaps the work on the second."""
    if len(items) != 2 or not _splittable():
        results = [work(item) for item in items]
        for result in results:
            then(result)
        return results
    started = _on_helper(lambda: work(items[1]))
    first = _half(lambda: work(items[0]))
    then(first)
    second = started.result()
    then(second)
    return [first, second]


def large(n: int) -> bool:
    """Whether work on n rows is worth splitting (and can be split: see the module)."""
    return n >= MIN_ROWS and _splittable()


def both(first: Callable[[], T], second: Callable[[], T]) -> tuple[T, T]:
    """(first(), second()), the first on the helper thread while this one does the second."""
    if not _splittable():
        return first(), second()
    started = _on_helper(first)
    done = _half(second)
    return started.result(), done


def _on_helper(work: Callable[[], T]) -> Future[T]:
    """work() as a half on the helper thread, in this thread's context: the caller's arena
    (heed.bulk.arena) is the helper's too."""
    return _helper().submit(contextvars.copy_context().run, _half, work)


def _splittable() -> bool:
    return cores() >= 2 and not getattr(_within, "half", False)


def _half(work: Callable[[], T]) -> T:
    """work() as one half: a split inside it runs whole, on its thread. With one helper
    thread, a half on the helper that split again would wait for a task queued behind
    itself; and two cores are busy already."""
    _within.half = True
    try:
        return work()
    finally:
        _within.half = False

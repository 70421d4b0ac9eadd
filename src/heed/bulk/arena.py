"""Memory a filter keeps between calls, for its large arrays.

Every fresh array of a million rows is faulted in a 4 KB page at a time, on every call: glibc
gives big blocks back, and the halves' two threads fragment its heaps, so a warm filter still
took ~50,000 minor faults a call, a fifth of its CPU (bench/README.md, the filter's page
faults). An `Arena` is one anonymous map, advised huge pages, that outlives the call: the
call's large arrays are taken from it one after another (`empty`, and `out=` in the steps
that write into it), and all given back at once when the call ends. Only the first call of a
size faults its pages in, 2 MB at a time where the kernel has huge pages to give.

Each filter running at once holds an arena of its own (`lent`: the API filters on several
threads), found through a context variable, which heed.bulk.halves carries to its helper
thread; outside a filter `empty` is `np.empty`. An array taken from an arena must not outlive
the `lent` block: the next call writes over it. A call that needs more than its arena holds
gets ordinary arrays for the rest, and the arena is made as large as that call needed (up to
`_LARGEST`) before it is lent again.
"""

from __future__ import annotations

import io
import mmap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from heed.core.lazy import module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
else:
    np = module("numpy")

_ALIGN = 64  # a cache line: NumPy's loops run best from aligned memory
_HUGE = 2 << 20  # an x86 huge page: arenas are sized in whole ones
_LARGEST = 1 << 30  # no arena grows past this; a larger call gets ordinary arrays beyond it
_SMALLEST = 64 << 10  # smaller arrays come from malloc's free lists without faults
_KEPT = 2  # arenas kept while no filter holds them (one per core of a 2-core box)


class Arena:
    """One kept anonymous map, its arrays taken in turn (a bump allocator)."""

    def __init__(self, size: int, file: bytearray | None = None) -> None:
        self.size = size
        self.file = bytearray() if file is None else file  # `read`'s buffer
        self.buffer = mmap.mmap(-1, size) if size else None
        if self.buffer is not None and hasattr(mmap, "MADV_HUGEPAGE"):
            self.buffer.madvise(mmap.MADV_HUGEPAGE)
        self.used = 0
        self.wanted = 0  # what this call asked for, taken or not
        self._lock = threading.Lock()  # a call's two halves take arrays at once

    def take(self, count: int, dtype: npt.DTypeLike) -> npt.NDArray[Any] | None:
        """An uninitialised array of `count` items from this arena; None when it is full."""
        kind = np.dtype(dtype)
        nbytes = -(-count * kind.itemsize // _ALIGN) * _ALIGN
        with self._lock:
            self.wanted += nbytes
            start = self.used
            if self.buffer is None or start + nbytes > self.size:
                return None
            self.used = start + nbytes
        return np.frombuffer(self.buffer, dtype=kind, count=count, offset=start)

    def read(self, stream: io.BufferedIOBase | io.RawIOBase, size: int) -> bytearray:
        """The next `size` bytes of `stream` (fewer at its end), read into a buffer this arena
        keeps: a file's bytes are a call's largest block (34 MB for a million recipients), too
        large for glibc to keep, so read into a fresh `bytes` every page of it is faulted in."""
        kept = self.file
        try:
            if len(kept) > size:
                del kept[size:]
            elif len(kept) < size:
                kept.extend(bytes(size - len(kept)))
        except BufferError:  # an array of an earlier call still reads it: leave it that one
            kept = self.file = bytearray(size)
        got = 0
        with memoryview(kept) as view:
            while got < size and (count := stream.readinto(view[got:])):
                got += count
        del kept[got:]
        return kept

    def renewed(self) -> Arena:
        """This arena emptied for the next call, or a larger one if this call overflowed."""
        if self.wanted > self.size and self.size < _LARGEST:
            return Arena(min(-(-self.wanted // _HUGE) * _HUGE, _LARGEST), self.file)
        self.used = self.wanted = 0
        return self


_current: ContextVar[Arena | None] = ContextVar("heed_arena", default=None)
_free: list[Arena] = []
_free_lock = threading.Lock()


@contextmanager
def lent() -> Iterator[Arena]:
    """An arena for this call's arrays (a kept one if free), current until the block ends."""
    with _free_lock:
        arena = _free.pop() if _free else Arena(0)
    token = _current.set(arena)
    try:
        yield arena
    finally:
        _current.reset(token)
        renewed = arena.renewed()
        with _free_lock:
            if len(_free) < _KEPT:
                _free.append(renewed)


def empty(count: int, dtype: npt.DTypeLike) -> npt.NDArray[Any]:
    """`np.empty(count, dtype)`, from the current call's arena when it holds one."""
    arena = _current.get()
    if arena is not None and count * np.dtype(dtype).itemsize >= _SMALLEST:
        taken = arena.take(count, dtype)
        if taken is not None:
            return taken
    return np.empty(count, dtype=dtype)


def taken(values: npt.NDArray[Any], rows: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """`values[rows]` for row numbers all in range (not negative), written into an array from
    `empty` ("clip": NumPy's checked mode would write into a buffer first, then copy). Only
    from an aligned, contiguous array: `np.take` copies any other whole first."""
    if not (values.flags.c_contiguous and values.flags.aligned):
        return np.asarray(values[rows])
    found = empty(len(rows), values.dtype)
    np.take(values, rows, out=found, mode="clip")
    return found

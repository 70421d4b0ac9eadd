"""Memory a filter keeps between calls, for its large arrays and its file's bytes.

Every fresh array of a million rows is faulted in a 4 KB page at a time (~2 µs a page on the
bench's VM), on every call: glibc gives big blocks back, and the halves' two threads fragment
its heaps, so a warm filter still took ~55,000 minor faults a call (bench/README.md, the
filter's memory kept between calls). An `Arena` is memory that outlives the call: private
anonymous maps of `_SEGMENT` bytes from which the call's large arrays are taken one after
another (`empty`, `taken`, and `out=` in the steps that can write into them), all given back
at once when the call ends; and a buffer the file is read into (`read`). Only a process's
first filter faults them in. They are advised huge pages: on the bench's VM that first touch
then costs the kernel's compaction (130-560 ms for 200 MB, against ~95 ms in 4 KB pages) and
every later call ~5% less CPU (fewer TLB misses).

Each filter running at once holds an arena of its own (`lent`: the API filters on several
threads), found through a context variable, which heed.bulk.halves carries to its helper
thread; outside a filter `empty` is `np.empty`. An array taken from an arena must not outlive
the `lent` block: the next call writes over it. What is kept is bounded: `_KEPT` arena of at
most `_LARGEST` bytes of arrays (a larger call gets ordinary arrays for the rest) and a file
buffer of at most `_LARGEST` bytes (a larger file is read as it was).
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
_SEGMENT = 32 << 20  # an arena grows by maps of this size (or of one larger array)
#: Arrays an arena holds at most, and the largest file buffer it keeps: a million recipients
#: take 224-256 MB of arrays (the steps' arrays all at once: none is given back early) and a
#: 34 MB file.
_LARGEST = 384 << 20
_SMALLEST = 64 << 10  # smaller arrays come from malloc's free lists without faults
#: Arenas kept while no filter holds one: a second filter at once gets its own, dropped after.
_KEPT = 1


class Arena:
    """Kept maps whose arrays are taken in turn (a bump allocator), and a file buffer."""

    def __init__(self) -> None:
        self.maps: list[mmap.mmap] = []
        self.filling = 0  # the map arrays are taken from now
        self.used = 0  # bytes taken from it
        self.file = bytearray()  # `read`'s buffer
        self._lock = threading.Lock()  # a call's two halves take arrays at once

    def take(self, count: int, dtype: npt.DTypeLike) -> npt.NDArray[Any] | None:
        """An uninitialised array of `count` items from this arena; None when it is full.
        The same calls in the same order get the same memory as last time."""
        kind = np.dtype(dtype)
        size = -(-count * kind.itemsize // _ALIGN) * _ALIGN
        with self._lock:
            while self.filling < len(self.maps) and self.used + size > len(self.maps[self.filling]):
                self.filling, self.used = self.filling + 1, 0
            if self.filling == len(self.maps):
                if sum(map(len, self.maps)) + size > _LARGEST:
                    return None
                self.maps.append(_mapped(max(size, _SEGMENT)))
            start, self.used = self.used, self.used + size
            return np.frombuffer(self.maps[self.filling], dtype=kind, count=count, offset=start)

    def read(self, stream: io.BufferedIOBase | io.RawIOBase, size: int) -> bytes | bytearray:
        """The next `size` bytes of `stream` (fewer at its end), read into a buffer this arena
        keeps: a file's bytes are a call's largest block (34 MB for a million recipients), too
        large for glibc to keep, so that read into a fresh `bytes` is faulted in every call."""
        if size > _LARGEST:
            return stream.read()  # not kept
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

    def emptied(self) -> None:
        """Every array given back: the next call takes from the first map again."""
        self.filling = self.used = 0


def _mapped(size: int) -> mmap.mmap:
    """A private anonymous map of `size` bytes, advised huge pages (where the kernel gives
    them: a shared map, mmap's default, is shmem and gets none)."""
    found = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    if hasattr(mmap, "MADV_HUGEPAGE"):
        found.madvise(mmap.MADV_HUGEPAGE)
    return found


_current: ContextVar[Arena | None] = ContextVar("heed_arena", default=None)
_free: list[Arena] = []
_free_lock = threading.Lock()


@contextmanager
def lent() -> Iterator[Arena]:
    """An arena for this call's arrays (a kept one if free), current until the block ends."""
    with _free_lock:
        arena = _free.pop() if _free else Arena()
    token = _current.set(arena)
    try:
        yield arena
    finally:
        _current.reset(token)
        arena.emptied()
        with _free_lock:
            if len(_free) < _KEPT:
                _free.append(arena)


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

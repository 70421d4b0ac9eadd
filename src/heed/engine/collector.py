"""Pause Python's cycle collector around bulk work.

A million-row import, verification or export allocates several container objects per row,
none of them in a reference cycle; the collector, triggered by allocations, would walk them all
again and again: a third of an import's CPU time, measured with bench/import.py. Reference
counting still frees everything as usual; the collector runs again when the work ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off (as it was before, after)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()

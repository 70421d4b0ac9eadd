"""The next item of an iterator made on a thread while the caller works on this one.

Bulk work alternates between Python that holds the GIL and waits that do not: a database
finding or storing rows (psycopg waits for PostgreSQL, sqlite3 steps a statement, both
without the GIL), numpy over a block of a file. Made one after the other, neither overlaps;
made a step ahead on a thread, the next batch is read while this one is written.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar, cast

T = TypeVar("T")

_END = object()


def ahead(items: Iterator[T], name: str) -> Generator[T, None, None]:
    """`items`, each `next` made on a thread (named `name`) while the caller holds the item
    before; an exception raised making an item is raised where that item would be. Closing
    this (or leaving a loop over it) waits for the item being made, then stops."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix=name) as pool:
        pending = pool.submit(next, items, _END)
        while (item := pending.result()) is not _END:
            pending = pool.submit(next, items, _END)
            yield cast(T, item)

"""An import's next batch read on a thread of its own while the database writes this one.

On PostgreSQL an import's process waits for the server for much of each batch (the end of
its COPY, the commit, the matching and flag reads); a thread reading the next batch from the
file meanwhile (Python and NumPy work, which takes the GIL while the main thread waits on its
socket) overlaps the two. Not on SQLite, where this process does the database's work
itself: 300,000 contacts read ahead imported no faster (bench/README.md, the contact import's
round 5).
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from queue import Full, Queue
from typing import Any, TypeVar

T = TypeVar("T")
_WAIT = 0.1  # seconds between looks at whether the reader should stop


@dataclass(frozen=True)
class _End:
    error: BaseException | None = None


def read_ahead(items: Iterator[T], depth: int = 1) -> Generator[T, None, None]:
    """`items` in order, up to `depth` of them read ahead on a thread; an error reading
    them is raised where the item would have come. When the caller stops early, the thread
    stops after the item it is reading, before this generator is closed."""
    queue: Queue[Any] = Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                queue.put(item, timeout=_WAIT)
                return True
            except Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    return
        except BaseException as exc:  # raised to the caller, in order
            put(_End(exc))
            return
        put(_End())

    thread = threading.Thread(target=work, name="heed-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item = queue.get()  # the thread always ends with an _End
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                return
            yield item
    finally:
        stop.set()
        thread.join()

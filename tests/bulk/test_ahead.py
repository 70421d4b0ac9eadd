"""Batches read ahead on a thread (heed.bulk.ahead) come in order, an error reading them is
raised where its item would have come, and a caller that stops early stops the reader."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from heed.bulk.ahead import read_ahead


def test_items_come_in_order_and_an_error_where_it_happened() -> None:
    def items() -> Iterator[int]:
        yield from range(5)
        raise ValueError("line 6: cannot read it")

    got = []
    with pytest.raises(ValueError, match="line 6"):
        for item in read_ahead(items(), depth=2):
            got.append(item)
    assert got == [0, 1, 2, 3, 4]
    assert list(read_ahead(iter(range(100)))) == list(range(100))


def test_a_caller_that_stops_early_stops_the_reader() -> None:
    read: list[int] = []

    def items() -> Iterator[int]:
        for n in range(1000):
            read.append(n)
            yield n

    ahead = read_ahead(items(), depth=1)
    assert next(ahead) == 0
    ahead.close()
    assert not any(t.name == "heed-read-ahead" and t.is_alive() for t in threading.enumerate())
    assert len(read) <= 3  # the one given, the one queued, the one being read

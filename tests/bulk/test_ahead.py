"""heed.bulk.ahead: the next item made on a thread, the items and errors as the source's."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from heed.bulk.ahead import ahead


def test_items_come_in_order_each_made_on_the_named_thread() -> None:
    made_on: list[str] = []

    def source() -> Iterator[int]:
        for n in range(5):
            made_on.append(threading.current_thread().name)
            yield n

    assert list(ahead(source(), "heed-test")) == [0, 1, 2, 3, 4]
    assert all(name.startswith("heed-test") for name in made_on)


def test_an_error_making_an_item_is_raised_where_that_item_would_be() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("line 3 cannot be read")

    got = []
    with pytest.raises(ValueError, match="line 3"):
        for item in ahead(source(), "heed-test"):
            got.append(item)
    assert got == [1, 2]


def test_leaving_early_makes_at_most_one_item_more_and_stops() -> None:
    made: list[int] = []

    def source() -> Iterator[int]:
        for n in range(100):
            made.append(n)
            yield n

    items = ahead(source(), "heed-test")
    assert next(items) == 0
    items.close()
    assert made in ([0], [0, 1])
    assert not [t for t in threading.enumerate() if t.name.startswith("heed-test")]

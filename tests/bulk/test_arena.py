"""A filter's large arrays come from memory kept between calls (heed.bulk.arena): what a
filter answers does not depend on what an earlier call left there, concurrent filters never
share an arena, and an arena too small for a call gives ordinary arrays and then grows."""

from __future__ import annotations

import io
import threading

import numpy as np
import pytest

from heed import Engine
from heed.bulk import arena
from helpers.actors import ADMIN


def _address(array: np.ndarray) -> int:
    return int(array.__array_interface__["data"][0])


def _file(numbers: range, junk: str) -> bytes:
    rows = [f"{n},+1415555{n:04d},Person {n}" for n in numbers]
    rows[1:1] = [f"x,{junk},nobody", f"y,+1415555{numbers[0]:04d},again", "z,(415) 555-0003,n"]
    return ("id,phone,name\n" + "\n".join(rows) + "\n").encode()


def _filtered(engine: Engine, acme: str, data: bytes) -> tuple[object, bytes, bytes]:
    allowed, excluded = io.BytesIO(), io.BytesIO()
    counts = engine.filter_audience(
        acme, io.BytesIO(data), allowed, excluded_out=excluded, channel="sms"
    )
    return counts, allowed.getvalue(), excluded.getvalue()


def test_answers_do_not_depend_on_what_earlier_calls_left_in_the_arena(
    engine: Engine, acme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine.update_settings(acme, ADMIN, default_country="US")
    for n in range(0, 300, 7):
        engine.opt_out(acme, "sms", f"+1415555{n:04d}", actor=ADMIN, reason="STOP")
    files = [_file(range(300), "n/a"), _file(range(40, 90), ""), _file(range(5, 260), "junk")]
    monkeypatch.setattr("heed.bulk.halves.MIN_ROWS", 2)  # two halves, two threads
    monkeypatch.setattr(arena, "_SMALLEST", 1 << 40)  # every array an ordinary one
    expected = [_filtered(engine, acme, data) for data in files]
    monkeypatch.setattr(arena, "_SMALLEST", 0)  # every array from the arena
    monkeypatch.setattr(arena, "_free", [])
    for _ in range(3):  # the first call fills a small arena, the later ones reuse a grown one
        assert [_filtered(engine, acme, data) for data in files] == expected
    assert arena._free and arena._free[0].maps


def test_an_arena_lends_the_same_memory_to_the_next_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arena, "_free", [])
    monkeypatch.setattr(arena, "_SEGMENT", 1 << 20)
    sizes = [100_000, 200_000, 50_000]  # the second does not fit in the first map's rest
    with arena.lent() as kept:
        first = [arena.empty(n, np.int64) for n in sizes]
        assert not any(array.flags.owndata for array in first)
        assert len(kept.maps) == 3  # the third fits in the second's map
    with arena.lent():
        again = [arena.empty(n, np.int64) for n in sizes]
        assert list(map(_address, again)) == list(map(_address, first))
    with arena.lent() as kept:
        assert len(kept.maps) == 3


def test_an_arena_holds_at_most_its_largest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(arena, "_free", [])
    monkeypatch.setattr(arena, "_SEGMENT", 1 << 20)
    monkeypatch.setattr(arena, "_LARGEST", 2 << 20)
    with arena.lent() as kept:
        assert not arena.empty(1 << 20, np.uint8).flags.owndata
        assert not arena.empty(1 << 20, np.uint8).flags.owndata
        assert arena.empty(1 << 20, np.uint8).flags.owndata  # past the largest: an ordinary one
        assert sum(map(len, kept.maps)) == 2 << 20
        assert kept.read(io.BytesIO(b"x" * (3 << 20)), 3 << 20) == b"x" * (3 << 20)
        assert not kept.file  # too large to keep


def test_outside_a_filter_and_for_small_arrays_empty_is_numpys() -> None:
    assert arena.empty(1_000_000, np.int64).flags.owndata
    with arena.lent():
        assert arena.empty(10, np.int64).flags.owndata


def test_filters_running_at_once_hold_arenas_of_their_own() -> None:
    held: list[arena.Arena] = []
    both_in = threading.Barrier(2)

    def filter_() -> None:
        with arena.lent() as mine:
            held.append(mine)
            both_in.wait()

    threads = [threading.Thread(target=filter_) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert held[0] is not held[1]


def test_a_file_is_read_into_the_kept_buffer_whatever_its_size() -> None:
    kept = arena.Arena()
    for data in (b"a" * 1000, b"bc" * 100, b"", b"def" * 2000):
        assert kept.read(io.BytesIO(data), len(data)) == data
    assert kept.read(io.BytesIO(b"short"), 10) == b"short"  # the stream ended first
    view = np.frombuffer(kept.file, dtype=np.uint8)  # an array still reading the last file
    assert kept.read(io.BytesIO(b"x" * 10), 10) == b"x" * 10
    assert bytes(view) == b"short"


def test_taken_is_a_gather_from_any_array() -> None:
    values = np.arange(100, dtype=np.int64) * 3
    rows = np.array([5, 0, 99, 5], dtype=np.intp)
    with arena.lent():
        assert arena.taken(values, rows).tolist() == values[rows].tolist()
        strided = values[::2]  # not contiguous: gathered by NumPy's indexing
        assert arena.taken(strided, rows[:3] // 2).tolist() == strided[rows[:3] // 2].tolist()

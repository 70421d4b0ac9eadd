"""The columnar filter's reading of a file's bytes (heed.bulk.columnar): where the breaks are,
which lines there are and what each line's fields hold, on arrays, answer as plain Python
reads the same bytes line by line."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heed.bulk import columnar
from heed.bulk.columnar import count, positions, split_lines

_CELL = st.text("ab+1 ;|\t", max_size=4)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.lists(_CELL, max_size=4), min_size=1, max_size=12),
    delimiter=st.sampled_from([",", ";", "|", "\t"]),
    end=st.sampled_from(["\n", "\r\n"]),
    last_end=st.booleans(),
    index=st.integers(0, 4),
)
def test_each_lines_field_is_what_splitting_the_line_gives(
    lines: list[list[str]], delimiter: str, end: str, last_end: bool, index: int
) -> None:
    text = end.join(delimiter.join(cells) for cells in lines) + (end if last_end else "")
    data = text.encode()
    read = split_lines(data, 0)
    expected_lines = data.split(b"\n")
    if last_end or expected_lines[-1] == b"":
        expected_lines = expected_lines[:-1]
    expected_lines = [
        line.removesuffix(b"\r") if end == "\r\n" else line for line in expected_lines
    ]
    got_lines = [data[s:e] for s, e in zip(read.starts.tolist(), read.ends.tolist(), strict=True)]
    assert got_lines == expected_lines
    rows = np.arange(len(got_lines))
    spans = read.field(rows, ord(delimiter), index)
    expected = [_field(line, delimiter.encode(), index) for line in expected_lines]
    assert [spans.data[b:e] for b, e in zip(spans.begins, spans.stops, strict=True)] == expected
    chosen = rows[::2]  # a gather, not a run of neighbours
    some = read.field(chosen, ord(delimiter), index)
    assert [some.data[b:e] for b, e in zip(some.begins, some.stops, strict=True)] == expected[::2]


def _field(line: bytes, delimiter: bytes, index: int) -> bytes:
    cells = line.split(delimiter)
    return cells[index] if index < len(cells) else b""


@pytest.mark.parametrize("halves", [False, True], ids=["one thread", "in halves"])
def test_positions_and_counts_across_blocks(halves: bool, monkeypatch) -> None:
    """Blocks and halves meet at arbitrary bytes: every position is found once."""
    monkeypatch.setattr("heed.bulk.halves.MIN_ROWS", 2 if halves else 1 << 40)
    monkeypatch.setattr(columnar, "_BLOCK", 1000)
    rng = random.Random(14)
    data = bytes(rng.choice(b"ab,\n;+") for _ in range(25_017))
    raw = np.frombuffer(data, dtype=np.uint8)
    assert positions(raw, b",\n").tolist() == [i for i, b in enumerate(data) if b in b",\n"]
    assert positions(raw, b"").tolist() == []
    assert count(raw, ord("+")) == data.count(b"+")

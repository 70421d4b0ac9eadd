"""Ids made in bulk (heed.store.ids.new_ids) are laid out as the counter says, in increasing
order, across every carry of the counter's 10-bit pairs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from heed.store.ids import _PAIRS, _counted, new_id, new_ids


def reference(prefix: str, n: int) -> str:
    return (
        prefix
        + _PAIRS[n >> 30]
        + _PAIRS[(n >> 20) & 1023]
        + _PAIRS[(n >> 10) & 1023]
        + _PAIRS[n & 1023]
    )


@given(
    start=st.one_of(
        st.integers(0, (1 << 39) - 1),
        st.sampled_from([1023, (1 << 20) - 5, (1 << 30) - 1000, (1 << 39) - 1]),
    ),
    count=st.integers(0, 3000),
)
def test_a_counted_run_is_each_counter_value_written_out(start: int, count: int) -> None:
    prefix = new_id()[:18]
    ids = _counted(prefix, start, count)
    assert ids == [reference(prefix, n) for n in range(start, start + count)]


def test_new_ids_increase_and_are_ulid_shaped() -> None:
    ids = new_ids(5000)
    assert ids == sorted(ids) and len(set(ids)) == 5000
    assert {len(i) for i in ids} == {26}

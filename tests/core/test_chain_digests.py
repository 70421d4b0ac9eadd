"""The chain's fast digests against its definition (heed.core.chain)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from heed.core.chain import digest, ordered_digest

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def _reordered(value: Any, keys: Any) -> Any:
    """`value` with every object's keys in the order `keys` puts them."""
    if isinstance(value, dict):
        return {k: _reordered(value[k], keys) for k in keys(list(value))}
    if isinstance(value, list):
        return [_reordered(v, keys) for v in value]
    return value


@given(_JSON)
def test_a_value_in_sorted_order_has_its_digest(value: Any) -> None:
    """What SQLite gives back (keys written sorted) is digested without sorting it again."""
    assert ordered_digest(_reordered(value, sorted)) == digest(value)


@given(_JSON)
def test_a_value_in_another_order_matches_no_canonical_text(value: Any) -> None:
    """Unsorted, its bytes are no canonical text: the walk then asks the sorting digest."""
    backwards = _reordered(value, lambda keys: sorted(keys, reverse=True))
    if json.dumps(backwards) != json.dumps(_reordered(value, sorted)):
        assert ordered_digest(backwards) != digest(value)

"""Text as databases can keep it."""

from __future__ import annotations

import re
from typing import Any

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable_text(text: str) -> str:
    """`text` without what no database can keep: NUL dropped, lone surrogates as U+FFFD.

    PostgreSQL refuses both; a webhook whose body held one would fail, be retried by the
    provider forever, and its STOP would never be honoured. Cleaning loses nothing a person
    could have meant.
    """
    if _UNSTORABLE.search(text) is None:
        return text
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text.replace("\x00", ""))


def json_storable(value: Any) -> Any:
    """A JSON-able value with every string in it made storable."""
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, dict):
        return {storable_text(str(k)): json_storable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_storable(v) for v in value]
    return value


def json_depth(value: Any, stop_after: int = 1 << 30) -> int:
    """How deeply arrays and objects nest in `value` (0 for a scalar), without recursion;
    counting stops once past `stop_after`."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > stop_after:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest

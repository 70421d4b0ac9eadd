"""What the audience filter says of one recipient (heed.bulk.indexed decides it)."""

from __future__ import annotations

from dataclasses import dataclass

from heed.core.rules import CheckResult


@dataclass(frozen=True)
class Decision:
    """One recipient: its canonical address (None if unreadable) and the check's answer."""

    address: str | None
    result: CheckResult

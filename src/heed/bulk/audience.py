"""What the audience filter says of one recipient (heed.bulk.indexed decides it)."""

from __future__ import annotations

from dataclasses import dataclass

from heed.core.rules import CheckResult


@dataclass(frozen=True)
class Decision:
    """One recipient: its canonical address (None if unreadable) and the check's answer."""

    address: str | None
    result: CheckResult


@dataclass(slots=True)  # not frozen: made for each of millions of rows, ~3x the cost frozen
class Verdict:
    """One recipient of a batch (`IndexedAudience.verdicts`): its canonical address (None if
    unreadable); where it may not be messaged, the first reason's code (None: it may) and,
    when asked for, every reason's code (for an excluded file)."""

    address: str | None
    code: str | None
    reasons: list[str] | None = None

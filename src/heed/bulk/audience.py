"""What the audience filter says of one recipient (heed.bulk.indexed decides it)."""

from __future__ import annotations

from dataclasses import dataclass

from heed.core.rules import CheckResult


@dataclass(frozen=True)
class Decision:
    """One recipient: its canonical address (None if unreadable) and the check's answer."""

    address: str | None
    result: CheckResult


@dataclass(frozen=True, slots=True)
class Verdict:
    """One recipient of a batch (`IndexedAudience.verdicts`): its canonical address (None if
    unreadable), and the check's answer where it may not be messaged (None: it may, and the
    whole answer was not asked)."""

    address: str | None
    refused: CheckResult | None

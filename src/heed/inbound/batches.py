"""Batches that span accounts: each account's items processed together, accounts in order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy.orm import Session

from heed.store.config import AccountConfig, ConfigCache

T = TypeVar("T")
R = TypeVar("R")


def by_account(
    session: Session,
    configs: ConfigCache,
    items: Sequence[tuple[str, T]],
    process: Callable[[AccountConfig, list[T]], list[R]],
) -> list[R]:
    """Run `process` on each account's items (in the order given), and return the results in
    the order of `items`.

    Accounts go in slug order, so that concurrent transactions lock the accounts' event chains
    in the same order and never wait for each other in a circle.
    """
    positions: dict[str, list[int]] = {}
    for position, (slug, _item) in enumerate(items):
        positions.setdefault(slug, []).append(position)
    results: dict[int, R] = {}
    for slug in sorted(positions):
        config = configs.get(session, slug)
        done = process(config, [items[position][1] for position in positions[slug]])
        results.update(zip(positions[slug], done, strict=True))
    return [results[position] for position in range(len(items))]

"""The `heed` command: a thin layer over `heed.Engine` with the same verbs.

Exit codes (the contract scripts rely on) are `heed.cli.common.EXIT_CODES`, listed by
`heed --help` and in the README.

One module per domain holds its commands, and its groups (`account_app`, ...) with theirs:
`accounts` (init, account, key, user), `senders` (sender, list, contact), `suppressions`
(optout, resubscribe, block, unblock, check), `audit` (audit, server-key, backup, restore),
`messaging` (inbound, serve, email, review, outbox), `bulk` (import, export), `filter`,
`registries` (registry) and `demo` (demo, eval). What they share is in `common`, which they
import (never this module, so nothing imports in a circle). The command tree is put together
in `tree` alone, in the order `heed --help` lists it, and imported when `app` is first named:
`heed check`, which scripts run before each send, runs a tree of itself alone
(`heed.cli.check`) and loads no other command's module (#12 item 7); so does `heed filter`
(`heed.cli.filter`).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heed.cli.tree import app

__all__ = ["app", "main"]


def __getattr__(name: str) -> Any:
    if name != "app":
        raise AttributeError(f"module 'heed.cli' has no attribute {name!r}")
    from heed.cli.tree import app

    return app


def main() -> None:
    """Run `heed`: the console script (`heed.cli:main`) and `python -m heed` both start here."""
    if sys.argv[1:2] == ["check"]:
        from heed.cli.check import run

        run(sys.argv[2:])
    if sys.argv[1:2] == ["filter"]:
        from heed.cli.filter import run as run_filter

        run_filter(sys.argv[2:])
    from heed.cli.tree import app

    app()

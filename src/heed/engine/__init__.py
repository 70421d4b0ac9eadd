"""The engine: every change and every question goes through `Engine`, one service per module.

- `engine` assembles `Engine` over one database; `part` is what every service shares;
- `opt_outs` (opt-outs, blocks, blacklists, consents, erasure), `suppressions` (listing,
  lifting, the activity log, the bulk check), `contacts`, `lists` (lists, members, consents),
  `senders`, `keys` (API keys), `idempotency` (Idempotency-Keys), `review` (the review queue),
  `outbox` (replies heed sends), `imports` (imports, exports, audience filters);
- `results` holds the types the engine returns.

`Engine` is imported when first named: importing one service module (`heed check` needs only
`checking`) must not assemble the whole engine (#12 item 7).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heed.engine.engine import Engine


def __getattr__(name: str) -> Any:
    if name != "Engine":
        raise AttributeError(f"module 'heed.engine' has no attribute {name!r}")
    from heed.engine.engine import Engine

    return Engine


__all__ = ["Engine"]

"""The engine: every change and every question goes through `Engine`, one service per module.

- `engine` assembles `Engine` over one database; `base` holds what every engine has (the
  database, the server key, `Transactions`, and `Forward`, how a composed service's methods
  become the engine's); `part` is what the services still mixed in share;
- `opt_outs` (opt-outs, blocks, blacklists, consents, erasure), `suppressions` (listing,
  lifting, the activity log, the bulk check), `contacts`, `lists` (lists, members, consents),
  `senders`, `keys` (API keys), `idempotency` (Idempotency-Keys), `review` (the review queue),
  `outbox` (replies heed sends), `imports` (imports, exports, audience filters), `users`
  (people who sign in to the web UI), `sign_ins` (their sign-ins), `dashboard` (the counts the
  web UI's first page shows), `conversations` (the inbox's threads), `proof` (verification,
  checkpoints, backups); users, sign-ins, keys, idempotency, dashboard, conversations and
  proof are composed services built on `Transactions`, the others still mixed in (#12 item 3);
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

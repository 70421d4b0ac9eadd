"""The engine: every change and every question goes through `Engine`, one service per module.

Each service is a plain class that takes what it needs in `__init__` (usually only the
database's `Transactions`); `Engine` builds each on first use and forwards its methods as its
own, one line each, so the library keeps one flat API (`engine.opt_out(...)`).

- `engine`: `Engine`, which composes the services and owns no method of its own;
- `base`: what every engine has (the database, the server key, `Transactions`, and `Forward`,
  how a service's method becomes the engine's), and `Checker`, the engine that only checks;
- `checking`: the one decision, for one address or many; `checker`: what `heed check` opens
  (the same decision over a bare database connection, without SQLAlchemy);
- changes and records: `opt_outs` (opt-outs, resubscription, blocks, blacklists, consents,
  erasure), `suppressions` (by id, lifting one, the activity log), `contacts`, `lists` (lists,
  members, consents), `senders`, `registries` (do-not-call and reassigned numbers),
  `accounts` (accounts and their settings);
- messages: `receiving` (what providers send: messages, parts, delivery reports), `review`
  (the review queue), `outbox` (replies heed sends), `links` (one-click unsubscribe links);
- many at once: `imports` (CSV imports), `exports` (the export, the audience filter);
- access: `keys` (API keys), `idempotency` (Idempotency-Keys), `users` (people who sign in to
  the web UI), `sign_ins` (their sign-ins), `attempts` (throttled attempts);
- the web UI's views: `dashboard` (its first page), `conversations` (the inbox's threads);
  and `proof` (verification, checkpoints, backups);
- `results`: the types the services return (besides heed.core's `CheckResult` and those of
  heed.bulk.results and heed.inbound); `collector`: the cycle collector paused around bulk
  work.

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

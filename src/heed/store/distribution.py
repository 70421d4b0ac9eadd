"""How heed's tables spread over a Citus cluster when one PostgreSQL is not enough.

Every account's data lives together: each table but `accounts` is *distributed* by
`account_id`, co-located with the others, so one account's transaction (its event-chain lock,
its suppressions, its messages) runs on one worker node as it does on one PostgreSQL. `accounts`
is a *reference* table, copied to every node: it is small, and every other table points at it.
`tests/store/test_distribution.py` checks the schema against the rules Citus imposes (every
primary key and unique index of a distributed table holds `account_id`; a foreign key between
distributed tables holds it too; a reference table points at no distributed one). docs/scaling.md
explains the rest.
"""

from __future__ import annotations

from heed.store.tables import Base

DISTRIBUTION_COLUMN = "account_id"
#: Copied to every node.
REFERENCE = frozenset({"accounts"})
#: Kept on the coordinator only: rate-limit counters keyed by a hash of a client address, not
#: by account (heed.store.throttle), short-lived and never joined with account data.
LOCAL = frozenset({"throttle"})
#: Sharded by account_id, all co-located with `events` (the busiest).
DISTRIBUTED = frozenset(Base.metadata.tables) - REFERENCE - LOCAL
ANCHOR = "events"

#: The queries that read more than one account, and why each is fine on Citus.
CROSS_ACCOUNT = {
    "heed.store.accounts: account by slug, API key by its account": (
        "reads the reference table `accounts` (on every node), then one account's shard"
    ),
    "heed.engine.review.apply_due_reviews": (
        "lists the accounts (reference table), then works one account per transaction"
    ),
    "heed.outbound.queue.due": (
        "the outbox poll: one multi-shard SELECT over the partial index of unsent messages, "
        "then each message claimed and sent in its own account's transaction"
    ),
}


def citus_ddl() -> list[str]:
    """The statements that distribute an (empty, migrated) heed database on Citus."""
    statements = [f"SELECT create_reference_table('{table}');" for table in sorted(REFERENCE)]
    statements += [
        f"SELECT citus_add_local_table_to_metadata('{table}');" for table in sorted(LOCAL)
    ]
    statements.append(f"SELECT create_distributed_table('{ANCHOR}', '{DISTRIBUTION_COLUMN}');")
    statements += [
        f"SELECT create_distributed_table('{table}', '{DISTRIBUTION_COLUMN}', "
        f"colocate_with => '{ANCHOR}');"
        for table in sorted(DISTRIBUTED - {ANCHOR})
    ]
    return statements

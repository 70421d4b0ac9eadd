"""suppressions carry a salted digest: set-based imports log one event per batch

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 18:40:00

An opt-out import writes a batch of suppressions with a few multi-row statements and one
`suppressions.imported` event, whose payload holds the number of rows and a digest of their
digests (heed.store.batches). Each such suppression keeps its own `row_digest` (of its id,
address, scope, source, reason, evidence and time, with a random `salt`), so `heed audit verify`
proves the rows against the chain, and an erasure can blank the row and its salt and keep the
digest. Suppressions written one by one, with their own event, leave both columns empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suppressions") as table:
        table.add_column(sa.Column("salt", sa.String(32), nullable=True))
        table.add_column(sa.Column("row_digest", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suppressions") as table:
        table.drop_column("row_digest")
        table.drop_column("salt")

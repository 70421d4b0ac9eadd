"""suppressions: no foreign key to accounts, evidence as JSON text (not JSONB) on PostgreSQL

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 01:30:00

What an import's COPY costs PostgreSQL a row, measured by variant of this table (bench/README.md,
the import's round 5): 11-12 µs of the server's CPU with both, 3.6-4.4 µs less without the
foreign key, ~1 µs less with JSON evidence.

The foreign key is checked by a trigger a row that locks the account's row (`SELECT ... FOR KEY
SHARE`) once for each suppression. What it guaranteed still holds: every suppression is written
in the transaction that appends the event creating it (`created_event`) to the same account's
log, whose table keeps its key to accounts, and no account is ever deleted.

JSONB parses each row's evidence into a tree; JSON checks the text and keeps it as written.
Nothing queries inside a suppression's evidence: readers parse it whole, exports and `heed audit
verify` read its text. Existing rows are converted from JSONB's text, the same JSON values (the
key order and spacing are JSONB's; a row's digest is of the parsed values, so it still
verifies). SQLite keeps JSON as text either way; its table only loses the foreign key.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_KEY = "fk_suppressions_account_id_accounts"


def upgrade() -> None:
    with op.batch_alter_table("suppressions") as table:
        table.drop_constraint(_KEY, type_="foreignkey")
        if op.get_bind().dialect.name == "postgresql":
            table.alter_column(
                "evidence",
                type_=sa.JSON(),
                existing_type=postgresql.JSONB(),
                existing_nullable=False,
                postgresql_using="evidence::json",
            )


def downgrade() -> None:
    with op.batch_alter_table("suppressions") as table:
        if op.get_bind().dialect.name == "postgresql":
            table.alter_column(
                "evidence",
                type_=postgresql.JSONB(),
                existing_type=sa.JSON(),
                existing_nullable=False,
                postgresql_using="evidence::jsonb",
            )
        table.create_foreign_key(_KEY, "accounts", ["account_id"], ["id"])

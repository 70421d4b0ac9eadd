"""suppressions: the (account_id, channel, address) index holds lifted rows only

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 04:50:00

Every row an import writes went into two indexes led by (account_id, channel, address): the
plain one, and `uq_suppressions_active` (unique, active rows only). The plain one cost
PostgreSQL's COPY 1.2-1.7 µs a row of ~7 and SQLite's insert ~1 µs of ~4.9 (bench/README.md,
the import's rounds 5 and 7), and only ever answered for the lifted rows the unique index does
not hold: it now holds only those (`WHERE lifted_at IS NOT NULL`), which an import never
writes, and a read of an address's rows of both kinds finds their ids through the two indexes,
one search each (`tables.rows_of`). Built from the table's lifted rows: at 10,000,000 rows one
scan of the table (README's upgrade notes).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_INDEX = "ix_suppressions_account_id_channel_address"
_COLUMNS = ["account_id", "channel", "address"]
_LIFTED = sa.text("lifted_at IS NOT NULL")


def upgrade() -> None:
    op.drop_index(_INDEX, table_name="suppressions")
    op.create_index(
        _INDEX, "suppressions", _COLUMNS, sqlite_where=_LIFTED, postgresql_where=_LIFTED
    )


def downgrade() -> None:
    op.drop_index(_INDEX, table_name="suppressions")
    op.create_index(_INDEX, "suppressions", _COLUMNS)

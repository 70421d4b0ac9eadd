"""contacts carry their import's evidence and a salted digest: one event per batch of contacts

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 22:20:00

A contact import writes a batch of new contacts with one multi-row statement (`COPY` on
PostgreSQL) and one `contacts.imported` event, whose payload holds the number of contacts and a
digest of their digests (heed.store.contact_batches). Each such contact keeps the evidence of
its row (file, line, the row as read), the batch event's number, a random `salt` and the
`row_digest` of what it was created with, so `heed audit verify` proves its creation against
the chain and an erasure can blank the evidence and salt and keep the digest. Contacts created
one by one, with their own `contact.created` event, leave all four columns empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as table:
        table.add_column(
            sa.Column(
                "evidence",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )
        table.add_column(sa.Column("created_event", sa.Integer(), nullable=True))
        table.add_column(sa.Column("salt", sa.String(32), nullable=True))
        table.add_column(sa.Column("row_digest", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as table:
        table.drop_column("row_digest")
        table.drop_column("salt")
        table.drop_column("created_event")
        table.drop_column("evidence")

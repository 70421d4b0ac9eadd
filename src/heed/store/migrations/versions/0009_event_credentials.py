"""who did it: the credential behind every event and received message; events' payload salt

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 15:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TABLES = ("events", "inbound_messages", "delivery_reports")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("credential", sa.String(length=200), nullable=True))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("salt", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("salt")
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("credential")

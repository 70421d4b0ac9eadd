"""account config version

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 19:00:00.000000

`accounts.config_version` counts changes to an account's settings, senders and lists, so a
server process can keep them cached and know, with one small read, when its copy is stale
(heed.store.config).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("config_version", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("config_version")

"""message parts (long messages delivered in parts) and senders' button meanings

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_parts",
        sa.Column("account_id", sa.String(length=26), nullable=False),
        sa.Column("id", sa.String(length=26), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("group_key", sa.String(length=400), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("provider_message_id", sa.String(length=200), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message", _JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_message_parts_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", "id", name=op.f("pk_message_parts")),
    )
    with op.batch_alter_table("message_parts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_message_parts_account_id_provider_group_key_part"),
            ["account_id", "provider", "group_key", "part"],
            unique=True,
        )
        batch_op.create_index(
            batch_op.f("ix_message_parts_account_id_received_at"),
            ["account_id", "received_at"],
            unique=False,
        )
    with op.batch_alter_table("senders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("buttons", _JSON, nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("senders", schema=None) as batch_op:
        batch_op.drop_column("buttons")
    with op.batch_alter_table("message_parts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_message_parts_account_id_received_at"))
        batch_op.drop_index(batch_op.f("ix_message_parts_account_id_provider_group_key_part"))
    op.drop_table("message_parts")

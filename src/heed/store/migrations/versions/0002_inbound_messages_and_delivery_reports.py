"""inbound messages and delivery reports

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:15:14.117794
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "delivery_reports",
        sa.Column("account_id", sa.String(length=26), nullable=False),
        sa.Column("id", sa.String(length=26), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("dedup_key", sa.String(length=300), nullable=False),
        sa.Column("provider_message_id", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("error_code", sa.String(length=32), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "actions",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "raw",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_delivery_reports_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", "id", name=op.f("pk_delivery_reports")),
    )
    with op.batch_alter_table("delivery_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delivery_reports_account_id_channel_recipient_occurred_at"),
            ["account_id", "channel", "recipient", "occurred_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_delivery_reports_account_id_provider_dedup_key"),
            ["account_id", "provider", "dedup_key"],
            unique=True,
        )

    op.create_table(
        "inbound_messages",
        sa.Column("account_id", sa.String(length=26), nullable=False),
        sa.Column("id", sa.String(length=26), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("provider_message_id", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("to_address", sa.String(length=320), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sender_known", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("intent", sa.String(length=16), nullable=False),
        sa.Column("keyword", sa.String(length=64), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column(
            "actions",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column(
            "raw",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_inbound_messages_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", "id", name=op.f("pk_inbound_messages")),
    )
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inbound_messages_account_id_channel_from_address_sent_at"),
            ["account_id", "channel", "from_address", "sent_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_inbound_messages_account_id_provider_provider_message_id"),
            ["account_id", "provider", "provider_message_id"],
            unique=True,
        )

    # Existing accounts get their own random signing key, then the column becomes required.
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signing_key", sa.String(length=64), nullable=True))
    accounts = sa.table("accounts", sa.column("id", sa.String), sa.column("signing_key", sa.String))
    connection = op.get_bind()
    for (account_id,) in connection.execute(sa.select(accounts.c.id)).all():
        connection.execute(
            accounts.update()
            .where(accounts.c.id == account_id)
            .values(signing_key=secrets.token_hex(32))
        )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.alter_column("signing_key", existing_type=sa.String(length=64), nullable=False)

    with op.batch_alter_table("senders", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "provider_options",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=False,
                server_default="{}",
            )
        )


def downgrade() -> None:

    with op.batch_alter_table("senders", schema=None) as batch_op:
        batch_op.drop_column("provider_options")

    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("signing_key")

    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_index(
            batch_op.f("ix_inbound_messages_account_id_provider_provider_message_id")
        )
        batch_op.drop_index(
            batch_op.f("ix_inbound_messages_account_id_channel_from_address_sent_at")
        )

    op.drop_table("inbound_messages")
    with op.batch_alter_table("delivery_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_reports_account_id_provider_dedup_key"))
        batch_op.drop_index(
            batch_op.f("ix_delivery_reports_account_id_channel_recipient_occurred_at")
        )

    op.drop_table("delivery_reports")

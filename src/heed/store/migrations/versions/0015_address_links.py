"""address links: a phone number and a WhatsApp business-scoped user id of one person

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 22:50:00

Meta's webhooks name a person by phone number, by business-scoped user id (BSUID), or both.
When one shows both, heed records the pair, so that an opt-out under either address is
written under the other too (heed.store.links).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "address_links",
        sa.Column("account_id", sa.String(length=26), nullable=False),
        sa.Column("id", sa.String(length=26), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("linked", sa.String(length=320), nullable=False),
        sa.Column("learned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("evidence", _JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_address_links_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", "id", name=op.f("pk_address_links")),
    )
    with op.batch_alter_table("address_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_address_links_account_id_channel_address_linked"),
            ["account_id", "channel", "address", "linked"],
            unique=True,
        )
        batch_op.create_index(
            batch_op.f("ix_address_links_account_id_channel_linked"),
            ["account_id", "channel", "linked"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("address_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_address_links_account_id_channel_linked"))
        batch_op.drop_index(batch_op.f("ix_address_links_account_id_channel_address_linked"))
    op.drop_table("address_links")

"""verifications carry the head they verified and a seal made with the server key

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 23:00:00

The latest verification of each account is what /healthz and the dashboard report. `head` is
the hash of the last event that verified; `seal` an HMAC of the whole row under a key derived
from the server key, which is not in the database (heed.engine.proof), so a row edited to say
ok reads as unverifiable. Rows from before this migration have no seal and read as unverifiable
until the next verification (`heed audit verify`, or the schedule in `heed serve`) rewrites them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("verifications") as table:
        table.add_column(sa.Column("head", sa.String(64), nullable=True))
        table.add_column(sa.Column("seal", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("verifications") as table:
        table.drop_column("seal")
        table.drop_column("head")

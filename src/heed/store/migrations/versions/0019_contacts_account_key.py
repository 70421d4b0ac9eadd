"""contacts: no foreign key to accounts

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 10:00:00

As migration 0017 for suppressions: the key is checked by a trigger a row that locks the
account's row (`SELECT ... FOR KEY SHARE`), for every contact an import's COPY writes; perf on
the server during `bench/import_contacts.py` put 13-15% of its CPU there (bench/README.md,
2026-12-06, the contact import's binary COPY). What it guaranteed still holds: every contact is
written in the transaction that appends its creating event (`contact.created`, or the batch's
`contacts.imported`) to the same account's log, whose table keeps its key to accounts, and no
account is ever deleted.
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_KEY = "fk_contacts_account_id_accounts"


def upgrade() -> None:
    with op.batch_alter_table("contacts") as table:
        table.drop_constraint(_KEY, type_="foreignkey")


def downgrade() -> None:
    with op.batch_alter_table("contacts") as table:
        table.create_foreign_key(_KEY, "accounts", ["account_id"], ["id"])

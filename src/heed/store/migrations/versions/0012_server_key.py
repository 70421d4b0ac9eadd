"""server key: tombstone key out of the database, provider secrets encrypted at rest,
verifications

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 16:00:00

Every key heed uses is now derived from the server key (heed.server_key), which is not in the
database. `accounts.signing_key` goes: tokens it signed (sessions, unsubscribe links, form
tokens) stop verifying, which signs web users out once. Tombstones it made cannot be re-made
without the erased addresses, so an account that has erased anyone keeps its old key as
`legacy_tombstone_key`, encrypted with the server key: the erased stay suppressed, and a copy of
the database alone no longer reverses an erasure. Sender secrets and secret provider options
are encrypted in place. Nothing about opt-outs changes. `verifications` keeps each account's
latest verification for /healthz and the dashboard. Needs the server key when there is
anything to encrypt (`heed init` passes it).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import context, op

from heed.server_key import ENCRYPTED_PREFIX, Keyring, ServerKeyMissing

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# As they were when this migration was written (heed.store.tables.SECRET_OPTIONS).
_SECRET_OPTIONS = ("access_token", "api_secret", "verify_token")
_JSON = sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")

_accounts = sa.table(
    "accounts",
    sa.column("id", sa.String),
    sa.column("signing_key", sa.String),
    sa.column("legacy_tombstone_key", sa.Text),
)
_senders = sa.table(
    "senders",
    sa.column("account_id", sa.String),
    sa.column("id", sa.String),
    sa.column("secret", sa.Text),
    sa.column("provider_options", _JSON),
)


def _keyring() -> Keyring:
    source: Callable[[], Keyring] | None = context.config.attributes.get("keyring")
    if source is None:
        raise ServerKeyMissing(
            "this upgrade encrypts secrets with the server key: run it through `heed init`"
        )
    return source()


def _erased_accounts(connection: sa.Connection) -> set[str]:
    """Accounts that may hold tombstones: an erased contact, or any `erased:` address."""
    found = {
        row[0]
        for row in connection.execute(
            sa.text("SELECT DISTINCT account_id FROM contacts WHERE erased_at IS NOT NULL")
        )
    }
    for table in ("suppressions", "consents", "events"):
        found |= {
            row[0]
            for row in connection.execute(
                sa.text(f"SELECT DISTINCT account_id FROM {table} WHERE address LIKE 'erased:%'")
            )
        }
    return found


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legacy_tombstone_key", sa.Text(), nullable=True))
    connection = op.get_bind()
    erased = _erased_accounts(connection)
    rows = connection.execute(sa.select(_accounts.c.id, _accounts.c.signing_key)).all()
    for account_id, key in rows:
        if account_id in erased:
            sealed = _keyring().encrypt(key, "accounts.legacy_tombstone_key")
            connection.execute(
                _accounts.update()
                .where(_accounts.c.id == account_id)
                .values(legacy_tombstone_key=sealed)
            )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("signing_key")
    _convert_senders(connection, _encrypt)
    op.create_table(
        "verifications",
        sa.Column("account_id", sa.String(length=26), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("events_checked", sa.Integer(), nullable=False),
        sa.Column("checkpoints", sa.Integer(), nullable=False),
        sa.Column("covered_to", sa.Integer(), nullable=True),
        sa.Column("tampering", sa.String(length=16), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_verifications_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_verifications")),
    )


def downgrade() -> None:
    op.drop_table("verifications")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signing_key", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.select(_accounts.c.id, _accounts.c.legacy_tombstone_key)).all()
    for account_id, sealed in rows:
        key = (
            _keyring().decrypt(sealed, "accounts.legacy_tombstone_key")
            if sealed
            else secrets.token_hex(32)
        )
        connection.execute(
            _accounts.update().where(_accounts.c.id == account_id).values(signing_key=key)
        )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.alter_column("signing_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_column("legacy_tombstone_key")
    _convert_senders(connection, _decrypt)


def _encrypt(value: str, where: str) -> str:
    return value if value.startswith(ENCRYPTED_PREFIX) else _keyring().encrypt(value, where)


def _decrypt(value: str, where: str) -> str:
    return _keyring().decrypt(value, where) if value.startswith(ENCRYPTED_PREFIX) else value


def _convert_senders(connection: sa.Connection, convert: Callable[[str, str], str]) -> None:
    rows = connection.execute(
        sa.select(
            _senders.c.account_id, _senders.c.id, _senders.c.secret, _senders.c.provider_options
        )
    ).all()
    for account_id, sender_id, secret, options in rows:
        values: dict[str, Any] = {}
        if secret:
            values["secret"] = convert(secret, "senders.secret")
        if options and any(isinstance(options.get(n), str) for n in _SECRET_OPTIONS):
            values["provider_options"] = {
                name: convert(value, f"senders.provider_options.{name}")
                if name in _SECRET_OPTIONS and isinstance(value, str)
                else value
                for name, value in options.items()
            }
        if values:
            connection.execute(
                _senders.update()
                .where(_senders.c.account_id == account_id, _senders.c.id == sender_id)
                .values(**values)
            )

"""Alembic environment: runs on the connection heed hands over (see heed.store.migrate)."""

from __future__ import annotations

from alembic import context

from heed.store.tables import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTER TABLE is limited
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

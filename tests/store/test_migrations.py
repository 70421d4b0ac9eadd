"""Migrations build the schema the models describe, from an empty database, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from heed.store import migrate
from heed.store.db import Database
from heed.store.tables import Base


def test_upgrade_from_empty_matches_the_models(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    assert migrate.upgrade(db) == (None, migrate.head_revision())
    assert migrate.upgrade(db) == (migrate.head_revision(), migrate.head_revision())  # idempotent

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        # The quick check every command makes (no Alembic) agrees with Alembic's own answer.
        assert migrate.current_revision(db) == context.get_current_revision()
    assert (
        migrate.head_revision() == ScriptDirectory.from_config(migrate._config()).get_current_head()
    )
    db.dispose()


def test_downgrade_to_empty_and_back(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    migrate.upgrade(db)
    migrate.downgrade(db, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(db)
    assert set(inspect(db.engine).get_table_names()) >= set(Base.metadata.tables)
    db.dispose()


def test_account_id_leads_every_key_and_index(database_url: str) -> None:
    """So the tables can be distributed by account (e.g. Citus) without changing a query."""
    db = Database(database_url)
    inspector = inspect(db.engine)
    for table in Base.metadata.tables:
        if table in ("accounts", "throttle"):  # throttle counts per client address, not account
            continue
        primary_key = inspector.get_pk_constraint(table)["constrained_columns"]
        assert primary_key[0] == "account_id", table
        for index in inspector.get_indexes(table):
            assert index["column_names"][0] == "account_id", (table, index["name"])
    db.dispose()

"""Migrations build the schema the models describe, from an empty database, on both backends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select

from heed import Engine
from heed.store import migrate
from heed.store.db import Database
from heed.store.tables import Base, Suppression
from helpers.actors import ADMIN


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


def test_0017_keeps_every_suppression_and_its_evidence_both_ways(
    database_url: str, tmp_path: Path
) -> None:
    """Suppressions lose their foreign key to accounts and (PostgreSQL) their evidence becomes
    JSON text: a database migrated down to 0016 and up again holds the same rows, the same
    evidence, and still verifies."""
    path = tmp_path / "optouts.csv"
    path.write_text('phone,name\n+14155550100,Ann\n+14155550101,Bob \\ "B"\n')
    with Engine(database_url, data_dir=tmp_path / "data") as engine:
        engine.create_account("acme")
        engine.import_optouts("acme", path, actor=ADMIN, channel="sms")
        engine.opt_out(
            "acme", "email", "ann@example.com", actor=ADMIN, reason="x", evidence={"é": [1, "\t"]}
        )
        before = _suppressions(engine.db)
        assert len(before) == 3
        db = engine.db
        migrate.downgrade(db, "0016")
        assert _suppressions(db) == before
        assert _evidence_type(db) in ("jsonb", "JSON")
        migrate.upgrade(db)
        assert _evidence_type(db) in ("json", "JSON")
        assert not inspect(db.engine).get_foreign_keys("suppressions")
        assert _suppressions(db) == before
        assert engine.verify_audit("acme").ok


def _suppressions(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        rows = session.execute(select(Suppression.id, Suppression.address, Suppression.evidence))
        return sorted(tuple(row) for row in rows)


def _evidence_type(db: Database) -> str:
    found = inspect(db.engine).get_columns("suppressions")
    kind = next(column["type"] for column in found if column["name"] == "evidence")
    return type(kind).__name__ if db.dialect == "sqlite" else str(kind).lower()


def test_0018_keeps_every_suppression_both_ways(database_url: str, tmp_path: Path) -> None:
    """The (account_id, channel, address) index holds lifted rows only after 0018 and every
    row before it; the rows, active and lifted, are the same either way, and the log still
    verifies."""
    path = tmp_path / "optouts.csv"
    path.write_text("phone,name\n+14155550100,Ann\n+14155550101,Bob\n")
    with Engine(database_url, data_dir=tmp_path / "data") as engine:
        engine.create_account("acme")
        engine.import_optouts("acme", path, actor=ADMIN, channel="sms")
        lifted = engine.list_suppressions("acme", address="+14155550100").items[0]
        engine.lift_suppression("acme", lifted.id, actor=ADMIN, reason="asked back in")
        engine.opt_out("acme", "sms", "+14155550100", actor=ADMIN, reason="again")
        before = _suppressions(engine.db)
        assert len(before) == 3
        db = engine.db
        migrate.downgrade(db, "0017")
        assert _suppressions(db) == before
        assert _address_index(db) is None
        migrate.upgrade(db)
        assert _suppressions(db) == before
        assert _address_index(db) == "lifted_at IS NOT NULL"
        assert engine.verify_audit("acme").ok
        rows = engine.list_suppressions("acme", address="+14155550100", active=None).items
        assert sorted(r.id == lifted.id for r in rows) == [False, True]


def _address_index(db: Database) -> str | None:
    """The predicate of the (account_id, channel, address) index (None: every row)."""
    with db.engine.connect() as connection:
        if db.dialect == "sqlite":
            sql = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = "
                "'ix_suppressions_account_id_channel_address'"
            ).scalar_one()
            return sql.partition(" WHERE ")[2] or None
        found = connection.exec_driver_sql(
            "SELECT pg_get_expr(indpred, indrelid) FROM pg_index"
            " WHERE indexrelid = 'ix_suppressions_account_id_channel_address'::regclass"
        ).scalar_one()
        return None if found is None else str(found).strip("()")

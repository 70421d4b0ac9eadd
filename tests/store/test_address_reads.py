"""Every read of one address's suppressions, lifted ones included, finds them through an
index, never by scanning the account's rows: the active rows are in
`uq_suppressions_active` and the lifted ones in a partial index of their own (migration 0018),
which a read of both reaches only through `tables.rows_of`."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from heed import Engine
from helpers.actors import ADMIN

PHONE = "+14155550100"


def test_reads_of_an_address_use_an_index(engine: Engine, acme: str, tmp_path: Path) -> None:
    path = tmp_path / "optouts.csv"
    others = "".join(f"+1415666{n:04d},Person {n}\n" for n in range(3000))  # an account's many
    path.write_text(f"phone,name\n{PHONE},Ann\n{others}")
    engine.import_optouts(acme, path, actor=ADMIN, channel="sms")
    contact_id = engine.add_contact(acme, actor=ADMIN, phone=PHONE, name="Ann")
    row = engine.list_suppressions(acme, address=PHONE).items[0]
    engine.lift_suppression(acme, row.id, actor=ADMIN, reason="asked back in")
    engine.opt_out(acme, "sms", PHONE, actor=ADMIN, reason="again")

    seen: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, *rest: Any) -> None:
        where = statement.partition("WHERE")[2]
        lifted_too = "lifted_at" not in where or "lifted_at IS NOT NULL" in where
        if "suppressions" in statement and "address" in where and lifted_too:
            seen.append((statement, parameters))

    event.listen(engine.db.engine, "before_cursor_execute", keep)
    try:
        engine.list_suppressions(acme, address=PHONE, active=None)  # the suppressions list
        engine.list_events(acme, address=PHONE)  # a batch's rows about the address
        engine.list_events(acme, contact_id=contact_id)
        engine.check(acme, "sms", PHONE, at=datetime.now(UTC))  # status?at=: the history
        engine.erase_contact(acme, contact_id, actor=ADMIN, reason="GDPR request")
    finally:
        event.remove(engine.db.engine, "before_cursor_execute", keep)
    plans = [_plan(engine, statement, parameters) for statement, parameters in seen]
    # the list, the batch rows (twice), the events of the contact, the history, the erasure's
    # batch rows and its tombstoning
    assert len(plans) >= 7, plans
    for (statement, _), plan in zip(seen, plans, strict=True):
        assert "Seq Scan" not in plan, (statement, plan)  # PostgreSQL
        assert not re.search(r"\bSCAN suppressions\b(?! USING)", plan), (statement, plan)  # SQLite
        assert "uq_suppressions_active" in plan, (statement, plan)
        assert "ix_suppressions_account_id_channel_address" in plan, (statement, plan)


def _plan(engine: Engine, statement: str, parameters: Any) -> str:
    """The plan the database makes for `statement` (PostgreSQL: with scans of the whole
    table priced out, so that a table of thousands of rows plans as one of millions)."""
    with engine.db.engine.connect() as connection:
        if engine.db.dialect == "sqlite":
            found = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            return "\n".join(str(row[-1]) for row in found)
        connection.exec_driver_sql("SET enable_seqscan = off")
        found = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
        return "\n".join(str(row[0]) for row in found)

"""The schema obeys Citus's rules for distributing by account (docs/scaling.md)."""

from __future__ import annotations

from sqlalchemy import ForeignKeyConstraint, Index, UniqueConstraint

from heed.store.distribution import (
    ANCHOR,
    DISTRIBUTED,
    DISTRIBUTION_COLUMN,
    LOCAL,
    REFERENCE,
    citus_ddl,
)
from heed.store.tables import Base

TABLES = Base.metadata.tables


def test_every_table_is_distributed_or_a_reference_table() -> None:
    assert set(TABLES) == DISTRIBUTED | REFERENCE | LOCAL
    assert not DISTRIBUTED & REFERENCE and not (DISTRIBUTED | REFERENCE) & LOCAL
    assert ANCHOR in DISTRIBUTED


def test_distributed_tables_hold_the_account_in_every_key() -> None:
    """Citus enforces a primary key or unique index only if it holds the distribution column."""
    for name in DISTRIBUTED:
        table = TABLES[name]
        assert DISTRIBUTION_COLUMN in table.primary_key.columns, name
        for index in table.indexes:
            if isinstance(index, Index) and index.unique:
                assert DISTRIBUTION_COLUMN in index.columns, (name, index.name)
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                assert DISTRIBUTION_COLUMN in constraint.columns, (name, constraint.name)


def test_foreign_keys_stay_within_one_account_or_point_at_a_reference_table() -> None:
    """Between distributed tables a foreign key must join on the distribution column (so both
    rows are on the same node); a reference table may not point at a distributed one."""
    for name, table in TABLES.items():
        for fk in table.constraints:
            if not isinstance(fk, ForeignKeyConstraint):
                continue
            target = fk.referred_table.name
            if name in REFERENCE | LOCAL:
                assert target in REFERENCE, (name, target)
            elif target in DISTRIBUTED:
                pairs = {
                    (c.name, e.column.name) for c, e in zip(fk.columns, fk.elements, strict=True)
                }
                assert (DISTRIBUTION_COLUMN, DISTRIBUTION_COLUMN) in pairs, (name, target)


def test_the_ddl_distributes_every_table_once_colocated() -> None:
    ddl = citus_ddl()
    assert ddl[0] == "SELECT create_reference_table('accounts');"
    named = [line.split("'")[1] for line in ddl]
    assert sorted(named) == sorted(TABLES) and len(named) == len(set(named))
    distributed = [line for line in ddl if "create_distributed_table" in line]
    assert len(distributed) == len(DISTRIBUTED)
    assert all(f"colocate_with => '{ANCHOR}'" in line for line in distributed[1:])

"""The interfaces (API, web UI, CLI) go through the engine's public methods (#12 item 4).

import-linter (pyproject.toml) keeps them from importing `heed.store`; this test keeps them
from reaching around the engine at run time: no transactions of their own
(`engine.transactions`), no `engine.db`, and none of the engine's private parts (its services
`engine._users`…). Whatever they need becomes an engine service instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import heed

SRC = Path(heed.__file__).parent
INTERFACES = ("api", "web", "cli")
#: What belongs to the engine alone besides its private names: its transactions and database.
PRIVATE = {"transactions", "db"}


def _reaches_into_engine(path: Path) -> list[str]:
    """`<line>: <expr>` for each attribute in PRIVATE, or private (`_…`), taken on a name or
    attribute that mentions the engine (`engine._users`, `self.engine.db`,
    `live.engine.transactions`…)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Attribute) and (node.attr in PRIVATE or _private(node.attr)):
            owner = ast.unparse(node.value)
            if "engine" in owner.lower():
                found.append(f"{node.lineno}: {owner}.{node.attr}")
    return sorted(found, key=lambda hit: int(hit.partition(":")[0]))


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@pytest.mark.parametrize("interface", INTERFACES)
def test_interfaces_use_no_private_part_of_the_engine(interface: str) -> None:
    offences = {
        str(path.relative_to(SRC)): hits
        for path in sorted((SRC / interface).rglob("*.py"))
        if (hits := _reaches_into_engine(path))
    }
    assert offences == {}


def test_the_probe_finds_a_private_transaction(tmp_path: Path) -> None:
    module = tmp_path / "page.py"
    module.write_text(
        "def page(engine):\n    with engine.transactions.read() as s:\n"
        "        return engine.db, engine._users\n"
    )
    assert _reaches_into_engine(module) == [
        "2: engine.transactions",
        "3: engine.db",
        "3: engine._users",
    ]

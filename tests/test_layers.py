"""The interfaces (API, web UI, CLI) go through the engine's public methods (#12 item 4).

import-linter (pyproject.toml) keeps them from importing `heed.store`; this test keeps them
from reaching around the engine at run time: no `engine._read()` / `_write()` transactions
of their own, and no `engine.db`. Whatever they need becomes an engine service instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import heed

SRC = Path(heed.__file__).parent
INTERFACES = ("api", "web", "cli")
#: What belongs to the engine alone: its transactions and its database.
PRIVATE = {"_read", "_write", "_ensure_schema", "db"}


def _reaches_into_engine(path: Path) -> list[str]:
    """`<line>: <expr>` for each attribute in PRIVATE taken on a name or attribute that
    mentions the engine (`engine._read`, `self.engine.db`, `live.engine._write`…)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Attribute) and node.attr in PRIVATE:
            owner = ast.unparse(node.value)
            if "engine" in owner.lower():
                found.append(f"{node.lineno}: {owner}.{node.attr}")
    return sorted(found, key=lambda hit: int(hit.partition(":")[0]))


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
        "def page(engine):\n    with engine._read() as s:\n        return engine.db\n"
    )
    assert _reaches_into_engine(module) == ["2: engine._read", "3: engine.db"]

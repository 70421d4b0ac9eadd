"""The test tree's one rule for sharing: helpers in tests/helpers, fixtures in conftest.py.

A test module that imports a conftest or another test module runs that module's code (and
its fixtures' names) twice under two names; helpers/ is the one place shared code lives.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent


def _imported(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def _forbidden(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return last == "conftest" or last.startswith("test_")


def test_no_test_module_or_conftest_imports_a_conftest_or_a_test_module() -> None:
    files = [*TESTS.rglob("test_*.py"), *TESTS.rglob("conftest.py")]
    assert len(files) > 50
    bad = {
        str(path.relative_to(TESTS)): sorted(filter(_forbidden, _imported(path))) for path in files
    }
    assert {path: modules for path, modules in bad.items() if modules} == {}


def test_the_rule_sees_each_kind_of_import() -> None:
    assert _forbidden("conftest") and _forbidden("api.conftest")
    assert _forbidden("test_cli") and _forbidden("web.test_web_ui")
    assert not _forbidden("helpers.api") and not _forbidden("heed.engine")

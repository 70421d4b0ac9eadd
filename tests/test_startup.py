"""`heed check` starts fast because each command imports only what it uses (#12 item 7).

The heavy modules (numpy and pyarrow for bulk files, httpx for sending, Alembic for `heed init`,
the web server) are imported by the commands that use them; SQLAlchemy and the engine's
services are imported when a command opens the engine. `heed check` loads no other command's
module, reads its plain arguments without Typer's pydantic validation (heed.cli.check), and
opens `heed.engine.checker.QuickChecker`, which reads the engine's own statements through a
bare sqlite3 or psycopg connection: no SQLAlchemy, no mapped tables, no pydantic models and no
pydantic-settings. Timing is bench/startup.py's job; these tests only check, in a fresh
interpreter, which modules are left unloaded, so re-adding an eager import fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from heed import Engine
from helpers.actors import ADMIN

HEAVY = ("numpy", "pyarrow", "httpx", "alembic", "fastapi", "uvicorn", "starlette", "jwt")
#: What the check does not use: every other service of the engine, the bulk files, the inbound
#: pipeline and its detector, the senders, the web and the API.
NOT_FOR_THE_CHECK = (
    *HEAVY,
    "heed.engine.engine",
    "heed.engine.opt_outs",
    "heed.engine.imports",
    "heed.engine.exports",
    "heed.engine.outbox",
    "heed.engine.proof",
    "heed.bulk.index",
    "heed.bulk.jobs",
    "heed.bulk.columnar",
    "heed.inbound",
    "heed.core.detection",
    "heed.outbound",
    "heed.providers.twilio",
    "heed.web",
    "heed.api",
    "heed.store.audit",
    "heed.store.erasure",
    # What the check reads through instead (heed.store.reads, heed.store.bare)
    "sqlalchemy",
    "heed.store.db",
    "heed.store.tables",
    "heed.store.accounts",
    "heed.engine.base",
    "psycopg",  # on SQLite
    # pydantic: the engine's result models, account and sender settings, process settings,
    # and Typer's validation of plain text (heed.cli.check reads plain arguments itself)
    "pydantic",
    "pydantic_settings",
    "heed.engine.results",
    "heed.core.account_settings",
    "heed.core.sender_settings",
    "heed.settings",
    # every other command's module
    "heed.cli.tree",
    "heed.cli.accounts",
    "heed.cli.audit",
    "heed.cli.bulk",
    "heed.cli.messaging",
    "heed.cli.senders",
    "heed.cli.suppressions",
)
#: What no command pays for before it opens the engine (`heed --help`, a mistyped option).
NOT_FOR_THE_CLI = (*NOT_FOR_THE_CHECK, "heed.engine.checking", "heed.store.reads")


def _loaded(code: str, names: tuple[str, ...], env: dict[str, str] | None = None) -> list[str]:
    """Which of `names` (modules or packages) are loaded after running `code` afresh."""
    probe = (
        f"import sys\n{code}\n"
        f"print('LOADED:', *(n for n in {names!r} "
        "if any(m == n or m.startswith(n + '.') for m in sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return done.stdout.rpartition("LOADED:")[2].split()


def test_importing_the_cli_loads_neither_the_engine_nor_a_heavy_module() -> None:
    assert _loaded("import heed.cli", NOT_FOR_THE_CLI) == []


def test_the_library_import_stays_light_and_the_engine_is_still_there() -> None:
    assert _loaded("import heed", NOT_FOR_THE_CLI) == []
    assert _loaded("from heed import Engine\nassert Engine.check", HEAVY) == []


@pytest.mark.parametrize(
    ("address", "exit_code", "options"),
    [
        ("+14155550100", 1, []),
        ("+14155550100", 1, ["--json"]),
        ("+14155550101", 0, []),
        ("not a number", 2, []),
    ],
)
def test_heed_check_loads_only_the_check(
    tmp_path: Path, address: str, exit_code: int, options: list[str]
) -> None:
    """The whole command, on a real database with an opt-out, exits as it always did."""
    url = f"sqlite:///{tmp_path / 'heed.db'}"
    with Engine(url, data_dir=tmp_path / "data") as engine:
        engine.init()
        engine.create_account("acme")
        engine.opt_out("acme", "sms", "+14155550100", actor=ADMIN, reason="asked")
    run = (
        "import runpy\n"
        f"sys.argv = ['heed', 'check', 'acme', '--channel', 'sms', '--address', {address!r},"
        f" *{options!r}]\n"
        "try:\n    runpy.run_module('heed', run_name='__main__')\n"
        f"except SystemExit as exit:\n    assert exit.code == {exit_code}, exit.code\n"
        "assert 'heed.engine.checking' in sys.modules and 'heed.store.bare' in sys.modules"
    )
    env = {**os.environ, "HEED_DATABASE_URL": url, "HEED_DATA_DIR": str(tmp_path / "data")}
    assert _loaded(run, NOT_FOR_THE_CHECK, env) == []


#: What `heed filter` does not load when the index on disk is current: the engine, the ORM,
#: pydantic, other commands (heed.engine.quick_filter); numpy it needs. Nor `cryptography`
#: while no recipient was erased: no key is derived (heed.server_key).
NOT_FOR_THE_FILTER = (
    *(n for n in NOT_FOR_THE_CHECK if n not in ("numpy", "heed.bulk.columnar")),
    "cryptography",
)


def test_heed_filter_maps_a_current_index_without_the_engine(tmp_path: Path) -> None:
    """The first `heed filter` builds the index through the engine; the next maps it."""
    url = f"sqlite:///{tmp_path / 'heed.db'}"
    with Engine(url, data_dir=tmp_path / "data") as engine:
        engine.init()
        engine.create_account("acme")
        engine.opt_out("acme", "sms", "+14155550100", actor=ADMIN, reason="asked")
    recipients = tmp_path / "recipients.csv"
    recipients.write_text("phone\n+14155550100\n+14155550101\n")
    allowed = tmp_path / "allowed.csv"
    run = (
        "import runpy\n"
        f"sys.argv = ['heed', 'filter', 'acme', {str(recipients)!r}, '--channel', 'sms',"
        f" '-o', {str(allowed)!r}, '--json']\n"
        "try:\n    runpy.run_module('heed', run_name='__main__')\n"
        "except SystemExit as exit:\n    assert exit.code == 0, exit.code\n"
    )
    env = {**os.environ, "HEED_DATABASE_URL": url, "HEED_DATA_DIR": str(tmp_path / "data")}
    assert "sqlalchemy" in _loaded(run, NOT_FOR_THE_FILTER, env)  # built by the engine
    assert allowed.read_text() == "phone\n+14155550101\n"
    allowed.unlink()
    assert _loaded(run, NOT_FOR_THE_FILTER, env) == []
    assert allowed.read_text() == "phone\n+14155550101\n"


def test_a_past_answer_is_read_through_the_engine(tmp_path: Path) -> None:
    """`--at` replays the event log with SQLAlchemy (heed.engine.checker), and still answers."""
    url = f"sqlite:///{tmp_path / 'heed.db'}"
    with Engine(url, data_dir=tmp_path / "data") as engine:
        engine.init()
        engine.create_account("acme")
    run = (
        "import runpy\n"
        "sys.argv = ['heed', 'check', 'acme', '--channel', 'sms', '--address', '+14155550100',"
        " '--at', '2026-01-01T00:00:00']\n"
        "try:\n    runpy.run_module('heed', run_name='__main__')\n"
        "except SystemExit as exit:\n    assert exit.code == 0, exit.code\n"
    )
    env = {**os.environ, "HEED_DATABASE_URL": url, "HEED_DATA_DIR": str(tmp_path / "data")}
    assert _loaded(run, ("sqlalchemy",), env) == ["sqlalchemy"]


def test_the_probe_sees_a_heavy_import() -> None:
    """So the tests above can fail: a command that needs numpy does load it."""
    assert _loaded(
        "import heed.cli\nimport heed.bulk.index\nheed.bulk.index.np.zeros(1)", ("numpy",)
    ) == ["numpy"]

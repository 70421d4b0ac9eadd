"""Fixtures: every database test runs on SQLite and on a real PostgreSQL (helpers: tests/helpers).

PostgreSQL comes from HEED_TEST_POSTGRES_URL (an admin connection able to CREATE DATABASE;
default postgresql+psycopg://root@127.0.0.1:5432/postgres). Each test gets a migrated database
of its own with no rows: a copy of a migrated template, reused by the worker's next test once
emptied (helpers.databases.PostgresPool). There is no skipping: if PostgreSQL
is not reachable the PostgreSQL half of the suite errors, so a green run means both backends.
"""

from __future__ import annotations

import os
import shutil
import ssl
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx._transports.default
import pytest
from hypothesis import settings

from heed import Engine
from heed.server_key import Keyring
from heed.store import migrate
from heed.store.db import Database
from helpers.actors import ADMIN
from helpers.databases import (
    RUN_ID,
    PostgresPool,
    admin_connection,
    fresh_postgres,
    postgres_url,
)
from helpers.live import LIVE_OPTIONS, Live, database, serve

# Hypothesis's per-example deadline (200 ms) is a wall clock: on two shared cores it failed a
# detector property (test_cues_only_skip_work) whose cost is bounded and linear; that is tested
# by test_long_adversarial_messages_are_handled and measured by bench/detect.py. A test that
# hangs is still stopped by pytest-timeout.
settings.register_profile("heed", deadline=None)
settings.load_profile("heed")

BACKENDS = ["sqlite", "postgresql"]
# One server key for the run (heed.server_key), also seen by every `heed` the tests start; a
# test that needs none or another passes its own.
os.environ["HEED_SECRET_KEY"] = Keyring.generate().current.text()
os.environ.pop("HEED_KEY_FILE", None)


def _one_tls_context() -> None:
    """Give every httpx client of the tests one TLS context with httpx's default settings.

    httpx builds a context for each client it makes (and each `httpx.get`), loading certifi's
    CA bundle: 25 ms of CPU on an idle machine and 0.35 s at load 20, for clients that talk
    plain HTTP to 127.0.0.1. httpx's documentation recommends reusing one context; the tests
    make thousands of clients, so the default one is made once here. Any other verify or cert
    argument still gets its own context.
    """
    make = httpx._transports.default.create_ssl_context
    shared = make()

    def create(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
        if verify is True and cert is None and trust_env:
            return shared
        return make(verify=verify, cert=cert, trust_env=trust_env)

    httpx._transports.default.create_ssl_context = create  # type: ignore[assignment]


_one_tls_context()


#: What a test costs, roughly, by what it uses: a browser page, a `heed serve`, a database, or
#: none (rough seconds per test, read off the per-file durations of a whole run at load 10-20).
_COST = (({"page", "browser"}, 5.0), ({"live", "server"}, 2.0), ({"backend"}, 1.0))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Test files in the order of what they cost, dearest first, so that pytest-xdist (which
    hands each worker a whole file at a time, in this order: `--dist loadfile
    --no-loadscope-reorder`) does not start a file of 200 s when the other worker is nearly
    done. By default xdist orders files by their number of tests, which put a few slow files
    (`heed serve` behind each test, or a browser) last: the suite ended on one worker for
    minutes. The order within a file is kept (trylast: after pytest's own grouping)."""
    cost: dict[str, float] = {}
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        each = next((c for fixtures, c in _COST if names & fixtures), 0.1)
        cost[item.nodeid.split("::")[0]] = cost.get(item.nodeid.split("::")[0], 0.0) + each
    items.sort(key=lambda item: -cost[item.nodeid.split("::")[0]])


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    name = f"heed_tpl_{RUN_ID}"
    with admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db = Database(postgres_url(name))
    migrate.upgrade(db)
    db.dispose()
    yield name
    with admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_pool(postgres_template: str) -> Iterator[PostgresPool]:
    pool = PostgresPool(postgres_template)
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "heed.db"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty heed database of the current backend.

    Its data directory (registries, indexes) is the test's own, HEED_DATA_DIR for every engine
    and command of the test, as `engine`'s: the default, ~/.local/share/heed/<database>, would
    carry a registry from one test to the next on a pooled PostgreSQL database of the same name.
    """
    with pytest.MonkeyPatch.context() as env:
        env.setenv("HEED_DATA_DIR", str(tmp_path / "heed-data"))
        if backend == "sqlite":
            path = tmp_path / "heed.db"
            shutil.copy(request.getfixturevalue("sqlite_template"), path)
            yield f"sqlite:///{path}"
        else:
            pool: PostgresPool = request.getfixturevalue("postgres_pool")
            with pool.database() as url:
                yield url


@pytest.fixture
def empty_database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database of the current backend with no schema at all."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
    else:
        with fresh_postgres() as url:
            yield url


@pytest.fixture
def engine(database_url: str, tmp_path: Path) -> Iterator[Engine]:
    # Registries and suppression indexes go beside the test, not in ~/.local/share/heed.
    with Engine(database_url, data_dir=tmp_path / "heed-data") as engine:
        yield engine


@pytest.fixture
def acme(engine: Engine) -> str:
    """An account with one SMS sender and a `promos` list."""
    engine.create_account("acme", "Acme")
    engine.add_sender("acme", "sms", "+15005550006", actor=ADMIN)
    engine.add_sender("acme", "sms", "+15005550007", actor=ADMIN)
    engine.create_list("acme", "promos", actor=ADMIN)
    return "acme"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    """A server for one module (helpers.live.LIVE_OPTIONS). The web UI's modules share one per
    worker instead (tests/web/conftest.py)."""
    with ExitStack() as stack:
        url = database(request, tmp_path_factory, stack)
        yield from serve(url, request.param, tmp_path_factory, stack, **LIVE_OPTIONS)

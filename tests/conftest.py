"""Fixtures: every database test runs on SQLite and on a real PostgreSQL.

PostgreSQL comes from HEED_TEST_POSTGRES_URL (an admin connection able to CREATE DATABASE;
default postgresql+psycopg://root@127.0.0.1:5432/postgres). Each test gets its own database,
cloned from a migrated template, and drops it afterwards. There is no skipping: if PostgreSQL
is not reachable the PostgreSQL half of the suite errors, so a green run means both backends.
"""

from __future__ import annotations

import itertools
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from heed import Actor, ActorKind, Engine, Role
from heed.server_key import Keyring
from heed.store import migrate
from heed.store.db import Database

POSTGRES_ADMIN_URL = os.environ.get(
    "HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"
)
BACKENDS = ["sqlite", "postgresql"]
# One server key for the run (heed.server_key), also seen by every `heed` the tests start; a
# test that needs none or another passes its own.
os.environ["HEED_SECRET_KEY"] = Keyring.generate().current.text()
os.environ.pop("HEED_KEY_FILE", None)
_RUN_ID = uuid.uuid4().hex[:8]
_counter = itertools.count()

ADMIN = Actor(ActorKind.USER, "admin-1", Role.ADMIN)
AGENT = Actor(ActorKind.USER, "agent-1", Role.AGENT)
SUPPORT = Actor(ActorKind.USER, "support-1", Role.SUPPORT)


def _admin_connection() -> psycopg.Connection:
    url = make_url(POSTGRES_ADMIN_URL).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def _database_url(name: str) -> str:
    return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    name = f"heed_tpl_{_RUN_ID}"
    with _admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db = Database(_database_url(name))
    migrate.upgrade(db)
    db.dispose()
    yield name
    with _admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "heed.db"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


@contextmanager
def fresh_postgres(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database (a copy of `template`, if given), dropped afterwards."""
    name = f"heed_test_{_RUN_ID}_{next(_counter)}"
    with _admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield _database_url(name)
    finally:
        with _admin_connection() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty heed database of the current backend."""
    if backend == "sqlite":
        path = tmp_path / "heed.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
    else:
        with fresh_postgres(request.getfixturevalue("postgres_template")) as url:
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

"""What every engine has: the database, the server key, the schema check and the transactions.

`heed.Engine` is built on it with every service; `Checker` with the check alone, for what
`heed check`'s quicker engine leaves to SQLAlchemy (heed.engine.checker). All answer through
the same `heed.engine.checking.Checks` methods.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from sqlalchemy.orm import Session

from heed.bulk.registry import REGISTRY_STORE, RegistryStore
from heed.engine.checking import Checks
from heed.server_key import Keyring
from heed.settings import default_data_dir, load_settings
from heed.store import migrate
from heed.store.db import Database


class Transactions:
    """The database's transactions, once its schema is known to be current.

    The one thing most engine services need: `read()` for a read-only session, `write()` for
    one that commits on success. The first transaction checks the schema (SchemaOutOfDate);
    `heed init` and the readiness probe mark it checked themselves.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.schema_checked = False

    def read(self) -> AbstractContextManager[Session]:
        self.ensure_schema()
        return self.db.read()

    def write(self) -> AbstractContextManager[Session]:
        self.ensure_schema()
        return self.db.write()

    def ensure_schema(self) -> None:
        if not self.schema_checked:
            migrate.ensure_current(self.db)
            self.schema_checked = True


S = TypeVar("S")
P = ParamSpec("P")
R = TypeVar("R")


class Forward(Generic[S, P, R]):
    """A method of `heed.Engine` that is a service's method: `create_user =
    Forward("_users", Users.create_user)` makes `engine.create_user(...)` call
    `engine._users.create_user(...)`, with its signature and docstring, so the engine keeps
    one flat API while each service owns its methods and states what it depends on."""

    def __init__(self, service: str, method: Callable[Concatenate[S, P], R]) -> None:
        self.service, self.name = service, method.__name__
        self.__doc__ = method.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        if name != self.name or not hasattr(owner, self.service):
            raise TypeError(f"{owner.__name__}.{name} forwards to a missing {self.service}")

    @overload
    def __get__(self, engine: None, owner: type | None = None) -> Self: ...
    @overload
    def __get__(self, engine: object, owner: type | None = None) -> Callable[P, R]: ...
    def __get__(self, engine: object | None, owner: type | None = None) -> Any:
        if engine is None:
            return self
        method: Callable[P, R] = getattr(getattr(engine, self.service), self.name)
        return method


class EngineBase:
    """heed over one database (SQLite by default, or PostgreSQL), without its services."""

    def __init__(
        self,
        database_url: str | None = None,
        data_dir: Path | None = None,
        keyring: Keyring | None = None,
    ) -> None:
        """`keyring` is the server key; by default it is read, when first needed, from
        HEED_SECRET_KEY or the key file (heed.server_key)."""
        settings = load_settings()
        self.database_url = database_url or settings.database_url
        self.data_dir = data_dir or settings.data_dir or default_data_dir(self.database_url)
        #: Do-not-call and reassigned-numbers registries (heed.engine.registries).
        self.registry_store = RegistryStore(self.data_dir)
        #: How far a message's own time may stray from ours (heed.core.clock).
        self.clock = settings.clock_bounds()
        #: How long parts of a long message wait for their siblings (heed.inbound.parts).
        self.part_wait = timedelta(seconds=settings.part_wait_seconds)
        self.db = Database(self.database_url, keyring)
        self.db.share(REGISTRY_STORE, self.registry_store)
        #: Every service's transactions (`read()`, `write()`), over `db`.
        self.transactions = Transactions(self.db)

    @property
    def keyring(self) -> Keyring:
        """The server key (heed.server_key): ServerKeyMissing if heed has none."""
        return self.db.keyring

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def init(self) -> tuple[str | None, str]:
        """Create or upgrade the schema (idempotent); return the revisions before and after."""
        result = migrate.upgrade(self.db)
        self.transactions.schema_checked = True
        return result

    def ready(self) -> None:
        """Raise DatabaseUnavailable or SchemaOutOfDate unless heed can serve requests."""
        migrate.ensure_current(self.db)
        self.transactions.schema_checked = True


class Checker(EngineBase):
    """An engine that can only check, over SQLAlchemy: what `heed check` opens for what its
    quicker engine leaves to SQLAlchemy (heed.engine.checker: `--at`, a database URL only
    SQLAlchemy reads). `heed.Engine` is one with every other service, so its answers are
    these: the same `Checks` over the same reads."""

    @cached_property
    def _checks(self) -> Checks:
        return Checks(self.transactions)

    check = Forward("_checks", Checks.check)
    check_bulk = Forward("_checks", Checks.check_bulk)

"""What every engine has: the database, the server key, the schema check and the transactions.

`heed.Engine` is built on it with every service; `heed.engine.checking.Checker` with the check
alone, so a script that runs `heed check` before each send loads only what a check reads
(#12 item 7, tests/test_startup.py). Both answer through the same `Checks` methods.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

from heed.bulk.registry import REGISTRY_STORE, RegistryStore
from heed.server_key import Keyring
from heed.settings import default_data_dir, load_settings
from heed.store import migrate
from heed.store.db import Database


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
        self.db = Database(self.database_url, keyring)
        self.db.share(REGISTRY_STORE, self.registry_store)
        self._schema_checked = False

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
        self._schema_checked = True
        return result

    def ready(self) -> None:
        """Raise DatabaseUnavailable or SchemaOutOfDate unless heed can serve requests."""
        migrate.ensure_current(self.db)
        self._schema_checked = True

    def _write(self) -> Any:
        self._ensure_schema()
        return self.db.write()

    def _read(self) -> Any:
        self._ensure_schema()
        return self.db.read()

    def _ensure_schema(self) -> None:
        if not self._schema_checked:
            migrate.ensure_current(self.db)
            self._schema_checked = True

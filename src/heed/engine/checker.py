"""Engines that can only check: what `heed check` opens, so a script asking before each send
starts in a fraction of a second (#12 item 7, bench/startup.py, tests/test_startup.py).

Both answer through `heed.engine.checking.Checks`, the methods `heed.Engine` answers with:
`QuickChecker` reads through a bare driver connection (heed.store.bare) the statements the
engine reads through SQLAlchemy (heed.store.reads), so it imports neither SQLAlchemy nor
pydantic; `Checker` is the SQLAlchemy engine with the check alone, for what the quick one
does not do (a past answer, `--at`, replays the event log; a URL only SQLAlchemy reads).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

from heed import environment
from heed.bulk.registry import REGISTRY_STORE, RegistryStore
from heed.engine.checking import Checks
from heed.store import reads
from heed.store.bare import DbapiReads, PlainUrl, connected, plain_url

if TYPE_CHECKING:
    from heed.engine.base import Checker
    from heed.server_key import Keyring


class QuickChecker:
    """The check over a bare connection to a database at a `PlainUrl`: `heed.Engine`'s
    `Checks`, reading through `read` here instead of the engine's transactions."""

    def __init__(self, url: PlainUrl, data_dir: Path, keyring: Keyring | None = None) -> None:
        """`keyring` is the server key; by default it is read, when first needed, from
        HEED_SECRET_KEY or the key file (heed.server_key), as the engine reads it."""
        self.url = url
        self.shared = {REGISTRY_STORE: RegistryStore(data_dir)}
        self._keyring = keyring
        checks = Checks(self)
        self.check, self.check_bulk = checks.check, checks.check_bulk

    def keyring(self) -> Keyring:
        """The server key, read when first needed, as `heed.store.db.Database.keyring` does."""
        if self._keyring is None:
            from heed.server_key import load_keyring

            secret, file = environment.setting("secret_key"), environment.setting("key_file")
            self._keyring = load_keyring(secret, file)
        return self._keyring

    @contextmanager
    def read(self) -> Iterator[DbapiReads]:
        """One answer's connection, its schema checked first, as the engine's first read is."""
        with connected(self.url) as connection:
            found = DbapiReads(connection, self.url.backend, self.keyring, self.shared)
            reads.ensure_current(found, self.url.url)
            yield found

    def close(self) -> None:
        """Nothing stays open between checks: each opens and closes its connection."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_checker(database_url: str | None, at: datetime | None = None) -> QuickChecker | Checker:
    """The quickest engine that answers this check the way `heed.Engine` would."""
    url = database_url or environment.database_url()
    plain = plain_url(url)
    if plain is not None and at is None:
        return QuickChecker(plain, environment.data_dir(url))
    from heed.engine.base import Checker  # SQLAlchemy: only where the quick one cannot answer

    return Checker(url)

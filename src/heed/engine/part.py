"""The base of the parts `heed.Engine` is mixed from (records, senders, the outbox…).

Each part lives in its own module so each service is in one place, and uses the engine's
transactions: `_read()` for a read-only session, `_write()` for one that commits on success
(every part that needs the check calls heed.engine.checking). Declaring them once here lets
the type checker see them in every part.

Being replaced by composed services (STYLE.md "Compose, don't stack mixins", #12 item 3): a
service takes what it needs in `__init__` (`heed.engine.base.Transactions`, usually alone)
and `Engine` forwards its methods (`heed.engine.base.Forward`), as users.py does.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from heed.bulk.index import Indexes
    from heed.bulk.registry import RegistryView
    from heed.core.vocabulary import Channel
    from heed.store.reads import AccountRef


class EnginePart:
    """One part of `heed.Engine`; every method is one transaction scoped to one account."""

    if TYPE_CHECKING:
        #: Compiled suppression indexes (heed.bulk.index), how many addresses are read.
        indexes: Indexes

        def registry_view(self, account: AccountRef, channel: Channel) -> RegistryView: ...
        def _read(self) -> AbstractContextManager[Session]: ...
        def _write(self) -> AbstractContextManager[Session]: ...

"""The audience filter without the engine, for `heed filter` (bench/README.md, the filter).

A new `heed filter` process spent most of its CPU before the first row: importing SQLAlchemy,
the mapped tables, pydantic and every service of the engine, then connecting through them to
learn that the index on disk was already current. `QuickFilter` reads what a filter asks the
database — the account, the question (`heed.engine.checking.request_of`) and the event chain
head — through `heed check`'s bare connection (heed.engine.checker, heed.store.bare: the same
statements), maps the index files (heed.bulk.index_files) and, when their stamp is the head,
decides with them exactly as `Engine.filter_audience` does: the same `IndexedAudience`,
`Recipients` and `heed.bulk.columnar.filter_recipients`. Anything else — an index older than
the head (patched or rebuilt from the log), none yet, a database URL only SQLAlchemy reads —
is handed to `Engine.filter_audience` whole, which brings the index up to date on disk, so
the next run is quick again.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from heed import environment
from heed.bulk import index_files
from heed.bulk.columnar import filter_recipients
from heed.bulk.csvfile import InputFile, file_name_of
from heed.bulk.decide import Recipients
from heed.bulk.indexed import IndexedAudience
from heed.bulk.registry import REGISTRY_STORE, RegistryStore, RegistryView
from heed.core.rules import channels_reached
from heed.core.vocabulary import Channel, Purpose, parse_choice
from heed.engine import checking
from heed.engine.checker import QuickChecker
from heed.errors import BadInput
from heed.store import reads as store
from heed.store.bare import plain_url

if TYPE_CHECKING:
    from heed.bulk.filtering import ProgressCallback
    from heed.bulk.results import FilterCounts
    from heed.server_key import Keyring


class QuickFilter:
    """`Engine.filter_audience` for one process that filters once (the CLI)."""

    def __init__(
        self,
        database_url: str | None = None,
        data_dir: Path | None = None,
        keyring: Keyring | None = None,
    ) -> None:
        """By default the data directory and the server key are found as the engine finds
        them (HEED_DATA_DIR, HEED_SECRET_KEY or the key file)."""
        self.url = database_url or environment.database_url()
        self.data_dir = data_dir or environment.data_dir(self.url)
        self.keyring = keyring

    def filter_audience(
        self,
        slug: str,
        source: InputFile,
        allowed_out: BinaryIO | None,
        *,
        channel: str,
        sender: str | None = None,
        list_name: str | None = None,
        purpose: str = "marketing",
        excluded_out: BinaryIO | None = None,
        columns: Mapping[str, str] | None = None,
        progress: ProgressCallback | None = None,
        keep_duplicates: bool = False,
    ) -> FilterCounts:
        """What `Engine.filter_audience` answers with these arguments, from the current index
        on disk when there is one, else from the engine itself."""
        audience = self.audience(slug, channel, sender, list_name, purpose)
        if audience is None:
            from heed.engine import Engine  # the index must be patched or built: the engine's

            with Engine(self.url, data_dir=self.data_dir, keyring=self.keyring) as engine:
                return engine.filter_audience(
                    slug,
                    source,
                    allowed_out,
                    channel=channel,
                    sender=sender,
                    list_name=list_name,
                    purpose=purpose,
                    excluded_out=excluded_out,
                    columns=columns,
                    progress=progress,
                    keep_duplicates=keep_duplicates,
                )
        return filter_recipients(
            audience,
            source,
            file_name_of(source),
            allowed_out,
            excluded_out=excluded_out,
            mapping=columns,
            progress=progress,
            keep_duplicates=keep_duplicates,
            once=True,  # nothing kept for a next call (heed.bulk.arena): the CLI filters once
        )

    def audience(
        self,
        slug: str,
        channel: str,
        sender: str | None,
        list_name: str | None,
        purpose: str,
    ) -> IndexedAudience | None:
        """`Engine.audience`'s answer if every index it needs is on disk as of the account's
        head; None if one is missing, older, or not whole (heed.bulk.index_files.load)."""
        if not channel:
            raise BadInput(f"a channel is needed: one of {', '.join(c.value for c in Channel)}")
        kind, wanted = parse_choice(Channel, channel), parse_choice(Purpose, purpose)
        plain = plain_url(self.url)
        if plain is None:
            return None
        data_dir = self.data_dir
        checker = QuickChecker(plain, data_dir, self.keyring)
        with checker.read() as reads:
            account = store.load_account(reads, slug)
            request = checking.request_of(reads, account, kind, sender, list_name, wanted)
            head = index_files.Stamp(*store.event_head(reads, account.id))
        found = [
            index_files.load(index_files.home_of(data_dir, account.id, c), account.id, c)
            for c in channels_reached(kind, account.decides.opt_out_channels)
        ]
        indexes = [i for i in found if i is not None and i.stamp == head]
        if len(indexes) != len(found):
            return None
        store_of = checker.shared[REGISTRY_STORE]
        assert isinstance(store_of, RegistryStore)
        registries = RegistryView(store_of, account, kind)
        recipients = Recipients(indexes[0], account, request, registries, indexes[1:])
        return IndexedAudience(account, recipients)

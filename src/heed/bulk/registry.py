"""Registries on disk: national do-not-call lists and reassigned-numbers lists, as compact
arrays, versioned, swapped atomically, memory-mapped by every process that asks.

A registry of 250 million numbers must not be a row per number: its numbers are sorted 32-bit
parts or, for a large do-not-call list, a bitmap of +1 (heed.bulk.registry_numbers: at most
1 GB for 250 million, searched in place). A reassigned-numbers list also keeps, per number,
the day it was permanently disconnected.

Layout under `<data_dir>/registries/<owner>/<name>/` (owner: `shared` or an account id):
`current.json` names the version directory in use; loading writes a new version directory
beside it, then replaces `current.json` by renaming (atomic), then removes the old version
(a process that has it mapped keeps reading it until it looks again).

Accepted files (one number a line; blank lines and a header line are skipped):
- the FTC's full list or change list: `areacode,number` (e.g. `201,2000000`);
- plain numbers, E.164 (`+12012000000`) or 10 digits of +1;
- reassigned numbers: `number,YYYY-MM-DD` (the permanent disconnection date).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from heed.bulk.registry_numbers import (
    DENSE_FROM_FILE_BYTES,
    Kind,
    Numbers,
    count_bits,
    in_dense,
    open_bitmap,
    read_numbers,
    set_bits,
    unique_sorted,
)
from heed.core.lazy import module
from heed.core.rules import RegistryListing
from heed.core.vocabulary import AddressKind, Channel
from heed.errors import BadInput, Conflict, NotFound
from heed.store.reads import AccountRef, Reads

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from heed.bulk.keys import Keys, Mask
else:
    np = module("numpy")

SHARED = "shared"  # the owner of registries every account uses
#: Where a session finds the engine's `RegistryStore` (`Session.info`, heed.store.db.share).
REGISTRY_STORE = "heed.registry_store"
#: The FTC's safe harbour: a telemarketer must scrub against a copy at most 31 days old.
STALE_AFTER_DAYS = 31
#: A full reload that keeps less than this share of the version it replaces is refused unless
#: asked for: a truncated download would otherwise quietly unlist millions of numbers.
SHRINK_FLOOR = 0.5
_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,62}")
_DAY0 = date(1970, 1, 1)
__all__ = ["Kind", "Mode", "Numbers", "Publishing", "RegistryInfo", "RegistryStore", "RegistryView"]


class Mode(StrEnum):
    """How a file changes a registry: replace it whole, or add or delete its numbers."""

    FULL = "full"
    ADD = "add"
    DELETE = "delete"


@dataclass(frozen=True)
class RegistryInfo:
    """One registry's current version, as `heed registry list` shows it."""

    name: str
    kind: Kind
    owner: str  # "shared" or the account id
    version: date  # the date of the file (the FTC's list date), given or taken from the file
    loaded_at: datetime
    numbers: int
    bytes: int
    source: str

    def age_days(self, today: date) -> int:
        return (today - self.version).days

    def stale(self, today: date) -> bool:
        return self.age_days(today) > STALE_AFTER_DAYS


#: What wraps a version's swap (or a drop): the engine records the event inside it, so the
#: change is logged exactly when it happens (the swap fails, the event is not committed).
Publishing = Callable[["RegistryInfo"], AbstractContextManager[object]]


def _unlogged(_info: RegistryInfo) -> AbstractContextManager[object]:
    return nullcontext()


def day_number(day: date) -> int:
    return (day - _DAY0).days


def day_of(number: int) -> date:
    return _DAY0 + timedelta(days=number)


# -- versions on disk ------------------------------------------------------------------------


class RegistryStore:
    """Every registry under one directory; shared by processes, swapped atomically.

    What is current is read from `current.json` again whenever that file changed (a `stat`
    per registry: a check that consults registries costs microseconds, not a directory walk
    and a JSON parse per registry)."""

    def __init__(self, root: Path) -> None:
        self.root = root / "registries"
        self._mapped: dict[tuple[str, str], tuple[str, Numbers]] = {}
        self._pointers: dict[tuple[str, str], tuple[tuple[int, ...], dict[str, object]]] = {}
        self._names: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}

    @staticmethod
    def check_name(name: str) -> str:
        if not _NAME.fullmatch(name):
            raise BadInput(
                f"registry name {name!r}: lower-case letters, digits, '.', '_' or '-', e.g. us-dnc"
            )
        return name

    def _home(self, owner: str, name: str) -> Path:
        return self.root / owner / self.check_name(name)

    def load(
        self,
        owner: str,
        name: str,
        path: Path,
        *,
        kind: Kind,
        mode: Mode,
        version: date | None,
        now: datetime | None = None,
        allow_shrink: bool = False,
        publishing: Publishing = _unlogged,
    ) -> RegistryInfo:
        """Read `path` into a new version of the registry and make it current.

        A full file that yields no numbers, or (without `allow_shrink`) fewer than half the
        numbers of the version it replaces, is refused before anything is swapped: a wrong or
        cut-short file must not silently empty a do-not-call list (fail safe)."""
        existing = self.info(owner, name)
        if existing is not None and existing.kind is not kind:
            raise BadInput(f"registry {name!r} is a {existing.kind} list, not {kind}")
        if mode is not Mode.FULL and existing is None:
            raise NotFound(f"no registry {name!r} to change: load a full file first")
        home = self._home(owner, name)
        building = home / f".building-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        building.mkdir(parents=True)
        try:
            numbers = read_numbers(path, kind, _bitmap_for(path, kind, mode, building))
            if mode is Mode.FULL:
                _refuse_emptying(name, path, len(numbers), existing, allow_shrink)
            else:
                numbers = _changed(self.numbers(owner, name), numbers, mode, building)
            when = now or datetime.now(UTC)
            stamp = version or datetime.fromtimestamp(path.stat().st_mtime, UTC).date()
            info = RegistryInfo(name, kind, owner, stamp, when, len(numbers), 0, path.name)
            return self._publish(info, numbers, building, publishing)
        finally:
            shutil.rmtree(building, ignore_errors=True)

    def _publish(
        self, info: RegistryInfo, numbers: Numbers, building: Path, publishing: Publishing
    ) -> RegistryInfo:
        """Write the arrays beside the bitmap (if any), name the directory, then point at it."""
        home = self._home(info.owner, info.name)
        stamp = info.loaded_at.strftime("%H%M%S%f")
        directory = f"v{info.version.isoformat()}-{stamp}-{os.getpid()}"
        for part in ("highs", "starts", "lows", "days"):
            array = getattr(numbers, part)
            if array is not None:
                np.save(building / f"{part}.npy", array)
        info = replace(info, bytes=sum(f.stat().st_size for f in building.iterdir()))
        pointer = home / f".current-{os.getpid()}.json"
        pointer.write_text(json.dumps(_info_json(info) | {"directory": directory}))
        try:
            with publishing(info):
                os.rename(building, home / directory)
                os.replace(pointer, home / "current.json")
        finally:
            pointer.unlink(missing_ok=True)
        for old in home.iterdir():
            if old.is_dir() and old.name != directory and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True)
        return info

    def info(self, owner: str, name: str) -> RegistryInfo | None:
        pointer = self._pointer(owner, name)
        return _info(pointer) if pointer is not None else None

    def _pointer(self, owner: str, name: str) -> dict[str, object] | None:
        path = self._home(owner, name) / "current.json"
        try:
            seen = path.stat()
            stamp = (seen.st_ino, seen.st_mtime_ns, seen.st_size)
            cached = self._pointers.get((owner, name))
            if cached is not None and cached[0] == stamp:
                return cached[1]
            found: dict[str, object] = json.loads(path.read_text())
        except (OSError, ValueError):
            self._pointers.pop((owner, name), None)
            return None
        self._pointers[(owner, name)] = (stamp, found)
        return found

    def list(self, owners: tuple[str, ...]) -> list[RegistryInfo]:
        found = []
        for owner in owners:
            for name in self._names_of(owner):
                info = self.info(owner, name)
                if info is not None:
                    found.append(info)
        return found

    def _names_of(self, owner: str) -> tuple[str, ...]:
        """The registry directories of one owner, listed again when the directory changed."""
        home = self.root / owner
        try:
            seen = home.stat()
        except OSError:
            return ()
        stamp = (seen.st_ino, seen.st_mtime_ns, seen.st_nlink)
        cached = self._names.get(owner)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        names = tuple(sorted(e.name for e in home.iterdir() if _NAME.fullmatch(e.name)))
        self._names[owner] = (stamp, names)
        return names

    def numbers(self, owner: str, name: str) -> Numbers:
        """The current version, memory-mapped (and kept mapped while it stays current)."""
        pointer = self._pointer(owner, name)
        if pointer is None:
            raise NotFound(f"no registry named {name!r}")
        directory = str(pointer["directory"])
        cached = self._mapped.get((owner, name))
        if cached is not None and cached[0] == directory:
            return cached[1]
        folder = self._home(owner, name) / directory
        try:
            numbers = Numbers(
                np.load(folder / "highs.npy", mmap_mode="r"),
                np.load(folder / "starts.npy", mmap_mode="r"),
                np.load(folder / "lows.npy", mmap_mode="r"),
                _optional(folder / "days.npy"),
                _optional(folder / "dense.npy"),
            )
        except OSError:
            self._mapped.pop((owner, name), None)
            self._pointers.pop((owner, name), None)
            return self.numbers(owner, name)  # swapped while we looked: read the new pointer
        numbers.in_dense = int(str(pointer["numbers"])) - len(numbers.lows)
        self._mapped[(owner, name)] = (directory, numbers)
        return numbers

    def drop(self, owner: str, name: str, publishing: Publishing = _unlogged) -> RegistryInfo:
        info = self.info(owner, name)
        if info is None:
            raise NotFound(f"no registry named {name!r}")
        home = self._home(owner, name)
        with publishing(info):
            (home / "current.json").unlink()
        shutil.rmtree(home, ignore_errors=True)
        self._mapped.pop((owner, name), None)
        self._pointers.pop((owner, name), None)
        return info


def _refuse_emptying(
    name: str, path: Path, count: int, existing: RegistryInfo | None, allow_shrink: bool
) -> None:
    if count == 0:
        raise BadInput(
            f"{path.name} holds no numbers (a first line that is not a number is read as a "
            f"header): loading it in full would empty registry {name!r}"
        )
    if existing is not None and not allow_shrink and count < existing.numbers * SHRINK_FLOOR:
        raise Conflict(
            f"{path.name} holds {count:,} numbers, under half of the {existing.numbers:,} in "
            f"registry {name!r}: a cut-short file? Load it anyway with --allow-shrink"
        )


def _optional(path: Path) -> np.ndarray | None:
    return np.load(path, mmap_mode="r") if path.exists() else None


def _bitmap_for(path: Path, kind: Kind, mode: Mode, building: Path) -> Path | None:
    """Where to build a bitmap, for a large do-not-call list (heed.bulk.registry_numbers)."""
    if kind is not Kind.DO_NOT_CALL or mode is not Mode.FULL:
        return None
    try:
        large = path.stat().st_size >= DENSE_FROM_FILE_BYTES
    except OSError:
        return None  # read_numbers words the error
    return building / "dense.npy" if large else None


def _changed(current: Numbers, change: Numbers, mode: Mode, building: Path) -> Numbers:
    """The registry after a change list: its numbers plus, or minus, the file's. A bitmap is
    copied and its bits set or cleared; the sorted part is merged."""
    keys = change.keys()
    if current.dense is not None:
        inside = in_dense(keys)
        shutil.copyfile(str(current.dense.filename), building / "dense.npy")  # type: ignore[attr-defined]
        dense = open_bitmap(building / "dense.npy")
        set_bits(dense, keys[inside], value=mode is Mode.ADD)
        merged = _merged(Numbers(current.highs, current.starts, current.lows), keys[~inside], mode)
        merged.dense, merged.in_dense = dense, count_bits(dense)
        return merged
    return _merged(current, keys, mode, change.days)


def _merged(
    current: Numbers, keys: Keys, mode: Mode, days: npt.NDArray[np.int32] | None = None
) -> Numbers:
    have = current.sorted_keys()
    if mode is Mode.DELETE:
        keep = ~_within(have, keys)
        return Numbers.of(have[keep], current.days[keep] if current.days is not None else None)
    merged = np.concatenate((have, keys))
    if current.days is None or days is None:
        merged.sort()
        return Numbers.of(unique_sorted(merged))
    when = np.concatenate((np.asarray(current.days), np.asarray(days)))
    order = np.lexsort((when, merged))
    merged, when = merged[order], when[order]
    last = np.concatenate((merged[1:] != merged[:-1], [True]))
    return Numbers.of(merged[last], when[last])


def _within(have: Keys, keys: Keys) -> Mask:
    """Which of the sorted `have` are among `keys` (by binary search, not a hash)."""
    wanted = np.sort(keys)
    at = np.searchsorted(wanted, have)
    at[at == len(wanted)] = 0
    return (
        np.asarray(wanted[at] == have, dtype=np.bool_) if len(wanted) else ~np.ones(len(have), bool)
    )


def _info_json(info: RegistryInfo) -> dict[str, object]:
    return {
        "name": info.name,
        "kind": info.kind.value,
        "owner": info.owner,
        "version": info.version.isoformat(),
        "loaded_at": info.loaded_at.isoformat(),
        "numbers": info.numbers,
        "bytes": info.bytes,
        "source": info.source,
    }


def _info(found: dict[str, object]) -> RegistryInfo:
    return RegistryInfo(
        str(found["name"]),
        Kind(str(found["kind"])),
        str(found["owner"]),
        date.fromisoformat(str(found["version"])),
        datetime.fromisoformat(str(found["loaded_at"])),
        int(str(found["numbers"])),
        int(str(found["bytes"])),
        str(found["source"]),
    )


def view_of(reads: Reads, account: AccountRef, channel: Channel) -> RegistryView | None:
    """The registries that apply to this account and channel, if the connection's engine has
    any loaded (None: nothing to consult)."""
    store = reads.shared.get(REGISTRY_STORE)
    if not isinstance(store, RegistryStore):
        return None
    view = RegistryView(store, account, channel)
    return view if view else None


class RegistryView:
    """The registries that apply to one account on one channel, asked many numbers at once."""

    def __init__(self, store: RegistryStore, account: AccountRef, channel: Channel) -> None:
        self.dnc: list[tuple[RegistryInfo, Numbers]] = []
        self.reassigned: list[tuple[RegistryInfo, Numbers]] = []
        self.today = datetime.now(UTC).date()
        self._stale_blocks = account.decides.registry_stale_blocks
        if channel.address_kind is not AddressKind.PHONE:
            return
        for info in store.list((SHARED, account.id)):
            found = (info, store.numbers(info.owner, info.name))
            (self.dnc if info.kind is Kind.DO_NOT_CALL else self.reassigned).append(found)

    def __bool__(self) -> bool:
        return bool(self.dnc or self.reassigned)

    def holding(self) -> list[RegistryInfo]:
        """Stale do-not-call lists that hold all marketing (when the account says so)."""
        if not self._stale_blocks:
            return []
        return [info for info, _ in self.dnc if info.stale(self.today)]

    def listed(self, keys: Keys) -> Mask:
        """Which numbers a do-not-call list bars from marketing (all, if one is holding)."""
        found = np.zeros(len(keys), dtype=np.bool_)
        for barred in self.barring(keys):
            found |= barred
        return found

    def barring(self, keys: Keys) -> list[Mask]:
        """For each do-not-call list, which numbers it bars from marketing (all of them, when
        it is holding), as `listings` names it for each number."""
        holding = {info.name for info in self.holding()}
        return [
            np.ones(len(keys), dtype=np.bool_) if info.name in holding else numbers.contains(keys)
            for info, numbers in self.dnc
        ]

    def disconnected(self, keys: Keys) -> npt.NDArray[np.int32]:
        """Each number's latest disconnection day (days since 1970), or -1."""
        latest = np.full(len(keys), -1, dtype=np.int32)
        for _, numbers in self.reassigned:
            latest = np.maximum(latest, numbers.disconnected(keys))
        return latest

    def listings(self, key: int) -> list[RegistryListing]:
        """What every registry says about one number, for `heed.core.rules.evaluate`."""
        one = np.array([key], dtype=np.uint64)
        found = []
        holding = {info.name for info in self.holding()}
        for info, numbers in self.dnc:
            if info.name in holding:
                age = info.age_days(self.today)
                found.append(RegistryListing("dnc", info.name, info.version, stale_days=age))
            elif numbers.contains(one)[0]:
                found.append(RegistryListing("dnc", info.name, info.version))
        for info, numbers in self.reassigned:
            day = int(numbers.disconnected(one)[0])
            if day >= 0:
                found.append(RegistryListing("reassigned", info.name, info.version, day_of(day)))
        return found

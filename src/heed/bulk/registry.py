"""Registries on disk: national do-not-call lists and reassigned-numbers lists, as compact
sorted arrays, versioned, swapped atomically, memory-mapped by every process that asks.

A registry of 250 million numbers must not be a row per number. A number is its E.164 digits
as an integer (heed.bulk.keys); the numbers are stored sorted, split into a 32-bit low part
and the few distinct high parts (`key >> 32`: three for all of +1), each high part naming the
range of the low array it covers. 4 bytes a number: 250 million are 1 GB, searched in place.
A reassigned-numbers list also keeps, per number, the day it was permanently disconnected.

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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar, cast

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
from sqlalchemy.orm import Session

from heed.bulk.keys import Keys, Mask
from heed.core.rules import RegistryListing
from heed.core.vocabulary import AddressKind, Channel
from heed.errors import BadInput, NotFound
from heed.store.accounts import AccountRef

SHARED = "shared"  # the owner of registries every account uses
#: Where a session finds the engine's `RegistryStore` (`Session.info`, heed.store.db.share).
REGISTRY_STORE = "heed.registry_store"
#: The FTC's safe harbour: a telemarketer must scrub against a copy at most 31 days old.
STALE_AFTER_DAYS = 31
_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,62}")
_BLOCK = 1 << 24  # bytes of the file parsed at a time
_NANP = 10_000_000_000  # +1 and ten digits: key = 1 * 10^10 + the ten digits
_DAY0 = date(1970, 1, 1)
_A = TypeVar("_A", bound=np.ndarray)


class Kind(StrEnum):
    DO_NOT_CALL = "dnc"
    REASSIGNED = "reassigned"


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


@dataclass
class Numbers:
    """Sorted unique numbers: low 32 bits, with the range each high part covers."""

    highs: npt.NDArray[np.uint64]  # distinct key >> 32, ascending
    starts: npt.NDArray[np.int64]  # where each high part's lows begin (len(highs) + 1 values)
    lows: npt.NDArray[np.uint32]
    days: npt.NDArray[np.int32] | None = None  # reassigned: disconnection, days since 1970

    def __len__(self) -> int:
        return len(self.lows)

    @classmethod
    def of(cls, keys: Keys, days: npt.NDArray[np.int32] | None = None) -> Numbers:
        """From sorted unique keys (and their days)."""
        high = keys >> np.uint64(32)
        edges = np.flatnonzero(np.concatenate(([len(keys) > 0], high[1:] != high[:-1])))
        highs = high[edges]
        starts = np.concatenate((edges.astype(np.int64), [len(keys)]))
        lows = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        return cls(highs, starts, lows, days)

    def keys(self) -> Keys:
        counts = np.diff(self.starts)
        return (np.repeat(self.highs, counts) << np.uint64(32)) | self.lows.astype(np.uint64)

    def find(self, keys: Keys) -> npt.NDArray[np.int64]:
        """Each key's position in the registry, or -1."""
        found = np.full(len(keys), -1, dtype=np.int64)
        high = keys >> np.uint64(32)
        low = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        for i, part in enumerate(self.highs.tolist()):
            rows = np.flatnonzero(high == part)
            if not len(rows):
                continue
            start, stop = int(self.starts[i]), int(self.starts[i + 1])
            span = self.lows[start:stop]
            order = np.argsort(low[rows], kind="stable")
            wanted = low[rows][order]
            at = np.searchsorted(span, wanted)
            at[at == len(span)] = 0
            hit = np.asarray(span[at] == wanted) if len(span) else np.zeros(len(rows), bool)
            found[rows[order[hit]]] = start + at[hit]
        return found

    def contains(self, keys: Keys) -> Mask:
        return self.find(keys) >= 0

    def disconnected(self, keys: Keys) -> npt.NDArray[np.int32]:
        """Each key's disconnection day (days since 1970), or -1 if not listed."""
        at = self.find(keys)
        out = np.full(len(keys), -1, dtype=np.int32)
        if self.days is not None:
            out[at >= 0] = self.days[at[at >= 0]]
        return out


def day_number(day: date) -> int:
    return (day - _DAY0).days


def day_of(number: int) -> date:
    return _DAY0 + timedelta(days=number)


# -- reading registry files ------------------------------------------------------------------


def read_numbers(path: Path, kind: Kind) -> Numbers:
    """Every number of the file, sorted and unique (for a reassigned list, with the latest
    disconnection day of each), read a block at a time. A do-not-call list is gathered as
    32-bit low parts per high part, so 250 million numbers take ~1 GB while loading."""
    if kind is Kind.REASSIGNED:
        return _read_reassigned(path)
    buckets: dict[int, list[npt.NDArray[np.uint32]]] = {}
    for keys, _days in _blocks(path, kind):
        high = keys >> np.uint64(32)
        low, top = (int(high.min()), int(high.max())) if len(high) else (0, -1)
        parts = [low] if low == top else _unique_sorted(np.sort(high)).tolist()
        for part in parts:
            chosen = keys if len(parts) == 1 else keys[high == part]
            buckets.setdefault(part, []).append((chosen & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    highs = sorted(buckets)
    lows: list[npt.NDArray[np.uint32]] = []
    for part in highs:
        gathered = np.concatenate(buckets.pop(part))
        gathered.sort()
        lows.append(_unique_sorted(gathered))
    starts = np.concatenate(([0], np.cumsum([len(x) for x in lows]))).astype(np.int64)
    merged = np.concatenate(lows) if lows else np.zeros(0, dtype=np.uint32)
    return Numbers(np.array(highs, dtype=np.uint64), starts, merged)


def _read_reassigned(path: Path) -> Numbers:
    chunks: list[Keys] = []
    days: list[npt.NDArray[np.int32]] = []
    for keys, when in _blocks(path, Kind.REASSIGNED):
        chunks.append(keys)
        days.append(when if when is not None else np.zeros(len(keys), dtype=np.int32))
    keys = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.uint64)
    when = np.concatenate(days) if days else np.zeros(0, dtype=np.int32)
    order = np.lexsort((when, keys))
    keys, when = keys[order], when[order]
    last = np.concatenate((keys[1:] != keys[:-1], [True])) if len(keys) else np.zeros(0, bool)
    return Numbers.of(keys[last], when[last])


def _unique_sorted(keys: _A) -> _A:
    if not len(keys):
        return keys
    return cast(_A, keys[np.concatenate(([True], keys[1:] != keys[:-1]))])


def _blocks(path: Path, kind: Kind) -> Iterator[tuple[Keys, npt.NDArray[np.int32] | None]]:
    try:
        with path.open("rb") as stream:
            head = stream.readline()
        names = ["a", "b"] if b"," in head else ["a"]
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, block_size=_BLOCK),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=True
            ),
        )
    except (OSError, pa.ArrowInvalid) as exc:
        raise BadInput(f"cannot read {path}: {exc}") from None
    first = True
    try:
        for batch in reader:
            a = batch.column(0)
            b = batch.column(1) if len(names) > 1 else pa.nulls(len(a), pa.string())
            if first and len(a) and not _is_number(a[0].as_py()):
                a, b = a.slice(1), b.slice(1)  # a header line
            first = False
            yield _keys_of(a, b, kind, path)
    except pa.ArrowInvalid as exc:
        raise BadInput(f"cannot read {path.name}: {exc}") from None


def _is_number(value: str | None) -> bool:
    return bool(value) and value.strip().lstrip("+").isdigit()  # type: ignore[union-attr]


def _keys_of(
    a: pa.Array, b: pa.Array, kind: Kind, path: Path
) -> tuple[Keys, npt.NDArray[np.int32] | None]:
    a = pc.utf8_trim_whitespace(a)
    present = pc.fill_null(pc.not_equal(a, ""), False)
    a, b = pc.filter(a, present), pc.filter(b, present)
    second = pc.utf8_trim_whitespace(pc.fill_null(b, ""))
    if kind is Kind.DO_NOT_CALL and pc.any(pc.not_equal(second, "")).as_py():
        return _area_codes(a, second, path), None
    keys = _plain(a, path)
    if kind is Kind.DO_NOT_CALL:
        return keys, None
    try:
        stamps = pc.strptime(second, format="%Y-%m-%d", unit="s")
    except pa.ArrowInvalid:
        raise BadInput(f"{path.name}: a reassigned-numbers line is `number,YYYY-MM-DD`") from None
    days = (pc.cast(stamps, pa.int64()).to_numpy(zero_copy_only=False) // 86_400).astype(np.int32)
    return keys, days


def _area_codes(area: pa.Array, number: pa.Array, path: Path) -> Keys:
    """The FTC's `areacode,number`: +1, three digits, seven digits."""
    try:
        codes = pc.cast(area, pa.uint64()).to_numpy()
        rest = pc.cast(number, pa.uint64()).to_numpy()
    except pa.ArrowInvalid:
        raise BadInput(f"{path.name}: expected lines of `areacode,number`") from None
    if ((codes < 200) | (codes > 999) | (rest > 9_999_999)).any():
        raise BadInput(f"{path.name}: an area code has 3 digits and a number 7")
    return cast(Keys, np.uint64(_NANP) + codes * np.uint64(10_000_000) + rest)


def _plain(numbers: pa.Array, path: Path) -> Keys:
    """E.164 (`+12012000000`) or ten digits of +1."""
    plus = pc.starts_with(numbers, "+")
    digits = pc.if_else(plus, pc.utf8_slice_codeunits(numbers, 1), numbers)
    try:
        keys = pc.cast(digits, pa.uint64()).to_numpy(zero_copy_only=False, writable=True)
    except pa.ArrowInvalid:
        raise BadInput(
            f"{path.name}: expected one phone number a line, e.g. +12015550123"
        ) from None
    national = ~plus.to_numpy(zero_copy_only=False) & (pc.utf8_length(digits).to_numpy() == 10)
    keys[national] += np.uint64(_NANP)
    return cast(Keys, keys)


# -- versions on disk ------------------------------------------------------------------------


class RegistryStore:
    """Every registry under one directory; shared by processes, swapped atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root / "registries"
        self._mapped: dict[tuple[str, str], tuple[str, Numbers]] = {}

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
    ) -> RegistryInfo:
        """Read `path` into a new version of the registry and make it current."""
        numbers = read_numbers(path, kind)
        existing = self.info(owner, name)
        if existing is not None and existing.kind is not kind:
            raise BadInput(f"registry {name!r} is a {existing.kind} list, not {kind}")
        if mode is not Mode.FULL:
            if existing is None:
                raise NotFound(f"no registry {name!r} to change: load a full file first")
            numbers = _changed(self.numbers(owner, name), numbers, mode)
        when = now or datetime.now(UTC)
        stamp = version or datetime.fromtimestamp(path.stat().st_mtime, UTC).date()
        return self._publish(owner, name, kind, numbers, stamp, when, path.name)

    def _publish(
        self,
        owner: str,
        name: str,
        kind: Kind,
        numbers: Numbers,
        version: date,
        loaded_at: datetime,
        source: str,
    ) -> RegistryInfo:
        home = self._home(owner, name)
        directory = f"v{version.isoformat()}-{loaded_at.strftime('%H%M%S%f')}-{os.getpid()}"
        target = home / directory
        target.mkdir(parents=True, exist_ok=True)
        size = 0
        for part in ("highs", "starts", "lows", "days"):
            array = getattr(numbers, part)
            if array is not None:
                np.save(target / f"{part}.npy", array)
                size += (target / f"{part}.npy").stat().st_size
        info = RegistryInfo(name, kind, owner, version, loaded_at, len(numbers), size, source)
        pointer = home / f".current-{os.getpid()}.json"
        pointer.write_text(json.dumps(_info_json(info) | {"directory": directory}))
        os.replace(pointer, home / "current.json")
        for old in home.iterdir():
            if old.is_dir() and old.name != directory:
                shutil.rmtree(old, ignore_errors=True)
        return info

    def info(self, owner: str, name: str) -> RegistryInfo | None:
        pointer = self._pointer(owner, name)
        return _info(pointer) if pointer is not None else None

    def _pointer(self, owner: str, name: str) -> dict[str, object] | None:
        try:
            found: dict[str, object] = json.loads(
                (self._home(owner, name) / "current.json").read_text()
            )
        except (OSError, ValueError):
            return None
        return found

    def list(self, owners: tuple[str, ...]) -> list[RegistryInfo]:
        found = []
        for owner in owners:
            home = self.root / owner
            if home.is_dir():
                for entry in sorted(home.iterdir()):
                    info = self.info(owner, entry.name) if _NAME.fullmatch(entry.name) else None
                    if info is not None:
                        found.append(info)
        return found

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
            days = folder / "days.npy"
            numbers = Numbers(
                np.load(folder / "highs.npy", mmap_mode="r"),
                np.load(folder / "starts.npy", mmap_mode="r"),
                np.load(folder / "lows.npy", mmap_mode="r"),
                np.load(days, mmap_mode="r") if days.exists() else None,
            )
        except OSError:
            self._mapped.pop((owner, name), None)
            return self.numbers(owner, name)  # swapped while we looked: read the new pointer
        self._mapped[(owner, name)] = (directory, numbers)
        return numbers

    def drop(self, owner: str, name: str) -> RegistryInfo:
        info = self.info(owner, name)
        if info is None:
            raise NotFound(f"no registry named {name!r}")
        home = self._home(owner, name)
        (home / "current.json").unlink()
        shutil.rmtree(home, ignore_errors=True)
        self._mapped.pop((owner, name), None)
        return info


def _changed(current: Numbers, change: Numbers, mode: Mode) -> Numbers:
    """The registry after a change list: its numbers plus, or minus, the file's."""
    have, keys = current.keys(), change.keys()
    if mode is Mode.DELETE:
        keep = ~_within(have, keys)
        return Numbers.of(have[keep], current.days[keep] if current.days is not None else None)
    merged = np.concatenate((have, keys))
    if current.days is None or change.days is None:
        merged.sort()
        return Numbers.of(_unique_sorted(merged))
    when = np.concatenate((np.asarray(current.days), np.asarray(change.days)))
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


def view_of(session: Session, account: AccountRef, channel: Channel) -> RegistryView | None:
    """The registries that apply to this account and channel, if the session's engine has
    any loaded (None: nothing to consult)."""
    store = session.info.get(REGISTRY_STORE)
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
        self._stale_blocks = account.settings.registry_stale_blocks
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
        if self.holding():
            found[:] = True
            return found
        for _, numbers in self.dnc:
            found |= numbers.contains(keys)
        return found

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

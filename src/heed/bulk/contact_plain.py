"""Contacts from a plain CSV file a block of rows at a time: the contacts, evidence, counts,
flags and errors `contact_import.read_rows`, `plan` and `apply` make, without a Python object
per row on the way in or out.

Taken for the usual shape of a CRM export (`takes`): phone, email, name (or first and last
name) and external id columns, custom fields in the others, no `address` column and no list;
and a plain file (heed.bulk.plain_rows). A row of the header's width whose phone the filter's
vectorised reader proves canonical E.164 (heed.bulk.keys.canonical_keys), or `canonical_nanp`
reads as written nationally in the United States or Canada (`keys.national_numbers`), whose email
`canonical_emails` proves, and whose other values `str.strip` leaves as they are, becomes its
contact from its fields' bytes: its evidence from one template (heed.bulk.plain_rows
`Evidence`, as the opt-out import's), its fields from another. Any other row goes through
`contact_import.read_row`, which decides it and words its error as it always did. Matching
and flags are `contact_import.match` and `barred`, as for every import; the new contacts are
written by `contact_batches.write_encoded`. tests/bulk/test_contact_plain.py imports the
same files both ways and compares what they store and report.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING

import orjson
from sqlalchemy.orm import Session

from heed.bulk import plain_rows
from heed.bulk.contact_import import (
    ContactFile,
    ContactRow,
    IndexedFlags,
    Person,
    barred,
    match,
    read_row,
)
from heed.bulk.csvfile import CsvFile, CsvRow
from heed.bulk.keys import Spans, canonical_keys, national_numbers
from heed.bulk.plain_rows import BLOCK, Block, Evidence, cells, fixed, read_odd
from heed.core.fast_addresses import canonical_emails
from heed.core.lazy import module
from heed.core.vocabulary import Actor
from heed.store import contact_batches
from heed.store.accounts import AccountRef
from heed.store.contact_batches import EncodedContacts
from heed.store.events import EventLog
from heed.store.imports import BatchOutcome

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
else:
    np = module("numpy")

_SORTED = orjson.OPT_SORT_KEYS
_ROLES = ("phone", "email", "name", "first_name", "last_name", "external_id")


@functools.cache
def _kept() -> npt.NDArray[np.bool_]:
    """Bytes a value may begin and end with and be what `str.strip` leaves (printable ASCII);
    a value beginning or ending with any other byte is looked at as text. Made when first
    used: importing heed must not import NumPy (tests/test_startup.py)."""
    kept = np.zeros(256, dtype=np.bool_)
    kept[0x21:0x7F] = True
    return kept


@dataclass(slots=True)
class PlainContacts:
    """A batch read by `plain_batches`: its good rows' contacts as columns in file order
    (fields and evidence as sorted JSON), and its errors."""

    rows: int = 0  # rows of the file it holds (its good rows and its errors)
    lines: list[int] = field(default_factory=list)
    phones: list[str | None] = field(default_factory=list)
    emails: list[str | None] = field(default_factory=list)
    names: list[str | None] = field(default_factory=list)
    external_ids: list[str | None] = field(default_factory=list)
    fields: list[bytes] = field(default_factory=list)
    evidence: list[bytes] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)

    def __len__(self) -> int:
        return self.rows

    def extend(self, other: PlainContacts) -> None:
        self.rows += other.rows
        self.lines += other.lines
        self.phones += other.phones
        self.emails += other.emails
        self.names += other.names
        self.external_ids += other.external_ids
        self.fields += other.fields
        self.evidence += other.evidence


def takes(spec: ContactFile) -> bool:
    """Whether the file has the usual shape (see the module docstring): no `address` column
    to tell apart, no list to join, and no custom field named twice."""
    columns = spec.columns
    used = set(columns.indexes.values())
    extra = [h for i, h in enumerate(columns.header) if i not in used and h]
    return (
        "address" not in columns.indexes
        and spec.list_name is None
        and len(set(extra)) == len(extra)
    )


@dataclass(frozen=True)
class _Prepared:
    """A block's rows as the templates read them."""

    block: Block
    fast: npt.NDArray[np.bool_]  # by row: the templates may take it (its email not yet proved)
    columns: list[Spans]  # every field of the header, by column
    national: dict[int, str]  # by row: a phone written nationally, as E.164 (`national_numbers`)


class _Reader:
    def __init__(self, spec: ContactFile, account: AccountRef, name: str) -> None:
        self.spec, self.account, self.name = spec, account, name
        self.country = account.settings.default_country
        header, at = spec.columns.header, spec.columns.indexes.get
        self.width = len(header)
        self.evidence = Evidence(header, spec.file_name, spec.import_id)
        self.phone, self.email, self.called, self.first, self.last, self.external = (
            at(role) for role in _ROLES
        )
        used = set(spec.columns.indexes.values())
        extra = {h: i for i, h in enumerate(header) if i not in used and h}
        # The custom fields in the order orjson sorts their names, read back from orjson.
        ordered = orjson.loads(orjson.dumps(extra, option=_SORTED))
        self.extra: list[int] = list(ordered.values())
        self.fields = b"{" + b",".join(fixed(h) + b':"%s"' for h in ordered) + b"}"
        texts = (self.called, self.first, self.last, self.external, *self.extra)
        self.stripped = [i for i in texts if i is not None]

    def prepare(self, block: Block) -> _Prepared:
        fast = block.whole(self.width, doubled=True)
        columns = [block.column(j) for j in range(self.width)]
        addressed = np.zeros(len(fast), dtype=np.bool_)
        national: dict[int, str] = {}
        if self.phone is not None:
            phone = columns[self.phone]
            filled = phone.stops > phone.begins
            addressed |= filled
            if fast.any():
                proved = canonical_keys(phone)[1]
                national = national_numbers(phone, fast & filled & ~proved, self.country)
                proved[list(national)] = True
                fast &= ~filled | proved
        if self.email is not None:
            email = columns[self.email]
            addressed |= email.stops > email.begins
        fast &= addressed
        for j in self.stripped:
            fast &= _as_stripped(columns[j], fast)
        return _Prepared(block, fast, columns, national)

    def read(self, prepared: _Prepared, at: int, stop: int, batch: PlainContacts) -> None:
        """Rows `at` to `stop` of the block into `batch`, in file order."""
        block, columns = prepared.block, prepared.columns
        fast = prepared.fast[at:stop].copy()
        chosen = np.flatnonzero(fast) + at
        raw = [cells(column, chosen) for column in columns]
        # Each cell as its value, and as the text of a JSON string holding it (the two differ
        # only where a quote is doubled inside a quoted field: heed.bulk.plain_rows).
        values, texts = [block.values(c) for c in raw], [block.json(c) for c in raw]
        emails: list[str | None] = [None] * len(chosen)
        if self.email is not None:
            given = values[self.email]
            filled = [n for n, value in enumerate(given) if value]
            for n, email in zip(filled, canonical_emails([given[n] for n in filled]), strict=True):
                emails[n] = email
            refused = [n for n in filled if emails[n] is None]
            if refused:  # not proved here: read row by row
                fast[chosen[refused] - at] = False
                kept = np.ones(len(chosen), dtype=np.bool_)
                kept[refused] = False
                chosen = chosen[kept]
                values = [list(compress(v, kept.tolist())) for v in values]
                texts = [list(compress(v, kept.tolist())) for v in texts]
                emails = list(compress(emails, kept.tolist()))
        read = self._contacts(block, chosen, values, texts, emails, prepared.national)
        if len(chosen) == stop - at:
            batch.extend(read)
            return
        taken = 0
        for row, quick in zip(block.rows[at:stop].tolist(), fast.tolist(), strict=True):
            if quick:
                _take(batch, read, taken)
                taken += 1
            else:
                self._slow(block, row, batch)

    def _contacts(
        self,
        block: Block,
        chosen: npt.NDArray[np.intp],
        values: list[list[bytes]],
        texts: list[list[bytes]],
        emails: list[str | None],
        national: dict[int, str],
    ) -> PlainContacts:
        """The rows the templates take, as contacts: `values` by column, and as `texts` of
        JSON strings, for the templates."""
        lines = (block.rows[chosen] + block.first).tolist()
        evidence = self.evidence.of(lines, [texts[j] for j in self.evidence.order])
        none: list[str | None] = [None] * len(chosen)
        phones = _texts(values[self.phone]) if self.phone is not None else none
        if national:
            given = national.get
            phones = [given(r, p) for r, p in zip(chosen.tolist(), phones, strict=True)]
        external = _texts(values[self.external]) if self.external is not None else none
        return PlainContacts(
            len(chosen),
            lines,
            phones,
            emails,
            self._names(values, len(chosen)),
            external,
            self._fields(values, texts, len(chosen)),
            evidence,
        )

    def _names(self, values: list[list[bytes]], n: int) -> list[str | None]:
        """The name column, else first and last name joined by a space (as `read_row`)."""
        parts = [values[j] for j in (self.first, self.last) if j is not None]
        joined: list[bytes] = (
            [b" ".join(filter(None, p)) for p in zip(*parts, strict=True)] if parts else []
        )
        if self.called is None:
            return _texts(joined) if parts else [None] * n
        if not parts:
            return _texts(values[self.called])
        return _texts([c or j for c, j in zip(values[self.called], joined, strict=True)])

    def _fields(self, values: list[list[bytes]], texts: list[list[bytes]], n: int) -> list[bytes]:
        """Each row's custom fields as sorted JSON: the template where every one is filled,
        else the filled ones."""
        if not self.extra:
            return [b"{}"] * n
        extra = [texts[j] for j in self.extra]
        template = self.fields
        return [
            template % row
            if all(row)
            else _some_fields(self.spec, self.extra, tuple(values[j][k] for j in self.extra))
            for k, row in enumerate(zip(*extra, strict=True))
        ]

    def _slow(self, block: Block, line: int, batch: PlainContacts) -> None:
        read = read_odd(block, line, self.name, self._row, batch)
        if read is not None:
            batch.lines.append(read.line)
            batch.phones.append(read.phone)
            batch.emails.append(read.email)
            batch.names.append(read.name)
            batch.external_ids.append(read.external_id)
            batch.fields.append(orjson.dumps(read.fields, option=_SORTED))
            batch.evidence.append(orjson.dumps(read.evidence, option=_SORTED))

    def _row(self, row: CsvRow) -> ContactRow | str:
        return read_row(self.spec, self.account, row)


def _take(batch: PlainContacts, read: PlainContacts, n: int) -> None:
    batch.rows += 1
    batch.lines.append(read.lines[n])
    batch.phones.append(read.phones[n])
    batch.emails.append(read.emails[n])
    batch.names.append(read.names[n])
    batch.external_ids.append(read.external_ids[n])
    batch.fields.append(read.fields[n])
    batch.evidence.append(read.evidence[n])


def _texts(values: list[bytes]) -> list[str | None]:
    return [v.decode() if v else None for v in values]


def _some_fields(spec: ContactFile, extra: list[int], row: tuple[bytes, ...]) -> bytes:
    header = spec.columns.header
    filled = {header[j]: v.decode() for j, v in zip(extra, row, strict=True) if v}
    return orjson.dumps(filled, option=_SORTED)


def _as_stripped(column: Spans, rows: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """By row: whether the value is what `str.strip` makes of it (looked at as text only
    where it begins or ends with a byte other than printable ASCII)."""
    begins, stops = column.begins, column.stops
    raw = np.frombuffer(column.data, dtype=np.uint8)
    filled = stops > begins
    first = raw[np.minimum(begins, len(raw) - 1)] if len(raw) else begins.astype(np.uint8)
    last = raw[np.maximum(stops - 1, 0)] if len(raw) else first
    table = _kept()
    kept = ~filled | (table[first] & table[last])
    data = column.data
    for row in np.flatnonzero(~kept & rows).tolist():
        text = data[int(begins[row]) : int(stops[row])].decode()
        kept[row] = text == text.strip()
    return kept


def plain_batches(
    spec: ContactFile, account: AccountRef, table: CsvFile, size: int, block: int = BLOCK
) -> Iterator[PlainContacts]:
    """The file's rows in batches of `size` (the last may be smaller), read a block at a
    time; `takes(spec)` and `table.plain()` must be true."""
    return plain_rows.batches(table, size, block, _Reader(spec, account, table.name), PlainContacts)


def commit(
    session: Session,
    log: EventLog,
    account: AccountRef,
    spec: ContactFile,
    batch: PlainContacts,
    actor: Actor,
    outcome: BatchOutcome,
    flags: IndexedFlags | None,
) -> None:
    """Match, flag and write one batch in the caller's transaction, under the account's lock
    (the caller took it), counting into `outcome` as `contact_import.apply` counts."""
    for line, message in batch.errors:
        outcome.error(line, message)
    people, new = match(session, account, batch.phones, batch.emails, batch.external_ids)
    good = [n for n, person in enumerate(people) if not isinstance(person, str)]
    if len(good) < len(people):
        for n, problem in enumerate(people):
            if isinstance(problem, str):
                outcome.error(batch.lines[n], problem)
    found: list[Person] = [people[n] for n in good]  # type: ignore[misc]
    reasons = barred(session, account, spec.channel, found, flags)
    created = [n for n in good if new[n]]
    if created:
        lines = [batch.lines[good[0]], batch.lines[good[-1]]]  # the first and last good row
        _write(session, log, spec, batch, [people[n] for n in created], created, lines, actor)
    outcome.created += len(created)
    outcome.unchanged += len(good) - len(created)
    for n, why in sorted(reasons.items()):
        person = found[n]
        address = person.phone or person.email
        outcome.flagged.append({"line": batch.lines[good[n]], "address": address, "reasons": why})
    outcome.rows += batch.rows


def _write(
    session: Session,
    log: EventLog,
    spec: ContactFile,
    batch: PlainContacts,
    people: list[Person | str],
    created: list[int],
    lines: list[int],
    actor: Actor,
) -> None:
    """Write the batch's new contacts (its rows `created`, who are `people`) and their
    batch event."""
    ids = [person.id for person in people]  # type: ignore[union-attr]
    if len(created) == len(batch.lines):
        rows = EncodedContacts(
            ids,
            batch.phones,
            batch.emails,
            batch.names,
            batch.external_ids,
            batch.fields,
            batch.evidence,
        )
    else:
        rows = EncodedContacts(
            ids,
            [batch.phones[n] for n in created],
            [batch.emails[n] for n in created],
            [batch.names[n] for n in created],
            [batch.external_ids[n] for n in created],
            [batch.fields[n] for n in created],
            [batch.evidence[n] for n in created],
        )
    evidence = {
        "import_id": spec.import_id,
        "file": spec.file_name,
        "lines": lines,
    }
    contact_batches.write_encoded(session, log, rows, actor=actor, evidence=evidence)

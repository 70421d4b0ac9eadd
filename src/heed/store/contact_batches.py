"""Contacts created a batch at a time by an import, proven by one event per batch.

An import of a million contacts cannot afford a million `contact.created` events. A batch
instead writes its new contacts with one multi-row statement (`COPY` on PostgreSQL) and appends
one `contacts.imported` event whose payload holds the number of contacts and a digest:

    row_digest   = sha256(canonical({id, phone, email, name, external_id, fields, evidence,
                                     created_at, salt}))     kept on the contact row
    batch digest = sha256(row digests, concatenated in id order)   in the event's payload

The digest is of the contact *as created*. A contact is editable, but only through
`contact.updated` events, each holding the contact's fields before and after; so `heed audit
verify` rebuilds what each imported contact was created with (the `before` of its first update,
else the row as it stands), proves it against the row's digest and the batch's digest, and
checks that a contact updated since stands as its last update left it. A contact edited or
deleted in the table alone, or added to a batch, is found. Each contact keeps its own evidence
(import, file, line and the row as read). An erasure blanks the contact (its fields, evidence
and salt) and keeps its digest; its `contact.erased` event names it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from heed.core.vocabulary import Actor
from heed.store.batches import (
    BINARY_DIGEST,
    BINARY_ID,
    BINARY_SALT,
    STREAMED,
    RowFinding,
    Sink,
    batch_digest,
    binary_count,
    binary_field,
    binary_int,
    binary_length,
    binary_time,
    compare_batches,
    insert_shared,
    pages,
    reference_digest,
    row_digest,
)
from heed.store.events import EventLog
from heed.store.tables import Contact
from heed.store.types import utcnow

KIND = "contacts.imported"
#: The fields of a contact an update may change, as `contact.updated` events record them.
EDITABLE = ("phone", "email", "name", "external_id", "fields")
_SORTED = orjson.OPT_SORT_KEYS
_COLUMNS = (
    "account_id, id, phone, email, name, external_id, fields, created_at, updated_at, evidence,"
    " created_event, salt, row_digest"
)


@dataclass(slots=True)
class NewContact:
    """One contact a batch creates (its id made by the caller, who planned the batch)."""

    id: str
    phone: str | None
    email: str | None
    name: str | None
    external_id: str | None
    fields: dict[str, str]
    evidence: dict[str, Any]


def payload(row: dict[str, Any], evidence: Any, created_at: str, salt: str) -> dict[str, Any]:
    """What a contact's digest is of: its id and editable fields as created, its evidence,
    the batch's time and its salt."""
    return {
        "id": row["id"],
        **{name: row[name] for name in EDITABLE},
        "evidence": evidence,
        "created_at": created_at,
        "salt": salt,
    }


def write(
    session: Session,
    log: EventLog,
    rows: Sequence[NewContact],
    *,
    actor: Actor,
    evidence: dict[str, Any],
) -> int:
    """Create `rows` (none of them stored already: the caller matched them, under the
    account's lock) and their batch event, in the caller's transaction; return its number.

    Fields and evidence must be JSON-ready already (text and numbers): they are digested as
    given."""
    now, seq = utcnow(), log.next_seq
    created_at = now.isoformat()
    stored_at: Any = now
    if session.get_bind().dialect.name == "sqlite":
        stored_at = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it
    salts = secrets.token_hex(16 * len(rows))
    account_id, records = log.account_id, []
    for n, row in enumerate(sorted(rows, key=lambda r: r.id)):
        salt = salts[32 * n : 32 * n + 32]
        fields, evidence_text, digest = _encoded(row, created_at, salt)
        records.append(
            (
                account_id,
                row.id,
                row.phone,
                row.email,
                row.name,
                row.external_id,
                fields,
                stored_at,
                stored_at,
                evidence_text,
                seq,
                salt,
                digest,
            )
        )
    event = log.append(
        KIND,
        actor,
        source="import",
        evidence=evidence,
        after={"rows": len(records), "digest": batch_digest([r[12] for r in records])},
        occurred_at=now,
    )
    assert event.seq == seq
    _insert(session, records)
    return seq


def _encoded(row: NewContact, created_at: str, salt: str) -> tuple[str, str, str]:
    """The contact's fields and evidence as stored JSON text, and its digest. The texts are
    encoded once and go into the digest's material as they are (`orjson.Fragment`: the same
    bytes as encoding the payload whole, each part's keys sorted alike); text orjson refuses
    takes `payload` and `row_digest`'s reference encoding, as verification does."""
    try:
        fields = orjson.dumps(row.fields, option=_SORTED)
        evidence = orjson.dumps(row.evidence, option=_SORTED)
    except TypeError:
        data = {"id": row.id, **{name: getattr(row, name) for name in EDITABLE}}
        digest = row_digest(payload(data, row.evidence, created_at, salt))
        return _json(row.fields), _json(row.evidence), digest
    material = {
        "id": row.id,
        "phone": row.phone,
        "email": row.email,
        "name": row.name,
        "external_id": row.external_id,
        "fields": orjson.Fragment(fields),
        "evidence": orjson.Fragment(evidence),
        "created_at": created_at,
        "salt": salt,
    }
    return fields.decode(), evidence.decode(), row_digest(material)


def _json(value: Any) -> str:
    try:
        return orjson.dumps(value, option=_SORTED).decode()
    except TypeError:  # text orjson refuses (lone surrogates): the standard encoder keeps it
        return json.dumps(value, sort_keys=True)


def _insert(session: Session, records: list[tuple[Any, ...]]) -> None:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        raw: Any = connection.connection.dbapi_connection  # psycopg's, for COPY
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY contacts ({_COLUMNS}) FROM STDIN") as copy,
        ):
            for record in records:
                copy.write_row(record)
        return
    marks = ", ".join("?" * 13)
    connection.exec_driver_sql(f"INSERT INTO contacts ({_COLUMNS}) VALUES ({marks})", records)


@dataclass(slots=True)
class EncodedContacts:
    """New contacts as columns, in increasing id order, their fields and evidence encoded
    already as `orjson.dumps(value, option=OPT_SORT_KEYS)` writes them (heed.bulk.contact_plain)."""

    ids: list[str]
    phones: list[str | None]
    emails: list[str | None]
    names: list[str | None]
    external_ids: list[str | None]
    fields: list[bytes]
    evidence: list[bytes]


def write_encoded(
    session: Session,
    log: EventLog,
    rows: EncodedContacts,
    *,
    actor: Actor,
    evidence: dict[str, Any],
) -> int:
    """`write` for contacts given as columns: each contact's digest is one format of a
    template holding the batch's time (the same bytes `_encoded` digests) and one SHA-256;
    on PostgreSQL the rows are streamed into a binary `COPY` while the next are hashed, so the
    server indexes them while this process works."""
    now, seq = utcnow(), log.next_seq
    n = len(rows.ids)
    salts = secrets.token_hex(16 * n)
    template = digest_template(now.isoformat())
    hasher = hashlib.sha256()
    with _Sink(session, log.account_id, now, seq) as sink:
        for start in range(0, n, STREAMED):
            part = slice(start, start + STREAMED)
            found = list(
                zip(
                    rows.ids[part],
                    map(_dumps, rows.phones[part]),
                    map(_dumps, rows.emails[part]),
                    map(_dumps, rows.names[part]),
                    map(_dumps, rows.external_ids[part]),
                    rows.fields[part],
                    rows.evidence[part],
                    [salts[32 * i : 32 * i + 32] for i in range(start, min(start + STREAMED, n))],
                    strict=True,
                )
            )
            digests = [
                hashlib.sha256(template % (m, v, x, f, i.encode(), a, p, s.encode())).hexdigest()
                for i, p, m, a, x, f, v, s in found
            ]
            hasher.update("".join(digests).encode())
            sink.add(rows, part, found, digests)
    event = log.append(
        KIND,
        actor,
        source="import",
        evidence=evidence,
        after={"rows": n, "digest": hasher.hexdigest()},
        occurred_at=now,
    )
    assert event.seq == seq
    return seq


def digest_template(created_at: str) -> bytes:
    """The sorted payload `_encoded` digests, with %s for the email, evidence, external id,
    fields, id, name, phone (each JSON but the id) and the salt, in that order."""
    return (
        b'{"created_at":'
        + _dumps(created_at).replace(b"%", b"%%")
        + b',"email":%s,"evidence":%s,"external_id":%s,"fields":%s,"id":"%s","name":%s,'
        b'"phone":%s,"salt":"%s"}'
    )


_dumps = orjson.dumps


class _Sink(Sink):
    """Where `write_encoded` sends its records: on PostgreSQL each row one format of a
    template holding the account, the time and the event (binary: the texts go as they are,
    nothing to escape), on SQLite multi-row INSERTs."""

    def __init__(self, session: Session, account_id: str, now: datetime, seq: int) -> None:
        super().__init__(session, "contacts", _COLUMNS)
        self.values: list[Any] = []  # SQLite: each row's own nine values, flat
        if self.postgresql:  # %s for the id, each of phone, email, name and external id as
            at = binary_time(now)  # a field, the fields, the evidence, the salt, the digest
            self.row = (
                binary_count(_COLUMNS)
                + binary_field(account_id)
                + BINARY_ID
                + b"%s%s%s%s"
                + b"%s\x01%s"  # jsonb: its format's version, then the text
                + at
                + at
                + b"%s\x01%s"
                + binary_int(seq)
                + BINARY_SALT
                + BINARY_DIGEST
            )
        else:  # the account, the time (as SQLAlchemy stores it) and the event
            self.shared = [account_id, now.strftime("%Y-%m-%d %H:%M:%S.%f"), seq]

    def add(
        self,
        rows: EncodedContacts,
        part: slice,
        found: Sequence[tuple[str, bytes, bytes, bytes, bytes, bytes, bytes, str]],
        digests: Sequence[str],
    ) -> None:
        """Rows `part` of `rows`, with each one's (id, phone, email, name, external id as
        JSON, fields, evidence, salt) and digest."""
        each = zip(
            found,
            digests,
            rows.phones[part],
            rows.emails[part],
            rows.names[part],
            rows.external_ids[part],
            strict=True,
        )
        if self.postgresql:
            row = self.row
            self.out.write(
                b"".join(
                    [
                        row
                        % (
                            i.encode(),
                            _field(p),
                            _field(m),
                            _field(a),
                            _field(x),
                            binary_length(len(f) + 1),
                            f,
                            binary_length(len(v) + 1),
                            v,
                            s.encode(),
                            d.encode(),
                        )
                        for (i, _, _, _, _, f, v, s), d, p, m, a, x in each
                    ]
                )
            )
            return
        values = self.values
        for (i, _, _, _, _, f, v, s), d, p, m, a, x in each:
            values += (i, p, m, a, x, f.decode(), v.decode(), s, d)

    def finish(self) -> None:
        insert_shared(self.session, _SHARED, self.shared, self.values, 9)


_NULL = binary_length(-1)


def _field(value: str | None) -> bytes:
    """Text (or NULL) as a field of a binary COPY row."""
    if value is None:
        return _NULL
    encoded = value.encode()
    return binary_length(len(encoded)) + encoded


#: One row of `_Sink`'s INSERT: ?1-?3 the account, the time and the event every row shares,
#: {0}-{8} the row's own id, phone, email, name, external id, fields, evidence, salt, digest.
_SHARED = (
    f"INSERT INTO contacts ({_COLUMNS}) VALUES ",
    "(?1,{0},{1},{2},{3},{4},{5},?2,?2,{6},?3,{7},{8})",
)


def creation_of(session: Session, account_id: str, contact_id: str) -> dict[str, Any] | None:
    """The imported contact's row as its batch event's history shows it (None: the contact
    was not imported in a batch): its id, evidence and the batch event's number."""
    found = session.execute(
        select(Contact.created_event, Contact.evidence).where(
            Contact.account_id == account_id,
            Contact.id == contact_id,
            Contact.row_digest.is_not(None),
        )
    ).first()
    if found is None:
        return None
    return {"id": contact_id, "created_event": found[0], "evidence": found[1]}


# -- verification ------------------------------------------------------------------------------

_ROWS = text(
    "SELECT id, created_event, phone, email, name, external_id, CAST(fields AS TEXT),"
    " CAST(evidence AS TEXT), created_at, salt, row_digest FROM contacts"
    " WHERE account_id = :a AND row_digest IS NOT NULL AND id > :after ORDER BY id LIMIT :limit"
)


@dataclass
class ContactBatches:
    """What the walk of the chain learnt about imported contacts: each batch event's count and
    digest, each contact's first and last update, and the contacts erased."""

    expected: dict[int, tuple[int, str]] = field(default_factory=dict)
    first_before: dict[str, dict[str, Any]] = field(default_factory=dict)
    last_after: dict[str, dict[str, Any]] = field(default_factory=dict)
    erased: set[str] = field(default_factory=set)

    KINDS = frozenset({KIND, "contact.updated", "contact.erased"})

    def feed(self, seq: int, kind: str, contact_id: str | None, before: Any, after: Any) -> None:
        if kind == KIND and isinstance(after, dict):
            self.expected[seq] = (int(after.get("rows", -1)), str(after.get("digest")))
        elif kind == "contact.updated" and contact_id and isinstance(after, dict):
            if isinstance(before, dict):
                self.first_before.setdefault(contact_id, before)
            self.last_after[contact_id] = after
        elif kind == "contact.erased" and contact_id:
            self.erased.add(contact_id)

    def merge(self, later: ContactBatches) -> None:
        """Add what a walk of the log's next range learnt (heed.store.ranges): its first
        updates count only for contacts this range did not update."""
        self.expected.update(later.expected)
        for contact_id, before in later.first_before.items():
            self.first_before.setdefault(contact_id, before)
        self.last_after.update(later.last_after)
        self.erased |= later.erased


def check(
    session: Session,
    account_id: str,
    batches: ContactBatches,
    iso: Callable[[Any], str],
    *,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, RowFinding | None]:
    """Verify every batch-imported contact against its own digest and every batch against its
    event; return (contacts checked, the first finding or None)."""
    hashers: dict[int, Any] = {}
    counts: dict[int, int] = {}
    checked = 0
    raw_at, created_at = None, ""
    for page in pages(session, _ROWS, account_id):
        for row in page:
            cid, seq = row[0], row[1]
            if seq not in batches.expected:
                return checked, RowFinding(
                    seq,
                    f"contact {cid} names event #{seq} as its import batch, but that event "
                    "imported no contacts: the row was inserted",
                    edited=False,
                )
            if row[8] != raw_at:  # a batch's contacts share their time
                raw_at, created_at = row[8], iso(row[8])
            problem = _problem(row, batches, created_at)
            if problem is not None:
                return checked, RowFinding(seq, problem, edited=True)
            hasher = hashers.get(seq)
            if hasher is None:
                hasher = hashers[seq] = hashlib.sha256()
            hasher.update(row[10].encode())
            counts[seq] = counts.get(seq, 0) + 1
            checked += 1
        if progress is not None:
            progress(len(page))
    digests = {seq: hasher.hexdigest() for seq, hasher in hashers.items()}
    return checked, compare_batches(batches.expected, digests, counts, "contact", "contacts")


def _problem(row: Any, batches: ContactBatches, created_at: str) -> str | None:
    """What is wrong with one imported contact's row (None: it is as created and updated)."""
    cid, seq = row[0], row[1]
    if row[9] is None:  # erased: the digest stands for the blanked contact
        if cid in batches.erased:
            return None
        return f"contact {cid} of batch event #{seq} has no salt, but no erasure names it: altered"
    current = {
        "id": cid,
        "phone": row[2],
        "email": row[3],
        "name": row[4],
        "external_id": row[5],
        "fields": _json_of(row[6]),
    }
    last = batches.last_after.get(cid)
    if last is not None and any(current[name] != last.get(name) for name in EDITABLE):
        return (
            f"contact {cid} differs from what its last update (contact.updated) left: "
            "edited in the table alone"
        )
    created = {**current, **batches.first_before.get(cid, {})}
    if _intact(created, row[7], created_at, row[9], row[10]):
        return None
    return (
        f"contact {cid} of batch event #{seq} was altered: its phone, email, name, external id, "
        "fields, evidence or time differs from what the batch imported"
    )


def _intact(created: dict[str, Any], evidence: str | None, at: str, salt: str, stored: str) -> bool:
    try:
        if row_digest(payload(created, _loads(evidence or "null"), at, salt)) == stored:
            return True
    except orjson.JSONDecodeError:
        pass
    exact = None if evidence is None else json.loads(evidence)  # exact numbers
    return bool(reference_digest(payload(created, exact, at, salt)) == stored)


_loads = orjson.loads


def _json_of(stored: str | None) -> Any:
    """Stored JSON text as values (the standard decoder for what orjson refuses)."""
    if stored is None:
        return None
    try:
        return _loads(stored)
    except orjson.JSONDecodeError:
        return json.loads(stored)

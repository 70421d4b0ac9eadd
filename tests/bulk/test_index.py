"""The compiled suppression index and the columnar filter answer exactly what `heed check`
answers, stay exact as suppressions change (patched from the log, or rebuilt), and the
vectorised E.164 reader agrees with the scalar one."""

from __future__ import annotations

import gc
import io
import itertools
import json
import os
import random
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
from sqlalchemy import update

from heed import Engine
from heed.bulk import columnar as columnar_module
from heed.bulk import decide
from heed.bulk import index as index_module
from heed.bulk.csvfile import CsvError
from heed.bulk.index import Indexes, build, patch
from heed.bulk.index_files import Stamp, SuppressionIndex
from heed.bulk.keys import Spans, canonical_keys
from heed.core.addresses import normalise_address
from heed.core.fast_addresses import canonical_e164
from heed.core.vocabulary import Channel, Source
from heed.errors import InvalidAddress
from heed.store.accounts import load_account
from heed.store.tables import Suppression
from helpers.actors import ADMIN, SUPPORT

SENDERS = ["+15005550006", "+15005550007"]


def _number(n: int) -> str:
    return f"+1415555{n:04d}"


def _random_state(engine: Engine, slug: str, rng: random.Random, people: int) -> None:
    """Suppressions of every source and scope, and consents, on random people."""
    engine.update_settings(slug, ADMIN, default_country="US")
    for n in range(people):
        roll = rng.random()
        address = _number(n)
        if roll < 0.15:
            engine.opt_out(slug, "sms", address, actor=ADMIN, reason="STOP")
        elif roll < 0.25:
            engine.opt_out(
                slug, "sms", address, actor=ADMIN, reason="x", sender=rng.choice(SENDERS)
            )
        elif roll < 0.32:
            engine.opt_out(slug, "sms", address, actor=ADMIN, reason="x", list_name="promos")
        elif roll < 0.38:
            engine.opt_out(slug, "sms", address, actor=ADMIN, reason="dnc", source="registry")
        elif roll < 0.41:
            engine.block(slug, "sms", address, actor=ADMIN, reason="abuse")
        elif roll < 0.43:
            engine.blacklist(slug, "sms", address, actor=SUPPORT, reason="fraud")
        elif roll < 0.46:
            engine.opt_out(slug, "whatsapp", address, actor=ADMIN, reason="other channel")
        if rng.random() < 0.3:
            engine.record_consent(slug, "sms", address, purpose="marketing", actor=ADMIN)


def _recipients(rng: random.Random, people: int) -> list[str]:
    rows = []
    for n in range(people + 5):
        spelling = rng.random()
        number = _number(n)
        if spelling < 0.7:
            rows.append(number)
        elif spelling < 0.85:
            rows.append(f"(415) 555-{n:04d}")  # national: the slow path
        else:
            rows.append(number[2:])
    rows += [_number(1), f"(415) 555-{2:04d}", "555", "", "not a number", "+4402071234567"]
    rng.shuffle(rows)
    return rows


def _expected(engine: Engine, slug: str, rows: list[str], **asked: str | None):  # type: ignore[no-untyped-def]
    """What filtering by `Engine.check` row by row gives: allowed rows, counts, reasons."""
    counts: Counter[str] = Counter()
    allowed, reasons, seen, repeats = [], {}, set(), 0
    for line, raw in enumerate(rows):
        result = engine.check(slug, "sms", raw, **asked)  # type: ignore[arg-type]
        try:
            canonical: str | None = normalise_address(Channel.SMS, raw, "US")
        except InvalidAddress:
            canonical = None
        if canonical is not None and canonical in seen:
            repeats += 1
            continue
        if canonical is not None:
            seen.add(canonical)
        if result.allowed:
            allowed.append(line)
        else:
            counts[result.codes[0]] += 1
            reasons[line] = " ".join(result.codes)
    return allowed, dict(counts), reasons, repeats


@pytest.mark.parametrize("require_consent", [False, True], ids=["plain", "consent"])
@pytest.mark.parametrize("shape", ["one thread", "in halves", "quoted", "row by row"])
def test_the_columnar_filter_gives_the_checks_answer_for_every_row(
    engine: Engine, acme: str, require_consent: bool, shape: str, monkeypatch
) -> None:
    """Whether its arrays are split over two threads, as a million-row file's are, or its
    every field is quoted, as CRMs write them (read with the quotes dropped, and written
    back without them, as the csv module writes those rows); and the same file read by the
    csv module, as a file with a quoted delimiter is, decided a batch at a time
    (`IndexedAudience.verdicts`)."""
    if shape == "in halves":
        monkeypatch.setattr("heed.bulk.halves.MIN_ROWS", 2)
    if shape == "row by row":
        monkeypatch.setattr(columnar_module, "readable", lambda data: False)
    rng = random.Random(14)
    _random_state(engine, acme, rng, 60)
    if require_consent:
        engine.update_settings(acme, ADMIN, require_consent_for=["marketing"])
    rows = _recipients(rng, 60)
    q = '"' if shape == "quoted" else ""
    data = f"{q}id{q};{q}phone{q}\r\n"
    data += "".join(f"{q}{n}{q};{q}{raw}{q}\r\n" for n, raw in enumerate(rows)) + "\r\n"
    for sender, list_name, purpose in itertools.product(
        [None, *SENDERS], [None, "promos"], ["marketing", "transactional"]
    ):
        asked = {"sender": sender, "list_name": list_name, "purpose": purpose}
        allowed, excluded = io.BytesIO(), io.BytesIO()
        counts = engine.filter_audience(
            acme,
            io.BytesIO(data.encode()),
            allowed,
            excluded_out=excluded,
            channel="sms",
            **asked,  # type: ignore[arg-type]
        )
        lines, by_reason, reasons, repeats = _expected(engine, acme, rows, **asked)
        assert (counts.total, counts.duplicates) == (len(rows), repeats)
        assert counts.excluded == by_reason, asked
        assert allowed.getvalue().decode() == "id;phone\r\n" + "".join(
            f"{n};{rows[n]}\r\n" for n in lines
        )
        written = excluded.getvalue().decode().splitlines()
        assert written[0] == "id;phone;heed_reasons"
        assert written[1:] == [f"{n};{rows[n]};{reasons[n]}" for n in sorted(reasons)]
        if shape == "row by row":  # without an excluded file, counted by the ranks alone
            again = io.BytesIO()
            alone = engine.filter_audience(
                acme,
                io.BytesIO(data.encode()),
                again,
                channel="sms",
                **asked,  # type: ignore[arg-type]
            )
            assert (alone, again.getvalue()) == (counts, allowed.getvalue()), asked


@pytest.mark.parametrize("lines", [True, False], ids=["JSON Lines", "JSON array"])
def test_a_json_file_gets_the_checks_answer_for_every_recipient(
    engine: Engine, acme: str, lines: bool
) -> None:
    """JSON is read an element at a time and decided a batch at a time: each element's
    answer is still `heed check`'s, repeats are written once, the excluded ones carry every
    reason, and an allowed element is written as the file wrote it (no spaces, "ë" escaped)."""
    rng = random.Random(15)
    _random_state(engine, acme, rng, 60)
    rows = _recipients(rng, 60)
    elements = [{"id": n, "phone": raw, "name": "Zo\u00eb"} for n, raw in enumerate(rows)]
    texts = [json.dumps(e, separators=(",", ":")) for e in elements]
    data = "".join(f"{t}\n" for t in texts) if lines else "[" + ",".join(texts) + "]"
    allowed, excluded = io.BytesIO(), io.BytesIO()
    counts = engine.filter_audience(
        acme, io.BytesIO(data.encode()), allowed, excluded_out=excluded, channel="sms"
    )

    kept, by_reason, reasons, repeats = _expected(engine, acme, rows)
    assert (counts.total, counts.duplicates, counts.excluded) == (len(rows), repeats, by_reason)
    if lines:
        assert allowed.getvalue().decode() == "".join(f"{texts[n]}\n" for n in kept)
    else:
        assert allowed.getvalue().decode() == "[\n" + ",\n".join(texts[n] for n in kept) + "\n]\n"

    def read(out: io.BytesIO) -> list[Any]:
        text = out.getvalue().decode()
        return [json.loads(line) for line in text.splitlines()] if lines else json.loads(text)

    assert read(excluded) == [
        {"recipient": elements[n], "reasons": reasons[n].split()} for n in sorted(reasons)
    ]
    again = io.BytesIO()  # without an excluded file, counted by the ranks alone
    alone = engine.filter_audience(acme, io.BytesIO(data.encode()), again, channel="sms")
    assert (alone, again.getvalue()) == (counts, allowed.getvalue())


def test_a_json_recipient_holding_a_lone_surrogate_is_refused_and_written_escaped(
    engine: Engine, acme: str
) -> None:
    """JSON may hold a lone surrogate ("\\ud800"), which UTF-8 cannot: the recipient is
    unreadable, decided one at a time with its batch, and written back as JSON escapes it."""
    data = b'{"phone": "\\ud800"}\n{"phone": "+14155559999"}\n'
    allowed, excluded = io.BytesIO(), io.BytesIO()
    counts = engine.filter_audience(
        acme, io.BytesIO(data), allowed, excluded_out=excluded, channel="sms"
    )
    assert (counts.allowed, counts.excluded) == (1, {"invalid_address": 1})
    assert json.loads(allowed.getvalue()) == {"phone": "+14155559999"}
    assert json.loads(excluded.getvalue()) == {
        "recipient": {"phone": "\ud800"},
        "reasons": ["invalid_address"],
    }


@pytest.mark.parametrize(
    ("data", "columnar"),
    [
        (b'"phone","name"\n"+14155550100","Ann"\n"(415) 555-0101",""\n', True),
        (b'\xef\xbb\xbf"phone";"name"\r\n"+14155550100";Ann Lee\r\n', True),
        (b'phone,name\n+14155550100,"Lee, Ann"\n', False),  # a quoted delimiter
        (b'phone,name\n+14155550100,"say ""hi"""\n', False),  # a quote inside
        (b'phone,name\n+14155550100,An"n\n', False),  # a quote in a field
    ],
)
def test_a_file_whose_quotes_enclose_whole_fields_is_filtered_a_column_at_a_time(
    engine: Engine, acme: str, monkeypatch: pytest.MonkeyPatch, data: bytes, columnar: bool
) -> None:
    """Only quotes the csv module reads as nothing but a field's ends are dropped; any other
    quote sends the file row by row (the csv module's reading)."""
    engine.update_settings(acme, ADMIN, default_country="US")
    engine.opt_out(acme, "sms", "+14155550100", actor=ADMIN, reason="STOP")
    rows_read: list[str] = []
    row_by_row = columnar_module.filter_file

    def spied(*args: Any, **kwargs: Any) -> Any:
        rows_read.append(args[2])
        return row_by_row(*args, **kwargs)

    monkeypatch.setattr(columnar_module, "filter_file", spied)
    allowed = io.BytesIO()
    counts = engine.filter_audience(acme, io.BytesIO(data), allowed, channel="sms")
    assert counts.excluded == {"opted_out": 1}
    assert (not rows_read) == columnar
    if columnar:
        assert b'"' not in allowed.getvalue() and b"+14155550100" not in allowed.getvalue()


def test_the_index_is_patched_from_the_log_and_never_used_stale(
    engine: Engine, acme: str, tmp_path
) -> None:
    indexes = Indexes(tmp_path)
    engine.opt_out(acme, "sms", _number(1), actor=ADMIN, reason="STOP")

    def current():  # type: ignore[no-untyped-def]
        with engine.db.read() as session:
            account_id = load_account(session, acme).id
            return indexes.current(session, account_id, Channel.SMS)

    first = current()
    assert len(first) == 1
    engine.opt_out(acme, "sms", _number(2), actor=ADMIN, reason="STOP", sender=SENDERS[0])
    engine.resubscribe(acme, "sms", _number(1), actor=ADMIN, reason="asked")
    engine.record_consent(acme, "sms", _number(3), purpose="marketing", actor=ADMIN)
    second = current()
    assert second.stamp.seq > first.stamp.seq
    assert sorted(int(k) for k in second.keys) == [int(_number(2)[1:])]
    assert [int(k) for k in second.consent_keys] == [int(_number(3)[1:])]
    # A fresh process finds it on disk, patches it, and agrees with a full rebuild.
    engine.block(acme, "sms", _number(4), actor=ADMIN, reason="abuse")
    third = Indexes(tmp_path)
    with engine.db.read() as session:
        account_id = load_account(session, acme).id
        loaded = third.current(session, account_id, Channel.SMS)
        rebuilt = build(session, account_id, Channel.SMS)
        assert loaded.stamp == rebuilt.stamp
        assert np.array_equal(loaded.keys, rebuilt.keys)
        assert np.array_equal(loaded.sources, rebuilt.sources)
        # An index whose stamp is not in this chain is rebuilt, never patched.
        forged = replace(loaded, stamp=type(loaded.stamp)(1, "0" * 64))
        assert patch(session, forged) is None


@pytest.mark.parametrize("damage", ["short column", "not an array"])
def test_an_index_whose_files_do_not_fit_together_is_rebuilt(
    engine: Engine, acme: str, tmp_path, damage: str
) -> None:
    """Fail-safe: a mapped index that is not as it was written is never used."""
    for n in (1, 2):
        engine.opt_out(acme, "sms", _number(n), actor=ADMIN, reason="STOP")
    with engine.db.read() as session:
        account_id = load_account(session, acme).id
        Indexes(tmp_path).current(session, account_id, Channel.SMS)
    home = tmp_path / "index" / account_id / "sms"
    version = home / json.loads((home / "current.json").read_text())["version"]
    if damage == "short column":
        np.save(version / "kinds.npy", np.zeros(1, dtype=np.uint8))
    else:
        (version / "keys.npy").write_bytes(b"garbage")
    with engine.db.read() as session:
        again = Indexes(tmp_path).current(session, account_id, Channel.SMS)
    assert len(again.kinds) == len(again.keys) == 2
    assert sorted(int(k) for k in again.keys) == [int(_number(n)[1:]) for n in (1, 2)]


def test_an_erasure_rebuilds_and_keeps_the_tombstone_blocking(engine: Engine, acme: str) -> None:
    erased = engine.add_contact(acme, actor=ADMIN, phone=_number(7))
    engine.opt_out(acme, "sms", _number(7), actor=ADMIN, reason="STOP")
    engine.filter_audience(acme, io.BytesIO(b"phone\n+14155550007\n"), None, channel="sms")
    engine.erase_contact(acme, erased, actor=ADMIN, reason="GDPR")
    out = io.BytesIO()
    counts = engine.filter_audience(
        acme, io.BytesIO(b"phone\n+14155550007\n+14155550008\n"), out, channel="sms"
    )
    assert counts.excluded == {"opted_out": 1}
    assert out.getvalue() == b"phone\n+14155550008\n"


def test_registry_suppressions_block_marketing_only(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", _number(5), actor=ADMIN, reason="dnc", source=Source.REGISTRY)
    source = b"phone\n+14155550005\n"
    marketing = engine.filter_audience(acme, io.BytesIO(source), None, channel="sms")
    other = engine.filter_audience(
        acme, io.BytesIO(source), None, channel="sms", purpose="transactional"
    )
    assert (marketing.excluded, other.excluded) == ({"registry": 1}, {})


def test_canonical_keys_agree_with_the_scalar_shortcut_for_every_calling_code() -> None:
    rng = random.Random(1)
    values = [
        "+" + str(code) + "".join(rng.choice("0123456789") for _ in range(length))
        for code in COUNTRY_CODE_TO_REGION_CODE
        for length in range(1, 16)
        for _ in range(2)
    ]
    values += ["", " +14155550100", "+14155550100", "abc", "+0123", "+1", "+44 20 7123 4567"]
    values += ["+1 4155550100", "+14155550100\n", "+٤١٥٥٥٥٠١٠٠", "+12345678901234567890"]
    values += ["+11" + "5" * 9, "+440" + "7" * 9, "+5491123456789", "+8613800138000"]
    # Bytes next to the digits', at every position of a number read eight digits at a time.
    base = "+14155550100"
    for near in "/:@`p ":
        values += [base[:i] + near + base[i + 1 :] for i in range(1, 12)]
    keys, proved = canonical_keys(Spans.of(values))
    for value, key, ok in zip(values, keys, proved, strict=True):
        scalar = canonical_e164(value)
        assert bool(ok) == (scalar == value), value
        if ok:
            assert int(key) == int(value[1:])
    # Values inside a larger buffer; nothing is read past its end ("+351": a calling code
    # without a national number, where the national number would begin).
    data = b"x+14155550100y+14155550101+351"
    inside = Spans(data, np.array([1, 14, 26]), np.array([13, 26, 30]))
    assert canonical_keys(inside)[1].tolist() == [True, True, False]


def test_canonical_keys_of_a_column_mostly_of_one_calling_code() -> None:
    """A column of one length, most of it +1 (read at every row, kept at +1's rows), beside
    values of that length +1 does not prove: national prefix, other codes, no number."""
    rng = random.Random(2)
    values = ["+1" + str(rng.randrange(2 * 10**9, 10**10)) for _ in range(400)]
    values += ["+11" + "5" * 9, "+10" + "5" * 9, "not a number", "+44207123456", "+33612345678"]
    values += ["+1415555010x", "+86138001380", "+1 415555010", "+14155550100"]
    rng.shuffle(values)
    assert {len(v) for v in values} == {12}
    keys, proved = canonical_keys(Spans.of(values))
    for value, key, ok in zip(values, keys, proved, strict=True):
        assert bool(ok) == (canonical_e164(value) == value), value
        assert int(key) == (int(value[1:]) if ok else 0)


@pytest.mark.parametrize("fraction", [0, 500_000, 999_500, 999_999])
def test_the_index_keeps_the_exact_moment_a_suppression_began(
    engine: Engine, acme: str, fraction: int
) -> None:
    """SQLite's strftime('%s') rounds to the millisecond: read whole, …45.9995 became 46."""
    engine.opt_out(acme, "sms", _number(9), actor=ADMIN, reason="STOP")
    moment = datetime(2026, 12, 4, 18, 19, 45, fraction, tzinfo=UTC)
    with engine.db.write() as session:
        session.execute(update(Suppression).values(since=moment))
    with engine.db.read() as session:
        index = build(session, load_account(session, acme).id, Channel.SMS)
    assert [int(m) for m in index.since] == [int(moment.timestamp()) * 1_000_000 + fraction]
    audience = engine.audience(acme, "sms")
    assert audience.decide(_number(9)).result == engine.check(acme, "sms", _number(9))


def test_one_keys_rows_are_found_exactly_among_64_bit_neighbours() -> None:
    """An email's key is a 64-bit hash: finding one key's suppressions and consents must not
    round it (as NumPy would, comparing uint64 keys with int64 numbers as floats), or the
    reasons shown for one address would be a neighbour's, or none."""
    base = 2**62
    keys = np.array([base, base + 1, base + 1, base + 2, 2**64 - 1], dtype=np.uint64)
    ints = np.arange(len(keys), dtype=np.int64)
    index = SuppressionIndex(
        "acme",
        Channel.EMAIL,
        Stamp(0, ""),
        ["+15005550006"],
        keys,
        np.zeros(len(keys), np.uint8),
        np.full(len(keys), -1, np.int32),
        np.zeros(len(keys), np.uint8),
        ints,
        ints,
        keys[1:2].copy(),
        np.zeros(1, np.uint8),
        ints[:1],
        ints[3:4],
    )
    found = {
        k: [s.event_id for s in index.suppressions_of(k, "a@example.com")] for k in keys.tolist()
    }
    assert found == {base: [0], base + 1: [1, 2], base + 2: [3], 2**64 - 1: [4]}
    assert index.suppressions_of(base + 3, "b@example.com") == []
    assert [c.event_id for c in index.consents_of(base + 1, "a@example.com")] == [3]
    assert index.consents_of(base, "a@example.com") == []


def test_the_blocked_search_finds_what_one_search_of_the_whole_index_finds() -> None:
    """`searched` looks for each key in one block of the index: keys equal to a block's first
    or last entry, keys repeated across a block's edge (one address under several scopes),
    keys below and above every entry, and 64-bit hashes land where `np.searchsorted` says."""
    rng = np.random.default_rng(14)
    span = decide._SPAN
    for size, spread in ((3 * span + 5, 10**12), (5 * span, 2 * span), (4 * span, 2**64)):
        stored = np.sort(rng.integers(0, spread, size, dtype=np.uint64))
        edges = stored[[0, span - 1, span, 2 * span, -1]]
        keys = np.unique(
            np.concatenate(
                [
                    rng.integers(0, spread, 20 * span // 16, dtype=np.uint64),
                    rng.choice(stored, span // 4),
                    edges,
                    edges - np.uint64(1),
                    np.array([0, 2**64 - 1], dtype=np.uint64),
                ]
            )
        )
        assert decide.searched(stored, keys).tolist() == np.searchsorted(stored, keys).tolist()
        few = keys[:: len(keys) // 7]
        assert decide.searched(stored, few).tolist() == np.searchsorted(stored, few).tolist()


def test_a_process_keeps_only_the_indexes_it_used_last(
    engine: Engine, acme: str, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bounded: each index mapped from its files holds a descriptor per array, so one kept for
    every account and channel ever asked for would exhaust a server's descriptors. One let go
    is mapped again, and answers the same, when next asked for."""
    monkeypatch.setattr(index_module, "KEPT", 2)
    for channel in ("sms", "email", "whatsapp"):
        address = _number(1) if channel != "email" else "a@example.com"
        engine.opt_out(acme, channel, address, actor=ADMIN, reason="STOP")
    with engine.db.read() as session:
        account_id = load_account(session, acme).id
        Indexes(tmp_path).current(session, account_id, Channel.SMS)  # written to disk
        indexes = Indexes(tmp_path)
        first = indexes.current(session, account_id, Channel.SMS)  # mapped from its files
        held = len(os.listdir("/proc/self/fd"))
        for channel in (Channel.EMAIL, Channel.WHATSAPP):
            indexes.current(session, account_id, channel)
        assert list(indexes._loaded) == [
            (account_id, Channel.EMAIL),
            (account_id, Channel.WHATSAPP),
        ]
        del first
        gc.collect()
        assert len(os.listdir("/proc/self/fd")) < held  # the mapped one's descriptors closed
        again = indexes.current(session, account_id, Channel.SMS)
        assert [int(k) for k in again.keys] == [int(_number(1)[1:])]
        assert list(indexes._loaded) == [(account_id, Channel.WHATSAPP), (account_id, Channel.SMS)]


@pytest.mark.parametrize(
    "data", [b'{"phone": "+14155550100"}\n{"phone": \n', b'phone,name\n+14155550100,"Lee\n']
)
def test_a_file_that_breaks_off_half_way_is_refused_by_line_and_leaves_the_collector_on(
    engine: Engine, acme: str, data: bytes
) -> None:
    """The row path pauses Python's cycle collector a batch at a time (heed.engine.collector);
    a file it cannot read to the end is refused, naming the line, and the collector runs again."""
    with pytest.raises(CsvError, match="line 2"):
        engine.filter_audience(acme, io.BytesIO(data), io.BytesIO(), channel="sms")
    assert gc.isenabled()

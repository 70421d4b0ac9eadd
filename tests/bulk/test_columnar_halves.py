"""A large file is read in two halves on two threads (heed.bulk.columnar, heed.bulk.halves):
what it writes and counts is byte for byte what one thread gives, with repeats whose first
copy is in the other half, national spellings, unreadable rows and formula cells."""

from __future__ import annotations

import io

import pytest

from heed import Engine
from heed.bulk.columnar import _cut
from helpers.actors import ADMIN


def _number(n: int) -> str:
    return f"+1415555{n:04d}"


def _filtered(engine: Engine, acme: str, data: bytes, channel: str) -> tuple[object, ...]:
    allowed, excluded = io.BytesIO(), io.BytesIO()
    counts = engine.filter_audience(
        acme, io.BytesIO(data), allowed, excluded_out=excluded, channel=channel
    )
    return counts, allowed.getvalue(), excluded.getvalue()


def _sms_file(formula: bool) -> bytes:
    first = [_number(n) for n in range(40)] + ["not a number", "(415) 555-0041", ""]
    # Repeats of the first half's recipients, as written there and spelled nationally.
    second = [_number(5), "(415) 555-0007", "415-555-0041", "n/a", _number(3), _number(50)]
    second += [_number(50), "(415) 555-0050", _number(60)]
    rows = [f"{n},{raw},Person {n}" for n, raw in enumerate(first + second)]
    if formula:  # a cell a spreadsheet would run, in the second half only
        rows[-2] = rows[-2].replace("Person", "=HYPERLINK(1)")
    return ("id,phone,name\n" + "\n".join(rows) + "\n").encode()


def _email_file() -> bytes:
    first = [f"person{n}@example.com" for n in range(40)] + ["not an address", ""]
    second = ["person5@example.com", "Person7@Example.COM", "someone@example.com"]
    second += ["someone@example.com", "person60@example.com"]
    return ("email\n" + "\n".join(first + second) + "\n").encode()


@pytest.mark.parametrize(
    ("channel", "data"),
    [
        ("sms", _sms_file(formula=False)),
        ("sms", _sms_file(formula=True)),
        ("sms", b"\n \n,\n" * 200 + _sms_file(formula=False)),  # the header past the middle
        ("email", _email_file()),
    ],
    ids=["repeats across halves", "a formula in the second half", "header late", "email"],
)
def test_a_file_read_in_halves_gives_what_one_thread_gives(
    engine: Engine, acme: str, monkeypatch: pytest.MonkeyPatch, channel: str, data: bytes
) -> None:
    engine.update_settings(acme, ADMIN, default_country="US")
    for n in range(0, 60, 3):
        engine.opt_out(acme, "sms", _number(n), actor=ADMIN, reason="STOP")
        engine.opt_out(acme, "email", f"person{n}@example.com", actor=ADMIN, reason="STOP")
    monkeypatch.setattr("heed.bulk.halves.MIN_ROWS", 1 << 40)
    assert len(_cut(data)) == 1
    whole = _filtered(engine, acme, data, channel)
    monkeypatch.setattr("heed.bulk.halves.MIN_ROWS", 2)
    first, second = (data[piece] for piece in _cut(data))
    assert first + second == data and first.endswith(b"\n")
    assert _filtered(engine, acme, data, channel) == whole
    counts = whole[0]
    assert counts.duplicates == (6 if channel == "sms" else 3)  # type: ignore[attr-defined]


def test_the_halves_meet_at_a_line_end_and_a_repeat_across_them_is_one(
    engine: Engine, acme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("heed.bulk.halves.MIN_ROWS", 2)
    data = ("phone\n" + f"{_number(1)}\n" * 8).encode()
    first, second = (data[piece] for piece in _cut(data))
    assert first.count(b"\n") > 1 and second.startswith(b"+1")
    counts, allowed, _ = _filtered(engine, acme, data, "sms")
    assert allowed == f"phone\n{_number(1)}\n".encode()
    assert counts.duplicates == 7  # type: ignore[attr-defined]

"""`heed filter` maps the index without the engine only when it is current
(heed.engine.quick_filter).

The quick path must give `Engine.filter_audience`'s output byte for byte, and must never
decide with an index that is older than the account's latest event or whose files are not as
they were written: then the engine answers (and brings the index up to date on disk).
"""

from __future__ import annotations

import io
import json

import numpy as np
import pytest

from heed import Engine
from heed.engine.quick_filter import QuickFilter
from heed.store.accounts import load_account
from helpers.actors import ADMIN

SENDER = "+15005550006"
ROWS = ["+14155550101", "+14155550102", "(415) 555-0103", "+14155550101", "nope", "+14155550104"]
CSV = ("id,phone\n" + "".join(f"{n},{r}\n" for n, r in enumerate(ROWS))).encode()


def quick(engine: Engine) -> QuickFilter:
    return QuickFilter(engine.database_url, engine.data_dir, engine.keyring)


def filtered(filterer: Engine | QuickFilter, data: bytes = CSV) -> tuple[bytes, bytes, object]:
    allowed, excluded = io.BytesIO(), io.BytesIO()
    counts = filterer.filter_audience(
        "acme", io.BytesIO(data), allowed, excluded_out=excluded, channel="sms", sender=SENDER
    )
    return allowed.getvalue(), excluded.getvalue(), counts


def mapped(engine: Engine) -> object:
    return quick(engine).audience("acme", "sms", SENDER, None, "marketing")


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_a_current_index_is_mapped_and_answers_as_the_engine(
    engine: Engine, acme: str, kind: str
) -> None:
    engine.opt_out(acme, "sms", ROWS[0], actor=ADMIN, reason="STOP")
    engine.opt_out(acme, "sms", "+14155550103", actor=ADMIN, reason="x", sender=SENDER)
    data = CSV if kind == "csv" else json.dumps([{"phone": r} for r in ROWS]).encode()
    by_engine = filtered(engine, data)  # builds the index and saves it
    assert mapped(engine) is not None
    assert filtered(quick(engine), data) == by_engine
    assert b"+14155550102" in by_engine[0] and b"+14155550101" not in by_engine[0]


def test_an_index_behind_the_log_is_never_used(engine: Engine, acme: str) -> None:
    filtered(engine)
    assert mapped(engine) is not None
    engine.opt_out(acme, "sms", ROWS[1], actor=ADMIN, reason="STOP")  # a newer event
    assert mapped(engine) is None
    allowed, _, _ = filtered(quick(engine))  # the engine answers, and saves the index
    assert b"+14155550102" not in allowed
    assert filtered(quick(engine)) == filtered(engine)
    assert mapped(engine) is not None


@pytest.mark.parametrize("damage", ["short column", "not an array", "no pointer"])
def test_an_index_not_as_written_is_never_mapped(engine: Engine, acme: str, damage: str) -> None:
    engine.opt_out(acme, "sms", ROWS[0], actor=ADMIN, reason="STOP")
    expected = filtered(engine)
    with engine.db.read() as session:
        account_id = load_account(session, acme).id
    home = engine.data_dir / "index" / account_id / "sms"
    version = home / json.loads((home / "current.json").read_text())["version"]
    if damage == "short column":
        np.save(version / "sources.npy", np.zeros(0, dtype=np.uint8))
    elif damage == "not an array":
        (version / "keys.npy").write_bytes(b"garbage")
    else:
        (home / "current.json").unlink()
    assert mapped(engine) is None
    assert filtered(quick(engine)) == expected  # rebuilt by the engine
    assert mapped(engine) is not None

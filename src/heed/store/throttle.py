"""Attempt counters in the database, so every server process (and worker) shares one count.

A counter per (bucket, fixed window) is raised with one upsert that returns the new count:
concurrent attempts each get a distinct number, so exactly `limit` of them pass however many
arrive at once (PostgreSQL's ON CONFLICT and SQLite's upsert both serialise on the row).
Buckets are hashes: the table holds no email or client address.

The count is a sliding window: the current window's hits plus the previous window's, weighted
by how much of it still lies within the last `window_seconds`. A fixed window alone let 2 x
`limit` attempts through around each boundary (the limit at the end of one window, again at
the start of the next).
"""

from __future__ import annotations

import hashlib
import math
import time

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from heed.store.tables import Throttle


def bucket(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def take(session: Session, key: str, window_seconds: int, now: float | None = None) -> int:
    """Count one attempt in `key`'s current window; the sliding count including it."""
    moment = time.time() if now is None else now
    window = int(moment // window_seconds)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    upsert = (
        insert(Throttle)
        .values(bucket=key, window=window, hits=1)
        .on_conflict_do_update(
            index_elements=[Throttle.bucket, Throttle.window], set_={"hits": Throttle.hits + 1}
        )
        .returning(Throttle.hits)
    )
    hits = int(session.execute(upsert).scalar_one())
    if hits == 1:  # the first attempt of a window sweeps what no count reads any more
        stale = Throttle.window < window - 1
        session.execute(delete(Throttle).where(Throttle.bucket == key, stale))
    before = session.scalar(
        select(Throttle.hits).where(Throttle.bucket == key, Throttle.window == window - 1)
    )
    still_in = 1 - (moment % window_seconds) / window_seconds
    return hits + math.ceil((before or 0) * still_in)  # rounded up: fail safe


def forget(session: Session, key: str) -> None:
    """Drop `key`'s counts (a successful sign-in clears its own failures)."""
    session.execute(delete(Throttle).where(Throttle.bucket == key))

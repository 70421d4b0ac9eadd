"""`heed audit verify` on a million events: the streaming verifier against the ORM walk it
replaced, side by side, on the same database.

Builds one account whose log has --events events (60% opt-outs, 20% lifts of earlier ones, 20%
contact updates), hashed with heed's own chain algorithm and bulk-inserted with the matching
suppression rows, in a temporary directory (SQLite) or a temporary PostgreSQL database. Then:

- new: `Engine.verify_audit` (chain, a checkpoint at the newest event, and the state
  reconciliation), and with `reconcile=False` (chain and checkpoint only), each in one process
  and in --jobs processes (heed.store.ranges), with the CPU time of every process and, on
  PostgreSQL, of the database's server backends (sampled: `ServerCpu`);
  --state-only runs only the ones with the state, and not the old walk;
- old: the ORM walk of heed before #13 (one Event object per row, json/canonical_json per
  digest), run on the first --old-events events (it is slow), as events per second.

    .venv/bin/python bench/audit_verify.py                      # SQLite, 1,000,000 events
    .venv/bin/python bench/audit_verify.py --postgres           # PostgreSQL on 127.0.0.1
    .venv/bin/python bench/audit_verify.py --against ../base    # and another checkout's code
    .venv/bin/python bench/audit_verify.py --postgres --keep heed_bench_mine  # build once, reuse

With --keep NAME the database is kept (PostgreSQL: database NAME; SQLite: /tmp/NAME.db), with
its server key beside it in /tmp/NAME.key, and a later run with the same NAME verifies it
again instead of building it (a million events take minutes to build). Drop it when done.

With --against, each verification is also run by the code of that checkout (its src/, in a
new process, on the same database), alternately with this code, and the ratios printed.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import insert, select

from heed import Engine
from heed.core.chain import GENESIS_HASH, chain_hash, digest, header, payload
from heed.server_key import Keyring
from heed.store.events import json_ready
from heed.store.tables import Event, EventHead, Suppression

PG_ADMIN = "postgresql://root@127.0.0.1:5432/postgres"
_MIX = ("suppression.created",) * 3 + ("suppression.lifted", "contact.updated")


def build(engine: Engine, events: int) -> str:
    """One account with `events` events; returns its id."""
    engine.create_account("bench")
    account_id = engine.account("bench").id
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.db.write() as session:
        head = session.get(EventHead, account_id)
        assert head is not None
        seq, prev = head.seq, head.hash
        active: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        suppressions: dict[str, dict[str, Any]] = {}
        for n in range(events - seq):
            seq += 1
            at = start + timedelta(seconds=n)
            chosen = _MIX[n % 5]
            if chosen == "suppression.lifted" and not active:
                chosen = "contact.updated"
            row = _event(account_id, seq, at, chosen, n, active, suppressions)
            row["prev_hash"] = prev
            row["payload_digest"] = digest(
                payload(row["address"], row["evidence"], row["before"], row["after"], None)
            )
            fields = header(
                account_id,
                seq,
                at.isoformat(),
                at.isoformat(),
                chosen,
                "user:bench",
                row["source"],
                "sms",
                None,
                None,
            )
            row["hash"] = prev = chain_hash(prev, fields, row["payload_digest"])
            rows.append(row)
            if len(rows) == 20_000:
                session.execute(insert(Event), rows)
                rows = []
        if rows:
            session.execute(insert(Event), rows)
        session.execute(insert(Suppression), list(suppressions.values()))
        head.seq, head.hash = seq, prev
    return account_id


def _event(
    account_id: str,
    seq: int,
    at: datetime,
    kind: str,
    n: int,
    active: list[dict[str, Any]],
    suppressions: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    base = {
        "account_id": account_id,
        "seq": seq,
        "occurred_at": at,
        "recorded_at": at,
        "kind": kind,
        "actor": "user:bench",
        "source": None,
        "channel": "sms",
        "contact_id": None,
        "address": None,
        "evidence": {},
        "before": None,
        "after": None,
        "erased": False,
    }
    if kind == "suppression.created":
        sid = uuid.uuid4().hex[:26].upper()
        address = f"+1415{n:07d}"
        snapshot = {
            "id": sid,
            "channel": "sms",
            "address": address,
            "scope": "account",
            "source": "sms_keyword",
            "reason": "STOP",
            "since": at,
            "created_event": None,
            "lifted_at": None,
            "lift_reason": None,
        }
        suppressions[sid] = {
            "account_id": account_id,
            "id": sid,
            "channel": "sms",
            "address": address,
            "scope": "account",
            "source": "sms_keyword",
            "reason": "STOP",
            "evidence": {"provider": "twilio", "body": "Stop please"},  # as a caller gives it
            "since": at,
            "created_event": seq,
        }
        active.append(snapshot)
        return base | {
            "source": "sms_keyword",
            "address": address,
            "evidence": json_ready({"reason": "STOP", "body": "Stop please", "provider": "twilio"}),
            "after": json_ready(snapshot),
        }
    if kind == "suppression.lifted":
        snapshot = active.pop(0)
        before = {**snapshot, "created_event": suppressions[snapshot["id"]]["created_event"]}
        after = {**before, "lifted_at": at, "lift_reason": "START"}
        suppressions[snapshot["id"]] |= {
            "lifted_at": at,
            "lifted_event": seq,
            "lift_reason": "START",
        }
        return base | {
            "source": "sms_keyword",
            "address": snapshot["address"],
            "evidence": json_ready({"reason": "START"}),
            "before": json_ready(before),
            "after": json_ready(after),
        }
    return base | {"after": {"name": f"Person {n}"}, "before": {"name": None}}


def old_verify(engine: Engine, account_id: str, limit: int) -> tuple[float, float]:
    """heed's verifier before #13: ORM rows, canonical_json digests; events per second, wall
    and per CPU-second."""
    from heed.store.events import _header, _payload

    started, cpu = time.perf_counter(), time.process_time()
    with engine.db.read() as session:
        after, expected, checked = 0, GENESIS_HASH, 0
        while checked < limit:
            rows = session.scalars(
                select(Event)
                .where(Event.account_id == account_id, Event.seq > after)
                .order_by(Event.seq)
                .limit(2000)
            ).all()
            if not rows:
                break
            for event in rows:
                assert event.prev_hash == expected
                assert digest(_payload(event)) == event.payload_digest
                assert (
                    chain_hash(event.prev_hash, _header(event), event.payload_digest) == event.hash
                )
                expected, checked = event.hash, checked + 1
            after = rows[-1].seq
            session.expunge_all()
    return checked / (time.perf_counter() - started), checked / (time.process_time() - cpu)


class ServerCpu:
    """CPU time of the PostgreSQL backends connected to the database of `url` while in the
    block (0 on SQLite): the verifier's own and those of its children and other connections,
    sampled every 50 ms on one connection of the bench's, so a backend that ends in the block
    counts to its last sample (the sampling costs the bench's process ~1 ms a second)."""

    def __init__(self, url: str) -> None:
        self.name = url.rsplit("/", 1)[1] if url.startswith("postgresql") else None
        self.seen: dict[int, list[float]] = {}
        self.seconds = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._admin: Any = None

    def __enter__(self) -> ServerCpu:
        if self.name is not None:
            self._admin = psycopg.connect(PG_ADMIN, autocommit=True)
            self._look()
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.name is not None:
            self._stop.set()
            self._thread.join()
            self._look()
            self._admin.close()
            self.seconds = sum(last - first for first, last in self.seen.values())

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            self._look()

    def _look(self) -> None:
        pids = [r[0] for r in self._admin.execute(_BACKENDS, (self.name,))]
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            used = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            self.seen.setdefault(pid, [used, used])[1] = used


_BACKENDS = "SELECT pid FROM pg_stat_activity WHERE datname = %s"


def cpu_seconds() -> float:
    """CPU time of this process and of its children that ended (the verifier's processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def verify(
    engine: Engine, url: str, checkpoints: Path, reconcile: bool, jobs: int, what: str
) -> float:
    """One verification; its events per second (wall), printed with its CPU time and the
    server's (PostgreSQL: the backends of this process)."""
    engine.event_count("bench")  # the pooled connection the verification will use, open
    cpu = cpu_seconds()
    with ServerCpu(url) as backends:
        report = engine.verify_audit(
            "bench", checkpoint_file=checkpoints, reconcile=reconcile, jobs=jobs
        )
    cpu, server = cpu_seconds() - cpu, backends.seconds
    assert report.ok, report.problem
    rate = report.events_checked / report.seconds
    print(_line("new", what, report.events_checked, report.seconds, cpu, server))
    return rate


def _line(who: str, what: str, events: float, seconds: float, cpu: float, server: float) -> str:
    both = f" + server {server:.2f} = {events / (cpu + server):,.0f} per CPU-s" if server else ""
    return (
        f"{who} ({what}): {events:,.0f} events in {seconds:.2f} s wall"
        f" = {events / seconds:,.0f} events/s; {cpu:.2f} s CPU (all processes)"
        f" = {events / cpu:,.0f} events per CPU-second{both}; load {os.getloadavg()[0]:.1f}"
    )


#: One verification by another checkout's code, in a process of its own (--against).
_ELSEWHERE = """
import sys
from pathlib import Path
from heed import Engine
sys.path.insert(0, sys.argv[5])
from audit_verify import cpu_seconds as cpu, ServerCpu
url, checkpoints, jobs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[4])
with Engine(url) as engine:
    engine.event_count("bench")
    started = cpu()
    with ServerCpu(url) as backends:
        report = engine.verify_audit(
            "bench", checkpoint_file=checkpoints, reconcile=sys.argv[3] == "1", jobs=jobs
        )
    assert report.ok, report.problem
    print(report.events_checked, report.seconds, cpu() - started, backends.seconds)
"""


def verify_elsewhere(
    source: Path, url: str, checkpoints: Path, reconcile: bool, jobs: int, what: str
) -> float:
    """`verify` by the code under `source`/src; its events per second (wall)."""
    environment = {**os.environ, "PYTHONPATH": str(source.resolve() / "src")}
    here = str(Path(__file__).resolve().parent)
    arguments = [url, str(checkpoints), "1" if reconcile else "0", str(jobs), here]
    done = subprocess.run(
        [sys.executable, "-c", _ELSEWHERE, *arguments],
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    )
    events, seconds, cpu, server = (float(value) for value in done.stdout.split())
    print(_line("against", what, events, seconds, cpu, server))
    return events / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--old-events", type=int, default=200_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--jobs", type=int, default=2, help="processes, beside one (default 2)")
    parser.add_argument("--against", type=Path, help="another checkout, verified alternately")
    parser.add_argument("--keep", help="keep the database under this name, or reuse it")
    parser.add_argument(
        "--state-only",
        action="store_true",
        help="only the verifications with the state (no chain-only runs, no old walk)",
    )
    args = parser.parse_args()
    key_file = Path(f"/tmp/{args.keep}.key") if args.keep else None
    built = key_file is not None and key_file.exists()
    keyring = (
        Keyring.parse(key_file.read_text(), str(key_file))  # type: ignore[union-attr]
        if built
        else Keyring.generate()
    )
    os.environ["HEED_SECRET_KEY"] = keyring.current.text()  # for --against's processes
    with tempfile.TemporaryDirectory() as tmp:
        name = args.keep or f"heed_bench_{uuid.uuid4().hex[:8]}"
        if args.postgres:
            if not built:
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(f'CREATE DATABASE "{name}"')
            url = f"postgresql+psycopg://root@127.0.0.1:5432/{name}"
        else:
            path = Path("/tmp") / f"{name}.db" if args.keep else Path(tmp) / "bench.db"
            url = f"sqlite:///{path}"
        try:
            run(url, args, keyring, Path(tmp), key_file)
        finally:
            if args.postgres and not args.keep:
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(
    url: str, args: argparse.Namespace, keyring: Keyring, tmp: Path, key_file: Path | None
) -> None:
    with Engine(url, keyring=keyring) as engine:
        if key_file is not None and key_file.exists():
            account_id = engine.account("bench").id
            print(f"reusing {engine.event_count('bench'):,} events on {engine.db.dialect}")
        else:
            engine.init()
            started = time.perf_counter()
            account_id = build(engine, args.events)
            took = time.perf_counter() - started
            print(f"built {args.events:,} events in {took:.1f} s on {engine.db.dialect}")
            if key_file is not None:
                key_file.write_text(keyring.current.text())
        checkpoints = tmp / "checkpoints.jsonl"
        engine.write_checkpoints(checkpoints)
        rates = {}
        for reconcile in (True,) if args.state_only else (True, False):
            for jobs in (1, args.jobs):
                what = "chain + checkpoint + state" if reconcile else "chain + checkpoint"
                what += f", {jobs} process{'es' if jobs > 1 else ''}"
                rates[what] = verify(engine, url, checkpoints, reconcile, jobs, what)
                if args.against is not None:
                    other = verify_elsewhere(args.against, url, checkpoints, reconcile, jobs, what)
                    print(f"ratio this / against ({what}): {rates[what] / other:.2f}x wall")
        if args.state_only:
            return
        old, old_cpu = old_verify(engine, account_id, args.old_events)
        print(
            f"old (ORM walk, first {args.old_events:,} events): {old:,.0f} events/s wall,"
            f" {old_cpu:,.0f} per CPU-second"
        )
        for what, rate in rates.items():
            print(f"ratio new ({what}) / old: {rate / old:.1f}x")


if __name__ == "__main__":
    sys.exit(main())

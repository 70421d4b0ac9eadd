"""The audience filter at scale: heed's compiled index against a PostgreSQL and a DuckDB
anti-join, on the same files, in one run.

An account with N suppressions (default 10,000,000; 80% account-wide, 15% one sender, 5% one
list) and a campaign of M recipients (default 1,000,000: 10% suppressed, 1% repeats, 0.5%
unreadable), filtered for one sender. Timed, each on the same recipients file:

- heed in the engine: `Engine.filter_audience` with the index built and the interpreter up;
- heed's CLI end to end: `heed filter` in a new process (start, load the index from disk,
  read, decide, write), and its peak memory;
- heed's `POST /v1/filter` against `heed serve`;
- PostgreSQL: COPY the recipients in, `NOT EXISTS` against the suppressions table (already
  loaded, with its primary key), COPY the allowed rows out;
- DuckDB: `read_csv` + anti-join against the suppressions (already in a DuckDB table) +
  `COPY TO`.

The suppressions are written straight into heed's table with COPY (heed's own import is row
by row today and would take most of an hour for ten million); every one has a real event id
and the index is built from the table as heed always builds it. On a random sample of the
recipients, heed's output is compared with `Engine.check`, row by row.

    python bench/bulk_filter.py                                    # PostgreSQL
    python bench/bulk_filter.py --suppressions 1000000 --sample 500
    python bench/bulk_filter.py --keep /tmp/bf10m --rounds 3       # seed once, then reuse
    python bench/bulk_filter.py --keep /tmp/bf10m --rounds 3 --against ../base

With `--keep DIR` the files, the database and heed's data directory are kept in DIR and
reused by the next run with the same sizes (seeding ten million rows takes minutes); the
index is then loaded from disk rather than built. `--rounds N` times every contender N times,
in turn (heed in the engine, the CLI, PostgreSQL, DuckDB, then again), and keeps each one's
fastest: on a shared machine the load moves between runs, and every contender gets the same
chances. `--against DIR` also times, in each round, the engine and the CLI of another checkout
(its src/, on the same database and files: a database migrated by newer code is refused by
older code) right after this code's, the engine of each in a process of its own, warmed by one
filter first, and prints this code's time and CPU as a ratio of that code's.
"""

from __future__ import annotations

import argparse
import compileall
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import duckdb
import httpx
import numpy as np
import psycopg
from sqlalchemy.engine import make_url

import heed
from heed import Actor, ActorKind, Engine, Role
from heed.server_key import Keyring
from heed.store import accounts

# One server key for the run, seen by the engine here and every `heed` started below.
os.environ.setdefault("HEED_SECRET_KEY", Keyring.generate().current.text())

ADMIN = Actor(ActorKind.USER, "bench", Role.ADMIN)
SENDER, OTHER = "+15005550006", "+15005550007"
ADMIN_URL = os.environ.get(
    "HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"
)
HEED = str(Path(sys.executable).with_name("heed"))
ROOT = Path(__file__).resolve().parent.parent  # this checkout


def database() -> tuple[str, str]:
    admin = make_url(ADMIN_URL)
    name = f"heed_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_plain(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.set(database=name).render_as_string(hide_password=False), name


def _plain(url: object) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)  # type: ignore[attr-defined]


def drop(name: str) -> None:
    with psycopg.connect(_plain(make_url(ADMIN_URL)), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_data(rng: np.random.Generator, n: int, m: int, scratch: Path) -> tuple[Path, Path]:
    """suppressions.csv (number,scope) and recipients.csv (id,phone,name)."""
    pool = rng.choice(8_000_000_000, size=n + m, replace=False).astype(np.int64) + 12_000_000_000
    suppressed, fresh = pool[:n], pool[n:]
    roll = rng.random(n)
    scopes = np.where(
        roll < 0.8, "account", np.where(roll < 0.95, f"sender:{SENDER}", "list:promos")
    )
    supp = scratch / "suppressions.csv"
    with supp.open("w") as out:
        for start in range(0, n, 1_000_000):
            chunk = zip(
                suppressed[start : start + 1_000_000].tolist(),
                scopes[start : start + 1_000_000].tolist(),
                strict=True,
            )
            out.write("".join(f"+{a},{s}\n" for a, s in chunk))
    roll = rng.random(m)
    picks = fresh.copy()
    hit = roll < 0.10
    picks[hit] = suppressed[rng.integers(0, n, hit.sum())]
    repeat = (roll >= 0.10) & (roll < 0.11)
    picks[repeat] = picks[rng.integers(0, m, repeat.sum())]
    broken = (roll >= 0.11) & (roll < 0.115)
    phones = np.char.add("+", picks.astype(str)).astype(object)
    phones[broken] = "not a number"
    recipients = scratch / "recipients.csv"
    with recipients.open("w") as out:
        out.write("id,phone,name\n")
        out.write("".join(f"{i},{p},Person {i}\n" for i, p in enumerate(phones.tolist())))
    return supp, recipients


def seed_heed(url: str, slug: str, supp: Path, engine: Engine) -> str:  # the API key
    """Write the suppressions into heed's table inside PostgreSQL: the file COPYed into a
    staging table, then one INSERT ... SELECT with the table's secondary indexes dropped and
    built again afterwards (how a bulk load is done; row-at-a-time index upkeep took most of
    the seeding). Every row names the seed's real event."""
    engine.init()
    created = engine.create_account(slug, "Bench")
    engine.add_sender(slug, "sms", SENDER, actor=ADMIN)
    engine.add_sender(slug, "sms", OTHER, actor=ADMIN)
    engine.create_list(slug, "promos", actor=ADMIN)
    engine.opt_out(slug, "sms", "+19999999999", actor=ADMIN, reason="the seed's event")
    with engine.db.read() as session:
        account = accounts.load_account(session, slug)
    with psycopg.connect(_plain(make_url(url))) as conn, conn.cursor() as cur:
        seq = cur.execute(
            "SELECT seq FROM event_heads WHERE account_id = %s", (account.id,)
        ).fetchone()
        event = seq[0] if seq else 1
        cur.execute("CREATE UNLOGGED TABLE staged (address text, scope text)")
        with supp.open("rb") as rows, cur.copy("COPY staged FROM STDIN (FORMAT csv)") as copy:
            while block := rows.read(1 << 24):
                copy.write(block)
        indexes = cur.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'suppressions' "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        ).fetchall()
        for name, _ in indexes:
            cur.execute(f'DROP INDEX "{name}"')
        cur.execute(
            "INSERT INTO suppressions (account_id, id, channel, address, scope, source, reason, "
            "evidence, since, created_event) SELECT %s, 'B' || lpad(n::text, 25, '0'), 'sms', "
            "address, scope, 'import', 'bench', '{}', '2026-01-01T00:00:00+00:00', %s "
            "FROM (SELECT row_number() OVER () AS n, address, scope FROM staged) s",
            (account.id, event),
        )
        cur.execute("SET maintenance_work_mem = '512MB'")
        for _, definition in indexes:
            cur.execute(definition)
        # PostgreSQL's own table for its anti-join: the bare numbers with their primary key.
        cur.execute("CREATE TABLE bare AS SELECT address FROM staged")
        cur.execute("ALTER TABLE bare ADD PRIMARY KEY (address)")
        cur.execute("DROP TABLE staged")
        conn.commit()
        cur.execute("ANALYZE suppressions")
        cur.execute("ANALYZE bare")
    return created.api_key


def time_it(label: str, action, cpu: bool = False):  # type: ignore[no-untyped-def]
    """Wall time; also the CPU time of this process and of the children it waited for (the
    box is shared: CPU time says what the work cost, wall time what it took at this load).
    With `cpu`, (wall, CPU of both)."""
    start, before = time.perf_counter(), _cpu()
    action()
    took = time.perf_counter() - start
    used = [b - a for a, b in zip(before, _cpu(), strict=True)]
    print(
        f"{label:<48} {took:8.2f} s  (CPU here {used[0]:.2f} s, children {used[1]:.2f} s; "
        f"load average {os.getloadavg()[0]:.1f})",
        flush=True,
    )
    return (took, sum(used)) if cpu else took


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def postgres_antijoin(url: str, recipients: Path, scratch: Path) -> float:
    with psycopg.connect(_plain(make_url(url)), autocommit=True) as conn:

        def run() -> None:
            with conn.cursor() as cur:
                cur.execute("CREATE TEMP TABLE r (id bigint, phone text, name text)")
                with cur.copy("COPY r FROM STDIN (FORMAT csv, HEADER true)") as copy:
                    copy.write(recipients.read_bytes())
                with (
                    (scratch / "pg_out.csv").open("wb") as out,
                    cur.copy(
                        "COPY (SELECT * FROM r WHERE NOT EXISTS (SELECT 1 FROM bare b WHERE b.address = r.phone)) TO STDOUT (FORMAT csv, HEADER true)"
                    ) as copy,
                ):
                    for data in copy:
                        out.write(data)
                cur.execute("DROP TABLE r")

        return time_it("PostgreSQL COPY in + NOT EXISTS + COPY out", run)


def duckdb_table(supp: Path) -> duckdb.DuckDBPyConnection:
    """DuckDB with the suppressions loaded in a table (not timed, like PostgreSQL's table)."""
    con = duckdb.connect()
    con.execute(
        f"CREATE TABLE bare AS SELECT column0 AS address FROM read_csv('{supp}', header=false, columns={{'column0': 'VARCHAR', 'column1': 'VARCHAR'}})"
    )
    return con


def duckdb_antijoin(con: duckdb.DuckDBPyConnection, recipients: Path, scratch: Path) -> float:
    return time_it(
        "DuckDB read_csv + anti-join + COPY TO",
        lambda: con.execute(
            f"COPY (SELECT * FROM read_csv('{recipients}', header=true, all_varchar=true) r "
            f"WHERE NOT EXISTS (SELECT 1 FROM bare b WHERE b.address = r.phone)) "
            f"TO '{scratch / 'duck_out.csv'}' (HEADER)"
        ),
    )


def compare_sample(engine: Engine, slug: str, recipients: Path, allowed: bytes, sample: int) -> int:
    """Rows where heed's filter and `Engine.check` disagree, over a random sample."""
    lines = recipients.read_text().splitlines()[1:]
    written = set(allowed.decode().splitlines()[1:])
    rng = np.random.default_rng(7)
    seen: set[str] = set()
    wrong = 0
    for i in sorted(rng.choice(len(lines), size=min(sample, len(lines)), replace=False).tolist()):
        phone = lines[i].split(",")[1]
        check = engine.check(slug, "sms", phone, sender=SENDER)
        repeated = phone in seen  # an earlier sampled copy; the file may hold earlier ones too
        seen.add(phone)
        if check.allowed != (lines[i] in written) and not (check.allowed and repeated):
            if not check.allowed or not _repeat_of_earlier(lines, i, phone):
                wrong += 1
    return wrong


def _repeat_of_earlier(lines: list[str], i: int, phone: str) -> bool:
    return any(line.split(",")[1] == phone for line in lines[:i])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suppressions", type=int, default=10_000_000)
    parser.add_argument("--recipients", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=1, help="time each contender N times")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the data and database here")
    parser.add_argument("--against", type=Path, help="another checkout, timed alternately")
    args = parser.parse_args()
    # heed's modules compiled to .pyc first, as installing a package does: with
    # PYTHONDONTWRITEBYTECODE set (some sandboxes) every new `heed` would compile them again.
    compileall.compile_dir(Path(heed.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="heed-bench-") as tmp:
        scratch = args.keep or Path(tmp)
        scratch.mkdir(parents=True, exist_ok=True)
        commit = subprocess.run(
            ["git", "-C", str(Path(__file__).parent), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        print(
            f"{args.suppressions:,} suppressions, {args.recipients:,} recipients; "
            f"{os.cpu_count()} cores; PostgreSQL; code {commit or 'unknown'}",
            flush=True,
        )
        url, name, key = prepared(args, scratch)
        try:
            run(args, scratch, url, key)
        finally:
            if args.keep is None:
                drop(name)


def prepared(args: argparse.Namespace, scratch: Path) -> tuple[str, str, str]:
    """The seeded database's URL, name and API key: reused from `--keep`'s directory when it
    holds one of these sizes, else made (and, with `--keep`, recorded there)."""
    state = scratch / "state.json"
    sizes = [args.suppressions, args.recipients]
    if state.exists():
        found = json.loads(state.read_text())
        if found["sizes"] == sizes:
            print(f"reusing the seeded database {found['name']} and files in {scratch}")
            os.environ["HEED_SECRET_KEY"] = found["secret"]  # the server key it was seeded with
            return found["url"], found["name"], found["key"]
        drop(found["name"])
        state.unlink()
    url, name = database()
    t = time.perf_counter()
    make_data(np.random.default_rng(14), args.suppressions, args.recipients, scratch)
    print(f"{'data generated':<48} {time.perf_counter() - t:8.2f} s", flush=True)
    with Engine(url, data_dir=scratch / "data") as engine:
        t = time.perf_counter()
        key = seed_heed(url, "acme", scratch / "suppressions.csv", engine)
        print(f"{'seeded heed (COPY into suppressions)':<48} {time.perf_counter() - t:8.2f} s")
    if args.keep is not None:
        secret = os.environ["HEED_SECRET_KEY"]
        state.write_text(
            json.dumps({"sizes": sizes, "url": url, "name": name, "key": key, "secret": secret})
        )
    return url, name, key


def run(args: argparse.Namespace, scratch: Path, url: str, key: str) -> None:
    recipients, data = scratch / "recipients.csv", scratch / "data"
    with Engine(url, data_dir=data) as engine:
        time_it(
            "heed: index built from the table (or loaded)",
            lambda: engine.audience("acme", "sms", sender=SENDER),
        )
        counts = engine.filter_audience(
            "acme", recipients, io.BytesIO(), channel="sms", sender=SENDER
        )
        print(f"  counts: {counts}")
        env = os.environ | {"HEED_DATABASE_URL": url, "HEED_DATA_DIR": str(data)}
        con = duckdb_table(scratch / "suppressions.csv")
        out = io.BytesIO()
        best: dict[str, float] = {}

        def keep(label: str, took: float | tuple[float, float]) -> None:
            wall, cpu = took if isinstance(took, tuple) else (took, 0.0)
            if label not in best or wall < best[label]:
                best[label] = wall
                spent[label] = cpu

        spent: dict[str, float] = {}
        for _ in range(args.rounds):
            out = io.BytesIO()
            keep(
                "engine",
                time_it(
                    "heed in the engine (index built)",
                    lambda: engine.filter_audience(
                        "acme", recipients, out, channel="sms", sender=SENDER
                    ),
                    cpu=True,
                ),
            )
            keep("cli", cli_filter(env, recipients, scratch))
            if args.against is not None:
                keep("engine this", engine_elsewhere(ROOT, env, recipients))
                keep("engine against", engine_elsewhere(args.against, env, recipients))
                keep("cli against", cli_filter(env, recipients, scratch, args.against))
            keep("pg", postgres_antijoin(url, recipients, scratch))
            keep("duck", duckdb_antijoin(con, recipients, scratch))
        api = api_filter(env, key, recipients)
        wrong = compare_sample(engine, "acme", recipients, out.getvalue(), args.sample)
        print(f"sample of {args.sample}: {wrong} rows differ from heed check")
        inside, cli, pg, duck = best["engine"], best["cli"], best["pg"], best["duck"]
        if args.rounds > 1:
            print(
                f"fastest of {args.rounds}: engine {inside:.2f} s, CLI {cli:.2f} s, "
                f"PostgreSQL {pg:.2f} s, DuckDB {duck:.2f} s"
            )
        print(
            f"in the engine: {pg / inside:.1f}x faster than PostgreSQL (goal >= 10), "
            f"{inside / duck:.2f}x DuckDB's time (goal <= 2)"
        )
        print(
            f"CLI end to end: {pg / cli:.1f}x faster than PostgreSQL (goal >= 3), "
            f"{cli / duck:.2f}x DuckDB's time (goal <= 4)"
        )
        if api:
            print(f"POST /v1/filter: {pg / api:.1f}x faster than PostgreSQL")
        if args.against is not None:
            for what, this in (("engine", "engine this"), ("CLI", "cli")):
                other = f"{what.lower()} against"
                print(
                    f"{what}, this code / {args.against}'s (fastest of each): "
                    f"{best[this] / best[other]:.2f}x the time, "
                    f"{spent[this] / spent[other]:.2f}x the CPU"
                )


def cli_filter(
    env: dict[str, str], recipients: Path, scratch: Path, against: Path | None = None
) -> tuple[float, float]:
    """`heed filter` in a new process, under GNU time: a child's ru_maxrss seen from here
    would include this process's own peak (the child is vforked from it before exec).
    (wall, CPU); with `against`, the code of that checkout's src/."""
    timed = ["/usr/bin/time", "-f", "%M", "-o", str(scratch / "cli_rss")]
    command = [HEED, "filter", "acme", str(recipients), "--channel", "sms", "--sender", SENDER]
    if against is not None:
        env = env | {"PYTHONPATH": str(against.resolve() / "src")}
    took = time_it(
        f"heed filter (CLI{', ' + str(against) if against else ''}, new process, end to end)",
        lambda: subprocess.run(
            [*timed, *command, "-o", str(scratch / "cli_out.csv"), "--json"],
            env=env,
            check=True,
            capture_output=True,
        ),
        cpu=True,
    )
    peak = int((scratch / "cli_rss").read_text().split()[-1])
    print(f"  CLI peak resident memory: {peak / 1024:.0f} MB (goal <= 1 GB)")
    return took


#: The engine of a checkout (--against: that one and this one): its index loaded and one filter
#: run first, as the engine in this process has, then one timed filter.
_ELSEWHERE = """
import io, resource, sys, time
from pathlib import Path
from heed import Engine
url, data, recipients, sender = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime
with Engine(url, data_dir=data) as engine:
    engine.filter_audience("acme", recipients, io.BytesIO(), channel="sms", sender=sender)
    start, spent = time.perf_counter(), cpu()
    engine.filter_audience("acme", recipients, io.BytesIO(), channel="sms", sender=sender)
    print(time.perf_counter() - start, cpu() - spent)
"""


def engine_elsewhere(source: Path, env: dict[str, str], recipients: Path) -> tuple[float, float]:
    """`Engine.filter_audience` by the code under `source`/src in a process of its own, warm:
    (wall, CPU)."""
    where = [env["HEED_DATABASE_URL"], env["HEED_DATA_DIR"], str(recipients), SENDER]
    done = subprocess.run(
        [sys.executable, "-c", _ELSEWHERE, *where],
        env=env | {"PYTHONPATH": str(source.resolve() / "src")},
        check=True,
        capture_output=True,
        text=True,
    )
    wall, cpu = (float(value) for value in done.stdout.split())
    print(
        f"{'heed in the engine (' + str(source) + ')':<48} {wall:8.2f} s  (CPU {cpu:.2f} s; "
        f"load average {os.getloadavg()[0]:.1f})",
        flush=True,
    )
    return wall, cpu


def api_filter(env: dict[str, str], key: str, recipients: Path) -> float | None:
    """POST /v1/filter against `heed serve` (one worker), the index already on disk."""
    port = "18765"
    server = subprocess.Popen(
        [HEED, "serve", "--port", port, "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        headers = {"Authorization": f"Bearer {key}"}
        data = recipients.read_bytes()

        def post() -> None:
            response = httpx.post(
                f"{base}/v1/filter",
                params={"channel": "sms", "sender": SENDER, "output": "allowed"},
                content=data,
                headers=headers | {"Content-Type": "text/csv"},
                timeout=600,
            )
            response.raise_for_status()

        post()  # the server's first request loads the index from disk
        return time_it("heed POST /v1/filter (server up, index loaded)", post)
    except Exception as exc:  # noqa: BLE001 - the other figures still stand
        print(f"POST /v1/filter not measured: {exc}")
        return None
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()

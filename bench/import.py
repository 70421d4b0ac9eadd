"""`heed import optouts` of a million rows on SQLite and PostgreSQL, then `heed audit verify`
and the export of what it imported, against PostgreSQL `COPY` of the bare numbers (the floor),
side by side in one run on the same file.

The file has --rows rows: a phone number (E.164, all different) and a name, as a platform
migrating to heed would export them; with --reason, a reason instead of the name, each row's
own ("replied STOP to campaign 17"), which becomes the suppression's reason; with --quoted,
every field in quotes, as CRMs write them; with --email, e-mail addresses (a newsletter's
unsubscribes, one in ten in mixed case) instead of phone numbers; with --national, the phone
numbers written as a US CRM writes them ("(415) 555-0100"; the account's default country is
US); with --inside N, one row in
N holds a quoted delimiter and quote (`"Person 7, ""the"" first"`); with --list, the opt-outs
are of one list (`--list promos`), and every other number is first a contact subscribed to it
(a contact import), so the import also marks half its rows' contacts unsubscribed. For each
database, in a fresh temporary database:

- import: `Engine.import_optouts` (read, normalise, plan against what is active, write a batch
  of suppressions with their evidence and one batch event per 5,000 rows), rows/s;
- again: the same file imported a second time (every row unchanged), rows/s;
- verify-1, verify: `Engine.verify_audit` (chain, every imported row against its batch digest,
  and the tables against the log) in one process, then in one per core (heed.store.ranges),
  rows/s;
- export: `Engine.export_suppressions` as CSV, consumed and counted, rows/s;
- export-json: the same as JSON;
- reimport: the CSV export (its channel, scope, reason and evidence columns, the evidence
  quoted JSON) imported into another account of the same database, as a platform moving
  accounts between heed instances would, rows/s;
- export-cli: `heed export optouts` in a new process writing the CSV to a file (start included;
  CPU is the child's);
- export-api: `GET /v1/suppressions/export` from `heed serve` (one worker), read as it streams
  (CPU is the server's, for the request);
- floor: PostgreSQL `COPY` of the bare numbers into a table with a primary key.

Times are wall and CPU seconds (the machine is shared; CPU is steadier): this process's and
the processes it forked (verify), or the child's named above.

    .venv/bin/python bench/import.py                     # SQLite and PostgreSQL, 1,000,000
    .venv/bin/python bench/import.py --rows 100000 --db sqlite
    .venv/bin/python bench/import.py --stages import,again,verify
    .venv/bin/python bench/import.py --reason
    .venv/bin/python bench/import.py --list --rows 200000 --stages import,again,verify-1
    .venv/bin/python bench/import.py --email --reason --stages import,again,verify-1,verify
    .venv/bin/python bench/import.py --inside 100 --rows 200000 --db sqlite --stages import
    .venv/bin/python bench/import.py --reason --rows 200000 --stages import,reimport
    .venv/bin/python bench/import.py --national --stages import,again,verify-1
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg
from harness import HEED, PG_ADMIN, cpu_of, database, server

from heed import Engine
from heed.core.permissions import Role
from heed.core.vocabulary import Actor, ActorKind
from heed.server_key import Keyring

ADMIN = Actor(ActorKind.USER, "bench", Role.ADMIN)
# One server key for the run: the engine here and every `heed` started below.
KEYRING = Keyring.generate()
os.environ["HEED_SECRET_KEY"] = KEYRING.current.text()


def write_file(
    path: Path,
    rows: int,
    reason: bool = False,
    quoted: bool = False,
    email: bool = False,
    inside: int = 0,
    national: bool = False,
) -> None:
    q = '"' if quoted else ""
    column, value = ("reason", "replied STOP to campaign") if reason else ("name", "Person")
    with path.open("w") as out:
        out.write(f"{q}{'email' if email else 'phone'}{q},{q}{column}{q}\n")
        for n in range(rows):
            address = _email(n) if email else f"+1415{n:07d}"
            if national:  # the same number as a US CRM writes it
                address = f"(415) {n // 10000:03d}-{n % 10000:04d}"
            if inside and n % inside == 0:  # a delimiter and a quote inside, as CSV writes them
                out.write(f'{q}{address}{q},"{value} {n}, ""the"" first"\n')
            else:
                out.write(f"{q}{address}{q},{q}{value} {n}{q}\n")


def _email(n: int) -> str:
    """An address of a newsletter's export: lower case, one in ten as the person typed it."""
    return f"Person.{n}@Example{n % 97}.com" if n % 10 == 0 else f"person.{n}@example{n % 97}.com"


def timed(
    what: str, rows: int, work: Callable[[], object], database: str | None = None
) -> tuple[float, float]:
    """Run `work`; print and return (rows per wall second, rows per CPU second), the CPU of
    this process and of the processes it forked and waited for (verification's ranges).
    With a PostgreSQL `database`, also print the CPU its server backends spent meanwhile."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    server = backends_cpu(database) if database else {}
    work()
    found = report(what, rows, time.perf_counter() - wall, cpu_seconds() - cpu)
    if database:
        after = backends_cpu(database)
        spent = sum(seconds - server.get(pid, 0.0) for pid, seconds in after.items())
        print(
            f"  {'':<11} server backends {spent:6.2f} CPU-s = {spent / rows * 1e6:5.2f} µs a row",
            flush=True,
        )
    return found


def backends_cpu(database: str) -> dict[int, float]:
    """CPU seconds of each server backend connected to `database` now (a backend that ends
    between two readings is missed: the engine's pooled connections stay open)."""
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        pids = [
            row[0]
            for row in conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s", (database,)
            )
        ]
    found = {}
    for pid in pids:
        with contextlib.suppress(OSError):  # ended meanwhile
            found[pid] = cpu_of(pid)
    return found


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_child(what: str, rows: int, work: Callable[[], float]) -> tuple[float, float]:
    """`timed` for work done in another process: `work` returns that process's CPU seconds."""
    wall = time.perf_counter()
    cpu = work()
    return report(what, rows, time.perf_counter() - wall, cpu)


def report(what: str, rows: int, wall: float, cpu: float) -> tuple[float, float]:
    print(
        f"  {what:<11} {rows:>10,} rows  {wall:7.2f} s wall = {rows / wall:>9,.0f} rows/s"
        f"   {cpu:7.2f} s CPU = {rows / cpu:>9,.0f} rows per CPU-s",
        flush=True,
    )
    return rows / wall, rows / cpu


def cli_export(url: str, out: Path, rows: int) -> float:
    """`heed export optouts` to a file; the child's CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [HEED, "export", "optouts", "bench", "-o", str(out), "--database-url", url]
    subprocess.run(command, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    with out.open("rb") as written:
        assert sum(block.count(b"\n") for block in iter(lambda: written.read(1 << 20), b"")) == (
            rows + 1
        )
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def api_export(base: str, pid: int, key: str, rows: int) -> float:
    """GET /v1/suppressions/export read as it streams; the server's CPU seconds for it."""
    before = cpu_of(pid)
    lines = 0
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.stream(
        "GET", f"{base}/v1/suppressions/export", headers=headers, timeout=600
    ) as response:
        response.raise_for_status()
        assert response.headers["transfer-encoding"] == "chunked"
        for block in response.iter_raw():
            lines += block.count(b"\n")
    assert lines == rows + 1, lines
    return cpu_of(pid) - before


def members(engine: Engine, path: Path, tmp: Path) -> None:
    """List "promos", with every other number of the file a contact subscribed to it."""
    contacts = tmp / "members.csv"
    with path.open() as rows, contacts.open("w") as out:
        out.write("phone\n")
        out.writelines(line.split(",", 1)[0] + "\n" for n, line in enumerate(rows) if n and n % 2)
    engine.create_list("bench", "promos", actor=ADMIN)
    info = engine.import_contacts("bench", contacts, actor=ADMIN, list_name="promos")
    assert info.status == "done", info


def heed_run(
    kind: str,
    path: Path,
    rows: int,
    tmp: Path,
    stages: set[str],
    listed: bool = False,
    email: bool = False,
) -> dict[str, tuple[float, float]]:
    print(f"{kind}: (load average {os.getloadavg()[0]:.1f})", flush=True)
    with database(kind, tmp) as url, Engine(url, keyring=KEYRING) as engine:
        engine.init()
        engine.create_account("bench")
        engine.update_settings("bench", ADMIN, default_country="US")  # for --national
        found: dict[str, tuple[float, float]] = {}
        server_db = url.rsplit("/", 1)[1] if kind == "postgresql" else None
        scope = {"list_name": "promos"} if listed else {}
        channel = "email" if email else "sms"
        if listed:
            members(engine, path, tmp)

        def imported() -> None:
            info = engine.import_optouts("bench", path, actor=ADMIN, channel=channel, **scope)
            assert (info.status, info.created) == ("done", rows), info

        def again() -> None:
            info = engine.import_optouts("bench", path, actor=ADMIN, channel=channel, **scope)
            assert (info.created, info.unchanged) == (0, rows), info

        def verified(jobs: int | None = None) -> None:
            report = engine.verify_audit("bench", jobs=jobs)
            assert report.ok and report.rows_checked == rows, report

        def exported() -> None:
            lines = sum(c.count(b"\n") for c in engine.export_suppressions("bench"))
            assert lines == rows + 1, lines

        def exported_json() -> None:
            chunks = engine.export_suppressions("bench", format="json")
            assert sum(c.count(b"\n") for c in chunks) == rows + 2  # "[", a line each, "]"

        def reimported() -> None:
            out = tmp / f"reimport-{kind}.csv"
            with out.open("wb") as file:
                for chunk in engine.export_suppressions("bench"):
                    file.write(chunk)
            engine.create_account("copy")
            if listed:
                engine.create_list("copy", "promos", actor=ADMIN)
            found["reimport"] = timed("reimport", rows, lambda: copied(out), server_db)
            out.unlink()

        def copied(out: Path) -> None:
            info = engine.import_optouts("copy", out, actor=ADMIN, channel=None)
            assert (info.status, info.created, info.error_count) == ("done", rows, 0), info

        for stage, work in (
            ("import", imported),
            ("again", again),
            ("verify-1", lambda: verified(1)),
            ("verify", verified),  # one process per core
            ("export", exported),
            ("export-json", exported_json),
        ):
            if stage in stages:
                found[stage] = timed(stage, rows, work, server_db)
        if "reimport" in stages:
            reimported()
        if "export-cli" in stages:
            out = tmp / f"export-{kind}.csv"
            found["export-cli"] = timed_child(
                "export-cli", rows, lambda: cli_export(url, out, rows)
            )
            out.unlink()
        if "export-api" in stages:
            key = engine.create_api_key("bench", name="bench", role="agent", actor=ADMIN).token
            with server(url) as (base, pid):
                found["export-api"] = timed_child(
                    "export-api", rows, lambda: api_export(base, pid, key, rows)
                )
        print(f"  (load average {os.getloadavg()[0]:.1f})", flush=True)
        return found


STAGES = (
    "import",
    "again",
    "verify-1",
    "verify",
    "export",
    "export-json",
    "reimport",
    "export-cli",
    "export-api",
)


def floor(path: Path, rows: int) -> tuple[float, float]:
    """PostgreSQL COPY of the bare numbers into a table with a primary key."""
    print("floor (PostgreSQL COPY of the bare numbers, text primary key):", flush=True)
    name = f"heed_floor_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE TABLE "{name}" (address text PRIMARY KEY)')
        try:

            def copy() -> None:
                with path.open("rb") as stream, conn.cursor() as cursor:
                    stream.readline()
                    with cursor.copy(f'COPY "{name}" (address) FROM STDIN') as out:
                        for line in stream:
                            out.write(line.split(b",", 1)[0].strip(b'"') + b"\n")

            return timed("COPY", rows, copy)
        finally:
            conn.execute(f'DROP TABLE "{name}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--reason", action="store_true", help="a reason column, one a row")
    parser.add_argument("--quoted", action="store_true", help="every field in quotes")
    parser.add_argument("--list", action="store_true", help="opt-outs of one list (see above)")
    parser.add_argument("--email", action="store_true", help="e-mail addresses (see above)")
    parser.add_argument("--inside", type=int, default=0, help="one row in N with a quoted comma")
    parser.add_argument("--national", action="store_true", help="(415) 555-0100 (see above)")
    parser.add_argument(
        "--stages",
        default=",".join(STAGES),
        help="which of them to run, in this order: import must come first (default: all)",
    )
    args = parser.parse_args()
    stages = set(args.stages.split(","))
    with tempfile.TemporaryDirectory() as directory:
        tmp = Path(directory)
        path = tmp / "optouts.csv"
        if args.email and args.list:
            parser.error("--list makes its members from phone numbers: not with --email")
        if args.national and args.email:
            parser.error("--national writes phone numbers: not with --email")
        write_file(
            path, args.rows, args.reason, args.quoted, args.email, args.inside, args.national
        )
        results = {
            kind: heed_run(kind, path, args.rows, tmp, stages, args.list, args.email)
            for kind in args.db.split(",")
        }
        copy_wall, _ = floor(path, args.rows)
    print("ratios (wall rows/s against the goal, and against the COPY floor):")
    goals = {"import": 100_000, "again": 100_000, "verify-1": 200_000, "verify": 200_000}
    goals |= dict.fromkeys(("export", "export-json", "export-cli", "export-api"), 200_000)
    goals["reimport"] = 100_000  # an import's goal
    for kind, found in results.items():
        for what, (wall, cpu) in found.items():
            print(
                f"  {kind:<10} {what:<11} {wall:>9,.0f} rows/s = {wall / goals[what]:.2f}x goal"
                f" ({goals[what]:,}); COPY floor is {copy_wall / wall:.1f}x faster"
                f" (CPU: {cpu:,.0f} rows per CPU-s)"
            )


if __name__ == "__main__":
    sys.exit(main())

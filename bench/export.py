"""The export of 1,000,000 suppressions through every path, this code and another side by side:
`Engine.export_suppressions` as CSV and as JSON, `heed export optouts` (a new process, start
included) and `GET /v1/suppressions/export` from `heed serve` (one worker, read as it streams),
on SQLite and PostgreSQL, alternating the two codes on the same database, several passes.

Every figure is rows per CPU-second of the exporting process (the machine is shared; CPU is
steadier than wall time): the library's child, the CLI's process, the server's process for
the request. PostgreSQL's own backends work beside it on a second core and are not counted
(other work on a shared server would be counted with them). Each pass also checks that both
codes wrote the same bytes (SHA-256 of the output).

    .venv/bin/python bench/export.py --against /work/wt/base/src    # 1,000,000 rows, 2 passes
    .venv/bin/python bench/export.py --rows 100000 --db sqlite --passes 1

The database is built once per kind by this code's `heed import optouts` (the other code must
read the same schema).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from harness import HEED, cpu_of, database, server

from heed import Engine
from heed.core.permissions import Role
from heed.core.vocabulary import Actor, ActorKind
from heed.server_key import Keyring

ADMIN = Actor(ActorKind.USER, "bench", Role.ADMIN)
KEYRING = Keyring.generate()
os.environ["HEED_SECRET_KEY"] = KEYRING.current.text()
PATHS = ("csv", "json", "cli", "api", "api-json")

#: One library export in a child process (so each code is imported alone): its CPU, wall and
#: the digest of what it wrote.
LIBRARY = r"""
import hashlib, resource, sys, time
from heed import Engine
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
url, fmt = sys.argv[1], sys.argv[2]
with Engine(url) as engine:
    digest = hashlib.sha256()
    spent, wall = cpu(), time.perf_counter()
    for chunk in engine.export_suppressions("bench", format=fmt):
        digest.update(chunk)
    print(cpu() - spent, time.perf_counter() - wall, digest.hexdigest())
"""


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def library(url: str, fmt: str, env: dict[str, str]) -> tuple[float, float, str]:
    done = subprocess.run(
        [sys.executable, "-c", LIBRARY, url, fmt],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    cpu, wall, digest = done.stdout.split()
    return float(cpu), float(wall), digest


def cli(url: str, out: Path, env: dict[str, str]) -> tuple[float, float, str]:
    command = [HEED, "export", "optouts", "bench", "-o", str(out), "--database-url", url]
    before, wall = children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    spent, wall = children_cpu() - before, time.perf_counter() - wall
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    out.unlink()
    return spent, wall, digest


def api(url: str, key: str, fmt: str, env: dict[str, str]) -> tuple[float, float, str]:
    """The server's CPU for one streamed download, its wall, the body's digest."""
    with server(url, env) as (base, pid):
        before, wall = cpu_of(pid), time.perf_counter()
        digest = hashlib.sha256()
        with httpx.stream(
            "GET",
            f"{base}/v1/suppressions/export",
            params={"format": fmt},
            headers={"Authorization": f"Bearer {key}"},
            timeout=600,
        ) as response:
            response.raise_for_status()
            assert response.headers["transfer-encoding"] == "chunked"
            for block in response.iter_raw():
                digest.update(block)
        return cpu_of(pid) - before, time.perf_counter() - wall, digest.hexdigest()


def run(
    kind: str, rows: int, tmp: Path, codes: dict[str, str], paths: list[str], passes: int
) -> None:
    source = tmp / "optouts.csv"
    with source.open("w") as out:
        out.write("phone,name\n")
        out.writelines(f"+1415{n:07d},Person {n}\n" for n in range(rows))
    with database(kind, tmp) as url:
        with Engine(url, keyring=KEYRING) as engine:
            engine.init()
            engine.create_account("bench")
            info = engine.import_optouts("bench", source, actor=ADMIN, channel="sms")
            assert info.created == rows, info
            key = engine.create_api_key("bench", name="bench", role="agent", actor=ADMIN).token
        found: dict[tuple[str, str], list[float]] = {}
        for n in range(passes):
            order = list(codes) if n % 2 == 0 else list(reversed(codes))
            for path in paths:
                digests = set()
                for code in order:
                    env = os.environ | {"PYTHONPATH": codes[code]}
                    if path in ("csv", "json"):
                        cpu, wall, digest = library(url, path, env)
                    elif path == "cli":
                        cpu, wall, digest = cli(url, tmp / "out.csv", env)
                    else:
                        fmt = "json" if path == "api-json" else "csv"
                        cpu, wall, digest = api(url, key, fmt, env)
                    digests.add(digest)
                    found.setdefault((path, code), []).append(cpu)
                    print(
                        f"  {kind:<10} pass {n + 1} {path:<8} {code:<5} {cpu:6.2f} CPU-s ="
                        f" {rows / cpu:>9,.0f} rows/CPU-s; wall {wall:6.2f} s"
                        f" (load {os.getloadavg()[0]:.1f})",
                        flush=True,
                    )
                assert len(digests) == 1, f"{path}: the two codes wrote different bytes"
        print(f"{kind}: rows per CPU-s, the median of the passes; new / old", flush=True)
        for path in paths:
            line = []
            for code in codes:
                cpus = sorted(found[(path, code)])
                median = cpus[len(cpus) // 2]
                line.append(rows / median)
                print(f"  {path:<8} {code} {rows / median:>9,.0f}", end="")
            if len(line) == 2:
                print(f"   new/old {line[1] / line[0]:.2f}x", end="")
            print(flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--paths", default=",".join(PATHS))
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--against", help="the other code's src directory (for PYTHONPATH)")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parents[1] / "src")
    codes = {"old": args.against, "new": here} if args.against else {"new": here}
    print(json.dumps({"codes": codes, "rows": args.rows, "load": os.getloadavg()[0]}), flush=True)
    with tempfile.TemporaryDirectory() as directory:
        for kind in args.db.split(","):
            run(kind, args.rows, Path(directory), codes, args.paths.split(","), args.passes)


if __name__ == "__main__":
    main()

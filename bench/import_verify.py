"""`heed audit verify` of a million imported opt-outs, this code against another checkout's,
alternately on one kept database, by CPU time (#14 item 3: ≥ 200,000 rows/s).

Builds (once, with --keep) a SQLite database holding one account and --rows opt-outs imported
with `Engine.import_optouts` (the rows of `bench/import.py`), then runs `Engine.verify_audit`
in a new process for each code in turn, --rounds times, and prints each run's CPU seconds
(the process's and its children's), rows per CPU-second and the ratio of the two codes.

    .venv/bin/python bench/import_verify.py --against /work/wt/base --keep /tmp/verify1m
    .venv/bin/python bench/import_verify.py --rows 100000 --jobs 2

Without --keep the database is built in a temporary directory and dropped at the end.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from heed import Engine
from heed.core.vocabulary import Actor, ActorKind, Role
from heed.server_key import Keyring

ADMIN = Actor(ActorKind.USER, "bench", Role.ADMIN)

#: One verification in a process of its own, by the code on PYTHONPATH: prints rows, CPU, wall.
_VERIFY = """
import resource, sys, time
from pathlib import Path
from heed import Engine
from heed.server_key import Keyring
url, key, jobs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
with Engine(url, keyring=Keyring.parse(key.read_text(), str(key))) as engine:
    engine.account("bench")
    started, wall = cpu(), time.perf_counter()
    report = engine.verify_audit("bench", jobs=jobs)
    assert report.ok, report.problem
    print(report.rows_checked, cpu() - started, time.perf_counter() - wall)
"""


def build(path: Path, key: Path, rows: int) -> None:
    keyring = Keyring.generate()
    key.write_text(keyring.current.text())
    source = path.with_suffix(".csv")
    with source.open("w") as out:
        out.write("phone,name\n")
        for n in range(rows):
            out.write(f"+1415{n:07d},Person {n}\n")
    with Engine(f"sqlite:///{path}", keyring=keyring) as engine:
        engine.init()
        engine.create_account("bench")
        info = engine.import_optouts("bench", source, actor=ADMIN, channel="sms")
        assert info.created == rows, info
    source.unlink()


def verify(code: Path, url: str, key: Path, jobs: int) -> tuple[int, float, float]:
    environment = {**os.environ, "PYTHONPATH": str(code.resolve() / "src")}
    done = subprocess.run(
        [sys.executable, "-c", _VERIFY, url, str(key), str(jobs)],
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    )
    rows, cpu, wall = done.stdout.split()
    return int(rows), float(cpu), float(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="verifying processes (default 1)")
    parser.add_argument("--against", type=Path, help="another checkout, verified alternately")
    parser.add_argument("--keep", type=Path, help="keep the database at this path, or reuse it")
    args = parser.parse_args()
    here = Path(__file__).resolve().parent.parent
    codes = {"this": here} | ({"against": args.against} if args.against else {})
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "verify.db"
        key = path.with_suffix(".key")
        if not key.exists():
            build(path, key, args.rows)
        url = f"sqlite:///{path}"
        spent: dict[str, list[float]] = {name: [] for name in codes}
        for round_ in range(1, args.rounds + 1):
            for name, code in codes.items():
                rows, cpu, wall = verify(code, url, key, args.jobs)
                spent[name].append(cpu)
                print(
                    f"round {round_} {name}: {rows:,} rows, {cpu:.2f} CPU-s"
                    f" = {rows / cpu:,.0f} rows per CPU-second ({wall:.1f} s wall,"
                    f" load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
        if args.against:
            ratios = [a / b for a, b in zip(spent["this"], spent["against"], strict=True)]
            print("CPU this / against, by round: " + ", ".join(f"{r:.2f}x" for r in ratios))


if __name__ == "__main__":
    main()

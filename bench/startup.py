"""How long a script waits for `heed check`: the whole command, start to exit, against
`python -c pass` (the interpreter's own start), side by side in one run (#12 item 7).

    .venv/bin/python bench/startup.py            # 21 runs of each, a fresh SQLite database
    .venv/bin/python bench/startup.py --runs 51
    .venv/bin/python bench/startup.py --postgres postgresql+psycopg://root@127.0.0.1/bench

It makes a database with one account and one opt-out, then runs, alternating so that load on
the machine falls on all alike: `python -c pass`, `python -c "import sqlalchemy.orm"` (what
reading through the engine would cost to import before any of heed), `python -c "import
heed.cli"` (what every command imports), `heed check acme --channel sms --address
+14155550100` (which must exit 1: not allowed), the same with `--json`, and with `--at` (a
past answer, read through the engine and SQLAlchemy: heed.engine.checker). With `--postgres`
(an empty database, or one this script made before) it also runs the check there. It prints
the median and the fastest run of each, the ratio of the medians, the load average, and which
modules the check loaded that it should not (tests/test_startup.py).

heed's modules are compiled to .pyc first, as installing a package does: with
PYTHONDONTWRITEBYTECODE set (as in some sandboxes) an editable install would otherwise compile
every module it imports on every run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import heed
from heed.server_key import Keyring

PYTHON = sys.executable
HEED = [PYTHON, "-m", "heed"]
ADDRESS = "+14155550100"
#: Modules `heed check` must not load (tests/test_startup.py holds the full list).
HEAVY = (
    "sqlalchemy",
    "pydantic",
    "pydantic_settings",
    "numpy",
    "pyarrow",
    "httpx",
    "alembic",
    "fastapi",
    "uvicorn",
    "jwt",
    "heed.engine.engine",
    "heed.bulk.index",
    "heed.inbound",
    "heed.web",
)


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(command: list[str], env: dict[str, str], expect: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run: on a loaded machine the CPU time is the steadier."""
    start, cpu = time.perf_counter(), _cpu()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start, _cpu() - cpu
    if done.returncode != expect:
        raise SystemExit(f"{command} exited {done.returncode}: {done.stdout}{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--postgres", help="an empty PostgreSQL database to check on too")
    given = parser.parse_args()
    runs = given.runs
    compileall.compile_dir(Path(heed.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "HEED_DATABASE_URL": f"sqlite:///{Path(folder) / 'heed.db'}"}
        env["HEED_DATA_DIR"] = str(Path(folder) / "data")
        env.setdefault("HEED_SECRET_KEY", Keyring.generate().current.text())
        populate(env)
        check = [*HEED, "check", "acme", "--channel", "sms", "--address", ADDRESS]
        commands = {
            "python -c pass": ([PYTHON, "-c", "pass"], 0, env),
            "import sqlalchemy.orm": ([PYTHON, "-c", "import sqlalchemy.orm"], 0, env),
            "import heed.cli": ([PYTHON, "-c", "import heed.cli"], 0, env),
            "heed check": (check, 1, env),
            "heed check --json": ([*check, "--json"], 1, env),
            "heed check --at": ([*check, "--at", "2030-01-01T00:00:00"], 1, env),
        }
        if given.postgres:
            on_postgres = {**env, "HEED_DATABASE_URL": given.postgres}
            populate(on_postgres)
            commands["heed check, PostgreSQL"] = (check, 1, on_postgres)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for command, expect, environment in commands.values():
            timed(command, environment, expect)  # warm the disk cache and the .pyc files
        for _ in range(runs):
            for name, (command, expect, environment) in commands.items():
                times[name].append(timed(command, environment, expect))
        probe = (
            "import sys, runpy; sys.argv = ['heed', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('heed', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            f"heavy = [m for m in {HEAVY!r} if any(n.startswith(m) for n in sys.modules)]\n"
            "print('HEAVY:', len(sys.modules), ','.join(heavy))"
        )
        probed = subprocess.run(
            [PYTHON, "-c", probe, *check[3:]], env=env, capture_output=True, text=True, check=False
        )
        count, _, loaded = probed.stdout.split("HEAVY:")[-1].strip().partition(" ")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{runs} runs each, alternating; python {sys.version.split()[0]}; load average {load}")
    print(f"{'command':<23} {'median wall s':>13} {'fastest wall s':>14} {'median CPU s':>12}")
    walls = {name: statistics.median(w for w, _ in values) for name, values in times.items()}
    for name, values in times.items():
        cpu = statistics.median(c for _, c in values)
        fastest = min(w for w, _ in values)
        print(f"{name:<23} {walls[name]:>13.3f} {fastest:>14.3f} {cpu:>12.3f}")
    ratio = walls["heed check"] / walls["python -c pass"]
    print(f"heed check / python -c pass (median wall): {ratio:.1f}x")
    print(f"modules loaded by heed check: {count}; of those it should not: {loaded or 'none'}")


def populate(env: dict[str, str]) -> None:
    """Make the database, the account and the opt-out, unless they are there already."""
    subprocess.run([*HEED, "init"], env=env, check=True, capture_output=True)
    subprocess.run([*HEED, "account", "create", "acme"], env=env, check=False, capture_output=True)
    opt_out = ["optout", "acme", "--channel", "sms", "--address", ADDRESS, "--reason", "b"]
    subprocess.run([*HEED, *opt_out], env=env, check=True, capture_output=True)


if __name__ == "__main__":
    main()

"""A national do-not-call registry: load an FTC-format file of N numbers, then look numbers up.

Generates `areacode,number` lines (the FTC's full-list format) into a temporary file, loads
it with `heed registry load` in a new process (time, peak resident memory, size on disk),
then measures bulk lookups (a million numbers at once, through the registry view the filter
uses) and single checks through `Engine.check` with the registry consulted, against the same
check with no registry loaded.

    python bench/registry.py                       # 250,000,000 numbers (~3 GB of text)
    python bench/registry.py --numbers 25000000    # a smaller run, extrapolated
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from heed import Actor, ActorKind, Engine, Role
from heed.bulk.registry import RegistryStore, RegistryView
from heed.core.vocabulary import Channel
from heed.store import accounts

ADMIN = Actor(ActorKind.USER, "bench", Role.ADMIN)
HEED = str(Path(sys.executable).with_name("heed"))


def generate(path: Path, count: int, rng: np.random.Generator) -> None:
    """`areacode,number` lines, written as bytes straight from numpy (12 bytes a line)."""
    weights = 10 ** np.arange(9, -1, -1, dtype=np.int64)
    with path.open("wb") as out:
        out.write(b"AreaCode,PhoneNumber\n")
        for start in range(0, count, 5_000_000):
            n = min(5_000_000, count - start)
            national = rng.integers(2_010_000_000, 9_899_999_999, n)
            line = np.empty((n, 12), dtype=np.uint8)
            digits = (national[:, None] // weights) % 10 + 48
            line[:, :3], line[:, 3], line[:, 4:11], line[:, 11] = (
                digits[:, :3],
                44,
                digits[:, 3:],
                10,
            )
            out.write(line.tobytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=250_000_000)
    parser.add_argument("--checks", type=int, default=2000)
    args = parser.parse_args()
    rng = np.random.default_rng(14)
    with tempfile.TemporaryDirectory(prefix="heed-registry-") as tmp:
        scratch = Path(tmp)
        source = scratch / "ftc.txt"
        start = time.perf_counter()
        generate(source, args.numbers, rng)
        print(
            f"generated {args.numbers:,} numbers ({source.stat().st_size / 1e9:.2f} GB) "
            f"in {time.perf_counter() - start:.1f} s; {os.cpu_count()} cores",
            flush=True,
        )
        url = f"sqlite:///{scratch / 'heed.db'}"
        env = os.environ | {"HEED_DATABASE_URL": url, "HEED_DATA_DIR": str(scratch / "data")}
        subprocess.run([HEED, "init"], env=env, check=True, capture_output=True)
        start = time.perf_counter()
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [
                # GNU time reports the loader's own peak; ru_maxrss of a child seen from here
                # would include this process's (the child is vforked from it before exec).
                *("/usr/bin/time", "-f", "%M", "-o", str(scratch / "rss")),
                HEED,
                "registry",
                "load",
                "us-dnc",
                str(source),
                "--version",
                time.strftime("%Y-%m-%d"),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        took = time.perf_counter() - start
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak = int((scratch / "rss").read_text().split()[-1]) / 1024
        cpu_s = used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime
        store = RegistryStore(scratch / "data")
        [info] = store.list(("shared",))
        print(
            f"load: {took:.1f} s ({args.numbers / took / 1e6:.1f}M numbers/s), "
            f"{info.numbers:,} distinct, {info.bytes / 1e9:.2f} GB on disk, "
            f"peak resident {peak:.0f} MB, {cpu_s:.1f} CPU-s (goal: <= 60 s, <= 2 GB, <= 2 GB); "
            f"load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        source.unlink()
        numbers = store.numbers("shared", "us-dnc")
        wanted = np.uint64(10_000_000_000) + rng.integers(
            2_010_000_000, 9_899_999_999, 5_000_000
        ).astype(np.uint64)
        for label in ("first pass, pages mapped as touched", "second pass"):
            start = time.perf_counter()
            hits = numbers.contains(wanted)
            took = time.perf_counter() - start
            print(
                f"bulk lookups, {label}: {len(wanted) / took / 1e6:.1f}M/s ({hits.sum():,} of "
                f"{len(wanted):,} listed; goal >= 5M/s)",
                flush=True,
            )
        with Engine(url, data_dir=scratch / "data") as engine:
            engine.create_account("acme", "Acme")
            phones = [f"+{int(k)}" for k in wanted[: args.checks]]
            with engine.db.read() as session:
                account = accounts.load_account(session, "acme")
            start = time.perf_counter()
            for key in wanted[: args.checks].tolist():
                RegistryView(engine.registry_store, account, Channel.SMS).listings(key)
            each = (time.perf_counter() - start) / args.checks * 1000
            print(f"the registries' part of a check (view + listings): {each:.3f} ms", flush=True)
            for label in ("with the registry", "registry dropped"):
                engine.check("acme", "sms", phones[0])
                start, cpu_start = time.perf_counter(), time.process_time()
                for phone in phones:
                    engine.check("acme", "sms", phone)
                each = (time.perf_counter() - start) / len(phones) * 1000
                cpu_each = (time.process_time() - cpu_start) / len(phones) * 1000
                print(
                    f"Engine.check {label}: {each:.3f} ms each, {cpu_each:.3f} ms of CPU "
                    f"(goal <= 1 ms); load average {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
                if label == "with the registry":
                    store.drop("shared", "us-dnc")


if __name__ == "__main__":
    main()

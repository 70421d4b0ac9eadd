"""What the import and export benches share: a database of either kind, `heed serve` on a free
port, and the CPU a process has used. The scripts run as `python bench/NAME.py`, which puts this
folder on the path."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import psycopg

PG_ADMIN = "postgresql://root@127.0.0.1:5432/postgres"
HEED = str(Path(sys.executable).with_name("heed"))


@contextmanager
def database(kind: str, tmp: Path) -> Iterator[str]:
    """An empty database of `kind` (sqlite: a new file in `tmp`; postgresql: a new database,
    dropped afterwards), as its URL."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp / f'bench-{uuid.uuid4().hex[:6]}.db'}"
        return
    name = f"heed_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://root@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def server(url: str, env: dict[str, str] | None = None) -> Iterator[tuple[str, int]]:
    """`heed serve` (one worker) on a free port, in `env` (default: this process's):
    (its address, its process id)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [HEED, "serve", "--port", str(port), "--workers", "1"],
        env=(os.environ if env is None else env) | {"HEED_DATABASE_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            with suppress(httpx.TransportError):
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            time.sleep(0.2)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait()


def cpu_of(pid: int) -> float:
    """CPU seconds a running process has used (user and system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

"""A real `heed serve` (uvicorn) on 127.0.0.1, as the `live` and `server` fixtures start it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from heed import Engine
from helpers.cli import HEED
from helpers.databases import fresh_postgres


@dataclass
class Live:
    base: str
    database_url: str
    backend: str
    engine: Engine
    pid: int = 0
    log: Path | None = None  # what the server wrote (its access log included)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def database(request: pytest.FixtureRequest, tmp: pytest.TempPathFactory, stack: ExitStack) -> str:
    """A migrated database of the requested backend, copied from the session's template."""
    if request.param == "sqlite":
        path = tmp.mktemp("live") / "heed.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return stack.enter_context(fresh_postgres(request.getfixturevalue("postgres_template")))


#: How the `live` servers run (tests/conftest.py, tests/web/conftest.py): a short SQLite busy
#: timeout (for the outage test), and replies sent to a providers' stand-in on 127.0.0.1, which
#: heed reaches only when the server's configuration allows it (heed.outbound.transport).
LIVE_OPTIONS: dict[str, Any] = {
    "busy_timeout": 1,
    "env": {"HEED_OUTBOUND_ALLOWED_NETWORKS": "127.0.0.1/32"},
}


class Servers:
    """A worker's servers, one per backend, each started when first asked for and kept until
    `stack` closes. A fixture parametrized by backend is torn down whenever the next test
    wants the other parameter: each test module runs its SQLite tests, then its PostgreSQL
    ones, so a server per fixture value restarted both servers for every module (a CPU-second
    and a database copy each on an idle machine, 10-20 s at load 15-20)."""

    def __init__(self, tmp: pytest.TempPathFactory, stack: ExitStack, **options: Any) -> None:
        self.tmp, self.stack, self.options = tmp, stack, options
        self.started: dict[str, Live] = {}

    def get(self, request: pytest.FixtureRequest) -> Live:
        """The server of `request.param`'s backend."""
        backend = str(request.param)
        if backend not in self.started:
            url = database(request, self.tmp, self.stack)
            self.started[backend] = next(serve(url, backend, self.tmp, self.stack, **self.options))
        return self.started[backend]


def serve(
    url: str,
    backend: str,
    tmp: pytest.TempPathFactory,
    stack: ExitStack,
    busy_timeout: int | None = None,
    env: dict[str, str] | None = None,
    workers: int = 1,
) -> Iterator[Live]:
    server_url = f"{url}?timeout={busy_timeout}" if backend == "sqlite" and busy_timeout else url
    port = free_port()
    log_path = tmp.mktemp("logs") / "serve.log"
    log = stack.enter_context(log_path.open("w"))
    data = tmp.mktemp("data")  # registries and indexes, shared by the server and `engine`
    environment = (
        os.environ | {"HEED_DATABASE_URL": server_url, "HEED_DATA_DIR": str(data)} | (env or {})
    )
    process = subprocess.Popen(
        [HEED, "serve", "--port", str(port), "--workers", str(workers)],
        env=environment,
        stdout=log,
        stderr=log,
    )
    stack.callback(process.wait, timeout=60)
    stack.callback(process.terminate)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, process, log=log_path)
    engine = stack.enter_context(Engine(url, data_dir=data))
    yield Live(base, url, backend, engine, process.pid, log_path)


def wait_until_up(
    base: str, process: subprocess.Popen[bytes], within: float = 180, log: Path | None = None
) -> None:
    """Until /healthz answers. A server starts in ~1 s on an idle machine; the bound is for CI
    machines running the suite's workers and browsers at once (load 20 took over 30 s). The
    failure quotes the end of `log`, the server's output, when given."""
    deadline = time.monotonic() + within

    def tail() -> str:
        return f":\n{log.read_text()[-2000:]}" if log else ""

    while time.monotonic() < deadline:
        assert process.poll() is None, f"heed serve exited{tail()}"
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"heed serve did not come up at {base} within {within:.0f} s{tail()}")

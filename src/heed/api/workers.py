"""`heed serve --workers N`: N server processes, each with its own listening socket.

uvicorn's own `workers` binds one socket in a parent and shares it: every worker waits on the
same accept queue, and under load the kernel wakes whichever is idle first, so one busy worker
can take most connections. Here each worker binds its own socket with `SO_REUSEPORT`, and the
kernel spreads new connections across the sockets by a hash of the client's address and port,
so they spread evenly. That is Linux's `SO_REUSEPORT`; other kernels either lack it or hand
every connection to one of the sockets (macOS, and the BSDs without `SO_REUSEPORT_LB`), so
there one worker is used. Each worker's log lines carry its process id, so an operator reading
the one output N workers share can tell them apart (and
`tests/api/test_serve_workers.py::test_every_worker_takes_a_fair_share_of_new_connections`
counts them).

Workers share nothing but the database: each has its own Engine, connection pool, group commit,
outbox sender and review sweeper, exactly as several `heed serve` hosts on one PostgreSQL do
(docs/scaling.md). The parent only starts them, forwards SIGTERM/SIGINT, and exits as soon as
one worker exits, stopping the others, so a supervisor (systemd, Kubernetes) sees the failure.
"""

from __future__ import annotations

import copy
import multiprocessing
import os
import signal
import socket
import sys
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

import uvicorn
from uvicorn.config import LOGGING_CONFIG


def reuse_port_spreads() -> bool:
    """Whether sockets bound with SO_REUSEPORT share new connections (Linux)."""
    return hasattr(socket, "SO_REUSEPORT") and sys.platform == "linux"


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on (host, port) that other processes may bind too."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def proxy_options() -> dict[str, Any]:
    """Trust `X-Forwarded-For`/`-Proto` only from the proxies in HEED_FORWARDED_ALLOW_IPS
    (`heed serve --forwarded-allow-ips`); by default from nobody, not even loopback, so a
    client cannot pick the address its rate limits count against."""
    allowed = os.environ.get("HEED_FORWARDED_ALLOW_IPS", "").strip()
    return {"proxy_headers": bool(allowed), "forwarded_allow_ips": allowed or None}


def worker_logging() -> dict[str, Any]:
    """uvicorn's logging configuration, every line led by the worker's process id."""
    config = copy.deepcopy(LOGGING_CONFIG)
    for formatter in config["formatters"].values():
        rest = formatter["fmt"].removeprefix("%(levelprefix)s ")
        formatter["fmt"] = f"%(levelprefix)s [%(process)d] {rest}"
    return config


def _worker(host: str, port: int, log_level: str) -> None:
    sock = bind(host, port)
    config = uvicorn.Config(
        "heed.api.app:create_app",
        factory=True,
        log_config=worker_logging(),
        log_level=log_level,
        host=host,
        port=port,
        **proxy_options(),
    )
    uvicorn.Server(config).run(sockets=[sock])


def serve(host: str, port: int, workers: int, log_level: str = "info") -> int:
    """Run `workers` server processes on (host, port) until one exits or a signal comes;
    return the exit code to leave with."""
    if workers > 1 and not reuse_port_spreads():
        print(
            f"heed: --workers {workers} needs Linux's SO_REUSEPORT to share connections; "
            "running one worker (run several `heed serve` behind a proxy instead)",
            file=sys.stderr,
        )
    if workers <= 1 or not reuse_port_spreads():
        uvicorn.run(
            "heed.api.app:create_app",
            factory=True,
            host=host,
            port=port,
            log_level=log_level,
            **proxy_options(),
        )
        return 0
    # The parent binds once first, so a taken port fails here, in one line, not in N children.
    bind(host, port).close()
    context = multiprocessing.get_context("spawn")
    children: list[BaseProcess] = [
        context.Process(target=_worker, args=(host, port, log_level), name=f"heed-worker-{n}")
        for n in range(workers)
    ]
    for child in children:
        child.start()
    signalled = False

    def stop_all() -> None:
        for child in children:
            if child.is_alive():
                child.terminate()  # uvicorn finishes the requests it has, then exits

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        nonlocal signalled
        signalled = True
        stop_all()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    wait([child.sentinel for child in children])  # until the first one exits
    stop_all()
    for child in children:
        child.join(timeout=30)
    return 0 if signalled else 1  # a worker that exits on its own is a failure

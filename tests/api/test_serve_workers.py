"""Several server processes (#13 item 9): `heed serve --workers 2`, each worker its own
SO_REUSEPORT socket, and a second `heed serve` on the same PostgreSQL standing in for another
host.

The workers share new connections: two hundred requests, each on its own TCP connection, are
answered by both workers, each at least a fifth of them (each worker's log lines carry its
process id). The kernel hashes each connection's address and port, so an even split is
binomial: a fifth or less of 200 is over eight standard deviations from half, while workers
sharing one accept queue, or a kernel handing every connection to one socket, fail at once.

A bounded load generator on 127.0.0.1 sends the STOP and START messages of a dozen numbers in
one shuffled queue, six at a time (so one number's messages arrive out of the person's time
order and at once on different hosts), many of them delivered twice at the same moment to both
hosts (a provider's retry racing the original). Afterwards the state equals a reference
model (each number as its latest message in time left it), every provider message id was processed
exactly once, nothing is doubled, and the chain verifies. That test is PostgreSQL only: several
hosts sharing one SQLite file is not a supported deployment (docs/scaling.md).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from heed import Engine
from heed.store.tables import ReceivedMessage, Suppression
from helpers.cli import HEED
from helpers.databases import fresh_postgres
from helpers.live import Live, database, free_port, serve, wait_until_up

CONNECTIONS = 200
STARTED = re.compile(r"\[(\d+)\] Application startup complete")
ANSWERED = re.compile(r'\[(\d+)\] [\d.:]+ - "GET /healthz\?… HTTP/1.1" 200')
NUMBERS = [f"+1415555{2000 + n:04d}" for n in range(12)]
X = "+15005550006"


@pytest.fixture
def hosts(postgres_template: str, tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    """A PostgreSQL database and the base URLs of two hosts on it (the first with 2 workers)."""
    with ExitStack() as stack:
        url = stack.enter_context(fresh_postgres(postgres_template))
        env = os.environ | {"HEED_DATABASE_URL": url}
        bases, started = [], []
        for n, workers in enumerate((2, 1)):
            port = free_port()
            log = stack.enter_context((tmp_path / f"serve{n}.log").open("w"))
            command = [HEED, "serve", "--port", str(port), "--workers", str(workers)]
            process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
            stack.callback(process.wait, timeout=30)
            stack.callback(process.terminate)
            bases.append(f"http://127.0.0.1:{port}")
            started.append(process)
        for n, (base, process) in enumerate(zip(bases, started, strict=True)):
            wait_until_up(base, process, log=tmp_path / f"serve{n}.log")
        yield url, bases


@pytest.fixture(params=["sqlite", "postgresql"])
def two_workers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    """`heed serve --workers 2` on the requested backend, once both workers are listening."""
    with ExitStack() as stack:
        url = database(request, tmp_path_factory, stack)
        live = next(serve(url, request.param, tmp_path_factory, stack, workers=2))
        # Each worker binds its socket before its startup line; one that has not bound yet
        # would leave every connection to the other. The bound is for a loaded machine.
        _eventually("start both workers", lambda: len(_pids(STARTED, live)) == 2)
        yield live


def _pids(lines: re.Pattern[str], live: Live) -> Counter[int]:
    """How many lines matching `lines` each process wrote to the server's log."""
    assert live.log is not None
    return Counter(int(pid) for pid in lines.findall(live.log.read_text()))


def _eventually(what: str, done: Callable[[], bool], within: float = 180) -> None:
    deadline = time.monotonic() + within
    while not done():
        assert time.monotonic() < deadline, f"heed serve did not {what} within {within} s"
        time.sleep(0.2)


def test_every_worker_takes_a_fair_share_of_new_connections(two_workers: Live) -> None:
    live = two_workers
    for n in range(CONNECTIONS):
        # httpx.get opens a client, so a TCP connection, of its own for every request; the
        # query (logged as `?…`) tells these requests apart from the readiness probes.
        answer = httpx.get(f"{live.base}/healthz", params={"connection": n}, timeout=60)
        assert answer.status_code == 200, answer.text
    _eventually("log every request", lambda: _pids(ANSWERED, live).total() == CONNECTIONS)
    answered_by = _pids(ANSWERED, live)
    assert len(answered_by) == 2, f"one worker answered every connection: {answered_by}"
    for pid, answered in answered_by.items():
        status = Path(f"/proc/{pid}/status").read_text()
        assert f"PPid:\t{live.pid}\n" in status, "a worker of this `heed serve`"
        assert answered >= CONNECTIONS // 5, f"uneven: {dict(answered_by)}"


def _script(seed: int) -> tuple[list[list[dict[str, Any]]], dict[str, bool]]:
    """Per number, its messages in time order (each a /v1/inbound body); and the reference
    model: whether each number may be messaged once they are all in."""
    rng = random.Random(seed)
    start = datetime.now(UTC) - timedelta(hours=1)
    chains, allowed = [], {}
    for n, number in enumerate(NUMBERS):
        bodies = [rng.choice(["STOP", "START", "STOP please", "UNSTOP"]) for _ in range(5)]
        chains.append(
            [
                {
                    "channel": "sms",
                    "from": number,
                    "to": X,
                    "body": body,
                    "provider_message_id": f"load-{n}-{k}",
                    "received_at": (start + timedelta(minutes=n, seconds=k)).isoformat(),
                }
                for k, body in enumerate(bodies)
            ]
        )
        allowed[number] = bodies[-1] in ("START", "UNSTOP")
    return chains, allowed


def test_two_hosts_and_two_workers_keep_every_guarantee(hosts: tuple[str, list[str]]) -> None:
    url, bases = hosts
    with Engine(url) as engine:
        key = engine.create_account("acme").api_key
    chains, expected = _script(seed=13)
    rng = random.Random(7)
    headers = {"Authorization": f"Bearer {key}"}
    answers: list[dict[str, Any]] = []

    # Every message of every number in one shuffled queue: the same number's STOPs and STARTs
    # arrive out of their time order and at once on different hosts, not one after another.
    queue = [message for chain in chains for message in chain]
    rng.shuffle(queue)

    def deliver(message: dict[str, Any]) -> None:
        with httpx.Client(headers=headers, timeout=60) as client, ThreadPoolExecutor(2) as pair:
            twice = rng.random() < 0.5  # a retry racing the original, on the other host
            targets = bases if twice else [rng.choice(bases)]
            bodies = [message] * len(targets)
            responses = list(
                pair.map(lambda b, m: client.post(f"{b}/v1/inbound", json=m), targets, bodies)
            )
            for response in responses:
                assert response.status_code == 200, response.text
                answers.append(response.json() | {"id": message["provider_message_id"]})

    with ThreadPoolExecutor(6) as load:  # bounded: at most 12 requests in flight
        list(load.map(deliver, queue))

    firsts = Counter(a["id"] for a in answers if not a["duplicate"])
    sent = {m["provider_message_id"] for chain in chains for m in chain}
    assert firsts == dict.fromkeys(sent, 1), "each provider message processed exactly once"
    with Engine(url) as engine:
        account_id = engine.account("acme").id
        for number, allowed in expected.items():
            assert engine.check("acme", "sms", number).allowed is allowed, number
        with engine.db.read() as session:
            stored = session.scalar(
                select(func.count())
                .select_from(ReceivedMessage)
                .where(ReceivedMessage.account_id == account_id)
            )
            active = Counter(
                session.scalars(
                    select(Suppression.address).where(
                        Suppression.account_id == account_id, Suppression.lifted_at.is_(None)
                    )
                )
            )
        assert stored == len(sent)
        assert set(active.values()) <= {1}, "at most one active opt-out per number"
        report = engine.verify_audit("acme")
        assert report.ok, report.problem


def test_workers_on_a_kernel_that_cannot_share_say_they_run_one(tmp_path: Path) -> None:
    """Where SO_REUSEPORT does not spread connections (macOS, most BSDs), several workers would
    leave all but one idle: heed runs one and says so, instead of quietly ignoring --workers.
    The kernel's answer is the one thing replaced here; the server is real."""
    script = (
        "import heed.api.workers as w; w.reuse_port_spreads = lambda: False; "
        "w.serve('127.0.0.1', 0, 2)"
    )
    env = os.environ | {"HEED_DATABASE_URL": f"sqlite:///{tmp_path / 'heed.db'}"}
    with subprocess.Popen(
        [sys.executable, "-c", script], stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path
    ) as server:
        assert server.stderr is not None
        try:
            first = server.stderr.readline()
            assert "--workers 2 needs Linux's SO_REUSEPORT" in first and "one worker" in first
            assert any("Uvicorn running" in line for line in iter(server.stderr.readline, ""))
        finally:
            server.kill()

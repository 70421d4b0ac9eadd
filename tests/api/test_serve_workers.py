"""Several server processes on one PostgreSQL (#13 item 9): `heed serve --workers 2` (each
worker its own SO_REUSEPORT socket) plus a second `heed serve` standing in for another host.

A bounded load generator on 127.0.0.1 sends the STOP and START messages of a dozen numbers in
one shuffled queue, six at a time (so one number's messages arrive out of the person's time
order and at once on different hosts), many of them delivered twice at the same moment to both
hosts (a provider's retry racing the original). Afterwards the state equals a reference
model (each number as its latest message in time left it), every provider message id was processed
exactly once, nothing is doubled, and the chain verifies. PostgreSQL only: several hosts
sharing one SQLite file is not a supported deployment (docs/scaling.md).
"""

from __future__ import annotations

import os
import random
import subprocess
from collections import Counter
from collections.abc import Iterator
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
from helpers.live import free_port, wait_until_up

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

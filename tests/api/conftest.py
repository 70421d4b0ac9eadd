"""A real `heed serve` (uvicorn) on 127.0.0.1 for each backend, and helpers to talk to it.

`server` is one server on SQLite and one on PostgreSQL for all the /v1 tests: each test makes
its own accounts (`tenant`, `make_tenant`), so no test sees another's data and the suite stays
fast. `live` is a server per module, for tests that break it on purpose (the webhook outage
test). Nothing in the request path is mocked; `app_spec()` is the app's OpenAPI document, read
at collection time so tests can be generated from it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from conftest import SUPPORT, fresh_postgres
from heed import Engine
from heed.api.app import create_app
from heed.outbound.queue import UNSENT
from heed.store.tables import Account, Base, Event, OutboundMessage
from heed.store.types import utcnow

HEED = str(Path(sys.executable).with_name("heed"))
PROBLEM = "application/problem+json"
PROBLEM_BASE = "https://heed.dev/problems/"


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


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    """A server for one module, with a short SQLite busy timeout (for the outage test)."""
    with ExitStack() as stack:
        url = _database(request, tmp_path_factory, stack)
        # Its modules send replies to a providers' stand-in on 127.0.0.1, which heed reaches
        # only when the server's configuration allows it (heed.outbound.transport).
        env = {"HEED_OUTBOUND_ALLOWED_NETWORKS": "127.0.0.1/32"}
        yield from _serve(url, request.param, tmp_path_factory, stack, busy_timeout=1, env=env)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    """One server per backend for all the /v1 tests: each test makes its own accounts."""
    with ExitStack() as stack:
        url = _database(request, tmp_path_factory, stack)
        yield from _serve(url, request.param, tmp_path_factory, stack)


def _database(request: pytest.FixtureRequest, tmp: pytest.TempPathFactory, stack: ExitStack) -> str:
    """A migrated database of the requested backend, copied from the session's template."""
    if request.param == "sqlite":
        path = tmp.mktemp("live") / "heed.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return stack.enter_context(fresh_postgres(request.getfixturevalue("postgres_template")))


def _serve(
    url: str,
    backend: str,
    tmp: pytest.TempPathFactory,
    stack: ExitStack,
    busy_timeout: int | None = None,
    env: dict[str, str] | None = None,
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
        [HEED, "serve", "--port", str(port)], env=environment, stdout=log, stderr=log
    )
    stack.callback(process.wait, timeout=60)
    stack.callback(process.terminate)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, process)
    engine = stack.enter_context(Engine(url, data_dir=data))
    yield Live(base, url, backend, engine, process.pid, log_path)


def wait_until_up(base: str, process: subprocess.Popen[bytes], within: float = 180) -> None:
    """Until /healthz answers. A server starts in ~1 s on an idle machine; the bound is for CI
    machines running the suite's workers and browsers at once (load 20 took over 30 s)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        assert process.poll() is None, "heed serve exited"
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"heed serve did not come up at {base} within {within:.0f} s")


@functools.cache
def app_spec() -> dict[str, Any]:
    """The OpenAPI spec of the app as built, readable at collection time (no database used)."""
    spec: dict[str, Any] = create_app(Engine("sqlite://")).openapi()
    return spec


def operations(spec: dict[str, Any], prefix: str = "/") -> list[tuple[str, str]]:
    """Every (METHOD, path) of the spec under `prefix`."""
    return [
        (method.upper(), path)
        for path, item in spec["paths"].items()
        if path.startswith(prefix)
        for method in sorted(item)
    ]


class Api:
    """An HTTP client for one API key (or none) against the live server."""

    def __init__(self, base: str, token: str | None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = httpx.Client(base_url=base, headers=headers, timeout=30)

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.client.close()

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.client.request(method, path, **kwargs)

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.client.get(path, params={k: v for k, v in params.items() if v is not None})

    def post(self, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        return self.client.post(path, json=json, **kwargs)

    def patch(self, path: str, json: Any = None) -> httpx.Response:
        return self.client.patch(path, json=json)

    def pages(self, path: str, **params: Any) -> list[list[dict[str, Any]]]:
        """Every page of a cursor-paginated collection, following next_cursor to the end."""
        pages, cursor = [], None
        for _ in range(1000):
            response = self.get(path, cursor=cursor, **params)
            assert response.status_code == 200, response.text
            body = response.json()
            pages.append(body["items"])
            cursor = body["next_cursor"]
            if cursor is None:
                return pages
        raise AssertionError(f"{path} never reached its last page")

    def all(self, path: str, **params: Any) -> list[dict[str, Any]]:
        return [item for page in self.pages(path, **params) for item in page]


@dataclass
class Tenant:
    """A fresh account on the live server with one API key per role."""

    live: Live
    slug: str
    tokens: dict[str, str]
    key_ids: dict[str, str]
    clients: dict[str, Api] = field(default_factory=dict)

    def api(self, role: str = "admin") -> Api:
        if role not in self.clients:
            self.clients[role] = Api(self.live.base, self.tokens[role])
        return self.clients[role]

    def close(self) -> None:
        for client in self.clients.values():
            client.client.close()

    @property
    def admin(self) -> Api:
        return self.api("admin")

    @property
    def engine(self) -> Engine:
        return self.live.engine

    def event_count(self) -> int:
        account_id = self.engine.account(self.slug).id
        with self.engine.db.read() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(Event).where(Event.account_id == account_id)
                )
                or 0
            )


def new_tenant(live: Live, prefix: str = "acme") -> Tenant:
    slug = f"{prefix}-{uuid.uuid4().hex[:10]}"
    created = live.engine.create_account(slug, prefix.title())
    tokens, key_ids = {"admin": created.api_key}, {"admin": created.api_key_id}
    for role in ("agent", "support"):
        key = live.engine.create_api_key(slug, name=f"{role} key", role=role, actor=SUPPORT)
        tokens[role], key_ids[role] = key.token, key.key.id
    return Tenant(live, slug, tokens, key_ids)


@pytest.fixture
def make_tenant(server: Live) -> Iterator[Callable[..., Tenant]]:
    """Make fresh accounts on the shared server, each with an admin, agent and support key."""
    made: list[Tenant] = []

    def make(prefix: str = "acme") -> Tenant:
        made.append(new_tenant(server, prefix))
        return made[-1]

    yield make
    for tenant in made:
        tenant.close()


@pytest.fixture
def tenant(make_tenant: Callable[..., Tenant]) -> Tenant:
    """A fresh account with an admin, an agent and a support key."""
    return make_tenant()


def owned_rows(live: Live, slug: str) -> str:
    """A digest of every row of every table that belongs to the account.

    Leaves out when API keys were last used: using a key is not changing the account.
    """
    engine = live.engine
    account_id = engine.account(slug).id
    digest = hashlib.sha256()
    with engine.db.read() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("account_id")
            if table.name == Account.__tablename__:
                column = table.c.id
            if column is None:
                continue
            columns = [c for c in table.c if c.name != "last_used_at"]
            rows = session.execute(select(*columns).where(column == account_id)).all()
            for row in sorted(repr(tuple(r)) for r in rows):
                digest.update(row.encode())
    return digest.hexdigest()


def outbox_settled(live: Live, slug: str, timeout: float = 10.0) -> None:
    """Wait until the server's outbox worker has sent what is due for the account.

    It works in the background, so a digest of the account taken while it does would see
    changes that no request made.
    """
    engine = live.engine
    account_id = engine.account(slug).id
    deadline = time.monotonic() + timeout
    while True:
        with engine.db.read() as session:
            busy = session.scalar(
                select(func.count())
                .select_from(OutboundMessage)
                .where(
                    OutboundMessage.account_id == account_id,
                    OutboundMessage.status.in_(UNSENT),
                    (OutboundMessage.status == "sending")
                    | (OutboundMessage.next_attempt_at <= utcnow()),
                )
            )
        if not busy:
            return
        assert time.monotonic() < deadline, f"{busy} outbound messages still due after {timeout} s"
        time.sleep(0.05)


def assert_problem(
    response: httpx.Response, status: int, code: str | None = None
) -> dict[str, Any]:
    """The response is an RFC 9457 problem with this status (and stable type, if given)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM, response.headers
    body: dict[str, Any] = response.json()
    assert body["status"] == status and isinstance(body["detail"], str)
    # A title in words ("Not found"), never a class name ("NotFound", "CsvError").
    assert body["title"] and not re.search(r"[a-z][A-Z]", body["title"]), body["title"]
    assert body["type"].startswith(PROBLEM_BASE), body
    if code is not None:
        assert body["type"] == PROBLEM_BASE + code, body
    return body

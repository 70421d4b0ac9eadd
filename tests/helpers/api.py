"""Talking to the live server's /v1 API: clients per key, fresh accounts, problem checks."""

from __future__ import annotations

import functools
import hashlib
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from heed import Engine
from heed.api.app import create_app
from heed.outbound.queue import UNSENT
from heed.store.tables import Account, Base, Event, OutboundMessage
from heed.store.types import utcnow
from helpers.actors import SUPPORT
from helpers.live import Live

PROBLEM = "application/problem+json"
PROBLEM_BASE = "https://heed.dev/problems/"


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


#: How far ahead a queued message counts as due: beyond the first retries' backoff.
SOON = timedelta(seconds=10)


def outbox_settled(live: Live, slug: str, timeout: float = 30.0) -> None:
    """Wait until the server's outbox worker has sent what is due for the account, or will be
    due within `SOON` (a retry after a slow answer from the provider under load: 2 s, 4 s …).

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
                    | (OutboundMessage.next_attempt_at <= utcnow() + SOON),
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

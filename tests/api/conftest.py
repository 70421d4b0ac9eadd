"""A real `heed serve` (uvicorn) on 127.0.0.1 for each backend, and helpers to talk to it.

`server` is one server on SQLite and one on PostgreSQL for all the /v1 tests: each test makes
its own accounts (`tenant`, `make_tenant`), so no test sees another's data and the suite stays
fast. `live` (tests/conftest.py) is a server per module, for tests that break it on purpose
(the webhook outage test). Nothing in the request path is mocked. The helpers to talk to them
are in tests/helpers/live.py and tests/helpers/api.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest

from helpers.api import Tenant, new_tenant
from helpers.live import Live, Servers


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """The worker's /v1 servers, one per backend, kept until the session ends."""
    with ExitStack() as stack:
        yield Servers(tmp_path_factory, stack)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, servers: Servers) -> Live:
    """One server per backend for all the /v1 tests: each test makes its own accounts."""
    return servers.get(request)


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

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
from helpers.live import Live, database, serve


@pytest.fixture(scope="session")
def servers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[pytest.FixtureRequest], Live]]:
    """The worker's servers, one per backend, each started when first asked for and kept until
    the session ends. `server` is parametrized by backend, and pytest tears a parametrized
    session fixture down whenever the next test wants the other parameter: each test module
    ran its SQLite tests, then its PostgreSQL ones, so every module restarted both servers (a
    CPU-second and a database copy each on an idle machine, 20 s at load 20)."""
    started: dict[str, Live] = {}
    with ExitStack() as stack:

        def server_for(request: pytest.FixtureRequest) -> Live:
            backend = request.param
            if backend not in started:
                url = database(request, tmp_path_factory, stack)
                started[backend] = next(serve(url, backend, tmp_path_factory, stack))
            return started[backend]

        yield server_for


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, servers: Callable[[pytest.FixtureRequest], Live]
) -> Live:
    """One server per backend for all the /v1 tests: each test makes its own accounts."""
    return servers(request)


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

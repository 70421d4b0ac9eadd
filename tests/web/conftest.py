"""A real `heed serve` per backend (`live`), Debian's Chromium, and a seeded account.

The servers and the browser are the worker's, shared by the web modules: starting a server
(a CPU-second, 8-15 s at load 15) and Chromium with Playwright's driver (~2 CPU-seconds) for
each module was a third of these modules' time. Tests stay independent all the same: each
module seeds an account of its own (`site`, a fresh slug), each test opens a fresh browser
context (its own cookies), and each module starts with no throttle counts, as on a fresh
server (`live`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright
from sqlalchemy import delete

from heed.store.tables import Throttle
from helpers.live import LIVE_OPTIONS, Live, Servers
from helpers.web import CHROMIUM, CHROMIUM_ARGS, Site, seed


@pytest.fixture(scope="session")
def web_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    with ExitStack() as stack:
        yield Servers(tmp_path_factory, stack, **LIVE_OPTIONS)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(request: pytest.FixtureRequest, web_servers: Servers) -> Live:
    """The worker's server of the backend, with the throttle counts of earlier modules gone:
    sign-ins and the public form are limited per client address (heed.web.auth,
    heed.web.optout), and every test signs in from 127.0.0.1."""
    server = web_servers.get(request)
    with server.engine.db.write() as session:
        session.execute(delete(Throttle))
    return server


@pytest.fixture(scope="module")
def site(live: Live) -> Site:
    return seed(live)


class Chromium:
    """One Chromium for consecutive browser tests, closed before a test that uses none.

    Not for the whole session: while Playwright's sync API is open its event loop runs on
    this thread, and a later test's `asyncio.run` would refuse to start (pytest-xdist may run
    any module after a browser one). `pytest_runtest_teardown` closes it before the first test
    outside tests/web (none of which calls `asyncio.run`); the browser files, the dearest, run
    first on each worker (tests/conftest.py), so a worker usually starts one Chromium."""

    def __init__(self) -> None:
        self.playwright: Playwright | None = None
        self.browser: Browser | None = None

    def open(self) -> Browser:
        if self.browser is None:
            self.playwright = sync_playwright().start()
            self.browser = self.playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
        return self.browser

    def close(self) -> None:
        browser, playwright = self.browser, self.playwright
        self.browser = self.playwright = None
        try:
            if browser is not None:
                browser.close()
        finally:
            if playwright is not None:
                playwright.stop()


CHROMIUM_RUNNING = Chromium()
WEB = Path(__file__).parent


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """After the test's own fixtures are gone (trylast: after pytest's teardown)."""
    if nextitem is None or WEB not in nextitem.path.parents:
        CHROMIUM_RUNNING.close()


@pytest.fixture
def browser() -> Browser:
    return CHROMIUM_RUNNING.open()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()

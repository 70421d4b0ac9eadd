"""A real `heed serve` per backend (`live`), Debian's Chromium, and a seeded account.

The server and the browser are module-scoped: each test opens a fresh browser context (its
own cookies), so tests stay independent and the suite stays fast.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

from helpers.live import Live
from helpers.web import CHROMIUM, CHROMIUM_ARGS, Site, seed


@pytest.fixture(scope="module")
def site(live: Live) -> Site:
    return seed(live)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    """Per module, not per session: while Playwright's sync API is open its event loop runs on
    this thread, and a later test module's `asyncio.run` would refuse to start (pytest-xdist
    may run any module after a browser one)."""
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()

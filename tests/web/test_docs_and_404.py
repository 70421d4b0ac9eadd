"""`/docs` works with no network but heed's own, and a browser asking for a page that does not
exist gets the HTML 404 page (API paths and clients keep problem+json)."""

from __future__ import annotations

import httpx
from playwright.sync_api import Browser, Route, expect

from helpers.live import Live


def test_api_docs_render_with_the_network_blocked(live: Live, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    asked: list[str] = []

    def only_heed(route: Route) -> None:
        asked.append(route.request.url)
        if route.request.url.startswith(live.base + "/"):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    context.route("**/*", only_heed)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live.base}/docs")
    # Swagger UI parses a 1.5 MB script and the whole spec: slow on a loaded machine.
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("heed", timeout=30_000)
    expect(page.locator(".opblock-summary-path", has_text="/v1/check").first).to_be_visible()
    expect(page.locator(".opblock-summary-path", has_text="/v1/deliveries")).to_be_visible()
    assert errors == []
    assert asked and all(url.startswith(live.base + "/") for url in asked), asked
    context.close()


def test_redoc_is_not_offered_half_working(live: Live, browser: Browser) -> None:
    """FastAPI's /redoc loads its script from a CDN: heed does not serve it."""
    page = browser.new_page()
    assert page.goto(f"{live.base}/redoc").status == 404  # type: ignore[union-attr]
    page.close()


def test_a_missing_page_is_the_html_404_page_for_browsers_only(live: Live) -> None:
    page = httpx.get(f"{live.base}/no-such-page", headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Page not found" in page.text
    for path, accept in (("/no-such-page", "application/json"), ("/v1/nothing", "text/html")):
        problem = httpx.get(f"{live.base}{path}", headers={"Accept": accept})
        assert problem.status_code == 404
        assert problem.headers["content-type"] == "application/problem+json"

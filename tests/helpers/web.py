"""The web UI in Debian's Chromium: a seeded account, signing in and out, screenshots."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from heed.core.vocabulary import Source
from helpers.actors import SUPPORT
from helpers.live import Live

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PASSWORD = "correct horse battery staple"


@dataclass
class Site:
    """A seeded account on the live server: users, contacts, an admin API key."""

    live: Live
    slug: str
    api_key: str
    admin_email: str
    agent_email: str
    contacts: dict[str, str]  # short name -> contact id

    @property
    def base(self) -> str:
        return self.live.base


PEOPLE = [
    ("dana", "Dana Scully", "+14155550100", "dana@example.com"),
    ("fox", "Fox Mulder", "+14155550101", "fox@example.com"),
    ("walter", "Walter Skinner", "+14155550102", None),
    ("monica", "Monica Reyes", "+14155550103", "monica@example.com"),
    ("john", "John Doggett", "+14155550104", None),
    ("alex", "Alex Krycek", "+14155550105", "alex@example.com"),
    ("jeffrey", "Jeffrey Spender", None, "jeffrey@example.com"),
    ("melvin", "Melvin Frohike", "+14155550107", None),
]


def seed(server: Live) -> Site:
    engine = server.engine
    slug = f"acme-{uuid.uuid4().hex[:8]}"
    created = engine.create_account(slug, "Acme Inc")
    admin, agent = f"ann@{slug}.example", f"bob@{slug}.example"
    engine.create_user(slug, admin, "admin", PASSWORD, actor=SUPPORT)
    engine.create_user(slug, agent, "agent", PASSWORD, actor=SUPPORT)
    engine.add_sender(slug, "sms", "+15005550006", actor=SUPPORT)
    engine.create_list(slug, "promos", actor=SUPPORT)
    ids = {
        key: engine.add_contact(slug, actor=SUPPORT, name=name, phone=phone, email=email)
        for key, name, phone, email in PEOPLE
    }
    engine.add_to_list(slug, "promos", "sms", "+14155550100", actor=SUPPORT)
    engine.opt_out(
        slug,
        "sms",
        "+14155550101",
        actor=SUPPORT,
        reason="replied STOP",
        source=Source.KEYWORD,
        evidence={"message": "STOP", "provider": "twilio"},
    )
    engine.opt_out(
        slug,
        "email",
        "monica@example.com",
        actor=SUPPORT,
        reason="hard bounce",
        source=Source.BOUNCE,
        evidence={"smtp": "550 5.1.1 user unknown"},
    )
    engine.block(slug, "sms", "+14155550105", actor=SUPPORT, reason="abusive replies")
    engine.opt_out(slug, "whatsapp", "+14155550107", actor=SUPPORT, reason="asked by phone")
    return Site(server, slug, created.api_key, admin, agent, ids)


def check(site: Site, channel: str, address: str) -> dict[str, object]:
    response = httpx.get(
        f"{site.base}/v1/check",
        params={"channel": channel, "address": address},
        headers={"Authorization": f"Bearer {site.api_key}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


#: Session cookies by (server, account, email): each user signs in through the form once per
#: server, and later tests reuse the cookie, which keeps the suite fast.
_signed_in: dict[tuple[str, str, str], list[Any]] = {}


def log_in(page: Page, site: Site, email: str, password: str = PASSWORD) -> None:
    """Sign in through the login form (or reuse this user's session cookie) and land on /."""
    key = (site.base, site.slug, email)
    if key in _signed_in:
        page.context.add_cookies(_signed_in[key])
        page.goto(f"{site.base}/")
    else:
        page.goto(f"{site.base}/login")
        page.get_by_label("Account").fill(site.slug)
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site.base}/")
    _signed_in[key] = [c for c in page.context.cookies() if c["name"] == "heed_session"]


def sign_out(page: Page, site: Site, email: str) -> None:
    """Sign out with the button. That ends the session on the server, so its cookie is
    forgotten too: the next `log_in` of this user goes through the form again."""
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(f"{site.base}/login")
    _signed_in.pop((site.base, site.slug, email), None)


def csrf_of(page: Page) -> str:
    """The session's CSRF token, as every form of the signed-in page carries it."""
    return page.locator('form[action="/logout"] input[name="csrf"]').input_value()


def shot(page: Page, site: Site, name: str, *, full_page: bool = True) -> None:
    """Save a screenshot to test-artifacts/screenshots/<backend>-<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{site.live.backend}-{name}.png"
    page.screenshot(path=path, full_page=full_page)

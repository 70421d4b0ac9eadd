"""The public opt-out page and the one-click unsubscribe page (issue 18, item 16): the
business's display name, logo and colour from its settings, in the person's language, against
a real `heed serve`; the logo is never fetched by heed; the colour is styled in Chromium."""

from __future__ import annotations

import base64
import hashlib
import re
import socket
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Page, expect

from heed.web.public import language
from heed.web.public_words import WORDS
from helpers.actors import ADMIN
from helpers.web import Site, seed, shot

SPANISH = "es-ES,es;q=0.9,en;q=0.8"


@pytest.mark.parametrize(
    "header,expected",
    [
        (None, "en"),
        ("", "en"),
        ("es-ES,es;q=0.9,en;q=0.8", "es"),
        ("pt-BR", "pt"),
        ("de-DE,fr;q=0.7,pt;q=0.5", "fr"),  # German is not spoken: the next best is
        ("en;q=0.4, fr;q=0.8", "fr"),
        ("fr;q=0, es;q=0.1", "es"),  # q=0 means "not this"
        ("ja", "en"),
        ("es;q=banana", "en"),
    ],
)
def test_the_language_is_the_best_match_for_accept_language(
    header: str | None, expected: str
) -> None:
    assert language(header) == expected


def test_every_language_has_every_word() -> None:
    for lang, words in WORDS.items():
        assert words.keys() == WORDS["en"].keys(), lang
        for key, text in words.items():
            names = set(re.findall(r"{(\w+)}", text))
            assert names == set(re.findall(r"{(\w+)}", WORDS["en"][key])), (lang, key)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A port where a logo "lives": any connection heed made to it would be waiting here."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


def nobody_called(server: socket.socket) -> bool:
    try:
        server.accept()[0].close()
    except BlockingIOError:
        return True
    return False


def branded(site: Site, logo: str) -> Site:
    other = seed(site.live)
    site.live.engine.update_settings(
        other.slug, ADMIN, display_name="Panadería Sol", logo_url=logo, brand_colour="#0B6B35"
    )
    return other


def test_the_pages_carry_the_business_in_the_persons_language_and_never_fetch_the_logo(
    site: Site, listener: socket.socket
) -> None:
    logo = f"https://127.0.0.1:{listener.getsockname()[1]}/logo.png"
    other = branded(site, logo)
    event = site.live.engine.list_events(other.slug, kind="account.settings_changed").items[-1]
    assert event.after and event.after["display_name"] == "Panadería Sol"  # a change, logged
    with httpx.Client(base_url=site.base, headers={"Accept-Language": SPANISH}) as client:
        page = client.get(f"/optout/{other.slug}")
        token = site.live.engine.unsubscribe_token(other.slug, "dana@example.com")
        one_click = client.get(f"/unsubscribe/{other.slug}/{token}")
        done = client.post(f"/unsubscribe/{other.slug}/{token}", data={"confirm": "yes"})
    assert page.status_code == one_click.status_code == done.status_code == 200
    assert '<html lang="es">' in page.text and page.headers["content-language"] == "es"
    assert "<h1>Dejar de recibir mensajes de Panadería Sol</h1>" in page.text
    words = re.sub(r"<style>.*?</style>|<[^>]+>", " ", page.text, flags=re.S)
    assert "Acme Inc" not in words and "heed" not in words.lower()  # the business, not heed
    assert f'<img src="{logo}"' in page.text
    assert "¿Dejar de recibir todos los correos de Panadería Sol en dana@example.com?" in (
        one_click.text
    )
    assert "Panadería Sol no enviará más correos a dana@example.com." in done.text  # who "us" is
    policy = page.headers["content-security-policy"]
    assert f"img-src 'self' data: https://127.0.0.1:{listener.getsockname()[1]};" in policy
    style = re.search(r"<style>(.*?)</style>", page.text, re.S)
    assert style and "--brand:#0b6b35" in style[1]
    digest = base64.b64encode(hashlib.sha256(style[1].encode()).digest()).decode()
    assert f"style-src 'self' 'sha256-{digest}'" in policy
    assert nobody_called(listener)  # heed never fetched the logo


def test_the_opt_out_page_s_refusals_are_branded_and_in_the_person_s_language(
    site: Site, listener: socket.socket
) -> None:
    """Before: an expired form answered "Request refused" in English, as heed."""
    other = branded(site, f"https://127.0.0.1:{listener.getsockname()[1]}/logo.png")
    with httpx.Client(base_url=site.base, headers={"Accept-Language": SPANISH}) as client:
        expired = client.post(f"/optout/{other.slug}", data={"csrf": "x", "address": "+1415"})
    assert expired.status_code == 403 and expired.headers["content-language"] == "es"
    assert "<h1>Inténtelo de nuevo</h1>" in expired.text
    assert "Vuelva a la página de baja de Panadería Sol" in expired.text
    assert "Request refused" not in expired.text


@pytest.mark.parametrize(
    "logo",
    [
        "http://example.com/logo.png",
        "javascript:alert(1)",
        'https://example.com/a.png" onerror="alert(1)',
        "https://user:secret@example.com/logo.png",
        "//example.com/logo.png",
    ],
)
def test_a_logo_url_must_be_a_plain_https_address(site: Site, logo: str) -> None:
    response = httpx.patch(
        f"{site.base}/v1/account/settings",
        json={"logo_url": logo},
        headers={"Authorization": f"Bearer {site.api_key}"},
    )
    assert response.status_code == 422, response.text
    assert [e["field"] for e in response.json()["errors"]] == ["logo_url"]


def test_the_branded_page_in_chromium_takes_the_colour_and_fits_a_phone(
    page: Page, site: Site
) -> None:
    other = branded(site, "https://example.com/logo.png")
    page.route("https://example.com/**", lambda route: route.abort())  # no network in tests
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security" in m.text else None)
    page.set_extra_http_headers({"Accept-Language": "pt-BR,pt;q=0.9"})
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{site.base}/optout/{other.slug}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Deixar de receber mensagens de Panadería Sol"
    )
    button = page.get_by_role("button", name="Deixar de receber mensagens")
    colours = button.evaluate(
        "b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]"
    )
    assert colours == ["rgb(11, 107, 53)", "rgb(255, 255, 255)"]  # dark green: white text
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert errors == []  # the hashed style was allowed
    shot(page, site, "optout-branded-pt", full_page=False)
    page.get_by_label("Número de telemóvel ou e-mail").fill("+14155550166")
    page.get_by_role("button", name="Deixar de receber mensagens").click()
    expect(page.get_by_role("status")).to_contain_text("Panadería Sol")
    assert site.live.engine.check(other.slug, "sms", "+14155550166").codes == ["opted_out"]

"""Twilio's webhooks as Twilio sends them, and what any provider meets behind a proxy, through a
real `heed serve` on 127.0.0.1 on SQLite and PostgreSQL (issue #17 rows 5, 6, 11, 12).
Helpers: tests/helpers/traffic.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack

import httpx
import pytest
from twilio.request_validator import RequestValidator

from heed.store.tables import ReceivedMessage
from helpers.live import Live, database, serve
from helpers.traffic import (
    PUBLIC,
    TOKEN,
    allowed,
    count,
    fixture,
    new_account,
    twilio,
)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def proxied(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    """A `heed serve --public-url https://heed.example.com` (HEED_PUBLIC_URL), reached here
    directly at 127.0.0.1 as the proxy would reach it."""
    with ExitStack() as stack:
        url = database(request, tmp_path_factory, stack)
        env = {"HEED_PUBLIC_URL": PUBLIC}
        yield from serve(url, request.param, tmp_path_factory, stack, env=env)


@pytest.fixture
def account(live: Live) -> str:
    return new_account(live)


# --- row 5: Twilio Advanced Opt-Out ----------------------------------------------------------


def test_row5_opt_out_type_is_the_providers_decision(live: Live, account: str) -> None:
    salir = twilio(
        live, f"/hooks/twilio/{account}", fixture("twilio/inbound-advanced-opt-out-salir.json")
    )
    assert salir.status_code == 200 and "<Message>" not in salir.text  # Twilio replied already
    assert live.engine.check(account, "sms", "+14155550100").codes == ["opted_out"]
    start = fixture("twilio/inbound-advanced-opt-out-stop.json") | {
        "Body": "EMPEZAR",
        "OptOutType": "START",
        "MessageSid": "SM7",
        "SmsSid": "SM7",
    }
    assert "<Message>" not in twilio(live, f"/hooks/twilio/{account}", start).text
    assert allowed(live, account, "sms", "+14155550100")
    stop = twilio(
        live, f"/hooks/twilio/{account}", fixture("twilio/inbound-advanced-opt-out-stop.json")
    )
    assert stop.status_code == 200 and "<Message>" not in stop.text  # no second confirmation
    assert not allowed(live, account, "sms", "+14155550100")
    help_ = fixture("twilio/inbound-advanced-opt-out-stop.json") | {
        "Body": "HELP",  # heed would answer HELP itself, were OptOutType ignored
        "OptOutType": "HELP",
        "MessageSid": "SM8",
        "SmsSid": "SM8",
    }
    answered = twilio(live, f"/hooks/twilio/{account}", help_)
    assert answered.status_code == 200 and "<Message>" not in answered.text  # Twilio answered


# --- row 6: Twilio "HTTP GET" ----------------------------------------------------------------


def test_row6_signed_get_webhooks(live: Live, account: str) -> None:
    response = twilio(
        live, f"/hooks/twilio/{account}", fixture("twilio/inbound-sms.json"), method="GET"
    )
    assert response.status_code == 200 and "<Message>" in response.text
    assert not allowed(live, account, "sms", "+14155550100")
    status = twilio(
        live,
        f"/hooks/twilio/{account}/status",
        fixture("twilio/status-undelivered-21610.json"),
        method="GET",
    )
    assert status.status_code == 200
    forged = fixture("twilio/inbound-sms.json") | {"From": "+14155550199"}
    url = str(httpx.URL(f"{live.base}/hooks/twilio/{account}", params=forged))
    genuine = RequestValidator(TOKEN).compute_signature(
        url.replace("14155550199", "14155550100"), {}
    )
    assert httpx.get(url, headers={"X-Twilio-Signature": genuine}).status_code == 403


# --- rows 11 and 12: slashes, and what a 403 says --------------------------------------------


def test_row11_no_redirect_on_webhooks(live: Live, account: str) -> None:
    path = f"/hooks/twilio/{account}/"
    response = twilio(live, path, fixture("twilio/inbound-sms.json"))
    assert response.status_code == 404 and "location" not in response.headers
    assert count(live, account, ReceivedMessage) == 0
    page = httpx.get(f"{live.base}/healthz/?x=1")
    assert page.status_code == 307 and page.headers["location"] == "/healthz?x=1"  # relative


def test_row12_a_refused_signature_names_the_url_verified(live: Live, account: str) -> None:
    path = f"/hooks/twilio/{account}"
    response = twilio(
        live, path, fixture("twilio/inbound-sms.json"), url=f"https://heed.example.com{path}"
    )
    assert response.status_code == 403
    problem = response.json()
    assert problem["verified_url"] == f"{live.base}{path}"
    assert problem["verified_url"] in problem["detail"] and "--public-url" in problem["detail"]
    assert TOKEN not in response.text


def test_rows11_12_behind_a_proxy_the_public_url_is_what_counts(proxied: Live) -> None:
    """Started with --public-url: Twilio's signature over the public URL (POST, and GET with
    its query) verifies, one over the URL the proxy used does not and the 403 names the public
    one, and no redirect points at 127.0.0.1."""
    slug = new_account(proxied)
    path = f"/hooks/twilio/{slug}"
    stop = fixture("twilio/inbound-sms.json")
    posted = twilio(proxied, path, stop, url=f"{PUBLIC}{path}")
    assert posted.status_code == 200 and "<Message>" in posted.text
    assert not allowed(proxied, slug, "sms", "+14155550100")
    by_get = stop | {"From": "+14155550101", "MessageSid": "SM9", "SmsSid": "SM9"}
    public_get = str(httpx.URL(f"{PUBLIC}{path}", params=by_get))
    assert twilio(proxied, path, by_get, method="GET", url=public_get).status_code == 200
    assert not allowed(proxied, slug, "sms", "+14155550101")
    refused = twilio(proxied, path, stop)  # signed over http://127.0.0.1:PORT/…
    assert refused.status_code == 403
    assert refused.json()["verified_url"] == f"{PUBLIC}{path}"
    assert twilio(proxied, f"{path}/", stop, url=f"{PUBLIC}{path}/").status_code == 404
    for page in ("/healthz/", "/login/"):
        moved = httpx.get(f"{proxied.base}{page}")
        assert moved.status_code == 307 and moved.headers["location"] == page.rstrip("/")


@pytest.mark.parametrize(
    ("path", "fields", "lacks"),
    [
        ("twilio/{}", "twilio/inbound-sms.json", "no X-Twilio-Signature header"),
        ("vonage/{}", "vonage/inbound-sms.json", "no `sig` parameter"),
        ("whatsapp/{}", "whatsapp/text.json", "no X-Hub-Signature-256 header"),
    ],
)
def test_row12_an_unsigned_request_is_told_so_whatever_the_account(
    live: Live, account: str, path: str, fields: str, lacks: str
) -> None:
    """The commonest 403 (signing off in the console, a proxy dropping the header) names what
    is missing; that is a fact about the request, so every account, or none, answers alike."""
    answers = []
    for slug in (account, f"nobody-{uuid.uuid4().hex[:8]}"):
        url = f"{live.base}/hooks/{path.format(slug)}"
        body = fixture(fields)
        sent = httpx.post(url, json=body) if "whatsapp" in path else httpx.post(url, data=body)
        assert sent.status_code == 403
        assert f"not signed ({lacks}" in sent.json()["detail"]
        answers.append(sent.text.replace(slug, "SLUG"))
    assert answers[0] == answers[1]
    assert count(live, account, ReceivedMessage) == 0

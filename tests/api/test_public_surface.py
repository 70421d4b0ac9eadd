"""What strangers and careless input can learn or break (issue 16, rows 9 and 10), against a
real `heed serve`: unknown encodings are 422s, LIKE wildcards match themselves, public pages
and webhooks answer the same for accounts that exist and that do not, every HTML page carries
anti-framing headers and every response `nosniff`, and the access log keeps no query strings.
"""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from twilio.request_validator import RequestValidator

from heed import Engine
from heed.api.app import create_app
from heed.api.hooks import SecretCache, verify_with_any_secret
from heed.api.pacing import is_paced
from heed.errors import SignatureInvalid
from helpers.actors import ADMIN
from helpers.api import PROBLEM, Tenant, new_tenant
from helpers.live import Live


@pytest.mark.parametrize(
    "encoding", ["rot13", "utf-16", "utf-32", "base64", "hex", "uu", "punycode", "utf-7"]
)
def test_unknown_or_unusable_encodings_are_bad_input_not_500(tenant: Tenant, encoding: str) -> None:
    response = tenant.admin.post(
        "/v1/imports",
        params={"encoding": encoding, "channel": "sms"},
        content=b"address\n+14155550100\n",
        headers={"Content-Type": "text/csv"},
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert "encoding" in response.json()["detail"]


def test_like_wildcards_in_a_search_match_only_themselves(tenant: Tenant) -> None:
    for name in ("Ann Smith", "Bob Jones", "100% Carol", "dan_e"):
        created = tenant.admin.post(
            "/v1/contacts", json={"name": name, "email": f"{uuid.uuid4().hex}@example.com"}
        )
        assert created.status_code == 201, created.text

    def found(q: str) -> list[str]:
        return sorted(c["name"] for c in tenant.admin.all("/v1/contacts", q=q))

    assert found("%") == ["100% Carol"]  # before: every contact
    assert found("_") == ["dan_e"]
    assert found("n_e") == ["dan_e"]  # not "Ann Smith" via a one-character wildcard
    assert found("\\") == []
    assert found("ann") == ["Ann Smith"]


def page_shape(html: str, slug: str, name: str) -> str:
    """A page with what may differ between any two requests (the name, the token) blanked."""
    html = re.sub(r'name="csrf" value="[^"]+"', 'name="csrf" value=""', html)
    html = html.replace(f"/optout/{slug}", "/optout/SLUG")
    return html.replace(name, "NAME")


def test_the_public_opt_out_page_never_says_whether_an_account_exists(live: Live) -> None:
    known = new_tenant(live)
    name = live.engine.account(known.slug).name
    unknown = f"nobody-{uuid.uuid4().hex[:8]}"
    answers = {}
    for slug, shown in ((known.slug, name), (unknown, unknown)):
        with httpx.Client(base_url=live.base) as client:
            page = client.get(f"/optout/{slug}")
            assert page.status_code == 200  # before: 404 for an unknown account
            token = re.search(r'name="csrf" value="([^"]+)"', page.text)
            assert token
            bad = client.post(f"/optout/{slug}", data={"csrf": token[1], "address": "nonsense"})
            done = client.post(
                f"/optout/{slug}", data={"csrf": token[1], "address": "+14155550100"}
            )
        answers[slug] = [
            (r.status_code, page_shape(r.text, slug, shown)) for r in (page, bad, done)
        ]
    for (status, text), (other_status, other) in zip(
        answers[known.slug], answers[unknown], strict=True
    ):
        assert status == other_status
        assert text.splitlines() == other.splitlines()
    assert [status for status, _ in answers[unknown]] == [200, 400, 200]
    assert live.engine.check(known.slug, "sms", "+14155550100").codes == ["opted_out"]
    known.close()


def test_webhooks_answer_alike_for_missing_accounts_missing_secrets_and_wrong_secrets(
    live: Live,
) -> None:
    """Before: 404 for an unknown account, 'has no twilio signing secret' for a known one
    without Twilio, and 'does not verify' otherwise; now one 403 for all three."""
    bare = new_tenant(live)
    with_twilio = new_tenant(live)
    live.engine.add_sender(
        with_twilio.slug, "sms", "+15005550006", actor=ADMIN, provider="twilio", secret="right"
    )
    form = {"MessageSid": "SM1", "From": "+14155550100", "To": "+15005550006", "Body": "STOP"}
    answers = []
    for slug in (f"nobody-{uuid.uuid4().hex[:8]}", bare.slug, with_twilio.slug):
        url = f"{live.base}/hooks/twilio/{slug}"
        signature = RequestValidator("wrong").compute_signature(url, form)
        response = httpx.post(url, data=form, headers={"X-Twilio-Signature": signature})
        answers.append((response.status_code, response.text.replace(slug, "SLUG")))
        challenge = httpx.get(
            f"{live.base}/hooks/whatsapp/{slug}",
            params={"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"},
        )
        answers.append((challenge.status_code, challenge.text.replace(slug, "SLUG")))
    assert answers[0::2] == [answers[0]] * 3 and answers[0][0] == 403
    assert answers[1::2] == [answers[1]] * 3 and answers[1][0] == 403


def test_every_html_page_carries_anti_framing_headers_and_every_response_nosniff(
    live: Live,
) -> None:
    tenant = new_tenant(live)
    link = live.engine.unsubscribe_headers(tenant.slug, "ann@example.com", live.base)
    one_click = link["List-Unsubscribe"].strip("<>").split(">")[0]
    pages = ["/login", f"/optout/{tenant.slug}", "/optout/nobody", one_click, "/docs", "/nowhere"]
    for path in pages:
        response = httpx.get(path if path.startswith("http") else live.base + path)
        assert response.headers["x-content-type-options"] == "nosniff", path
        if response.headers["content-type"].startswith("text/html"):
            assert response.headers["x-frame-options"] == "DENY", path
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"], path
            assert response.headers["referrer-policy"] in ("no-referrer", "same-origin"), path
    assert httpx.get(one_click).headers["content-type"].startswith("text/html")
    for path in ("/healthz", "/v1/check", "/openapi.json"):
        assert httpx.get(live.base + path).headers["x-content-type-options"] == "nosniff"
    tenant.close()


def test_the_access_log_keeps_no_query_strings_or_one_click_tokens(live: Live) -> None:
    """Before: `?hub.verify_token=…`, Vonage's `sig`, `msisdn` and `text`, `?address=` and
    one-click tokens were written whole to the access log."""
    tenant = new_tenant(live)
    secret = f"verify-{uuid.uuid4().hex}"
    httpx.get(
        f"{live.base}/hooks/whatsapp/{tenant.slug}",
        params={"hub.mode": "subscribe", "hub.verify_token": secret, "hub.challenge": "42"},
    )
    httpx.get(
        f"{live.base}/hooks/vonage/{tenant.slug}",
        params={
            "msisdn": "14155550177",
            "to": "15005550006",
            "text": "private words",
            "sig": secret,
        },
    )
    link = live.engine.unsubscribe_headers(tenant.slug, "ann@example.com", live.base)
    one_click = link["List-Unsubscribe"].strip("<>").split(">")[0]
    token = one_click.rsplit("/", 1)[1]
    httpx.get(one_click)
    httpx.get(f"{live.base}/v1/contacts", params={"q": "ann@example.com"})
    assert live.log is not None
    deadline = time.monotonic() + 5
    while (
        f"/hooks/vonage/{tenant.slug}?…" not in live.log.read_text() and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    log = live.log.read_text()
    assert f"/hooks/vonage/{tenant.slug}?…" in log
    for leaked in (secret, "14155550177", "private words", token, "ann@example.com", "ann%40"):
        assert leaked not in log
    tenant.close()


def test_unsubscribe_links_answer_alike_for_accounts_that_do_not_exist(live: Live) -> None:
    """Before: a bad token got 403 from an account that exists and 404 from one that does not.
    Now the same 403, whatever the token, after the same work (the stand-in's keys)."""
    tenant, other = new_tenant(live), new_tenant(live)
    unknown = f"nobody-{uuid.uuid4().hex[:8]}"
    tokens = {
        "malformed": "nonsense",
        "forged": "v1.eyJhIjoxfQ.bm90LWEtbWFj",
        "another account's": live.engine.unsubscribe_token(other.slug, "ann@example.com"),
    }
    for what, token in tokens.items():
        answers = []
        for slug in (tenant.slug, unknown):
            url = f"{live.base}/unsubscribe/{slug}/{token}"
            for response in (
                httpx.get(url),
                httpx.post(url, data={"List-Unsubscribe": "One-Click"}),
            ):
                body = response.json()
                answers.append((response.status_code, body["type"], sorted(body)))
        assert answers[:2] == answers[2:], what
        assert {status for status, *_ in answers} == {403}, what
    other.close()
    tenant.close()


def _every_route(routes: list[Any]) -> Iterator[Any]:
    """The app's routes, those of included routers too (FastAPI wraps them)."""
    for route in routes:
        included = getattr(route, "original_router", None)
        yield from _every_route(included.routes) if included is not None else [route]


def test_every_public_write_and_webhook_refusal_is_paced(engine: Engine, acme: str) -> None:
    """The structure behind equal timings (heed.api.pacing; bench/public_timing.py measures
    them): every public POST route waits for the floor, and a webhook for an account that does
    not exist checks a signature as many times as one with a wrong secret."""
    app = create_app(Engine("sqlite://"))
    public = [
        route
        for route in _every_route(app.routes)
        if isinstance(route, APIRoute)
        and route.path.startswith(("/optout", "/unsubscribe"))
        and "POST" in route.methods
    ]
    paths = {route.path for route in public}
    assert paths == {"/optout/{account}", "/unsubscribe/{account}/{token}"}
    assert all(is_paced(route.endpoint) for route in public)

    engine.add_sender(acme, "sms", "+15005550077", actor=ADMIN, provider="twilio", secret="right")
    checked: dict[str, list[str]] = {}
    for slug in (acme, f"nobody-{uuid.uuid4().hex[:8]}"):
        seen = checked.setdefault(slug, [])

        def verify(secret: str, _options: dict[str, Any], seen: list[str] = seen) -> None:
            seen.append(secret)
            raise SignatureInvalid("wrong")

        with pytest.raises(SignatureInvalid):
            asyncio.run(verify_with_any_secret(SecretCache(engine), slug, "twilio", verify))
    counts = [len(seen) for seen in checked.values()]
    assert counts == [1, 1]  # before: 1 and 0
    assert checked[acme] == ["right"]

"""Providers' real payloads (tests/providers/fixtures, sources in SOURCES.md) through a real
`heed serve` on 127.0.0.1, on SQLite and PostgreSQL, each signed with the provider's own scheme:
Twilio's SDK, Vonage's SDK (SMS API) and an HS256 JWT made with PyJWT that Vonage's SDK
accepts (Messages API), and Meta's HMAC-SHA256 computed here, not by heed. One test per row of
issue #17 (and #16 row 5), named after what it proves.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator
from vonage_http_client import Auth
from vonage_jwt.verify_jwt import verify_signature as vonage_accepts

from heed.store.tables import AddressLink, ReceivedMessage, ReceivedReport, Suppression
from heed.store.types import utcnow
from helpers.actors import ADMIN, SUPPORT
from helpers.live import Live, database, serve

FIXTURES = Path(__file__).parent.parent / "providers" / "fixtures"
TOKEN, APP_SECRET, VONAGE_SECRET = (
    "twilio-auth-token",
    "meta-app-secret",
    "vonage-signature-secret-of-32-bytes",
)
TWILIO_NUMBER, META_NUMBER, VONAGE_NUMBER = "+15005550006", "+15550783881", "+447700900000"
BSUID = "US.13491208655302741918"


def fixture(name: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return found


#: Where providers reach the `proxied` server: a proxy in front of it, as in production.
PUBLIC = "https://heed.example.com"


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


#: The `swept` server's part wait and sweep interval (HEED_PART_WAIT_SECONDS, HEED_SWEEP_INTERVAL).
PART_WAIT, SWEEP = 2, 1


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def swept(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    """A `heed serve` whose sweep runs every second and reads parts after two."""
    with ExitStack() as stack:
        url = database(request, tmp_path_factory, stack)
        env = {"HEED_PART_WAIT_SECONDS": str(PART_WAIT), "HEED_SWEEP_INTERVAL": str(SWEEP)}
        yield from serve(url, request.param, tmp_path_factory, stack, env=env)


@pytest.fixture
def account(live: Live) -> str:
    return new_account(live)


def new_account(live: Live) -> str:
    """A fresh account with the fixtures' numbers: Twilio (SMS and WhatsApp), Meta, Vonage."""
    slug = f"traffic-{uuid.uuid4().hex[:10]}"
    engine = live.engine
    engine.create_account(slug, "Acme")
    for channel in ("sms", "whatsapp"):
        engine.add_sender(
            slug, channel, TWILIO_NUMBER, actor=ADMIN, provider="twilio", secret=TOKEN
        )
    engine.add_sender(
        slug, "whatsapp", META_NUMBER, actor=ADMIN, provider="whatsapp", secret=APP_SECRET
    )
    engine.add_sender(
        slug,
        "sms",
        VONAGE_NUMBER,
        actor=ADMIN,
        provider="vonage",
        secret=VONAGE_SECRET,
        provider_options={"signature_method": "sha256"},
    )
    return slug


def allowed(live: Live, slug: str, channel: str, address: str, purpose: str = "marketing") -> bool:
    return live.engine.check(slug, channel, address, purpose=purpose).allowed


def count(live: Live, slug: str, table: type[ReceivedMessage] | type[ReceivedReport]) -> int:
    account_id = live.engine.account(slug).id
    with live.engine.db.read() as session:
        query = select(func.count()).select_from(table).where(table.account_id == account_id)
        return session.scalar(query) or 0


# --- signing, each provider's own way -------------------------------------------------------


def twilio(
    live: Live, path: str, params: dict[str, str], *, method: str = "POST", url: str | None = None
) -> httpx.Response:
    """A Twilio webhook signed by Twilio's SDK over `url` (default: the URL called)."""
    called = f"{live.base}{path}"
    validator = RequestValidator(TOKEN)
    if method == "GET":
        called = str(httpx.URL(called, params=params))
        signature = validator.compute_signature(url or called, {})
        return httpx.get(called, headers={"X-Twilio-Signature": signature})
    signature = validator.compute_signature(url or called, params)
    return httpx.post(called, data=params, headers={"X-Twilio-Signature": signature})


def vonage_signed(params: dict[str, str]) -> dict[str, str]:
    """`params` with the `sig` Vonage's own SDK computes (SHA-256 method)."""
    auth = Auth(api_key="abcd1234", signature_secret=VONAGE_SECRET, signature_method="sha256")
    return params | {"sig": auth.sign_params(dict(params))}


def vonage_jwt(body: bytes, secret: str = VONAGE_SECRET) -> str:
    """The Messages API's Authorization header: HS256 JWT with the body's `payload_hash`."""
    claims = {
        "iat": int(time.time()),
        "jti": str(uuid.uuid4()),
        "iss": "Vonage",
        "payload_hash": hashlib.sha256(body).hexdigest(),
        "api_key": "abcd1234",
        "application_id": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
    }
    token = jwt.encode(claims, secret, algorithm="HS256")
    assert vonage_accepts(token, secret)  # what Vonage's own SDK checks webhooks with
    return f"Bearer {token}"


def vonage_messages(
    live: Live, path: str, body: dict[str, Any], *, secret: str = VONAGE_SECRET
) -> httpx.Response:
    raw = json.dumps(body, separators=(",", ":")).encode()
    headers = {"Authorization": vonage_jwt(raw, secret), "Content-Type": "application/json"}
    return httpx.post(f"{live.base}{path}", content=raw, headers=headers)


def meta(live: Live, slug: str, payload: dict[str, Any]) -> httpx.Response:
    """Signed as Meta documents it: `sha256=` and the hex HMAC-SHA256 of the raw body, keyed
    with the app secret (computed here, so that heed's own `sign` is not what is tested)."""
    raw = json.dumps(payload).encode()
    digest = hmac.new(APP_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    headers = {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}
    return httpx.post(f"{live.base}/hooks/whatsapp/{slug}", content=raw, headers=headers)


# --- row 1: a batch with a person known by user id only -------------------------------------


def test_row1_a_user_id_in_the_batch_costs_no_stop(live: Live, account: str) -> None:
    payload = fixture("whatsapp/batch-user-id-and-stop.json")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] = "Stop"
    answer = meta(live, account, payload)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"messages": 2, "statuses": 0}
    assert not allowed(live, account, "whatsapp", "+16505550901")  # the STOP of change 2
    # A person known only by user id said Stop: the suppression is keyed by that id.
    assert live.engine.check(account, "whatsapp", BSUID).codes == ["opted_out"]
    assert meta(live, account, payload).status_code == 200  # Meta's retry: no change
    assert count(live, account, ReceivedMessage) == 2


def test_row1_an_item_without_any_person_is_kept_and_costs_nothing(
    live: Live, account: str
) -> None:
    payload = fixture("whatsapp/batch-user-id-and-stop.json")
    first = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    del first["from_user_id"]  # no `from` either: nobody to key anything on
    first["text"]["body"] = "STOP"
    answer = meta(live, account, payload)
    assert answer.status_code == 200 and answer.json() == {"messages": 2, "statuses": 0}
    assert not allowed(live, account, "whatsapp", "+16505550901")
    with live.engine.db.read() as session:
        kept = session.execute(
            select(ReceivedMessage.from_address, ReceivedMessage.intent).where(
                ReceivedMessage.account_id == live.engine.account(account).id,
                ReceivedMessage.provider_message_id == first["id"],
            )
        ).one()
    assert tuple(kept) == ("", "none")  # stored with its ids as evidence, nothing keyed on it


def test_row1_statuses_and_preferences_without_a_phone_number(live: Live, account: str) -> None:
    delivered = meta(live, account, fixture("whatsapp/status-delivered-user-id.json"))
    assert delivered.status_code == 200 and delivered.json()["statuses"] == 1
    stop = meta(live, account, fixture("whatsapp/user-preferences-stop-user-id.json"))
    assert stop.status_code == 200
    assert live.engine.check(account, "whatsapp", BSUID).codes == ["carrier_blocked"]
    assert count(live, account, ReceivedReport) == 2


# --- row 2: marketing-only stops, lifted by "resume" ----------------------------------------


def test_row2_error_131050_blocks_marketing_only(live: Live, account: str) -> None:
    assert meta(live, account, fixture("whatsapp/status-failed-131050.json")).status_code == 200
    person = "+16505551234"
    assert live.engine.check(account, "whatsapp", person).codes == ["carrier_blocked"]
    assert allowed(live, account, "whatsapp", person, "transactional")
    assert allowed(live, account, "whatsapp", person, "conversational")
    # The person's later "resume" (Nov 2024; the failure was May 2023) lifts it.
    assert meta(live, account, fixture("whatsapp/user-preferences-resume.json")).status_code == 200
    assert allowed(live, account, "whatsapp", person)


def test_row2_user_preferences_stop_then_resume(live: Live, account: str) -> None:
    person = "+16505551234"
    assert meta(live, account, fixture("whatsapp/user-preferences-stop.json")).status_code == 200
    assert not allowed(live, account, "whatsapp", person)
    assert allowed(live, account, "whatsapp", person, "transactional")
    assert meta(live, account, fixture("whatsapp/user-preferences-resume.json")).status_code == 200
    assert allowed(live, account, "whatsapp", person)


# --- row 3: concatenated messages ------------------------------------------------------------


def test_row3_parts_are_read_as_one_message_in_any_order(live: Live, account: str) -> None:
    path = f"/hooks/vonage/{account}"
    person = "+447700900001"
    second = httpx.post(
        f"{live.base}{path}", data=vonage_signed(fixture("vonage/inbound-concat-part-2.json"))
    )
    assert second.status_code == 200
    assert allowed(live, account, "sms", person) and count(live, account, ReceivedMessage) == 0
    first = httpx.post(
        f"{live.base}{path}", data=vonage_signed(fixture("vonage/inbound-concat-part-1.json"))
    )
    assert first.status_code == 200
    assert live.engine.check(account, "sms", person).codes == ["opted_out"]
    with live.engine.db.read() as session:
        [body] = session.scalars(
            select(ReceivedMessage.body).where(
                ReceivedMessage.account_id == live.engine.account(account).id
            )
        )
    assert body.endswith("But please just STOP messaging me.")


def test_row3_a_part_whose_sibling_never_comes_is_read_after_the_wait(
    live: Live, account: str
) -> None:
    part = fixture("vonage/inbound-concat-part-1.json") | {
        "msisdn": "447700900009",
        "text": "STOP",
        "concat-ref": "200",
        "messageId": f"0A{uuid.uuid4().hex[:14]}",
    }
    response = httpx.post(f"{live.base}/hooks/vonage/{account}", data=vonage_signed(part))
    assert response.status_code == 200
    assert allowed(live, account, "sms", "+447700900009")
    assert live.engine.flush_expired_parts(utcnow() + timedelta(minutes=1)) == 0  # still waiting
    assert live.engine.flush_expired_parts(utcnow() + timedelta(minutes=6)) >= 1
    assert not allowed(live, account, "sms", "+447700900009")


def test_row3_the_server_reads_a_lone_part_when_the_wait_is_over(swept: Live) -> None:
    """Nothing but `heed serve`'s own sweep reads it: no other message reaches this server."""
    slug, person = new_account(swept), "+447700900019"
    part = fixture("vonage/inbound-concat-part-1.json") | {
        "msisdn": person.removeprefix("+"),
        "text": "Please STOP",
        "concat-ref": "300",
    }
    posted = utcnow()
    response = httpx.post(f"{swept.base}/hooks/vonage/{slug}", data=vonage_signed(part))
    assert response.status_code == 200
    deadline = time.monotonic() + 120  # a sweep a second; the bound is for a loaded machine
    while allowed(swept, slug, "sms", person) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert swept.engine.check(slug, "sms", person).codes == ["opted_out"]
    with swept.engine.db.read() as session:
        [(body, received_at)] = session.execute(
            select(ReceivedMessage.body, ReceivedMessage.received_at).where(
                ReceivedMessage.account_id == swept.engine.account(slug).id
            )
        )
    assert body == "Please STOP"  # read as it is, the missing part left out
    assert received_at.replace(tzinfo=UTC) >= posted + timedelta(seconds=PART_WAIT)


# --- row 4: a Vonage URL with its own query string ------------------------------------------


def test_row4_vonage_post_is_signed_over_its_body_only(live: Live, account: str) -> None:
    params = vonage_signed(fixture("vonage/inbound-sms.json") | {"text": "STOP"})
    url = f"{live.base}/hooks/vonage/{account}?src=vonage"
    assert httpx.post(url, data=params).status_code == 200
    assert not allowed(live, account, "sms", "+447700900001")


@pytest.mark.parametrize("method", ["GET", "POST", "POST-JSON"])
def test_row4_every_vonage_method_the_dashboard_offers(
    live: Live, account: str, method: str
) -> None:
    """The SMS settings offer GET, POST and POST-JSON for both webhooks; a POST's URL may
    carry the business's own query string, a GET's may not (it would join the signed set)."""
    person = {"GET": "447700900021", "POST": "447700900022", "POST-JSON": "447700900023"}[method]
    inbound = fixture("vonage/inbound-sms.json") | {"text": "STOP", "msisdn": person}
    inbound["messageId"] = f"0A{uuid.uuid4().hex[:14]}"
    receipt = fixture("vonage/dlr-delivered.json") | {"msisdn": person}
    for path, params in (("", inbound), ("/status", receipt)):
        url, signed_params = f"{live.base}/hooks/vonage/{account}{path}", vonage_signed(params)
        if method == "GET":
            sent = httpx.get(url, params=signed_params)
        elif method == "POST":
            sent = httpx.post(f"{url}?src=vonage", data=signed_params)
        else:
            sent = httpx.post(f"{url}?src=vonage", json=signed_params)
        assert sent.status_code == 200, sent.text
    assert not allowed(live, account, "sms", f"+{person}")
    assert count(live, account, ReceivedReport) == 1


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


# --- row 7: buttons the business offered -----------------------------------------------------


def test_row7_a_stop_promotions_button_applies_at_once_to_marketing(
    live: Live, account: str
) -> None:
    assert meta(live, account, fixture("whatsapp/button-quick-reply.json")).status_code == 200
    person = "+16505551234"
    assert live.engine.check(account, "whatsapp", person).codes == ["opted_out"]
    assert allowed(live, account, "whatsapp", person, "transactional")
    assert live.engine.list_review(account).items == []
    # Twilio's ButtonPayload, the same way.
    reply = twilio(live, f"/hooks/twilio/{account}", fixture("twilio/inbound-whatsapp-button.json"))
    assert reply.status_code == 200
    # The confirmation says what stopped, not "no more messages from us".
    assert "You will not receive further marketing messages" in reply.text
    assert not allowed(live, account, "whatsapp", "+14155550100")
    assert allowed(live, account, "whatsapp", "+14155550100", "conversational")


def test_row7_senders_map_their_own_payloads(live: Live, account: str) -> None:
    """Set through the API as a business would (`buttons` of PATCH /v1/senders/{id}); the
    sender's meaning wins over the button's text, both ways."""
    key = live.engine.create_api_key(account, name="admin", role="admin", actor=SUPPORT).token
    with httpx.Client(base_url=live.base, headers={"Authorization": f"Bearer {key}"}) as api:
        for number, buttons in ((META_NUMBER, {"stop-promos": "opt_out"}), (TWILIO_NUMBER, {})):
            sender = live.engine.find_sender(account, "whatsapp", number)
            mapping = buttons or {"STOP_PROMOS": "none"}
            changed = api.patch(f"/v1/senders/{sender.id}", json={"buttons": mapping})
            assert changed.status_code == 200 and changed.json()["buttons"] == mapping
        refused = api.patch(f"/v1/senders/{sender.id}", json={"buttons": {"X": "maybe"}})
        assert refused.status_code == 422
    assert meta(live, account, fixture("whatsapp/interactive-button-reply.json")).status_code == 200
    for purpose in ("marketing", "transactional"):  # "opt_out" means everything here
        assert not allowed(live, account, "whatsapp", "+16505551235", purpose)
    button = fixture("twilio/inbound-whatsapp-button.json")
    tapped = twilio(live, f"/hooks/twilio/{account}", button)
    assert tapped.status_code == 200 and "<Message>" not in tapped.text
    assert allowed(live, account, "whatsapp", "+14155550100")  # "none": this one means nothing


# --- row 8: captions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("image-caption", "+16505551236"),
        ("video-caption", "+16505551237"),
        ("document-caption", "+16505551238"),
    ],
)
def test_row8_a_caption_is_text(live: Live, account: str, name: str, person: str) -> None:
    assert meta(live, account, fixture(f"whatsapp/{name}.json")).status_code == 200
    assert live.engine.check(account, "whatsapp", person).codes == ["opted_out"]


# --- row 9: groups ---------------------------------------------------------------------------


def test_row9_stop_in_a_group_goes_to_review_not_one_to_one(live: Live, account: str) -> None:
    payload = fixture("whatsapp/group-text.json")
    # Sent now: the fixture's 2025 time would put the review deadline in the past, and the
    # server's minutely sweep would apply the item (as it should) while this test looks.
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(int(time.time()))
    answer = meta(live, account, payload)
    assert answer.status_code == 200 and answer.json() == {"messages": 1, "statuses": 0}
    for purpose in ("marketing", "conversational"):
        assert allowed(live, account, "whatsapp", "+16505551239", purpose)
    [item] = live.engine.list_review(account).items
    assert item.detection["group"].startswith("Y2FwaV9ncm91cDox")
    assert item.deadline > utcnow() + timedelta(days=7)  # ten business days from the message


# --- row 10: the Vonage Messages API ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "channel", "person", "codes"),
    [
        ("messages-inbound-sms", "sms", "+447700900001", ["opted_out"]),
        ("messages-inbound-whatsapp", "whatsapp", "+447700900002", ["opted_out"]),
        ("messages-inbound-rcs-reply", "sms", "+447700900003", ["opted_out"]),
        ("messages-inbound-viber", "sms", "+447700900004", ["opted_out"]),
    ],
)
def test_row10_messages_api_inbound(
    live: Live, account: str, name: str, channel: str, person: str, codes: list[str]
) -> None:
    response = vonage_messages(live, f"/hooks/vonage/{account}", fixture(f"vonage/{name}.json"))
    assert response.status_code == 200, response.text
    assert live.engine.check(account, channel, person).codes == codes


def test_row10_messages_api_status_and_refusals(live: Live, account: str) -> None:
    status = fixture("vonage/messages-status-submitted.json")
    assert vonage_messages(live, f"/hooks/vonage/{account}/status", status).status_code == 200
    assert vonage_messages(live, f"/hooks/vonage/{account}", status).status_code == 403
    inbound = fixture("vonage/messages-inbound-sms.json")
    assert (
        vonage_messages(
            live, f"/hooks/vonage/{account}", inbound, secret="another-secret-also-of-32-bytes!!"
        ).status_code
        == 403
    )
    raw = json.dumps(inbound).encode()
    tampered = raw.replace(b"STOP", b"HELP")
    headers = {"Authorization": vonage_jwt(raw), "Content-Type": "application/json"}
    response = httpx.post(f"{live.base}/hooks/vonage/{account}", content=tampered, headers=headers)
    assert response.status_code == 403
    assert count(live, account, ReceivedMessage) == 0
    assert count(live, account, ReceivedReport) == 1


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


# --- issue #16 row 5: a Vonage signature is bound to the kind of its endpoint ----------------


def test_a_signed_receipt_is_refused_by_the_inbound_endpoint(live: Live, account: str) -> None:
    receipt = vonage_signed(fixture("vonage/dlr-delivered.json"))
    assert httpx.post(f"{live.base}/hooks/vonage/{account}", data=receipt).status_code == 403
    assert httpx.get(f"{live.base}/hooks/vonage/{account}", params=receipt).status_code == 403
    inbound = vonage_signed(fixture("vonage/inbound-sms.json"))
    assert httpx.post(f"{live.base}/hooks/vonage/{account}/status", data=inbound).status_code == 403
    assert count(live, account, ReceivedMessage) == count(live, account, ReceivedReport) == 0
    assert httpx.post(f"{live.base}/hooks/vonage/{account}/status", data=receipt).status_code == 200
    assert httpx.post(f"{live.base}/hooks/vonage/{account}", data=inbound).status_code == 200


def test_every_fixture_is_sent_somewhere_here() -> None:
    """A fixture added without a test would prove nothing."""
    source = Path(__file__).read_text()
    mine = [p for d in ("twilio", "vonage", "whatsapp") for p in (FIXTURES / d).glob("*.json")]
    names = {p.relative_to(FIXTURES).with_suffix("").as_posix() for p in mine}
    unsent = sorted(n for n in names if n.split("/")[1] not in source)
    assert names and not unsent, unsent


def test_an_ordinary_message_changes_nothing(live: Live, account: str) -> None:
    """Meta's own text example, verbatim: stored, no opt-out."""
    assert meta(live, account, fixture("whatsapp/text.json")).json() == {
        "messages": 1,
        "statuses": 0,
    }
    assert allowed(live, account, "whatsapp", "+16505551234")
    assert count(live, account, ReceivedMessage) == 1


# --- a report's own time, held to the clock bounds of a message's (heed.core.clock) ---------


def test_a_report_dated_in_the_future_counts_from_its_receipt(live: Live, account: str) -> None:
    """Meta's 131050 status dated 2033 used to make a carrier stop "since 2033", which no START
    before then could lift; it is now flagged and dated when heed received it."""
    status = fixture("whatsapp/status-failed-131050.json")
    value = status["entry"][0]["changes"][0]["value"]
    value["statuses"][0]["timestamp"] = str(int(datetime(2033, 1, 1, tzinfo=UTC).timestamp()))
    before = utcnow()
    assert meta(live, account, status).status_code == 200
    person = "+16505551234"
    assert live.engine.check(account, "whatsapp", person).codes == ["carrier_blocked"]
    account_id = live.engine.account(account).id
    with live.engine.db.read() as session:
        [actions] = session.scalars(
            select(ReceivedReport.actions).where(ReceivedReport.account_id == account_id)
        )
        [since] = session.scalars(
            select(Suppression.since).where(Suppression.account_id == account_id)
        )
    flag, suppressed = actions
    assert flag["action"] == "time_distrusted" and flag["sent_at"].startswith("2033-01-01")
    assert "after heed's clock" in flag["why"] and flag["taken_as"] is not None
    assert suppressed["action"] == "suppressed"
    assert before <= since.replace(tzinfo=UTC) <= utcnow()
    # The person's START, sent after it (Meta's times are whole seconds), lifts it.
    start = fixture("whatsapp/text.json")
    [message] = start["entry"][0]["changes"][0]["value"]["messages"]
    message |= {"id": f"wamid.{uuid.uuid4().hex}", "timestamp": str(int(time.time()) + 1)}
    message["text"]["body"] = "START"
    assert meta(live, account, start).status_code == 200
    assert allowed(live, account, "whatsapp", person)


def test_a_report_long_past_is_flagged_and_kept_at_its_time(live: Live, account: str) -> None:
    """Vonage's receipt example, dated 2020, as its inbound messages of that age are."""
    receipt = vonage_signed(fixture("vonage/dlr-delivered.json"))
    response = httpx.post(f"{live.base}/hooks/vonage/{account}/status", data=receipt)
    assert response.status_code == 200
    account_id = live.engine.account(account).id
    with live.engine.db.read() as session:
        [(actions, occurred_at)] = session.execute(
            select(ReceivedReport.actions, ReceivedReport.occurred_at).where(
                ReceivedReport.account_id == account_id
            )
        )
    [flag] = actions
    assert flag["action"] == "time_distrusted" and "taken_as" not in flag
    assert "before heed's clock" in flag["why"]
    assert occurred_at.replace(tzinfo=UTC) == datetime(2020, 1, 1, 12, tzinfo=UTC)


# --- a phone number and a business-scoped user id of one person (heed.store.links) ----------

PHONE = "+16505550777"


def meta_text(body: str, *, phone: str | None, user_id: str | None) -> dict[str, Any]:
    """Meta's text example with the person named as the BSUID reference shows it: `from` and
    `contacts[].wa_id` when the phone number may be shared, `from_user_id` and
    `contacts[].user_id` always (from April 2026)."""
    payload = fixture("whatsapp/text.json")
    value = payload["entry"][0]["changes"][0]["value"]
    contact: dict[str, Any] = {"profile": {"name": "Krish"}}
    [message] = value["messages"]
    message.pop("from")
    message |= {"id": f"wamid.{uuid.uuid4().hex}", "timestamp": str(int(time.time()))}
    message["text"]["body"] = body
    if phone:
        contact["wa_id"] = message["from"] = phone.removeprefix("+")
    if user_id:
        contact["user_id"] = message["from_user_id"] = user_id
    value["contacts"] = [contact]
    return payload


def suppressions_of(live: Live, slug: str, address: str) -> list[Suppression]:
    with live.engine.db.read() as session:
        return list(
            session.scalars(
                select(Suppression).where(
                    Suppression.account_id == live.engine.account(slug).id,
                    Suppression.address == address,
                    Suppression.lifted_at.is_(None),
                )
            )
        )


def test_bsuid_a_stop_under_either_address_blocks_both(live: Live, account: str) -> None:
    # A STOP from the person known only by user id, before heed knows their number.
    assert meta(live, account, meta_text("STOP", phone=None, user_id=BSUID)).status_code == 200
    assert not allowed(live, account, "whatsapp", BSUID)
    assert allowed(live, account, "whatsapp", PHONE)
    # Their next message shows both: linked, and the earlier STOP now holds for the number.
    both = meta_text("Where is my order?", phone=PHONE, user_id=BSUID)
    assert meta(live, account, both).status_code == 200
    assert live.engine.check(account, "whatsapp", PHONE).codes == ["opted_out"]
    [copied] = suppressions_of(live, account, PHONE)
    assert copied.evidence["address"] == BSUID and copied.evidence["link"]["provider"] == "whatsapp"
    assert copied.reason and copied.reason.startswith("linked by whatsapp webhook to")
    # One decision path: the bulk check reads the copy like any suppression.
    bulk = live.engine.check_bulk(account, "whatsapp", [PHONE, BSUID])
    assert [result.allowed for result in bulk] == [False, False]
    # An admin's resubscribe of the number lifts nothing set under the user id.
    live.engine.resubscribe(account, "whatsapp", PHONE, actor=ADMIN, reason="asked by phone")
    assert allowed(live, account, "whatsapp", PHONE)
    assert not allowed(live, account, "whatsapp", BSUID)
    # A later STOP under the number is written under the user id too (already there: no twin),
    # and the person's own START lifts both.
    assert meta(live, account, meta_text("STOP", phone=PHONE, user_id=None)).status_code == 200
    assert not allowed(live, account, "whatsapp", PHONE)
    start = meta_text("START", phone=PHONE, user_id=None)
    start["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(int(time.time()) + 1)
    assert meta(live, account, start).status_code == 200
    assert allowed(live, account, "whatsapp", PHONE)
    assert allowed(live, account, "whatsapp", BSUID)


def test_bsuid_a_stop_under_the_number_reaches_the_linked_user_id(live: Live, account: str) -> None:
    phone, user_id = "+16505550778", "US.10000000000000000078"
    hello = meta_text("Hi", phone=phone, user_id=user_id)
    assert meta(live, account, hello).status_code == 200
    assert allowed(live, account, "whatsapp", user_id)
    assert meta(live, account, meta_text("STOP", phone=phone, user_id=None)).status_code == 200
    assert not allowed(live, account, "whatsapp", phone)
    assert live.engine.check(account, "whatsapp", user_id).codes == ["opted_out"]
    # Erasing the person (known by their number) erases the user id linked to it too.
    contact = live.engine.add_contact(account, actor=ADMIN, phone=phone)
    live.engine.erase_contact(account, contact, actor=ADMIN, reason="GDPR request")
    account_id = live.engine.account(account).id
    with live.engine.db.read() as session:
        left = session.scalars(
            select(AddressLink.id).where(
                AddressLink.account_id == account_id,
                (AddressLink.address == phone) | (AddressLink.linked == user_id),
            )
        ).all()
        assert left == []
    assert suppressions_of(live, account, user_id) == []
    assert not allowed(live, account, "whatsapp", user_id)  # the tombstone still says no

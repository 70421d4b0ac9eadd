"""Webhooks against a real `heed serve` (uvicorn) on 127.0.0.1, on SQLite and PostgreSQL.

Twilio requests are signed by the real `twilio` SDK; nothing in the request path is mocked.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from twilio.request_validator import RequestValidator

from heed.providers import vonage, whatsapp
from heed.store.tables import ReceivedMessage
from helpers.actors import ADMIN
from helpers.live import Live
from helpers.provider_api import ProviderApi, Received

TOKEN, APP_SECRET, VONAGE_SECRET = "twilio-auth-token", "meta-app-secret", "vonage-signature-secret"
PERSON, X = "+14155550100", "+15005550006"
_slugs = iter(range(10**6))


@pytest.fixture(scope="module")
def provider_api() -> Iterator[ProviderApi]:
    """Where the Vonage and WhatsApp senders send their replies (the providers' stand-in)."""
    with ProviderApi() as api:
        yield api


@pytest.fixture
def account(live: Live, provider_api: ProviderApi) -> str:
    """A fresh account on the shared server, with a Twilio, a WhatsApp and a Vonage sender."""
    slug = f"acme-{next(_slugs)}"
    sending = {"api_base_url": provider_api.base}
    live.engine.create_account(slug, "Acme")
    live.engine.add_sender(slug, "sms", X, actor=ADMIN, provider="twilio", secret=TOKEN)
    live.engine.add_sender(
        slug,
        "whatsapp",
        "+15005550010",
        actor=ADMIN,
        provider="whatsapp",
        secret=APP_SECRET,
        provider_options={
            **sending,
            "verify_token": "verify-me",
            "phone_number_id": f"PN-{slug}",
            "access_token": "EAA",
        },
    )
    live.engine.add_sender(
        slug,
        "sms",
        "+15005550011",
        actor=ADMIN,
        provider="vonage",
        secret=VONAGE_SECRET,
        provider_options={**sending, "api_key": slug, "api_secret": "s"},
    )
    return slug


def sent_by(api: ProviderApi, match: Callable[[Received], bool], within: float = 10) -> Received:
    """The request the server's sender made to the provider API, once it arrives."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        found = [r for r in list(api.received) if match(r)]
        if found:
            assert len(found) == 1, found
            return found[0]
        time.sleep(0.05)
    raise AssertionError("the reply never reached the provider")


def twilio_post(
    live: Live, path: str, params: dict[str, str], token: str | None = TOKEN
) -> httpx.Response:
    url = f"{live.base}{path}"
    headers = (
        {"X-Twilio-Signature": RequestValidator(token).compute_signature(url, params)}
        if token
        else {}
    )
    return httpx.post(url, data=params, headers=headers, timeout=30)


def inbound_sms(sid: str, body: str, sender: str = PERSON) -> dict[str, str]:
    return {
        "MessageSid": sid,
        "SmsSid": sid,
        "AccountSid": "AC00",
        "From": sender,
        "To": X,
        "Body": body,
        "NumMedia": "0",
    }


def stored_messages(live: Live, slug: str) -> int:
    account_id = live.engine.account(slug).id
    with live.engine.db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(ReceivedMessage)
                .where(ReceivedMessage.account_id == account_id)
            )
            or 0
        )


def test_signed_stop_gets_one_confirmation(live: Live, account: str) -> None:
    first = twilio_post(live, f"/hooks/twilio/{account}", inbound_sms("SM1", "Stop please 🛑"))
    assert first.status_code == 200 and first.headers["content-type"].startswith("text/xml")
    assert "<Message>" in first.text and "START" in first.text
    assert live.engine.check(account, "sms", PERSON).codes == ["opted_out"]

    retry = twilio_post(live, f"/hooks/twilio/{account}", inbound_sms("SM1", "Stop please 🛑"))
    assert retry.status_code == 200 and "<Message>" not in retry.text
    assert stored_messages(live, account) == 1


def test_bad_signatures_get_403_and_nothing_is_stored(live: Live, account: str) -> None:
    forged = twilio_post(
        live, f"/hooks/twilio/{account}", inbound_sms("SM2", "STOP"), token="forged"
    )
    unsigned = twilio_post(live, f"/hooks/twilio/{account}", inbound_sms("SM3", "STOP"), token=None)

    for response in (forged, unsigned):
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"].endswith("/signature-invalid")
    assert stored_messages(live, account) == 0
    assert live.engine.check(account, "sms", PERSON).allowed


def test_malformed_webhook_names_the_field(live: Live, account: str) -> None:
    params = inbound_sms("SM4", "STOP")
    del params["From"]
    response = twilio_post(live, f"/hooks/twilio/{account}", params)
    assert response.status_code == 422 and response.json()["field"] == "From"


def test_a_form_with_too_many_fields_is_refused(live: Live, account: str) -> None:
    params = inbound_sms("SM4b", "STOP") | {f"Extra{n}": "x" for n in range(1000)}
    response = twilio_post(live, f"/hooks/twilio/{account}", params)
    assert response.status_code == 422 and "too many form fields" in response.json()["detail"]
    assert stored_messages(live, account) == 0


def test_unknown_account_is_answered_like_a_bad_signature(live: Live, account: str) -> None:
    """Webhooks do not say which accounts exist: an unknown one gets the 403 a wrong secret
    gets (#16 row 10), and nothing is stored."""
    unknown = twilio_post(live, "/hooks/twilio/nobody", inbound_sms("SM5", "STOP"))
    forged = twilio_post(live, f"/hooks/twilio/{account}", inbound_sms("SM5", "STOP"), "wrong")
    assert unknown.status_code == forged.status_code == 403
    # Each names the URL it was verified against (its own), and nothing else differs.
    assert unknown.json()["detail"] == forged.json()["detail"].replace(account, "nobody")


def test_status_callback_with_21610_blocks_that_sender(live: Live, account: str) -> None:
    params = {
        "MessageSid": "SM6",
        "MessageStatus": "undelivered",
        "ErrorCode": "21610",
        "To": PERSON,
        "From": X,
        "AccountSid": "AC00",
    }
    response = twilio_post(live, f"/hooks/twilio/{account}/status", params)
    assert response.status_code == 200
    assert live.engine.check(account, "sms", PERSON, sender=X).codes == ["carrier_blocked"]


def test_reversed_stop_and_start_over_the_generic_api(live: Live) -> None:
    slug = f"acme-{next(_slugs)}"
    key = live.engine.create_account(slug).api_key
    t0 = datetime.now(UTC) - timedelta(hours=1)

    def send(body: str, message_id: str, at: datetime) -> httpx.Response:
        payload = {
            "channel": "sms",
            "from": PERSON,
            "to": X,
            "body": body,
            "provider_message_id": message_id,
            "received_at": at.isoformat(),
        }
        return httpx.post(
            f"{live.base}/v1/inbound",
            json=payload,
            headers={"Authorization": f"Bearer {key}"},
            timeout=30,
        )

    stop = send("STOP", "g1", t0 + timedelta(minutes=5))
    assert stop.status_code == 200 and stop.json()["intent"] == "opt_out" and stop.json()["reply"]
    late_start = send("START", "g2", t0)
    assert late_start.json()["reply"] is None
    checked = httpx.get(
        f"{live.base}/v1/check",
        params={"channel": "sms", "address": PERSON},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert (
        checked.json()["allowed"] is False and checked.json()["reasons"][0]["code"] == "opted_out"
    )

    assert httpx.post(f"{live.base}/v1/inbound", json={}).status_code == 401
    invalid = httpx.post(
        f"{live.base}/v1/inbound",
        json={"channel": "fax"},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert (
        invalid.status_code == 422 and invalid.headers["content-type"] == "application/problem+json"
    )
    assert {"channel", "from", "to", "provider_message_id"} <= {
        e["field"] for e in invalid.json()["errors"]
    }


def test_database_outage_answers_503_and_applies_nothing(live: Live, account: str) -> None:
    """The database fails in the middle of a webhook: 503, nothing half-applied, the retry works."""
    params = inbound_sms("SM7", "STOP")
    with _outage(live):
        response = twilio_post(live, f"/hooks/twilio/{account}", params)
    assert (
        response.status_code == 503
        and response.headers["content-type"] == "application/problem+json"
    )
    assert response.headers["retry-after"]
    assert stored_messages(live, account) == 0
    assert live.engine.verify_audit(account).events_checked == 5  # account, key, three senders
    assert live.engine.check(account, "sms", PERSON).allowed

    retry = twilio_post(live, f"/hooks/twilio/{account}", params)
    assert retry.status_code == 200 and "<Message>" in retry.text
    assert live.engine.check(account, "sms", PERSON).codes == ["opted_out"]


class _outage:
    """Make the database fail under a webhook that is already running.

    PostgreSQL: block inserts into `suppressions`, wait until the webhook's transaction is stuck
    on that lock (after it wrote the message and events), then terminate its connection.
    SQLite: hold the write lock longer than the server's busy timeout.
    """

    def __init__(self, live: Live) -> None:
        self.live = live

    def __enter__(self) -> None:
        if self.live.backend == "sqlite":
            path = make_url(self.live.database_url).database
            self.conn = sqlite3.connect(str(path), isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")
            return
        dsn = (
            make_url(self.live.database_url)
            .set(drivername="postgresql")
            .render_as_string(hide_password=False)
        )
        self.conn_pg = psycopg.connect(dsn)
        self.conn_pg.execute("LOCK TABLE suppressions IN SHARE ROW EXCLUSIVE MODE")
        self.killer = threading.Thread(target=self._kill_blocked_writer, args=(dsn,))
        self.killer.start()

    def _kill_blocked_writer(self, dsn: str) -> None:
        with psycopg.connect(dsn, autocommit=True) as admin:
            for _ in range(300):
                pids = admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
                ).fetchall()
                if pids:
                    admin.execute("SELECT pg_terminate_backend(%s)", (pids[0][0],))
                    return
                time.sleep(0.02)

    def __exit__(self, *_exc: object) -> None:
        if self.live.backend == "sqlite":
            self.conn.execute("ROLLBACK")
            self.conn.close()
        else:
            self.killer.join(timeout=10)
            self.conn_pg.rollback()
            self.conn_pg.close()


def test_whatsapp_challenge_and_signed_stop(
    live: Live, account: str, provider_api: ProviderApi
) -> None:
    challenge = httpx.get(
        f"{live.base}/hooks/whatsapp/{account}",
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": "verify-me",
            "hub.challenge": "1158201444",
        },
    )
    assert (challenge.status_code, challenge.text) == (200, "1158201444")
    wrong = httpx.get(
        f"{live.base}/hooks/whatsapp/{account}",
        params={"hub.mode": "subscribe", "hub.verify_token": "no", "hub.challenge": "1"},
    )
    assert wrong.status_code == 403

    payload = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "WABA",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "15005550010",
                                "phone_number_id": "PNID",
                            },
                            "contacts": [{"profile": {"name": "Ann"}, "wa_id": "14155550100"}],
                            "messages": [
                                {
                                    "from": "14155550100",
                                    "id": "wamid.A1",
                                    "timestamp": "1763900000",
                                    "type": "text",
                                    "text": {"body": "STOP"},
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }
    body = json.dumps(payload).encode()
    bad = httpx.post(
        f"{live.base}/hooks/whatsapp/{account}",
        content=body,
        headers={"X-Hub-Signature-256": "sha256=" + "0" * 64, "Content-Type": "application/json"},
    )
    assert bad.status_code == 403 and stored_messages(live, account) == 0
    good = httpx.post(
        f"{live.base}/hooks/whatsapp/{account}",
        content=body,
        headers={
            "X-Hub-Signature-256": whatsapp.sign(body, APP_SECRET),
            "Content-Type": "application/json",
        },
    )
    assert good.status_code == 200
    assert live.engine.check(account, "whatsapp", PERSON).codes == ["opted_out"]
    assert live.engine.check(account, "sms", PERSON).allowed  # channels are independent
    confirmation = sent_by(provider_api, lambda r: r.path == f"/PN-{account}/messages")
    assert confirmation.json["to"] == "14155550100"
    assert "START" in confirmation.json["text"]["body"]  # says how to opt back in


def test_vonage_signed_inbound_stop(live: Live, account: str, provider_api: ProviderApi) -> None:
    params = {
        "msisdn": "14155550100",
        "to": "15005550011",
        "messageId": "0A0000001",
        "text": "STOP",
        "type": "text",
        "keyword": "STOP",
        "message-timestamp": "2026-11-23 10:00:00",
        "timestamp": str(int(time.time())),
    }
    params["sig"] = vonage.sign(params, VONAGE_SECRET)
    forged = httpx.post(f"{live.base}/hooks/vonage/{account}", data=params | {"text": "START"})
    assert forged.status_code == 403
    response = httpx.post(f"{live.base}/hooks/vonage/{account}", data=params)
    assert response.status_code == 200
    assert live.engine.check(account, "sms", PERSON).codes == ["opted_out"]

    confirmation = sent_by(provider_api, lambda r: r.form.get("api_key") == account)
    assert (confirmation.path, confirmation.form["to"]) == ("/sms/json", "14155550100")
    assert "START" in confirmation.form["text"]
    retry = httpx.post(f"{live.base}/hooks/vonage/{account}", data=params)  # Vonage retries
    assert retry.status_code == 200
    time.sleep(0.5)
    assert sent_by(provider_api, lambda r: r.form.get("api_key") == account) == confirmation


def test_email_one_click_unsubscribe(live: Live, account: str) -> None:
    headers = live.engine.unsubscribe_headers(account, "Ann@Example.com", live.base)
    url = headers["List-Unsubscribe"].strip("<>")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    page = httpx.get(url)  # what a link scanner does: must not unsubscribe
    assert page.status_code == 200 and "<form" in page.text and "ann@example.com" in page.text
    assert live.engine.check(account, "email", "ann@example.com").allowed

    tampered = httpx.post(url[:-2] + "xx", data={"List-Unsubscribe": "One-Click"})
    assert tampered.status_code == 403
    clicked = httpx.post(url, data={"List-Unsubscribe": "One-Click"})
    assert clicked.status_code == 200
    assert live.engine.check(account, "email", "ann@example.com").codes == ["opted_out"]

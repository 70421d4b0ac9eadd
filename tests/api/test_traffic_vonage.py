"""Vonage's SMS API and Messages API webhooks as Vonage sends them, through a real `heed serve`
on 127.0.0.1 on SQLite and PostgreSQL (issue #17 rows 3, 4, 10; #16 row 5). Helpers:
tests/helpers/traffic.py.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from heed.store.tables import ReceivedMessage, ReceivedReport
from heed.store.types import utcnow
from helpers.live import Live, database, serve
from helpers.traffic import (
    allowed,
    count,
    fixture,
    new_account,
    vonage_jwt,
    vonage_messages,
    vonage_signed,
)

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


# --- a report's own time, held to the clock bounds (heed.core.clock) ----------------------


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

"""Who did it, and what heed knew when (#13 items 3 and 4), tried as the issue's attacker would:
an admin API key forging a person's START over `POST /v1/inbound`, and backdating messages to
change what `check --at` answers for a moment that has already gone by."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from heed.store.tables import Event, ReceivedMessage
from helpers.actors import ADMIN, SUPPORT
from helpers.api import Tenant, assert_problem

TOKEN, X = "twilio-auth-token", "+15005550006"
_n = iter(range(10**6))


def _phone() -> str:
    return f"+1415555{next(_n) % 10_000:04d}"


def _inbound(tenant: Tenant, phone: str, body: str, at: datetime | None = None) -> httpx.Response:
    payload: dict[str, Any] = {
        "channel": "sms",
        "from": phone,
        "to": X,
        "body": body,
        "provider_message_id": f"api-{next(_n)}",
    }
    if at is not None:
        payload["received_at"] = at.isoformat()
    return tenant.admin.post("/v1/inbound", json=payload)


def _twilio(tenant: Tenant, phone: str, body: str) -> httpx.Response:
    url = f"{tenant.live.base}/hooks/twilio/{tenant.slug}"
    sid = f"SM{next(_n)}"
    params = {"MessageSid": sid, "AccountSid": "AC00", "From": phone, "To": X, "Body": body}
    signature = RequestValidator(TOKEN).compute_signature(url, params)
    return httpx.post(url, data=params, headers={"X-Twilio-Signature": signature}, timeout=30)


def _carrier_blocked(tenant: Tenant, phone: str) -> None:
    tenant.engine.add_sender(tenant.slug, "sms", X, actor=ADMIN, provider="twilio", secret=TOKEN)
    tenant.engine.opt_out(
        tenant.slug, "sms", phone, actor=SUPPORT, reason="21610", source="carrier", sender=X
    )


def _codes(tenant: Tenant, phone: str, **params: Any) -> list[str]:
    response = tenant.admin.get("/v1/check", channel="sms", address=phone, sender=X, **params)
    assert response.status_code == 200, response.text
    return [reason["code"] for reason in response.json()["reasons"]]


def _events(tenant: Tenant, **where: Any) -> list[Event]:
    account_id = tenant.engine.account(tenant.slug).id
    with tenant.engine.db.read() as session:
        query = select(Event).where(Event.account_id == account_id).order_by(Event.seq)
        for name, value in where.items():
            query = query.where(getattr(Event, name) == value)
        return list(session.scalars(query))


def test_a_start_relayed_by_an_admin_key_does_not_lift_a_carrier_opt_out(tenant: Tenant) -> None:
    """Before: the forged START lifted the carrier opt-out (an admin's own lift is a 409),
    logged as `actor=contact` with nothing naming the key. After: it is recorded as sent
    through that key, lifts nothing carrier-made, and waits for an admin's review."""
    phone = _phone()
    _carrier_blocked(tenant, phone)
    forged = _inbound(tenant, phone, "START")
    assert forged.status_code == 200, forged.text
    body = forged.json()
    assert body["reply"] is None
    held = next(a for a in body["actions"] if a["action"] == "held_for_review")
    assert _codes(tenant, phone) == ["carrier_blocked"]

    key = f"api_key:{tenant.key_ids['admin']}"
    with tenant.engine.db.read() as session:
        row = session.get(
            ReceivedMessage, (tenant.engine.account(tenant.slug).id, body["message_id"])
        )
        assert row is not None and row.credential == key
    [created] = _events(tenant, kind="review.created")
    assert (created.actor, created.credential) == ("contact", key)

    # The review waits for a person; the deadline sweep never applies a held START. The sweep
    # covers every account on the shared server (other modules' may have items falling due), so
    # this account's pending items say what it did here.
    tenant.engine.apply_due_reviews(datetime.now(UTC) + timedelta(days=60))
    pending = tenant.engine.list_review(tenant.slug).items
    assert [item.id for item in pending] == [held["review_id"]]
    assert _codes(tenant, phone) == ["carrier_blocked"]
    agent = tenant.api("agent").post(f"/v1/review/{held['review_id']}/approve", json={})
    assert agent.status_code == 403
    approved = tenant.admin.post(f"/v1/review/{held['review_id']}/approve", json={})
    assert approved.status_code == 200, approved.text
    assert _codes(tenant, phone) == []
    [lifted] = _events(tenant, kind="suppression.lifted")
    assert lifted.credential == key and lifted.actor == key


def test_the_persons_start_through_the_signed_webhook_lifts_it(tenant: Tenant) -> None:
    phone = _phone()
    _carrier_blocked(tenant, phone)
    start = _twilio(tenant, phone, "START")
    assert start.status_code == 200 and "subscribed" in start.text
    assert _codes(tenant, phone) == []
    [lifted] = _events(tenant, kind="suppression.lifted")
    assert (lifted.actor, lifted.credential) == ("contact", "webhook:twilio:signature-verified")


def test_every_event_names_the_credential_behind_it(tenant: Tenant) -> None:
    phone = _phone()
    assert tenant.admin.post("/v1/contacts", json={"phone": phone}).status_code == 201
    assert _inbound(tenant, phone, "STOP").status_code == 200
    key = f"api_key:{tenant.key_ids['admin']}"
    created, suppressed = (
        _events(tenant, kind="contact.created"),
        _events(tenant, kind="suppression.created"),
    )
    assert [e.credential for e in created] == [key]
    assert [(e.actor, e.credential) for e in suppressed] == [("contact", key)]
    assert all(event.credential for event in _events(tenant))
    listed = tenant.admin.get("/v1/events", kind="suppression.created").json()["items"]
    assert [e["credential"] for e in listed] == [key]


def test_backdating_never_changes_an_answer_heed_already_gave(tenant: Tenant) -> None:
    """Before: a START sent with `received_at` seven minutes back changed what `check --at`
    answered for a moment that had already gone by. After: `at` answers from what was
    recorded by then; only `known=now` shows what is now known about that moment."""
    tenant.engine.add_sender(tenant.slug, "sms", X, actor=ADMIN)  # _codes checks from X
    phone = _phone()
    assert _inbound(tenant, phone, "STOP").status_code == 200
    asked = datetime.now(UTC)
    before = _codes(tenant, phone, at=asked.isoformat())
    assert before == ["opted_out"]

    late = _inbound(tenant, phone, "START", at=asked - timedelta(minutes=7))
    assert late.status_code == 200 and late.json()["intent"] == "opt_in"
    # The START is older than the STOP it would lift: it changes nothing now either.
    assert _codes(tenant, phone) == ["opted_out"]
    assert _codes(tenant, phone, at=asked.isoformat()) == before
    # A moment after heed recorded the STOP (its occurred_at can come a batch earlier: under
    # load, halfway from there to `asked` fell before the STOP was recorded, and heed rightly
    # did not know it yet).
    stop_at = _events(tenant, kind="suppression.created")[0].recorded_at
    between = stop_at + (asked - stop_at) / 2
    assert _codes(tenant, phone, at=between.isoformat()) == ["opted_out"]


def test_a_backdated_stop_shows_only_as_now_known(tenant: Tenant) -> None:
    tenant.engine.add_sender(tenant.slug, "sms", X, actor=ADMIN)  # _codes checks from X
    phone = _phone()
    asked = datetime.now(UTC)
    assert _codes(tenant, phone, at=asked.isoformat()) == []
    assert _inbound(tenant, phone, "STOP", at=asked - timedelta(minutes=7)).status_code == 200
    assert _codes(tenant, phone, at=asked.isoformat()) == []  # what heed knew then
    assert _codes(tenant, phone, at=asked.isoformat(), known="now") == ["opted_out"]
    status = tenant.admin.get(
        "/v1/status", channel="sms", address=phone, at=asked.isoformat(), known="now"
    )
    assert status.json()["allowed"] is False


def test_a_received_at_far_in_the_future_or_past_is_refused(tenant: Tenant) -> None:
    phone, now = _phone(), datetime.now(UTC)
    future = _inbound(tenant, phone, "START", at=now + timedelta(days=365))
    past = _inbound(tenant, phone, "STOP", at=now - timedelta(days=400))
    for response, word in ((future, "after"), (past, "before")):
        problem = assert_problem(response, 422)
        assert "received_at" in {e["field"] for e in problem["errors"]}
        assert word in response.text and "HEED_INBOUND_MAX" in response.text
    assert _events(tenant, kind="suppression.created") == []

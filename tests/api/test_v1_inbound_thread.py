"""`POST /v1/inbound` takes what the message answers (#15 item 2): a sender that sends
elsewhere says what it last sent (`in_reply_to`, `last_outbound_purpose`, `last_outbound_at`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from helpers.api import Tenant, assert_problem


def _inbound(tenant: Tenant, body: str, n: int, **thread: Any) -> dict[str, Any]:
    response = tenant.api().post(
        "/v1/inbound",
        json={
            "channel": "sms",
            "from": f"+1415555{n:04d}",
            "to": "+15005550006",
            "body": body,
            "provider_message_id": f"thread-{n}",
        }
        | thread,
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_a_bare_no_is_read_with_what_it_answers(tenant: Tenant) -> None:
    sent = (datetime.now(UTC) - timedelta(hours=3)).isoformat()
    marketing = _inbound(
        tenant, "no", 1, last_outbound_purpose="marketing", last_outbound_at=sent,
        in_reply_to="Spring sale: 20% off everything this weekend!",
    )  # fmt: skip
    assert marketing["intent"] == "review"
    question = _inbound(
        tenant, "no", 2, last_outbound_purpose="conversational", in_reply_to="Is 3pm OK?"
    )
    assert question["intent"] == "none"
    assert _inbound(tenant, "no", 3)["intent"] == "none"


def test_an_unknown_purpose_is_refused(tenant: Tenant) -> None:
    response = tenant.api().post(
        "/v1/inbound",
        json={
            "channel": "sms",
            "from": "+14155550999",
            "to": "+15005550006",
            "body": "no",
            "provider_message_id": "thread-bad",
            "last_outbound_purpose": "spam",
        },
    )
    assert response.status_code == 422


def test_a_misspelt_field_is_refused_not_ignored(tenant: Tenant) -> None:
    """A STOP sent as `text` (not `body`) was answered "nothing asked" and the field dropped;
    now nothing is recorded and the caller is told which field it meant."""
    message = {
        "channel": "sms",
        "from": "+14155550998",
        "to": "+15005550006",
        "provider_message_id": "thread-misspelt",
    }
    text = assert_problem(
        tenant.api().post("/v1/inbound", json=message | {"text": "STOP"}), 422, "validation-error"
    )
    assert text["errors"] == [
        {
            "field": "text",
            "message": "unknown field: this request does not read it (it reads channel, from, "
            "to, body, provider_message_id, received_at, in_reply_to, last_outbound_purpose, "
            "last_outbound_at)",
        }
    ]
    reply = tenant.api().post(
        "/v1/inbound", json=message | {"body": "no", "in_reply": "Spring sale!"}
    )
    assert assert_problem(reply, 422)["detail"] == (
        "in_reply: unknown field; did you mean `in_reply_to`?"
    )
    # Nothing of the refused messages was kept: the same id is taken as new, and is a STOP.
    stop = tenant.api().post("/v1/inbound", json=message | {"body": "STOP"})
    assert stop.status_code == 200 and stop.json()["intent"] == "opt_out", stop.text

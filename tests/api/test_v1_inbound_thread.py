"""`POST /v1/inbound` takes what the message answers (#15 item 2): a sender that sends
elsewhere says what it last sent (`in_reply_to`, `last_outbound_purpose`, `last_outbound_at`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from helpers.api import Tenant


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

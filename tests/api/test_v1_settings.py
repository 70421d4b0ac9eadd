"""Changing a sender and the account's settings over HTTP, on a real `heed serve`."""

from __future__ import annotations

import httpx
from twilio.request_validator import RequestValidator

from helpers.api import Tenant, assert_problem


def _twilio(tenant: Tenant, token: str, sid: str, body: str = "hello") -> httpx.Response:
    url = f"{tenant.live.base}/hooks/twilio/{tenant.slug}"
    form = {"MessageSid": sid, "From": "+14155550100", "To": "+15005550006", "Body": body}
    signature = RequestValidator(token).compute_signature(url, form)
    return httpx.post(url, data=form, headers={"X-Twilio-Signature": signature}, timeout=30)


def test_patch_a_sender_then_its_new_keyword_opts_out_on_that_number(tenant: Tenant) -> None:
    api = tenant.admin
    sender = api.post("/v1/senders", json={"channel": "sms", "address": "+15005550006"}).json()
    patched = api.patch(
        f"/v1/senders/{sender['id']}",
        json={"scope": "sender", "extra_keywords": ["halt"], "name": "Support line"},
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert (body["scope"], body["extra_keywords"], body["name"]) == (
        "sender",
        ["HALT"],
        "Support line",
    )
    assert api.get(f"/v1/senders/{sender['id']}").json() == body

    inbound = api.post(
        "/v1/inbound",
        json={
            "channel": "sms",
            "from": "+14155550100",
            "to": "+15005550006",
            "body": "Halt.",
            "provider_message_id": "halt-1",
        },
    )
    assert inbound.json()["intent"] == "opt_out"
    scoped = api.get("/v1/suppressions", address="+14155550100").json()["items"]
    assert [s["scope"] for s in scoped] == ["sender:+15005550006"]
    event = api.get("/v1/events", kind="sender.updated").json()["items"][-1]
    assert event["before"]["scope"] == "inherit" and event["after"]["scope"] == "sender"


def test_bad_sender_changes_are_problems_that_name_the_field(tenant: Tenant) -> None:
    api = tenant.admin
    sender = api.post("/v1/senders", json={"channel": "sms", "address": "+15005550006"}).json()
    url = f"/v1/senders/{sender['id']}"
    refused = assert_problem(
        api.patch(url, json={"removed_keywords": ["PLEASE"], "replies": {"help": "{acount}"}}),
        422,
        "invalid-setting",
    )
    fields = {e["field"]: e["message"] for e in refused["errors"]}
    assert set(fields) == {"removed_keywords", "replies"} and "{acount}" in fields["replies"]
    assert_problem(api.patch(url, json={"colour": "red"}), 422, "validation-error")
    assert_problem(api.patch(url, json={"address": "+15005550007"}), 422)
    assert_problem(api.patch("/v1/senders/nope", json={"scope": "sender"}), 404, "not-found")
    assert api.get(url).json() == sender


def test_a_replaced_secret_verifies_webhooks_at_once_and_the_old_one_stops(
    tenant: Tenant,
) -> None:
    api = tenant.admin
    created = api.post(
        "/v1/senders",
        json={
            "channel": "sms",
            "address": "+15005550006",
            "provider": "twilio",
            "secret": "old-token",
        },
    ).json()
    assert created["secrets_set"] == ["secret"]
    assert _twilio(tenant, "old-token", "SM1").status_code == 200  # the server caches it now
    patched = api.patch(f"/v1/senders/{created['id']}", json={"secret": "new-token"})
    assert patched.status_code == 200 and "new-token" not in patched.text
    assert _twilio(tenant, "new-token", "SM2").status_code == 200
    assert_problem(_twilio(tenant, "old-token", "SM3"), 403)
    events = api.get("/v1/events", kind="sender.updated").text
    assert "old-token" not in events and "new-token" not in events and "secrets_changed" in events
    cleared = api.patch(f"/v1/senders/{created['id']}", json={"secret": None}).json()
    assert cleared["secrets_set"] == []
    assert_problem(_twilio(tenant, "new-token", "SM4"), 403)


def test_account_settings_read_by_anyone_changed_by_admins(tenant: Tenant) -> None:
    read = tenant.api("agent").get("/v1/account/settings")
    assert read.status_code == 200
    assert read.json()["default_scope"] == "account" and read.json()["soft_bounce_limit"] == 3

    changed = tenant.admin.patch(
        "/v1/account/settings", json={"opt_out_channels": "all", "default_country": "gb"}
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["opt_out_channels"], changed.json()["default_country"]) == ("all", "GB")
    assert tenant.api("agent").get("/v1/account/settings").json() == changed.json()
    event = tenant.admin.get("/v1/events", kind="account.settings_changed").json()["items"][-1]
    assert event["before"]["opt_out_channels"] == "same"
    assert event["after"]["opt_out_channels"] == "all"

    refused = assert_problem(
        tenant.admin.patch(
            "/v1/account/settings", json={"detect_low": 0.99, "reply_opt_out": "{account"}
        ),
        422,
        "invalid-setting",
    )
    assert {e["field"] for e in refused["errors"]} == {"detect_low", "reply_opt_out"}
    assert_problem(tenant.admin.patch("/v1/account/settings", json={"soft_bounce_limit": 0}), 422)
    assert_problem(tenant.admin.patch("/v1/account/settings", json={"nope": 1}), 422)
    assert_problem(
        tenant.api("agent").patch("/v1/account/settings", json={"opt_out_channels": "same"}),
        403,
        "permission-denied",
    )
    assert tenant.admin.get("/v1/account/settings").json() == changed.json()

"""WhatsApp Cloud API: subscription GET, X-Hub-Signature-256, and the batched payload."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from heed.core.delivery import Outcome
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers import whatsapp
from helpers.providers import preference, preferences

SECRET = "appsecret"

# Inbound text example, verbatim from Meta's messages webhook reference.
INBOUND: dict[str, Any] = json.loads("""
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
 "messaging_product":"whatsapp",
 "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
 "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],
 "messages":[{"from":"16505551234","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
   "timestamp":"1749416383","type":"text","text":{"body":"Does it come in another color?"}}]},
 "field":"messages"}]}]}
""")

# A failed status with error 131050 (the shape of Meta's status reference, as in the notes).
MARKETING_STOP: dict[str, Any] = json.loads("""
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{
 "messaging_product":"whatsapp",
 "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
 "statuses":[{"id":"wamid.HBgMOTE4ODI2NzE5NjM1FQIAERgSNjQxNTQ1NEVCOEJEMUE0QjlEAA==","status":"failed",
   "timestamp":"1683871427","recipient_id":"919999999999",
   "errors":[{"code":131050,"title":"(set below)",
     "message":"...","error_data":{"details":"..."},
     "href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}]}}]}]}
""")
MARKETING_STOP["entry"][0]["changes"][0]["value"]["statuses"][0]["errors"][0]["title"] = (
    "Unable to deliver the message. This recipient has chosen to stop receiving marketing "
    "messages on WhatsApp from your business."
)


def with_message(message: dict[str, Any]) -> dict[str, Any]:
    payload = copy.deepcopy(INBOUND)
    payload["entry"][0]["changes"][0]["value"]["messages"] = [
        {"from": "16505551234", "id": "wamid.X", "timestamp": "1749416383", **message}
    ]
    return payload


# --- subscription and signature --------------------------------------------------------------


def test_known_signature_vector() -> None:
    body = b'{"object":"whatsapp_business_account","entry":[]}'
    expected = "sha256=09eceea024af6e6343b760cc9bd3ae7c056938dd636e24e92109eb8219500384"
    assert whatsapp.sign(body, SECRET) == expected
    whatsapp.verify_signature(body, expected, SECRET)


def test_sign_verify_roundtrip_on_raw_bytes() -> None:
    body = json.dumps(INBOUND).encode()
    whatsapp.verify_signature(body, whatsapp.sign(body, SECRET), SECRET)


@pytest.mark.parametrize(
    "body, header, secret",
    [
        pytest.param(b"{}", None, SECRET, id="missing"),
        pytest.param(b"{}", "", SECRET, id="empty"),
        pytest.param(b"{ }", whatsapp.sign(b"{}", SECRET), SECRET, id="tampered-body"),
        pytest.param(b"{}", whatsapp.sign(b"{}", "other"), SECRET, id="other-secret"),
        pytest.param(b"{}", whatsapp.sign(b"{}", SECRET)[7:], SECRET, id="no-prefix"),
        pytest.param(b"{}", whatsapp.sign(b"{}", SECRET).upper(), SECRET, id="mangled"),
        pytest.param(b"{}", whatsapp.sign(b"{}", ""), "", id="no-secret-configured"),
    ],
)
def test_bad_signatures_are_refused(body: bytes, header: str | None, secret: str) -> None:
    with pytest.raises(SignatureInvalid):
        whatsapp.verify_signature(body, header, secret)


def test_subscription_returns_the_challenge() -> None:
    query = {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": "tok"}
    assert whatsapp.verify_subscription(query, "tok") == "1158201444"


@pytest.mark.parametrize(
    "query, token",
    [
        ({"hub.mode": "subscribe", "hub.challenge": "1", "hub.verify_token": "bad"}, "tok"),
        ({"hub.mode": "unsubscribe", "hub.challenge": "1", "hub.verify_token": "tok"}, "tok"),
        ({"hub.mode": "subscribe", "hub.challenge": "1"}, "tok"),
        ({"hub.mode": "subscribe", "hub.verify_token": "tok"}, "tok"),
        ({"hub.mode": "subscribe", "hub.challenge": "1", "hub.verify_token": ""}, ""),
    ],
)
def test_subscription_with_a_bad_token_is_refused(query: dict[str, str], token: str) -> None:
    with pytest.raises(SignatureInvalid):
        whatsapp.verify_subscription(query, token)


# --- payloads --------------------------------------------------------------------------------


def test_parse_metas_inbound_example() -> None:
    messages, reports = whatsapp.parse(INBOUND)
    assert reports == []
    [message] = messages
    assert message.channel is Channel.WHATSAPP
    assert (message.from_address, message.to_address) == ("+16505551234", "+15550783881")
    assert message.body == "Does it come in another color?"
    assert message.provider == "whatsapp"
    assert message.provider_message_id.startswith("wamid.HBgLMTY1")
    assert message.sent_at == datetime.fromtimestamp(1749416383, UTC)
    assert message.raw["type"] == "text"


def test_marketing_opt_out_status() -> None:
    messages, reports = whatsapp.parse(MARKETING_STOP)
    assert messages == []
    [report] = reports
    assert report.outcome is Outcome.CARRIER_OPT_OUT
    assert report.marketing_only is True
    assert report.error_code == "131050"
    assert (report.recipient, report.sender) == ("+919999999999", "+15550783881")
    assert report.occurred_at == datetime.fromtimestamp(1683871427, UTC)


def test_other_failures_are_not_marketing_only() -> None:
    payload = copy.deepcopy(MARKETING_STOP)
    status = payload["entry"][0]["changes"][0]["value"]["statuses"][0]
    status["errors"][0]["code"] = 131026
    [report] = whatsapp.parse(payload)[1]
    assert (report.outcome, report.marketing_only) == (Outcome.TEMPORARY, False)


def test_read_status_without_errors() -> None:
    payload = copy.deepcopy(MARKETING_STOP)
    status = payload["entry"][0]["changes"][0]["value"]["statuses"][0]
    del status["errors"]
    status["status"] = "read"
    [report] = whatsapp.parse(payload)[1]
    assert (report.outcome, report.error_code) == (Outcome.DELIVERED, None)


@pytest.mark.parametrize(
    "message, body",
    [
        (
            {"type": "button", "button": {"payload": "STOP_PROMO", "text": "Stop promotions"}},
            "Stop promotions",
        ),
        (
            {
                "type": "interactive",
                "interactive": {
                    "type": "button_reply",
                    "button_reply": {"id": "b1", "title": "STOP"},
                },
            },
            "STOP",
        ),
        (
            {
                "type": "interactive",
                "interactive": {
                    "type": "list_reply",
                    "list_reply": {"id": "l1", "title": "Unsubscribe", "description": "x"},
                },
            },
            "Unsubscribe",
        ),
        ({"type": "image", "image": {"id": "123", "mime_type": "image/jpeg"}}, ""),
        ({"type": "reaction", "reaction": {"message_id": "wamid.Y", "emoji": "👍"}}, ""),
    ],
)
def test_bodies_of_other_types(message: dict[str, Any], body: str) -> None:
    [parsed] = whatsapp.parse(with_message(message))[0]
    assert parsed.body == body


def test_a_batch_yields_everything() -> None:
    payload = copy.deepcopy(INBOUND)
    payload["entry"].append(copy.deepcopy(MARKETING_STOP["entry"][0]))
    payload["entry"][0]["changes"].append({"field": "message_template_status_update", "value": {}})
    messages, reports = whatsapp.parse(payload)
    assert (len(messages), len(reports)) == (1, 1)


@pytest.mark.parametrize(
    "mutate, path",
    [
        (lambda p: p.update(object="page"), "object"),
        (lambda p: p.pop("entry"), "entry"),
        (lambda p: p["entry"][0].update(changes={}), "entry[0].changes"),
        (lambda p: p["entry"][0]["changes"][0].pop("field"), "entry[0].changes[0].field"),
        (lambda p: p["entry"][0]["changes"][0].update(value=[]), "entry[0].changes[0].value"),
    ],
)
def test_a_malformed_envelope_names_its_path(mutate: Any, path: str) -> None:
    payload = copy.deepcopy(INBOUND)
    mutate(payload)
    with pytest.raises(InvalidWebhook) as caught:
        whatsapp.parse(payload)
    assert caught.value.field == path


def _first(payload: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    return message


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda p: _first(p).pop("from"), {"from_address": ""}),
        (lambda p: _first(p).update(id=7), {"body": "Does it come in another color?"}),
        (lambda p: _first(p).update(timestamp="soon"), {"sent_at": None}),
        (
            lambda p: p["entry"][0]["changes"][0]["value"]["metadata"].pop("display_phone_number"),
            {"to_address": ""},
        ),
    ],
)
def test_an_item_heed_cannot_fully_read_is_still_returned(
    mutate: Any, expected: dict[str, Any]
) -> None:
    """One odd item must not cost the batch (Meta would retry it all, STOPs included): it is
    returned with what it has, and stored with its ids as evidence."""
    payload = copy.deepcopy(INBOUND)
    mutate(payload)
    payload["entry"][0]["changes"][0]["value"]["messages"].append("not an object")
    [message], _ = whatsapp.parse(payload)
    for name, value in expected.items():
        assert getattr(message, name) == value
    assert message.provider_message_id


def test_a_status_without_recipient_is_kept() -> None:
    payload = copy.deepcopy(MARKETING_STOP)
    del payload["entry"][0]["changes"][0]["value"]["statuses"][0]["recipient_id"]
    _, [report] = whatsapp.parse(payload)
    assert (report.recipient, report.error_code) == ("", "131050")


# --- user_preferences: marketing stopped or resumed in WhatsApp itself ------------------------


def test_user_preferences_stop_and_resume_are_provider_reports() -> None:
    messages, reports = whatsapp.parse(
        preferences(preference("stop"), preference("resume"), preference("stop", "other"))
    )
    assert messages == []
    assert [(r.status, r.outcome, r.marketing_only) for r in reports] == [
        ("marketing_stop", Outcome.CARRIER_OPT_OUT, True),
        ("marketing_resume", Outcome.CARRIER_OPT_IN, True),
    ]
    stop = reports[0]
    assert (stop.recipient, stop.sender) == ("+16505551234", "+15550783881")
    assert stop.provider_message_id == "user_preferences:16505551234:1731705721"
    assert stop.occurred_at == datetime(2024, 11, 15, 21, 22, 1, tzinfo=UTC)


def test_user_preferences_of_a_person_known_by_user_id_only() -> None:
    """From April 2026 a person with a username has no `wa_id`: the BSUID is the address."""
    bsuid = preference("stop")
    del bsuid["wa_id"]
    bsuid["user_id"] = "US.13491208655302741918"
    _, [report] = whatsapp.parse(preferences(bsuid))
    assert report.recipient == "US.13491208655302741918"


def _change(**value: Any) -> dict[str, Any]:
    """One `messages` change of Meta's webhook holding `value`'s arrays."""
    metadata = {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"}
    value = {"messaging_product": "whatsapp", "metadata": metadata, **value}
    change = {"field": "messages", "value": value}
    return {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [change]}]}


def test_a_phone_number_and_a_user_id_of_one_person_are_given_together() -> None:
    """The BSUID reference's shapes: `contacts[]` names the person by `wa_id` and `user_id`
    when the number may be shared; the item by `from`/`recipient_id`, `from_user_id` or both."""
    user_id = "US.13491208655302741918"
    contacts = [{"profile": {"name": "Krish"}, "wa_id": "16505551234", "user_id": user_id}]
    text = {"id": "wamid.1", "timestamp": "1749416383", "type": "text", "text": {"body": "hi"}}
    by_number = text | {"from": "16505551234"}
    by_user_id = text | {"id": "wamid.2", "from_user_id": user_id}
    [one, two], _ = whatsapp.parse(_change(contacts=contacts, messages=[by_number, by_user_id]))
    # Keyed by the number either way, with the user id beside it to link.
    assert (one.from_address, one.linked_address) == ("+16505551234", user_id)
    assert (two.from_address, two.linked_address) == ("+16505551234", user_id)
    # Without contacts, an item naming both still gives both; one naming only one, only it.
    [both, alone], _ = whatsapp.parse(
        _change(messages=[by_number | {"from_user_id": user_id}, by_user_id])
    )
    assert (both.from_address, both.linked_address) == ("+16505551234", user_id)
    assert (alone.from_address, alone.linked_address) == (user_id, None)
    status = {"id": "wamid.3", "status": "delivered", "timestamp": "1749416383"}
    status |= {"recipient_id": "16505551234", "recipient_user_id": user_id}
    _, [report] = whatsapp.parse(_change(statuses=[status]))
    assert (report.recipient, report.linked_address) == ("+16505551234", user_id)

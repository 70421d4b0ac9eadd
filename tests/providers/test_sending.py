"""Sending through providers' APIs: the requests heed builds and how it reads the answers.

Pure: no I/O here (tests/outbound sends them over real HTTP). Answer shapes are the
providers' documented ones: Twilio's error JSON, Vonage's per-message `status`, the Graph
API's `error` object.
"""

from __future__ import annotations

from typing import Any

import pytest

from heed.core.vocabulary import Channel
from heed.errors import InvalidSetting
from heed.providers import generic, twilio, vonage, whatsapp
from heed.providers.base import Outgoing, SendOutcome

SID = "AC" + "a" * 32


def outgoing(
    body: str = "You are unsubscribed.",
    *,
    channel: Channel = Channel.SMS,
    secret: str | None = "token",
    **options: Any,
) -> Outgoing:
    return Outgoing("01HX", channel, "+15005550006", "+14155550100", body, secret, options)


def test_twilio_request() -> None:
    request = twilio.send_request(outgoing(account_sid=SID))
    assert (request.method, request.url) == (
        "POST",
        f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json",
    )
    assert request.form == {
        "To": "+14155550100",
        "From": "+15005550006",
        "Body": "You are unsubscribed.",
    }
    assert request.basic_auth == (SID, "token")


def test_twilio_whatsapp_addresses_and_status_callback() -> None:
    message = Outgoing(
        "01HX",
        Channel.WHATSAPP,
        "+15005550006",
        "+14155550100",
        "hi",
        "token",
        {"account_sid": SID, "api_base_url": "https://api.example.com/"},
        status_callback="https://heed.example.com/hooks/twilio/acme/status",
    )
    request = twilio.send_request(message)
    assert request.url.startswith("https://api.example.com/2010-04-01/")
    assert request.form is not None
    assert (request.form["To"], request.form["From"]) == (
        "whatsapp:+14155550100",
        "whatsapp:+15005550006",
    )
    assert request.form["StatusCallback"] == "https://heed.example.com/hooks/twilio/acme/status"


@pytest.mark.parametrize(
    "build,message,missing",
    [
        (twilio.send_request, outgoing(), "'account_sid'"),
        (twilio.send_request, outgoing(secret=None, account_sid=SID), "auth token"),
        (vonage.send_request, outgoing(api_key="k"), "'api_secret'"),
        (whatsapp.send_request, outgoing(access_token="t"), "'phone_number_id'"),
        (whatsapp.send_request, outgoing(phone_number_id="1", access_token=""), "'access_token'"),
        (generic.send_request, outgoing(), "'send_url'"),
    ],
)
def test_missing_credentials_say_which(build: Any, message: Outgoing, missing: str) -> None:
    with pytest.raises(InvalidSetting, match=missing):
        build(message)


@pytest.mark.parametrize(
    "status,body,expected",
    [
        (201, {"sid": "SM1", "status": "queued"}, SendOutcome("SM1")),
        (
            400,
            {"code": 21610, "message": "Attempt to send to unsubscribed recipient"},
            SendOutcome(
                None,
                "Twilio refused the message: Attempt to send to unsubscribed recipient",
                "21610",
            ),
        ),
        (
            429,
            {"code": 20429, "message": "Too Many Requests"},
            SendOutcome(None, "Twilio refused the message: Too Many Requests", "20429", True),
        ),
        (503, "<html>", SendOutcome(None, "Twilio refused the message: HTTP 503", None, True)),
    ],
)
def test_twilio_answers(status: int, body: Any, expected: SendOutcome) -> None:
    assert twilio.read_send_response(status, body) == expected


def test_vonage_request_takes_the_plus_off_and_picks_the_encoding() -> None:
    request = vonage.send_request(outgoing("Réponds STOP: {ok} €5", api_key="k", api_secret="s"))
    assert request.url == "https://rest.nexmo.com/sms/json"
    assert request.form == {
        "api_key": "k",
        "api_secret": "s",
        "from": "15005550006",
        "to": "14155550100",
        "text": "Réponds STOP: {ok} €5",
        "type": "text",  # é, { } and € are all in the GSM alphabet
    }
    assert vonage.send_request(outgoing("退订成功", api_key="k", api_secret="s")).form == {
        **request.form,
        "text": "退订成功",
        "type": "unicode",
    }


def _vonage(status: str, **more: str) -> dict[str, Any]:
    return {"message-count": "1", "messages": [{"status": status, **more}]}


@pytest.mark.parametrize(
    "body,expected",
    [
        (_vonage("0", **{"message-id": "0A0000001234"}), SendOutcome("0A0000001234")),
        (
            _vonage("1", **{"error-text": "Throttled"}),
            SendOutcome(None, "Vonage refused the message: Throttled", "1", True),
        ),
        (
            _vonage("4", **{"error-text": "Bad Credentials"}),
            SendOutcome(None, "Vonage refused the message: Bad Credentials", "4"),
        ),
        ({}, SendOutcome(None, "Vonage refused the message: HTTP 200", None)),
    ],
)
def test_vonage_answers(body: Any, expected: SendOutcome) -> None:
    assert vonage.read_send_response(200, body) == expected


def test_whatsapp_request() -> None:
    request = whatsapp.send_request(
        outgoing(channel=Channel.WHATSAPP, phone_number_id="106540352242922", access_token="EAA")
    )
    assert request.url == "https://graph.facebook.com/v23.0/106540352242922/messages"
    assert request.headers == {"Authorization": "Bearer EAA"}
    assert request.json == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "14155550100",
        "type": "text",
        "text": {"preview_url": False, "body": "You are unsubscribed."},
    }


def _graph_error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "OAuthException", "code": code}}


@pytest.mark.parametrize(
    "status,body,expected",
    [
        (200, {"messages": [{"id": "wamid.HBg"}]}, SendOutcome("wamid.HBg")),
        (
            400,
            _graph_error(131047, "Re-engagement message"),
            SendOutcome(None, "WhatsApp refused the message: Re-engagement message", "131047"),
        ),
        (
            400,
            _graph_error(130429, "Rate limit hit"),
            SendOutcome(None, "WhatsApp refused the message: Rate limit hit", "130429", True),
        ),
        (
            200,
            {"messages": [{"id": ""}]},
            SendOutcome(None, "WhatsApp refused the message: HTTP 200"),
        ),
    ],
)
def test_whatsapp_answers(status: int, body: Any, expected: SendOutcome) -> None:
    assert whatsapp.read_send_response(status, body) == expected


def test_generic_request_is_signed_json() -> None:
    request = generic.send_request(outgoing(send_url="https://crm.example.com/sms"))
    assert request.url == "https://crm.example.com/sms"
    assert request.content is not None
    assert request.headers["X-Heed-Signature"] == generic.sign(request.content, "token")
    assert generic.read_send_response(202, {}) == SendOutcome("")
    assert generic.read_send_response(422, {"detail": "bad number"}) == SendOutcome(
        None, "the send_url answered HTTP 422: bad number", "422"
    )

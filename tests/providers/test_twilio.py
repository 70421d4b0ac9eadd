"""Twilio webhooks: signatures checked by Twilio's own SDK, payloads as Twilio sends them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from twilio.request_validator import RequestValidator  # type: ignore[import-untyped]

from heed.core.delivery import Outcome
from heed.core.vocabulary import Channel
from heed.errors import InvalidWebhook, SignatureInvalid
from heed.providers import twilio

TOKEN = "12345"
URL = "https://example.com/sms/inbound"

# Field sets as Twilio posts them (twilio.com/docs/messaging/guides/webhook-request, plus the
# SmsMessageSid / geo / ApiVersion fields seen in real payloads).
SMS = {
    "ToCountry": "US",
    "ToState": "CA",
    "SmsMessageSid": "SM1234567890abcdef1234567890abcdef",
    "NumMedia": "0",
    "ToCity": "SAN FRANCISCO",
    "FromZip": "94105",
    "SmsSid": "SM1234567890abcdef1234567890abcdef",
    "FromState": "CA",
    "SmsStatus": "received",
    "FromCity": "SAN FRANCISCO",
    "Body": "STOP",
    "FromCountry": "US",
    "To": "+15559870000",
    "MessagingServiceSid": "MG1234567890abcdef1234567890abcdef",
    "ToZip": "94105",
    "NumSegments": "1",
    "MessageSid": "SM1234567890abcdef1234567890abcdef",
    "AccountSid": "AC1234567890abcdef1234567890abcdef",
    "From": "+15551230000",
    "ApiVersion": "2010-04-01",
}
WHATSAPP = {
    "SmsMessageSid": "SM0987654321fedcba0987654321fedcba",
    "NumMedia": "0",
    "ProfileName": "Jane",
    "MessageType": "text",
    "SmsSid": "SM0987654321fedcba0987654321fedcba",
    "WaId": "254712345678",
    "SmsStatus": "received",
    "Body": "Stop please",
    "To": "whatsapp:+14155238886",
    "NumSegments": "1",
    "ReferralNumMedia": "0",
    "MessageSid": "SM0987654321fedcba0987654321fedcba",
    "AccountSid": "AC1234567890abcdef1234567890abcdef",
    "From": "whatsapp:+254712345678",
    "ApiVersion": "2010-04-01",
}
MMS_WITHOUT_BODY = {
    "MessageSid": "MM1234567890abcdef1234567890abcdef",
    "SmsMessageSid": "MM1234567890abcdef1234567890abcdef",
    "SmsSid": "MM1234567890abcdef1234567890abcdef",
    "AccountSid": "AC1234567890abcdef1234567890abcdef",
    "From": "+15551230000",
    "To": "+15559870000",
    "NumMedia": "1",
    "MediaContentType0": "image/jpeg",
    "MediaUrl0": "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
    "SmsStatus": "received",
    "ApiVersion": "2010-04-01",
}


def sdk_signature(url: str, params: dict[str, str], token: str = TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(url, params))


# --- signatures ------------------------------------------------------------------------------


def test_signature_from_the_sdk_verifies() -> None:
    twilio.verify_signature(URL, SMS, sdk_signature(URL, SMS), TOKEN)


def test_known_vector_from_the_research_notes_verifies() -> None:
    params = {
        "MessageSid": "SM1234567890abcdef1234567890abcdef",
        "AccountSid": "AC1234567890abcdef1234567890abcdef",
        "From": "+15551230000",
        "To": "+15559870000",
        "Body": "STOP",
        "NumMedia": "0",
    }
    twilio.verify_signature(URL, params, "rlJyxHPUhWz++PV9NjHZgp7/qHc=", TOKEN)


@pytest.mark.parametrize(
    "signed_url, called_url",
    [
        # Twilio's signing is inconsistent about default ports (comment in the SDK's
        # request_validator.py), so either form of the same URL must verify.
        ("https://example.com:443/sms/inbound", URL),
        (URL, "https://example.com:443/sms/inbound"),
    ],
)
def test_url_with_or_without_default_port_verifies(signed_url: str, called_url: str) -> None:
    twilio.verify_signature(called_url, SMS, sdk_signature(signed_url, SMS), TOKEN)


def test_query_string_is_part_of_the_signed_url() -> None:
    url = URL + "?account=acme"
    twilio.verify_signature(url, SMS, sdk_signature(url, SMS), TOKEN)
    with pytest.raises(SignatureInvalid):
        twilio.verify_signature(URL, SMS, sdk_signature(url, SMS), TOKEN)


@pytest.mark.parametrize(
    "url, params, signature, token",
    [
        pytest.param(URL, SMS, "rlJyxHPUhWz++PV9NjHZgp7/qHc=", TOKEN, id="forged"),
        pytest.param(URL, SMS, sdk_signature(URL, SMS, "other-token"), TOKEN, id="wrong-token"),
        pytest.param(URL, SMS, None, TOKEN, id="missing-header"),
        pytest.param(URL, SMS, "", TOKEN, id="empty-header"),
        pytest.param(URL, {**SMS, "Body": "START"}, sdk_signature(URL, SMS), TOKEN, id="param"),
        pytest.param(URL, {**SMS, "Extra": "1"}, sdk_signature(URL, SMS), TOKEN, id="added"),
        pytest.param(URL, {**SMS, "Body": " STOP"}, sdk_signature(URL, SMS), TOKEN, id="spaces"),
        pytest.param(URL + "2", SMS, sdk_signature(URL, SMS), TOKEN, id="changed-url"),
        pytest.param(
            "http://example.com/sms/inbound", SMS, sdk_signature(URL, SMS), TOKEN, id="scheme"
        ),
        pytest.param(URL, SMS, sdk_signature(URL, SMS, ""), "", id="no-token-configured"),
    ],
)
def test_bad_signatures_are_refused(
    url: str, params: dict[str, str], signature: str | None, token: str
) -> None:
    with pytest.raises(SignatureInvalid):
        twilio.verify_signature(url, params, signature, token)


# --- inbound ---------------------------------------------------------------------------------


def test_parse_sms() -> None:
    message = twilio.parse_inbound(SMS)
    assert message.channel is Channel.SMS
    assert (message.from_address, message.to_address) == ("+15551230000", "+15559870000")
    assert message.body == "STOP"
    assert message.provider == "twilio"
    assert message.provider_message_id == "SM1234567890abcdef1234567890abcdef"
    assert message.sent_at is None  # Twilio's inbound webhook has no timestamp
    assert message.raw == SMS


def test_parse_whatsapp_strips_the_prefix() -> None:
    message = twilio.parse_inbound(WHATSAPP)
    assert message.channel is Channel.WHATSAPP
    assert (message.from_address, message.to_address) == ("+254712345678", "+14155238886")
    assert message.body == "Stop please"
    assert message.raw["WaId"] == "254712345678"


def test_parse_mms_without_body() -> None:
    message = twilio.parse_inbound(MMS_WITHOUT_BODY)
    assert message.channel is Channel.SMS
    assert message.body == ""
    assert message.provider_message_id.startswith("MM")


def test_deprecated_sms_sid_is_accepted() -> None:
    form = {k: v for k, v in SMS.items() if k != "MessageSid"}
    assert twilio.parse_inbound(form).provider_message_id == SMS["SmsSid"]


@pytest.mark.parametrize("field", ["From", "To", "MessageSid"])
def test_missing_required_field_is_named(field: str) -> None:
    form = {k: v for k, v in SMS.items() if k != field and k != "SmsSid"}
    with pytest.raises(InvalidWebhook) as caught:
        twilio.parse_inbound(form)
    assert caught.value.field == field


# --- status callbacks ------------------------------------------------------------------------


def status_form(
    status: str, error_code: str | None = None, to: str = "+15551230000"
) -> dict[str, str]:
    form = {
        "SmsSid": "SM1234567890abcdef1234567890abcdef",
        "SmsStatus": status,
        "MessageStatus": status,
        "To": to,
        "MessageSid": "SM1234567890abcdef1234567890abcdef",
        "AccountSid": "AC1234567890abcdef1234567890abcdef",
        "From": "+15559870000",
        "ApiVersion": "2010-04-01",
    }
    if error_code:
        form |= {"ErrorCode": error_code, "ErrorMessage": "…"}
    return form


@pytest.mark.parametrize(
    "status, code, outcome",
    [
        ("delivered", None, Outcome.DELIVERED),
        ("sent", None, Outcome.DELIVERED),
        ("failed", "21610", Outcome.CARRIER_OPT_OUT),
        ("undelivered", "30003", Outcome.TEMPORARY),
        ("undelivered", "30007", Outcome.SENDER_FAULT),
        ("failed", "21614", Outcome.PERMANENT),
        ("undelivered", "39999", Outcome.TEMPORARY),
    ],
)
def test_parse_status(status: str, code: str | None, outcome: Outcome) -> None:
    report = twilio.parse_status(status_form(status, code))
    assert report.outcome is outcome
    assert report.status == status
    assert report.error_code == code
    assert (report.recipient, report.sender) == ("+15551230000", "+15559870000")
    assert report.provider_message_id == "SM1234567890abcdef1234567890abcdef"
    assert report.channel is Channel.SMS
    assert report.marketing_only is False


def test_whatsapp_status_strips_the_prefix() -> None:
    form = status_form("undelivered", "63024", to="whatsapp:+254712345678")
    form["From"] = "whatsapp:+14155238886"
    report = twilio.parse_status(form)
    assert report.channel is Channel.WHATSAPP
    assert (report.recipient, report.sender) == ("+254712345678", "+14155238886")


def test_status_needs_a_status() -> None:
    form = {k: v for k, v in status_form("sent").items() if not k.endswith("Status")}
    with pytest.raises(InvalidWebhook) as caught:
        twilio.parse_status(form)
    assert caught.value.field == "MessageStatus"


# --- TwiML -----------------------------------------------------------------------------------

PROLOG = '<?xml version="1.0" encoding="UTF-8"?>'


def test_twiml_reply_is_escaped() -> None:
    xml = twilio.twiml('You\'re out: <b>"STOP" & co</b>')
    assert xml.startswith(PROLOG)  # no blank line before the prolog (Twilio error 12100)
    assert "&lt;b&gt;" in xml and "&amp; co" in xml
    root = ET.fromstring(xml)
    assert root.tag == "Response"
    assert [m.text for m in root.iter("Message")] == ['You\'re out: <b>"STOP" & co</b>']


@pytest.mark.parametrize("reply", [None, "", "   "])
def test_twiml_without_reply_is_an_empty_response(reply: str | None) -> None:
    xml = twilio.twiml(reply)
    assert xml.startswith(PROLOG)
    root = ET.fromstring(xml)
    assert root.tag == "Response" and len(root) == 0


def test_twiml_drops_characters_xml_cannot_carry() -> None:
    root = ET.fromstring(twilio.twiml("Bye\x00\x1b now"))
    assert [m.text for m in root.iter("Message")] == ["Bye now"]

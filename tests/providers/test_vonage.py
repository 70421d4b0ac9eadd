"""Vonage SMS API: the `sig` scheme against the SDK's own test vectors, inbound and DLR parsing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heed.core.delivery import Outcome
from heed.core.vocabulary import Channel
from heed.errors import InvalidSetting, InvalidWebhook, SignatureInvalid
from heed.providers import vonage

# Vectors from Vonage's Python SDK, tests/test_signature.py (v2/v3 `Client.signature`,
# signature_secret "secret").
SDK_PARAMS = {"a": "1", "b": "2", "timestamp": "1461605396"}
SDK_VECTORS = {
    "md5hash": "6af838ef94998832dbfc29020b564830",
    "md5": "c15c21ced558c93a226c305f58f902f2",
    "sha1": "3e19a4e6880fdc2c1426bfd0587c98b9532f0210",
    "sha256": "a321e824b9b816be7c3f28859a31749a098713d39f613c80d455bbaffae1cd24",
    "sha512": (
        "812a18f76680fa0fe1b8bd9ee1625466ceb1bd96242e4d050d2cfd9a7b40166c"
        "63ed26ec9702168781b6edcf1633db8ff95af9341701004eec3fcf9550572ee8"
    ),
}

# An inbound STOP as Vonage posts it, signed; vector computed in the research notes from the
# documented algorithm (note `&` and `=` in the text, and message-timestamp sorting before
# messageId).
INBOUND = {
    "msisdn": "447700900001",
    "to": "447700900000",
    "messageId": "0A0000000123ABCD",
    "text": "STOP & go=now",
    "type": "text",
    "keyword": "STOP",
    "message-timestamp": "2024-01-01 12:00:00",
    "timestamp": "1704110400",
    "nonce": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
}
INBOUND_SECRET = "abcdef0123456789"
INBOUND_VECTORS = {
    "md5hash": "899a94360c8f3ef24386b85515429793",
    "sha256": "0365de92fe2e63de00f0d1e686ad2ec6e624bc0096f9940bb7a4c975d1246f9e",
}

# The delivery receipt example of developer.vonage.com/messaging/sms/guides/delivery-receipts.
DLR = {
    "err-code": "0",
    "message-timestamp": "2018-10-25 12:10:29",
    "messageId": "0B00000127FDBC63",
    "msisdn": "447547232824",
    "network-code": "23410",
    "price": "0.03330000",
    "scts": "1810251310",
    "status": "delivered",
    "to": "Nexmo CLI",
}


@pytest.mark.parametrize("method, expected", SDK_VECTORS.items())
def test_sdk_vectors(method: str, expected: str) -> None:
    assert vonage.sign(SDK_PARAMS, "secret", method) == expected
    vonage.verify_signature({**SDK_PARAMS, "sig": expected}, "secret", method)


@pytest.mark.parametrize("method, expected", INBOUND_VECTORS.items())
def test_inbound_vectors(method: str, expected: str) -> None:
    vonage.verify_signature({**INBOUND, "sig": expected}, INBOUND_SECRET, method)


def test_sig_is_compared_case_insensitively() -> None:
    sig = SDK_VECTORS["sha256"].upper()  # Vonage's .NET SDK documents uppercase HMAC hex
    vonage.verify_signature({**SDK_PARAMS, "sig": sig}, "secret", "sha256")


def test_sign_ignores_an_existing_sig() -> None:
    assert vonage.sign({**SDK_PARAMS, "sig": "x"}, "secret") == SDK_VECTORS["md5hash"]


@pytest.mark.parametrize(
    "change",
    [
        {"text": "START"},
        {"msisdn": "447700900002"},
        {"timestamp": "1704110401"},
        {"nonce": "bbbbbbbb-bbbb-cccc-dddd-0123456789ab"},
        {"extra": "1"},
    ],
)
def test_tampered_params_fail(change: dict[str, str]) -> None:
    params = {**INBOUND, **change, "sig": INBOUND_VECTORS["md5hash"]}
    with pytest.raises(SignatureInvalid):
        vonage.verify_signature(params, INBOUND_SECRET)


@pytest.mark.parametrize(
    "params, secret, method",
    [
        pytest.param(INBOUND, INBOUND_SECRET, "md5hash", id="missing-sig"),
        pytest.param({**INBOUND, "sig": ""}, INBOUND_SECRET, "md5hash", id="empty-sig"),
        pytest.param(
            {**INBOUND, "sig": INBOUND_VECTORS["md5hash"]}, "wrong", "md5hash", id="wrong-secret"
        ),
        pytest.param(
            {**INBOUND, "sig": INBOUND_VECTORS["md5hash"]}, INBOUND_SECRET, "md5", id="wrong-method"
        ),
        pytest.param(
            {**SDK_PARAMS, "sig": vonage.sign(SDK_PARAMS, "")}, "", "md5hash", id="no-secret"
        ),
        pytest.param({**INBOUND, "sig": "ä" * 32}, INBOUND_SECRET, "md5hash", id="non-ascii-sig"),
    ],
)
def test_bad_signatures_are_refused(params: dict[str, str], secret: str, method: str) -> None:
    with pytest.raises(SignatureInvalid):
        vonage.verify_signature(params, secret, method)


def test_unknown_method_is_a_setting_error() -> None:
    with pytest.raises(InvalidSetting):
        vonage.sign(SDK_PARAMS, "secret", "sha3")


@given(
    params=st.dictionaries(st.text(min_size=1), st.text(), max_size=6),
    method=st.sampled_from(sorted(vonage.SIGNATURE_METHODS)),
)
def test_sign_then_verify_roundtrips(params: dict[str, str], method: str) -> None:
    vonage.verify_signature(
        {**params, "sig": vonage.sign(params, "s3cret", method)}, "s3cret", method
    )


def test_parse_inbound() -> None:
    message = vonage.parse_inbound(INBOUND)
    assert message.channel is Channel.SMS
    # MSISDNs are international numbers without "+"; heed adds it so they read as E.164.
    assert (message.from_address, message.to_address) == ("+447700900001", "+447700900000")
    assert message.body == "STOP & go=now"
    assert message.provider == "vonage"
    assert message.provider_message_id == "0A0000000123ABCD"
    assert message.sent_at == datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    assert message.raw == INBOUND


def test_parse_inbound_to_a_short_code_keeps_it() -> None:
    assert vonage.parse_inbound({**INBOUND, "to": "12345"}).to_address == "12345"


def test_binary_inbound_has_an_empty_body() -> None:
    params = {k: v for k, v in INBOUND.items() if k not in {"text", "keyword"}}
    params |= {"type": "binary", "data": "AAEC", "udh": "050003CC0201"}
    assert vonage.parse_inbound(params).body == ""


@pytest.mark.parametrize("field", ["msisdn", "to", "messageId"])
def test_inbound_missing_field_is_named(field: str) -> None:
    with pytest.raises(InvalidWebhook) as caught:
        vonage.parse_inbound({k: v for k, v in INBOUND.items() if k != field})
    assert caught.value.field == field


def test_bad_message_timestamp_is_named() -> None:
    with pytest.raises(InvalidWebhook) as caught:
        vonage.parse_inbound({**INBOUND, "message-timestamp": "yesterday"})
    assert caught.value.field == "message-timestamp"


def test_parse_receipt_swaps_msisdn_and_to() -> None:
    report = vonage.parse_receipt(DLR)
    assert report.recipient == "+447547232824"  # in a DLR msisdn is who we messaged
    assert report.sender == "Nexmo CLI"  # and `to` is our sender ID
    assert report.outcome is Outcome.DELIVERED
    assert report.provider_message_id == "0B00000127FDBC63"
    assert report.occurred_at == datetime(2018, 10, 25, 12, 10, 29, tzinfo=UTC)
    assert report.raw == DLR


@pytest.mark.parametrize(
    "status, code, outcome",
    [
        ("failed", "9", Outcome.CARRIER_OPT_OUT),  # Opt-Out Assist example
        ("rejected", "9", Outcome.CARRIER_OPT_OUT),
        ("undelivered", "3", Outcome.PERMANENT),
        ("expired", "2", Outcome.TEMPORARY),
        ("rejected", "6", Outcome.SENDER_FAULT),
        ("accepted", "9", Outcome.PENDING),  # "If status is accepted ignore the value of err-code"
    ],
)
def test_parse_receipt_outcomes(status: str, code: str, outcome: Outcome) -> None:
    report = vonage.parse_receipt({**DLR, "status": status, "err-code": code})
    assert (report.status, report.error_code, report.outcome) == (status, code, outcome)

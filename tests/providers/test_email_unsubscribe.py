"""RFC 8058 one-click unsubscribe: signed tokens and the exact headers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heed.errors import SignatureInvalid
from heed.providers import email

KEY = b"k" * 32
OTHER_KEY = b"o" * 32


def test_token_roundtrip() -> None:
    token = email.make_token(KEY, "acme", "ann@example.com", "list:Marketing")
    assert email.read_token(KEY, token) == ("acme", "ann@example.com", "list:Marketing")


def test_default_scope_is_account() -> None:
    assert email.read_token(KEY, email.make_token(KEY, "acme", "a@x.io"))[2] == "account"


@given(st.text(), st.text(), st.text())
def test_any_text_roundtrips_and_stays_url_safe(account: str, address: str, scope: str) -> None:
    token = email.make_token(KEY, account, address, scope)
    assert email.read_token(KEY, token) == (account, address, scope)
    assert token.replace("-", "").replace("_", "").replace(".", "").isalnum()
    assert token.isascii()


def test_a_token_is_versioned() -> None:
    assert email.make_token(KEY, "acme", "a@x.io").startswith("u1.")


def test_another_key_fails() -> None:
    token = email.make_token(KEY, "acme", "a@x.io")
    with pytest.raises(SignatureInvalid):
        email.read_token(OTHER_KEY, token)


def flip(text: str, index: int) -> str:
    return text[:index] + ("A" if text[index] != "A" else "B") + text[index + 1 :]


def tampered() -> list[str]:
    token = email.make_token(KEY, "acme", "a@x.io")
    version, payload, mac = token.split(".")
    forged_payload = email.make_token(KEY, "acme", "b@x.io").split(".")[1]
    return [
        f"{version}.{forged_payload}.{mac}",  # another address under the old MAC
        f"{version}.{flip(payload, 3)}.{mac}",
        f"{version}.{payload}.{flip(mac, 5)}",
        f"{version}.{payload}.{mac[:-1]}",
        f"u2.{payload}.{mac}",
        f"{version}.{payload}",
        token + ".",
        token + "x",
    ]


@pytest.mark.parametrize("token", tampered())
def test_tampered_tokens_fail(token: str) -> None:
    with pytest.raises(SignatureInvalid):
        email.read_token(KEY, token)


@pytest.mark.parametrize("garbage", ["", ".", "..", "u1..", "hello", "u1.!!!.???", "ü1.ä.ö"])
def test_garbage_fails(garbage: str) -> None:
    with pytest.raises(SignatureInvalid):
        email.read_token(KEY, garbage)


def test_a_validly_signed_payload_of_the_wrong_shape_fails() -> None:
    payload = email._b64encode(b'["acme","a@x.io"]')
    with pytest.raises(SignatureInvalid):
        email.read_token(KEY, f"u1.{payload}.{email._mac(KEY, payload)}")


def test_short_keys_are_refused() -> None:
    with pytest.raises(ValueError):
        email.make_token(b"short", "acme", "a@x.io")


def test_headers_are_exactly_rfc_8058() -> None:
    headers = email.list_unsubscribe_headers(
        "https://u.example.com/u/OPAQUE", "unsub@example.com?subject=unsub"
    )
    assert headers == {
        "List-Unsubscribe": (
            "<https://u.example.com/u/OPAQUE>, <mailto:unsub@example.com?subject=unsub>"
        ),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def test_headers_without_mailto() -> None:
    headers = email.list_unsubscribe_headers("https://u.example.com/u/OPAQUE")
    assert headers["List-Unsubscribe"] == "<https://u.example.com/u/OPAQUE>"


def test_mailto_prefix_is_not_doubled() -> None:
    headers = email.list_unsubscribe_headers("https://u.example.com/u", "mailto:u@example.com")
    assert headers["List-Unsubscribe"].endswith(", <mailto:u@example.com>")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/u/T", "http://localhost/u/T"])
def test_plain_http_only_for_localhost(url: str) -> None:
    assert email.list_unsubscribe_headers(url)["List-Unsubscribe"] == f"<{url}>"


@pytest.mark.parametrize(
    "url, mailto",
    [
        ("http://example.com/u/T", None),
        ("ftp://example.com/u/T", None),
        ("mailto:unsub@example.com", None),
        ("https:///u/T", None),
        ("https://example.com/u/T>\r\nBcc: x@evil.example", None),
        ("https://example.com/u/a b", None),
        ("https://example.com/u/T", "u@example.com>, <https://evil.example"),
    ],
)
def test_unsafe_or_non_https_urls_are_refused(url: str, mailto: str | None) -> None:
    with pytest.raises(ValueError):
        email.list_unsubscribe_headers(url, mailto)


@pytest.mark.parametrize(
    "form, expected",
    [
        ({"List-Unsubscribe": "One-Click"}, True),
        ({"List-Unsubscribe": "One-Click", "extra": "ignored"}, True),
        ({"List-Unsubscribe": "one-click-ish"}, False),
        ({"List-Unsubscribe": ""}, False),
        ({}, False),
    ],
)
def test_is_one_click(form: dict[str, str], expected: bool) -> None:
    assert email.is_one_click(form) is expected

"""Email one-click unsubscribe (RFC 8058): signed link tokens and the two headers.

RFC 8058 §3.1: the message carries `List-Unsubscribe` with exactly one HTTPS URI (other, non-
HTTP URIs such as mailto: may follow) and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`;
the mailbox provider then POSTs `List-Unsubscribe=One-Click` to that URI with no cookies or
authorisation, so "any information about the message or recipient is encoded in the URI" and
it "SHOULD include an opaque identifier or another hard-to-forge component". That component is
the token made here. The HTTP side (not this module) must unsubscribe on POST only, never on
GET (link scanners fetch URLs), and must not answer the POST with a redirect.

Token format, version 1:  ``u1.<payload>.<mac>``

- payload: base64url (no padding) of the JSON array ``[account_id, address, scope]``;
- mac: base64url of HMAC-SHA256(key, ``"heed-unsubscribe:u1." + payload``).

The payload is signed, not encrypted: anyone holding the link can read the address in it, and
that is the recipient, whose own mail already shows it. There is no expiry: a person may
unsubscribe from a message months old, and an expired link would turn that opt-out into
silence. The version prefix lets a later format (encrypted, say) be read alongside this one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from heed.errors import SignatureInvalid

_VERSION = "u1"
_DOMAIN = b"heed-unsubscribe:"  # keeps a MAC made with this key for anything else from passing
_MIN_KEY_BYTES = 16
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
# What would break the <...> brackets of the header or start a new header line.
_UNSAFE_IN_HEADER = re.compile(r"[\s<>,]")

ONE_CLICK_KEY = "List-Unsubscribe"
ONE_CLICK_VALUE = "One-Click"


def make_token(key: bytes, account_id: str, address: str, scope: str = "account") -> str:
    """Return an unforgeable, URL-safe token naming who unsubscribes from what."""
    _check_key(key)
    payload = _b64encode(
        json.dumps([account_id, address, scope], ensure_ascii=False, separators=(",", ":")).encode()
    )
    return f"{_VERSION}.{payload}.{_mac(key, payload)}"


def read_token(key: bytes, token: str) -> tuple[str, str, str]:
    """Return (account_id, address, scope) from a token, or raise SignatureInvalid.

    The MAC is checked before the payload is decoded, so nothing unsigned is ever parsed.
    """
    _check_key(key)
    version, _, rest = token.partition(".")
    payload, _, mac = rest.partition(".")
    if version != _VERSION or not payload or not mac:
        raise SignatureInvalid("not a heed unsubscribe token")
    if not hmac.compare_digest(mac.encode(), _mac(key, payload).encode()):
        raise SignatureInvalid("unsubscribe token signature does not match")
    try:
        fields = json.loads(_b64decode(payload))
    except (ValueError, binascii.Error):
        raise SignatureInvalid("unsubscribe token payload is unreadable") from None
    if not (
        isinstance(fields, list) and len(fields) == 3 and all(isinstance(f, str) for f in fields)
    ):
        raise SignatureInvalid("unsubscribe token payload has the wrong shape")
    account_id, address, scope = fields
    return account_id, address, scope


def read_any(keys: Sequence[bytes], token: str) -> tuple[str, str, str]:
    """`read_token` with the first of `keys` that verifies it (current and retired keys)."""
    failure = SignatureInvalid("no keys to verify the unsubscribe token with")
    for key in keys:
        try:
            return read_token(key, token)
        except SignatureInvalid as exc:
            failure = exc
    raise failure


def list_unsubscribe_headers(unsubscribe_url: str, mailto: str | None = None) -> dict[str, str]:
    """Return the `List-Unsubscribe` and `List-Unsubscribe-Post` headers of RFC 8058.

    The URL must be HTTPS (RFC 8058 §3.1: "MUST contain one HTTPS URI"); plain http is allowed
    only for localhost, so tests and local demos work. The DKIM signature of the message must
    cover both headers; that is the mail sender's job.
    """
    _check_https(unsubscribe_url)
    targets = [f"<{unsubscribe_url}>"]
    if mailto:
        address = mailto if mailto.lower().startswith("mailto:") else f"mailto:{mailto}"
        _check_header_safe(address)
        targets.append(f"<{address}>")
    return {
        "List-Unsubscribe": ", ".join(targets),
        "List-Unsubscribe-Post": f"{ONE_CLICK_KEY}={ONE_CLICK_VALUE}",
    }


def is_one_click(form: Mapping[str, str]) -> bool:
    """Tell whether a POST body is an RFC 8058 one-click request.

    Extra fields are ignored; the body may have come as multipart/form-data (what RFC 8058
    says SHOULD be sent) or urlencoded (what Gmail sends), which the HTTP layer flattens.
    """
    return (form.get(ONE_CLICK_KEY) or "").strip() == ONE_CLICK_VALUE


def _mac(key: bytes, payload: str) -> str:
    message = _DOMAIN + f"{_VERSION}.{payload}".encode()
    return _b64encode(hmac.new(key, message, hashlib.sha256).digest())


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _check_key(key: bytes) -> None:
    if len(key) < _MIN_KEY_BYTES:
        raise ValueError(f"unsubscribe token key must be at least {_MIN_KEY_BYTES} bytes")


def _check_https(url: str) -> None:
    _check_header_safe(url)
    parts = urlsplit(url)
    local_http = parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS
    if not parts.hostname or not (parts.scheme == "https" or local_http):
        raise ValueError(f"one-click unsubscribe needs an https:// URL (RFC 8058), got {url!r}")


def _check_header_safe(uri: str) -> None:
    if _UNSAFE_IN_HEADER.search(uri):
        raise ValueError(f"{uri!r} has a space, comma or angle bracket: not valid in the header")

"""What the provider-traffic tests (tests/api/test_traffic_*.py) share: the providers' real
payloads (tests/providers/fixtures, sources in SOURCES.md), an account with their numbers, and
each provider's own signing: Twilio's SDK, Vonage's SDK (SMS API) and an HS256 JWT made with
PyJWT that Vonage's SDK accepts (Messages API), and Meta's HMAC-SHA256 computed here, not by
heed."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import jwt
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator
from vonage_http_client import Auth
from vonage_jwt.verify_jwt import verify_signature as vonage_accepts

from heed.store.tables import ReceivedMessage, ReceivedReport, Suppression
from helpers.actors import ADMIN
from helpers.live import Live

FIXTURES = Path(__file__).parent.parent / "providers" / "fixtures"
TOKEN, APP_SECRET, VONAGE_SECRET = (
    "twilio-auth-token",
    "meta-app-secret",
    "vonage-signature-secret-of-32-bytes",
)
TWILIO_NUMBER, META_NUMBER, VONAGE_NUMBER = "+15005550006", "+15550783881", "+447700900000"
BSUID = "US.13491208655302741918"


def fixture(name: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((FIXTURES / name).read_text())
    return found


#: Where providers reach the `proxied` server: a proxy in front of it, as in production.
PUBLIC = "https://heed.example.com"


def new_account(live: Live) -> str:
    """A fresh account with the fixtures' numbers: Twilio (SMS and WhatsApp), Meta, Vonage."""
    slug = f"traffic-{uuid.uuid4().hex[:10]}"
    engine = live.engine
    engine.create_account(slug, "Acme")
    for channel in ("sms", "whatsapp"):
        engine.add_sender(
            slug, channel, TWILIO_NUMBER, actor=ADMIN, provider="twilio", secret=TOKEN
        )
    engine.add_sender(
        slug, "whatsapp", META_NUMBER, actor=ADMIN, provider="whatsapp", secret=APP_SECRET
    )
    engine.add_sender(
        slug,
        "sms",
        VONAGE_NUMBER,
        actor=ADMIN,
        provider="vonage",
        secret=VONAGE_SECRET,
        provider_options={"signature_method": "sha256"},
    )
    return slug


def allowed(live: Live, slug: str, channel: str, address: str, purpose: str = "marketing") -> bool:
    return live.engine.check(slug, channel, address, purpose=purpose).allowed


def count(live: Live, slug: str, table: type[ReceivedMessage] | type[ReceivedReport]) -> int:
    account_id = live.engine.account(slug).id
    with live.engine.db.read() as session:
        query = select(func.count()).select_from(table).where(table.account_id == account_id)
        return session.scalar(query) or 0


# --- signing, each provider's own way -------------------------------------------------------


def twilio(
    live: Live, path: str, params: dict[str, str], *, method: str = "POST", url: str | None = None
) -> httpx.Response:
    """A Twilio webhook signed by Twilio's SDK over `url` (default: the URL called)."""
    called = f"{live.base}{path}"
    validator = RequestValidator(TOKEN)
    if method == "GET":
        called = str(httpx.URL(called, params=params))
        signature = validator.compute_signature(url or called, {})
        return httpx.get(called, headers={"X-Twilio-Signature": signature})
    signature = validator.compute_signature(url or called, params)
    return httpx.post(called, data=params, headers={"X-Twilio-Signature": signature})


def vonage_signed(params: dict[str, str]) -> dict[str, str]:
    """`params` with the `sig` Vonage's own SDK computes (SHA-256 method)."""
    auth = Auth(api_key="abcd1234", signature_secret=VONAGE_SECRET, signature_method="sha256")
    return params | {"sig": auth.sign_params(dict(params))}


def vonage_jwt(body: bytes, secret: str = VONAGE_SECRET) -> str:
    """The Messages API's Authorization header: HS256 JWT with the body's `payload_hash`."""
    claims = {
        "iat": int(time.time()),
        "jti": str(uuid.uuid4()),
        "iss": "Vonage",
        "payload_hash": hashlib.sha256(body).hexdigest(),
        "api_key": "abcd1234",
        "application_id": "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
    }
    token = jwt.encode(claims, secret, algorithm="HS256")
    assert vonage_accepts(token, secret)  # what Vonage's own SDK checks webhooks with
    return f"Bearer {token}"


def vonage_messages(
    live: Live, path: str, body: dict[str, Any], *, secret: str = VONAGE_SECRET
) -> httpx.Response:
    raw = json.dumps(body, separators=(",", ":")).encode()
    headers = {"Authorization": vonage_jwt(raw, secret), "Content-Type": "application/json"}
    return httpx.post(f"{live.base}{path}", content=raw, headers=headers)


def meta(live: Live, slug: str, payload: dict[str, Any]) -> httpx.Response:
    """Signed as Meta documents it: `sha256=` and the hex HMAC-SHA256 of the raw body, keyed
    with the app secret (computed here, so that heed's own `sign` is not what is tested)."""
    raw = json.dumps(payload).encode()
    digest = hmac.new(APP_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    headers = {"X-Hub-Signature-256": f"sha256={digest}", "Content-Type": "application/json"}
    return httpx.post(f"{live.base}/hooks/whatsapp/{slug}", content=raw, headers=headers)


PHONE = "+16505550777"


def meta_text(body: str, *, phone: str | None, user_id: str | None) -> dict[str, Any]:
    """Meta's text example with the person named as the BSUID reference shows it: `from` and
    `contacts[].wa_id` when the phone number may be shared, `from_user_id` and
    `contacts[].user_id` always (from April 2026)."""
    payload = fixture("whatsapp/text.json")
    value = payload["entry"][0]["changes"][0]["value"]
    contact: dict[str, Any] = {"profile": {"name": "Krish"}}
    [message] = value["messages"]
    message.pop("from")
    message |= {"id": f"wamid.{uuid.uuid4().hex}", "timestamp": str(int(time.time()))}
    message["text"]["body"] = body
    if phone:
        contact["wa_id"] = message["from"] = phone.removeprefix("+")
    if user_id:
        contact["user_id"] = message["from_user_id"] = user_id
    value["contacts"] = [contact]
    return payload


def suppressions_of(live: Live, slug: str, address: str) -> list[Suppression]:
    with live.engine.db.read() as session:
        return list(
            session.scalars(
                select(Suppression).where(
                    Suppression.account_id == live.engine.account(slug).id,
                    Suppression.address == address,
                    Suppression.lifted_at.is_(None),
                )
            )
        )

"""Tenant isolation, walked from the OpenAPI spec: account A's keys never reach account B.

Every operation in the spec is one test. A `/v1` route is judged by generic rules: a path
parameter names one of B's real objects of the right kind (A gets 404, or 403 where its role
may not act at all); a collection is read with filters that point at B's data and must show
none of it; a create runs with the schema's own example and must land in A. The provider
webhooks and the unsubscribe links take the account slug in the path, so there A's signing
secrets and tokens are tried on B's slug and must get 403. After every request, every row B
owns is compared with what it was: A changed nothing of B's.

A route nobody has thought about fails here (an unknown path parameter, query parameter,
request body without an example, or a non-/v1 route with no rule), so a new route cannot
slip past this test.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import itertools
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from twilio.request_validator import RequestValidator

from heed import Channel, Engine
from heed.providers import vonage, whatsapp
from heed.providers.base import InboundMessage
from helpers.actors import ADMIN, SUPPORT
from helpers.api import (
    PROBLEM,
    Api,
    Tenant,
    app_spec,
    assert_problem,
    new_tenant,
    operations,
    outbox_settled,
    owned_rows,
)
from helpers.live import Live

ROLES = ("admin", "agent", "support")
SPEC = app_spec()
OPERATIONS = operations(SPEC)


@dataclass
class Seeded:
    """One account with one object of every kind, and the strings that identify them."""

    tenant: Tenant
    phone: str
    email: str
    ids: dict[str, str]  # kind -> id, by the name of the path parameter's object
    secrets: dict[str, str]
    senders: dict[str, str]
    list_name: str
    markers: set[str]

    @property
    def slug(self) -> str:
        return self.tenant.slug


def _seed(tenant: Tenant, tag: str, digit: str) -> Seeded:
    engine, slug = tenant.engine, tenant.slug
    secret_word = f"{tag}-secret-{tenant.slug[-6:]}"
    phone, email = f"+1415555{digit}177", f"{secret_word}@example.com"
    senders = {
        "twilio": f"+1500555{digit}106",
        "whatsapp": f"+1500555{digit}110",
        "vonage": f"+1500555{digit}111",
    }
    secrets = {
        "twilio": f"{secret_word}-twilio-token",
        "whatsapp": f"{secret_word}-app-secret",
        "vonage": f"{secret_word}-vonage-secret",
        "verify_token": f"{secret_word}-verify",
        "ses": f"arn:aws:sns:us-east-1:12345678901{digit}:{secret_word}",
        "postmark": f"heed:{secret_word}-postmark",
        "mailgun": f"{secret_word}-mailgun-key",
    }
    # SendGrid signs with the account's private key; heed holds the public one.
    sendgrid_key = ec.generate_private_key(ec.SECP256R1())
    secrets["sendgrid"] = sendgrid_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    sendgrid_public = sendgrid_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    for provider, secret in (
        ("ses", secrets["ses"]),
        ("postmark", secrets["postmark"]),
        ("mailgun", secrets["mailgun"]),
        ("sendgrid", base64.b64encode(sendgrid_public).decode()),
    ):
        address = f"{provider}.{secret_word}.example"
        engine.add_sender(slug, "email", address, actor=ADMIN, provider=provider, secret=secret)
    sender_ids = {
        "twilio": engine.add_sender(
            slug, "sms", senders["twilio"], actor=ADMIN, provider="twilio", secret=secrets["twilio"]
        ).id,
        "whatsapp": engine.add_sender(
            slug,
            "whatsapp",
            senders["whatsapp"],
            actor=ADMIN,
            provider="whatsapp",
            secret=secrets["whatsapp"],
            provider_options={"verify_token": secrets["verify_token"]},
        ).id,
        "vonage": engine.add_sender(
            slug, "sms", senders["vonage"], actor=ADMIN, provider="vonage", secret=secrets["vonage"]
        ).id,
    }
    list_name = f"{secret_word}-list"
    list_id = engine.create_list(slug, list_name, actor=ADMIN)
    contact_id = engine.add_contact(
        slug, actor=ADMIN, phone=phone, email=email, name=f"{secret_word} name"
    )
    engine.add_to_list(slug, list_name, "sms", phone, actor=ADMIN)
    suppression = engine.opt_out(
        slug, "sms", phone, actor=ADMIN, reason=f"{secret_word} reason"
    ).changed[0]
    blacklisted = engine.blacklist(
        slug, "email", email, actor=SUPPORT, reason=f"{secret_word} blacklist"
    ).changed[0]
    engine.record_consent(
        slug, "whatsapp", phone, purpose="marketing", actor=ADMIN, evidence={"form": secret_word}
    )
    # B retries a create with an Idempotency-Key; A sending the same key gets nothing of B's.
    replayed = {"phone": f"+1415555{digit}178", "name": f"{secret_word} replayed"}
    for _ in range(2):
        made = tenant.admin.post(
            "/v1/contacts", json=replayed, headers=_idempotency("/v1/contacts")
        )
        assert made.status_code == 201
    doubtful = InboundMessage(
        Channel.SMS,
        phone,
        senders["twilio"],
        f"wrong number {secret_word}",
        "generic",
        f"{secret_word}-review",
        None,
        {},
    )
    review_id = engine.receive(slug, doubtful).actions[-1].review_id
    asker = f"+1415555{digit}180"  # not `phone`: blacklisted people get no replies
    help_request = InboundMessage(
        Channel.SMS, asker, senders["vonage"], "HELP", "vonage", f"{secret_word}-help", None, {}
    )
    outbound_id = engine.receive(slug, help_request).outbound_id
    assert outbound_id is not None  # Vonage's webhook cannot carry the reply: heed sends it
    _wait_until_settled(engine, slug, outbound_id)
    imported = engine.import_optouts(
        slug,
        io.BytesIO(f"address,reason\n+1415555{digit}179,{secret_word} import\n".encode()),
        file_name=f"{secret_word}.csv",
        actor=ADMIN,
        channel="sms",
    )
    ids = {
        "outbound": outbound_id,
        "review": review_id,
        "import": imported.id,
        "contact": contact_id,
        "suppression": suppression.id,
        "blacklist": blacklisted.id,
        "sender": sender_ids["twilio"],
        "list": list_id,
        "key": tenant.key_ids["agent"],
    }
    account = engine.account(slug)
    markers = {secret_word, slug, account.id, *ids.values(), *sender_ids.values()}
    markers |= set(tenant.key_ids.values()) | set(tenant.tokens.values()) | {made.json()["id"]}
    markers |= {e["id"] for e in tenant.admin.all("/v1/consents")}
    markers |= {e["hash"] for e in tenant.admin.all("/v1/events", limit=500)}
    return Seeded(tenant, phone, email, ids, secrets, senders, list_name, markers)


def _wait_until_settled(engine: Engine, slug: str, message_id: str) -> None:
    """Until the server's sender has tried the message (it fails: the sender has no API
    credentials), so that B's rows stay still while the tests compare them."""
    deadline = time.monotonic() + 15
    while engine.get_outbound(slug, message_id).status in ("queued", "sending"):
        assert time.monotonic() < deadline, "the server never tried to send B's reply"
        time.sleep(0.1)


@dataclass
class Pair:
    a: Seeded
    b: Seeded
    live: Live


@pytest.fixture(scope="module")
def pair(server: Live) -> Iterator[Pair]:
    """Accounts A and B with the same kinds of objects, shared by this module's tests."""
    a, b = new_tenant(server, "alpha"), new_tenant(server, "bravo")
    yield Pair(_seed(a, "alpha", "2"), _seed(b, "bravo", "1"), server)
    a.close()
    b.close()


def assert_nothing_of(b: Seeded, response: httpx.Response, what: str) -> None:
    """No string that identifies B is in the response, unless the request itself sent it."""
    sent = str(response.request.url) + response.request.content.decode()
    leaked = sorted(m for m in b.markers if m in response.text and m not in sent)
    assert not leaked, f"{what} showed account B's {leaked}: {response.text[:500]}"


# -- /v1: generic rules ---------------------------------------------------------------------

#: Path parameter -> the kinds of B's objects it may name (each is tried). A new `{x_id}`
#: parameter needs a line here.
OBJECT_OF_PARAMETER = {
    "contact_id": ("contact",),
    "suppression_id": ("suppression", "blacklist"),
    "sender_id": ("sender",),
    "list_id": ("list",),
    "key_id": ("key",),
    "item_id": ("review",),
    "message_id": ("outbound",),
    "import_id": ("import",),
}

#: Query values that differ by route (the same name, another vocabulary).
_QUERY_FOR_PATH: dict[str, dict[str, Any]] = {
    "/v1/review": {"status": "pending"},
    "/v1/outbox": {"status": "queued"},
    "/v1/imports": {"kind": "optouts"},
}


def _query_for_b(b: Seeded) -> dict[str, Any]:
    """Query parameter -> a value that points at B's data (None: leave it out)."""
    now = datetime.now(UTC)
    return {
        "channel": "sms",
        "address": b.phone,
        "sender": b.senders["twilio"],
        "list": b.list_name,
        "purpose": "marketing",
        "at": now.isoformat(),
        "known": "now",
        "q": b.phone,
        "status": "suppressed",
        "source": "manual",
        "scope": "account",
        "active": "true",
        "contact_id": b.ids["contact"],
        "kind": "suppression.created",
        "since": "2000-01-01T00:00:00Z",
        "until": now.isoformat(),
        "cursor": None,
        "limit": 500,
        "column": None,
        "encoding": "utf-8",
        "file_name": None,
        "format": "json",
        "output": "counts",
    }


@dataclass(frozen=True)
class Raw:
    """A request body that is a file (CSV), not JSON."""

    content: str
    content_type: str = "text/csv"


#: Bodies for POSTs that only read, pointed at B's data instead of the schema's example; and
#: for the file uploads, a CSV of B's number (imported, it lands in A and changes nothing of B).
def _body_for_b(b: Seeded) -> dict[str, Any]:
    return {
        "/v1/check/bulk": {"channel": "sms", "addresses": [b.phone, b.senders["twilio"]]},
        "/v1/filter": Raw(f"phone\n{b.phone}\n{b.senders['twilio']}\n"),
        "/v1/imports": Raw(f"address\n{b.phone}\n"),
        "/v1/outbox": {
            "channel": "sms",
            "to": b.phone,
            "body": "hi",
            "sender": b.senders["vonage"],
        },
    }


def _idempotency(path: str) -> dict[str, str]:
    return {"Idempotency-Key": f"retry:{path}"}


def _example_body(operation: dict[str, Any]) -> Any:
    """The request body's example from the spec; a body without one fails the test."""
    content = operation["requestBody"]["content"]["application/json"]
    schema = content["schema"]
    if "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    examples = schema.get("examples") or ([content["example"]] if "example" in content else [])
    assert examples, f"{schema.get('title')} has no example: add one (it is also what /docs shows)"
    return examples[0]


def _parameters(operation: dict[str, Any], where: str) -> list[dict[str, Any]]:
    return [p for p in operation.get("parameters", []) if p["in"] == where]


def _assert_b_address_allowed(b: Seeded, body: Any, asked: bool, what: str) -> None:
    """A's answers about B's (suppressed) number must not carry B's suppressions."""
    if isinstance(body, dict):
        about_b = asked or body.get("address") == b.phone
        if about_b and isinstance(body.get("allowed"), bool):
            assert body["allowed"] is True, f"{what}: B's suppression shows in A: {body}"
        for value in body.values():
            _assert_b_address_allowed(b, value, False, what)
    elif isinstance(body, list):
        for value in body:
            _assert_b_address_allowed(b, value, False, what)


def check_object_route(pair: Pair, method: str, path: str, operation: dict[str, Any]) -> None:
    """A route naming one of B's objects by id: 404 for A (403 where A's role may not act)."""
    names = [p["name"] for p in _parameters(operation, "path")]
    for name in names:
        assert name in OBJECT_OF_PARAMETER, (
            f"{method} {path}: no isolation rule for path parameter {{{name}}}: add it to "
            "OBJECT_OF_PARAMETER with the kind of object it names"
        )
    body = _example_body(operation) if "requestBody" in operation else None
    for kinds in itertools.product(*(OBJECT_OF_PARAMETER[name] for name in names)):
        url = path
        for name, kind in zip(names, kinds, strict=True):
            url = url.replace(f"{{{name}}}", pair.b.ids[kind])
        for role in ROLES:
            response = pair.a.tenant.api(role).request(method, url, json=body)
            allowed_statuses = {404} if role == "admin" else {403, 404}
            assert response.status_code in allowed_statuses, (
                f"{role} key of A on B's {kinds}: {method} {url} -> {response.status_code} "
                f"{response.text[:300]}"
            )
            assert_problem(response, response.status_code)
            assert_nothing_of(pair.b, response, f"{role}: {method} {url}")
        # The same request with B's own admin key finds the object: the ids were real.
        if method == "GET":
            assert pair.b.tenant.admin.request(method, url).status_code == 200


def check_collection_route(pair: Pair, method: str, path: str, operation: dict[str, Any]) -> None:
    """A route without ids: A sees only A's data, however it filters; a create lands in A."""
    values = _query_for_b(pair.b) | _QUERY_FOR_PATH.get(path, {})
    query: dict[str, Any] = {}
    required: dict[str, Any] = {}
    for parameter in _parameters(operation, "query"):
        name = parameter["name"]
        assert name in values, (
            f"{method} {path}: no isolation rule for query parameter {name!r}: add a value "
            "pointing at B's data to _query_for_b"
        )
        if values[name] is not None:
            query[name] = values[name]
            if parameter.get("required"):
                required[name] = values[name]
    headers = {}
    for parameter in _parameters(operation, "header"):
        assert parameter["name"] == "Idempotency-Key", (
            f"{method} {path}: no isolation rule for header {parameter['name']!r}"
        )
        headers = _idempotency(path)  # the key B used
    body = None
    if "requestBody" in operation:
        body = _body_for_b(pair.b).get(path) or _example_body(operation)
    for role in ROLES:
        api = pair.a.tenant.api(role)
        for params in (required, query) if method == "GET" else (query,):
            if isinstance(body, Raw):
                sent = {**headers, "Content-Type": body.content_type}
                response = api.request(
                    method, path, params=params, content=body.content, headers=sent
                )
            else:
                response = api.request(method, path, params=params, json=body, headers=headers)
            assert "idempotent-replayed" not in response.headers
            what = f"{role} key of A: {method} {path} {params}"
            assert response.status_code < 500, f"{what} -> {response.text[:300]}"
            if response.status_code in (403, 404):
                assert_problem(response, response.status_code)
            elif response.status_code >= 400:
                assert method != "GET", f"{what} -> {response.status_code} {response.text}"
            assert_nothing_of(pair.b, response, what)
            reads = method == "GET" or path in _body_for_b(pair.b)
            is_json = response.headers.get("content-type", "").startswith("application/json")
            if reads and response.status_code == 200 and is_json:
                asked = params.get("address") == pair.b.phone
                _assert_b_address_allowed(pair.b, response.json(), asked, what)
        if method == "GET" and role == "admin":
            assert api.request(method, path, params=required).status_code == 200, what


# -- webhooks and links that take the account in the path -----------------------------------
#
# Each rule makes A's attempts on B's slug (which must be refused) and returns a control: the
# same kind of request with B's own secret, which must work. The control runs only after B's
# rows were compared, since it may legitimately change them.

Control = Callable[[], None]


def _expect(response: httpx.Response, status: int, text: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert text is None or text in response.text


def _twilio(
    pair: Pair, path: str, token: str, params: dict[str, str], method: str = "POST"
) -> httpx.Response:
    url = f"{pair.live.base}{path.replace('{account}', pair.b.slug)}"
    if method == "GET":  # Twilio signs the full URL, fields in its query string
        url = str(httpx.URL(url, params=params))
        signature = RequestValidator(token).compute_signature(url, {})
        return httpx.get(url, headers={"X-Twilio-Signature": signature})
    signature = RequestValidator(token).compute_signature(url, params)
    return httpx.post(url, data=params, headers={"X-Twilio-Signature": signature})


def _twilio_inbound(pair: Pair) -> dict[str, str]:
    return {
        "MessageSid": f"SM{time.monotonic_ns()}",
        "AccountSid": "AC00",
        "From": pair.b.phone,
        "To": pair.b.senders["twilio"],
        "Body": "START",
        "NumMedia": "0",
    }


def twilio_message(pair: Pair, method: str, path: str) -> Control:
    params = _twilio_inbound(pair)
    assert_problem(_twilio(pair, path, pair.a.secrets["twilio"], params, method), 403)

    def control() -> None:
        hello = _twilio(pair, path, pair.b.secrets["twilio"], params | {"Body": "hello"}, method)
        assert hello.status_code == 200, hello.text

    return control


def twilio_status(pair: Pair, method: str, path: str) -> Control:
    params = {
        "MessageSid": f"SM{time.monotonic_ns()}",
        "MessageStatus": "undelivered",
        "ErrorCode": "21610",
        "To": pair.b.phone,
        "From": pair.b.senders["twilio"],
        "AccountSid": "AC00",
    }
    assert_problem(_twilio(pair, path, pair.a.secrets["twilio"], params, method), 403)
    delivered = params | {"MessageStatus": "delivered", "ErrorCode": ""}
    return lambda: _expect(_twilio(pair, path, pair.b.secrets["twilio"], delivered, method), 200)


def _vonage(
    pair: Pair, method: str, path: str, secret: str, params: dict[str, str]
) -> httpx.Response:
    signed = params | {"timestamp": str(int(time.time()))}
    signed["sig"] = vonage.sign(signed, secret)
    url = f"{pair.live.base}{path.replace('{account}', pair.b.slug)}"
    if method == "GET":
        return httpx.get(url, params=signed)
    return httpx.post(url, data=signed)


def vonage_message(pair: Pair, method: str, path: str) -> Control:
    params = {
        "msisdn": pair.b.phone.lstrip("+"),
        "to": pair.b.senders["vonage"].lstrip("+"),
        "messageId": f"0A{time.monotonic_ns()}",
        "text": "START",
        "type": "text",
        "message-timestamp": "2026-11-23 10:00:00",
    }
    assert_problem(_vonage(pair, method, path, pair.a.secrets["vonage"], params), 403)
    hello = params | {"text": "hello"}
    return lambda: _expect(_vonage(pair, method, path, pair.b.secrets["vonage"], hello), 200)


def vonage_receipt(pair: Pair, method: str, path: str) -> Control:
    params = {
        "msisdn": pair.b.phone.lstrip("+"),
        "to": pair.b.senders["vonage"].lstrip("+"),
        "messageId": f"0B{time.monotonic_ns()}",
        "status": "failed",
        "err-code": "6",
        "message-timestamp": "2026-11-23 10:00:00",
    }
    assert_problem(_vonage(pair, method, path, pair.a.secrets["vonage"], params), 403)
    ok = params | {"status": "delivered", "err-code": "0"}
    return lambda: _expect(_vonage(pair, method, path, pair.b.secrets["vonage"], ok), 200)


def whatsapp_challenge(pair: Pair, method: str, path: str) -> Control:
    url = f"{pair.live.base}{path.replace('{account}', pair.b.slug)}"

    def challenge(token: str) -> httpx.Response:
        query = {"hub.mode": "subscribe", "hub.verify_token": token, "hub.challenge": "42"}
        return httpx.get(url, params=query)

    refused = challenge(pair.a.secrets["verify_token"])
    assert refused.status_code == 403 and "42" not in refused.text
    return lambda: _expect(challenge(pair.b.secrets["verify_token"]), 200, "42")


def whatsapp_message(pair: Pair, method: str, path: str) -> Control:
    url = f"{pair.live.base}{path.replace('{account}', pair.b.slug)}"

    def payload(text: str) -> bytes:
        message = {
            "from": pair.b.phone.lstrip("+"),
            "id": f"wamid.{time.monotonic_ns()}",
            "timestamp": str(int(time.time())),
            "type": "text",
            "text": {"body": text},
        }
        value = {
            "messaging_product": "whatsapp",
            "metadata": {
                "display_phone_number": pair.b.senders["whatsapp"].lstrip("+"),
                "phone_number_id": "PNID",
            },
            "messages": [message],
        }
        change = {"field": "messages", "value": value}
        body = {"object": "whatsapp_business_account", "entry": [{"id": "W", "changes": [change]}]}
        return json.dumps(body).encode()

    def post(body: bytes, secret: str) -> httpx.Response:
        headers = {
            "X-Hub-Signature-256": whatsapp.sign(body, secret),
            "Content-Type": "application/json",
        }
        return httpx.post(url, content=body, headers=headers)

    assert_problem(post(payload("START"), pair.a.secrets["whatsapp"]), 403)
    return lambda: _expect(post(payload("hello"), pair.b.secrets["whatsapp"]), 200)


def _email_hook(pair: Pair, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    url = f"{pair.live.base}{path.replace('{account}', pair.b.slug)}"
    return httpx.post(url, content=body, headers=headers)


def _bounce_of(pair: Pair) -> dict[str, Any]:
    return {"event": "failed", "severity": "permanent", "recipient": pair.b.email}


def ses_notification(pair: Pair, method: str, path: str) -> Control:
    """A's SNS topic is not B's: refused before heed fetches any certificate. (No control:
    B's own topic would make heed fetch SNS's certificate, which a test here cannot reach.)"""
    document = {
        "Type": "Notification",
        "MessageId": f"sns-{time.monotonic_ns()}",
        "TopicArn": pair.a.secrets["ses"],
        "Message": json.dumps({"notificationType": "Bounce"}),
        "Timestamp": "2026-11-23T10:00:00.000Z",
        "SignatureVersion": "1",
        "Signature": "c2lnbmF0dXJl",
        "SigningCertURL": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-x.pem",
    }
    body = json.dumps(document).encode()
    assert_problem(_email_hook(pair, path, body, {"Content-Type": "text/plain"}), 403)
    return lambda: None


def sendgrid_events(pair: Pair, method: str, path: str) -> Control:
    def post(secret: str, status: str) -> httpx.Response:
        key = serialization.load_pem_private_key(secret.encode(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        event = {"email": pair.b.email, "event": status, "sg_event_id": f"e{time.monotonic_ns()}"}
        body, stamp = (
            json.dumps([event | {"timestamp": 1700000000}]).encode(),
            str(int(time.time())),
        )
        signature = key.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))
        headers = {
            "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode(),
            "X-Twilio-Email-Event-Webhook-Timestamp": stamp,
            "Content-Type": "application/json",
        }
        return _email_hook(pair, path, body, headers)

    assert_problem(post(pair.a.secrets["sendgrid"], "bounce"), 403)
    return lambda: _expect(post(pair.b.secrets["sendgrid"], "delivered"), 200)


def postmark_record(pair: Pair, method: str, path: str) -> Control:
    def post(secret: str, kind: str) -> httpx.Response:
        record = {"RecordType": kind, "Type": "HardBounce", "Email": pair.b.email}
        record |= {"Recipient": pair.b.email, "MessageID": f"pm-{time.monotonic_ns()}"}
        auth = "Basic " + base64.b64encode(secret.encode()).decode()
        headers = {"Authorization": auth, "Content-Type": "application/json"}
        return _email_hook(pair, path, json.dumps(record).encode(), headers)

    assert_problem(post(pair.a.secrets["postmark"], "Bounce"), 403)
    return lambda: _expect(post(pair.b.secrets["postmark"], "Delivery"), 200)


def mailgun_event(pair: Pair, method: str, path: str) -> Control:
    def post(key: str, data: dict[str, Any]) -> httpx.Response:
        stamp, token = str(int(time.time())), f"{time.monotonic_ns():050d}"
        digest = hmac.new(key.encode(), f"{stamp}{token}".encode(), hashlib.sha256).hexdigest()
        signature = {"timestamp": stamp, "token": token, "signature": digest}
        data = data | {"id": f"mg-{time.monotonic_ns()}", "timestamp": float(stamp)}
        body = json.dumps({"signature": signature, "event-data": data}).encode()
        return _email_hook(pair, path, body, {"Content-Type": "application/json"})

    assert_problem(post(pair.a.secrets["mailgun"], _bounce_of(pair)), 403)
    delivered = {"event": "delivered", "recipient": pair.b.email}
    return lambda: _expect(post(pair.b.secrets["mailgun"], delivered), 200)


def unsubscribe_link(pair: Pair, method: str, path: str) -> Control:
    """A's link (for A's address, signed with A's key) does nothing on B's slug, even for B's
    own address; B's link works (but the control only reads: GET shows the page)."""
    a_token = pair.live.engine.unsubscribe_token(pair.a.slug, pair.b.email)
    url = f"{pair.live.base}/unsubscribe/{pair.b.slug}/{a_token}"
    response = httpx.request(method, url, data={"List-Unsubscribe": "One-Click"})
    assert_problem(response, 403)
    assert pair.b.email not in response.text
    b_token = pair.live.engine.unsubscribe_token(pair.b.slug, pair.b.email)
    page = f"{pair.live.base}/unsubscribe/{pair.b.slug}/{b_token}"
    return lambda: _expect(httpx.get(page), 200, pair.b.email)


def public_health(pair: Pair, method: str, path: str) -> Control:
    response = httpx.request(method, f"{pair.live.base}{path}")
    assert response.status_code == 200
    assert_nothing_of(pair.b, response, path)
    assert_nothing_of(pair.a, response, path)
    return lambda: None


#: Routes outside /v1, each with its own rule. A new one must be added here.
RULES: dict[tuple[str, str], Callable[[Pair, str, str], Control]] = {
    ("GET", "/healthz"): public_health,
    ("GET", "/hooks/twilio/{account}"): twilio_message,
    ("POST", "/hooks/twilio/{account}"): twilio_message,
    ("GET", "/hooks/twilio/{account}/status"): twilio_status,
    ("POST", "/hooks/twilio/{account}/status"): twilio_status,
    ("GET", "/hooks/vonage/{account}"): vonage_message,
    ("POST", "/hooks/vonage/{account}"): vonage_message,
    ("GET", "/hooks/vonage/{account}/status"): vonage_receipt,
    ("POST", "/hooks/vonage/{account}/status"): vonage_receipt,
    ("GET", "/hooks/whatsapp/{account}"): whatsapp_challenge,
    ("POST", "/hooks/whatsapp/{account}"): whatsapp_message,
    ("POST", "/hooks/ses/{account}"): ses_notification,
    ("POST", "/hooks/sendgrid/{account}"): sendgrid_events,
    ("POST", "/hooks/postmark/{account}"): postmark_record,
    ("POST", "/hooks/mailgun/{account}"): mailgun_event,
    ("GET", "/unsubscribe/{account}/{token}"): unsubscribe_link,
    ("POST", "/unsubscribe/{account}/{token}"): unsubscribe_link,
}


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_account_a_cannot_reach_account_b(pair: Pair, method: str, path: str) -> None:
    operation = SPEC["paths"][path][method.lower()]
    outbox_settled(pair.live, pair.b.slug)
    before = owned_rows(pair.live, pair.b.slug)
    control: Control = lambda: None  # noqa: E731
    if path.startswith("/v1/"):
        if _parameters(operation, "path"):
            check_object_route(pair, method, path, operation)
        else:
            check_collection_route(pair, method, path, operation)
    else:
        rule = RULES.get((method, path))
        assert rule is not None, (
            f"{method} {path} has no isolation rule: add one to RULES (how could A's keys or "
            "secrets reach B through it?)"
        )
        control = rule(pair, method, path)
    assert owned_rows(pair.live, pair.b.slug) == before, "A's request changed B's data"
    control()


def test_the_served_spec_is_the_one_walked(pair: Pair) -> None:
    served = httpx.get(f"{pair.live.base}/openapi.json").json()
    assert sorted(served["paths"]) == sorted(SPEC["paths"])
    assert {(m.upper(), p) for p, item in served["paths"].items() for m in item} == set(OPERATIONS)
    docs = httpx.get(f"{pair.live.base}/docs")
    start = httpx.get(f"{pair.live.base}/docs/start.js")
    assert docs.status_code == 200 and "docs/start.js" in docs.text
    assert start.status_code == 200 and '"openapi.json"' in start.text


def test_a_answers_about_b_address_from_a_data_only(pair: Pair) -> None:
    """B's opt-out of a number is B's alone: A may message it, and A's own opt-out is A's."""
    a, b = pair.a.tenant.admin, pair.b.tenant.admin
    assert b.get("/v1/check", channel="sms", address=pair.b.phone).json()["allowed"] is False
    assert a.get("/v1/check", channel="sms", address=pair.b.phone).json()["allowed"] is True
    assert a.get("/v1/suppressions", address=pair.b.phone, channel="sms").json()["items"] == []
    listed = {s["id"] for s in a.all("/v1/suppressions")}
    assert listed and not listed & pair.b.markers
    assert not {c["id"] for c in a.all("/v1/contacts")} & pair.b.markers


def test_a_cannot_use_its_key_as_b(pair: Pair) -> None:
    """The account comes from the key: there is no way to name another account."""
    api = pair.a.tenant.admin
    for attempt in (
        api.get("/v1/contacts", account=pair.b.slug),
        api.request("GET", "/v1/contacts", headers={"X-Account": pair.b.slug}),
    ):
        assert attempt.status_code == 200
        assert_nothing_of(pair.b, attempt, "a key of A naming B")
    forged = pair.a.tenant.tokens["admin"].replace(
        pair.live.engine.account(pair.a.slug).id, pair.live.engine.account(pair.b.slug).id
    )
    with Api(pair.live.base, forged) as api:
        response = api.get("/v1/contacts")
    assert response.status_code == 401 and response.headers["content-type"] == PROBLEM

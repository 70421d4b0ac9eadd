"""Email bounce and complaint webhooks (Amazon SES via SNS, SendGrid, Postmark, Mailgun) and
`POST /v1/deliveries`, through a real HTTP server (uvicorn on 127.0.0.1), on SQLite and
PostgreSQL, with the providers' own documented payloads (fixtures/email/SOURCES.md).

Signatures are real: SendGrid's own signed test vector, and SNS messages signed with a
certificate made here, which the server gets through the certificate source heed lets a test
(or an install that cannot reach AWS) replace. Nothing else in the request path is replaced.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from heed import Engine
from heed.api.app import create_app
from heed.api.hooks.ses import SnsAccess
from heed.errors import Unavailable
from heed.providers import ses
from heed.settings import load_settings
from helpers.actors import ADMIN
from helpers.databases import fresh_postgres

FIXTURES = Path(__file__).parent / "fixtures" / "email"
TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-feedback"
CERT_URL = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-local.pem"
MAILGUN_KEY = "key-mailgun-signing"
POSTMARK = ("heed", "postmark-password")
_slugs = iter(range(10**6))


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


@dataclass
class Aws:
    """SNS's side, made here: a signing key and certificate, and the confirmations heed made."""

    key: rsa.RSAPrivateKey
    certificate: bytes
    confirmed: list[str] = field(default_factory=list)
    certificates_fetched: list[str] = field(default_factory=list)

    def fetch(self, url: str) -> bytes:
        self.certificates_fetched.append(url)
        if url != CERT_URL:
            raise Unavailable(f"no certificate at {url}")
        return self.certificate

    def sign(self, document: dict[str, str], version: str = "1") -> dict[str, str]:
        signed = {**document, "SignatureVersion": version, "SigningCertURL": CERT_URL}
        algorithm = hashes.SHA1() if version == "1" else hashes.SHA256()
        signature = self.key.sign(ses.string_to_sign(signed), padding.PKCS1v15(), algorithm)
        return {**signed, "Signature": base64.b64encode(signature).decode()}


def make_aws() -> Aws:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sns.amazonaws.com")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return Aws(key, certificate.public_bytes(serialization.Encoding.PEM))


@dataclass
class Server:
    base: str
    engine: Engine
    aws: Aws


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """heed's app on uvicorn in this process, so that SNS's certificate source can be ours."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            path = tmp_path_factory.mktemp("email") / "heed.db"
            shutil.copy(request.getfixturevalue("sqlite_template"), path)
            url = f"sqlite:///{path}"
        else:
            url = stack.enter_context(fresh_postgres(request.getfixturevalue("postgres_template")))
        engine = stack.enter_context(Engine(url))
        aws = make_aws()
        app = create_app(
            engine,
            load_settings(database_url=url),
            sns=SnsAccess(certificates=aws.fetch, confirm=aws.confirmed.append),
        )
        port = _free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none")
        uv = uvicorn.Server(config)
        thread = threading.Thread(target=uv.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not uv.started:
            assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
            time.sleep(0.05)
        yield Server(f"http://127.0.0.1:{port}", engine, aws)
        uv.should_exit = True
        thread.join(timeout=10)


@dataclass
class Account:
    slug: str
    token: str
    server: Server

    def get(self, path: str, **params: str) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"}
        response = httpx.get(f"{self.server.base}{path}", params=params, headers=headers)
        assert response.status_code == 200, response.text
        return response.json()

    def codes(self, address: str) -> list[str]:
        result = self.get("/v1/check", channel="email", address=address)
        return [reason["code"] for reason in result["reasons"]]

    def suppressions(self, address: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.get(
            "/v1/suppressions", channel="email", address=address
        )["items"]
        return items

    def events(self, address: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.get("/v1/events", address=address)["items"]
        return items

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return httpx.post(f"{self.server.base}{path}/{self.slug}", **kwargs)


@pytest.fixture
def account(server: Server) -> Account:
    """A fresh account with one sender of each email provider."""
    slug = f"mail-{next(_slugs)}"
    created = server.engine.create_account(slug, "Acme Mail")
    sendgrid_key = fixture("sendgrid_signed_dropped.json")["public_key"]
    for provider, secret in (
        ("ses", TOPIC),
        ("sendgrid", sendgrid_key),
        ("postmark", ":".join(POSTMARK)),
        ("mailgun", MAILGUN_KEY),
    ):
        server.engine.add_sender(
            slug, "email", f"{provider}.acme.example", actor=ADMIN, provider=provider, secret=secret
        )
    return Account(slug, created.api_key, server)


# --- Amazon SES through SNS -----------------------------------------------------------------


def sns_notification(aws: Aws, event: dict[str, Any], message_id: str, version: str = "1") -> str:
    document = {
        "Type": "Notification",
        "MessageId": message_id,
        "TopicArn": TOPIC,
        "Message": json.dumps(event),
        "Timestamp": "2016-01-27T14:59:39.000Z",
        "UnsubscribeURL": "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe",
    }
    return json.dumps(aws.sign(document, version))


def post_sns(account: Account, body: str) -> httpx.Response:
    headers = {"Content-Type": "text/plain; charset=UTF-8", "x-amz-sns-message-type": "x"}
    return account.post("/hooks/ses", content=body.encode(), headers=headers)


@pytest.mark.parametrize("version", ["1", "2"])
def test_ses_hard_bounce_suppresses_once_with_the_event_as_evidence(
    account: Account, version: str
) -> None:
    event = fixture("ses_bounce_permanent.json")
    body = sns_notification(account.server.aws, event, f"sns-{account.slug}-{version}", version)
    assert account.codes("jane@example.com") == []
    for _ in range(2):  # SNS retries deliver the same MessageId
        response = post_sns(account, body)
        assert response.status_code == 200, response.text
    assert account.codes("jane@example.com") == ["bounced"]
    [suppression] = account.suppressions("jane@example.com")
    assert (suppression["source"], suppression["scope"]) == ("bounce", "account")
    [made] = [e for e in account.events("jane@example.com") if e["kind"] == "suppression.created"]
    assert made["evidence"]["provider_event"] == event
    assert made["evidence"]["provider"] == "ses"
    # Only the bounced recipient, not everyone the message went to.
    assert account.codes("mary@example.com") == []


def test_ses_complaint_suppresses_as_complaint(account: Account) -> None:
    body = sns_notification(account.server.aws, fixture("ses_complaint.json"), "c-1")
    assert post_sns(account, body).status_code == 200
    assert account.codes("richard@example.com") == ["complained"]
    assert account.suppressions("richard@example.com")[0]["source"] == "complaint"


def test_ses_soft_bounces_count_toward_the_accounts_limit(account: Account) -> None:
    event = fixture("ses_bounce_transient.json")
    for n in range(3):  # soft_bounce_limit is 3 by default
        assert account.codes("richard@example.com") == []
        body = sns_notification(account.server.aws, event, f"soft-{n}")
        assert post_sns(account, body).status_code == 200
    assert account.codes("richard@example.com") == ["bounced"]


def test_ses_delivery_changes_nothing(account: Account) -> None:
    body = sns_notification(account.server.aws, fixture("ses_delivery.json"), "d-1")
    assert post_sns(account, body).status_code == 200
    assert account.codes("jane@example.com") == []


def test_sns_subscription_is_confirmed_only_for_the_accounts_topic(account: Account) -> None:
    aws = account.server.aws
    confirmation = fixture("sns_subscription_confirmation.json")
    confirmation = {**confirmation, "TopicArn": TOPIC}
    signed = aws.sign({k: v for k, v in confirmation.items() if k != "Signature"})
    assert post_sns(account, json.dumps(signed)).status_code == 200
    assert aws.confirmed[-1] == confirmation["SubscribeURL"]
    other = aws.sign({**signed, "TopicArn": "arn:aws:sns:us-east-1:999999999999:not-ours"})
    before = len(aws.confirmed)
    assert post_sns(account, json.dumps(other)).status_code == 403
    assert len(aws.confirmed) == before


def test_sns_forgeries_are_refused_and_store_nothing(account: Account) -> None:
    aws = account.server.aws
    good = json.loads(sns_notification(aws, fixture("ses_bounce_permanent.json"), "forged"))
    tampered = {**good, "Message": good["Message"].replace("jane@", "mary@")}
    elsewhere = {**good, "SigningCertURL": "https://evil.example.com/cert.pem"}
    plain_http = {**good, "SigningCertURL": CERT_URL.replace("https", "http")}
    lookalike = {**good, "SigningCertURL": "https://sns.us-east-1.amazonaws.com.evil.example/c.pem"}
    fetched = len(aws.certificates_fetched)
    for forged in (tampered, elsewhere, plain_http, lookalike):
        assert post_sns(account, json.dumps(forged)).status_code == 403
    # heed never fetched a certificate from anywhere but an SNS host.
    assert all(url == CERT_URL for url in aws.certificates_fetched[fetched:])
    assert account.codes("jane@example.com") == account.codes("mary@example.com") == []
    assert post_sns(account, "not json").status_code == 422


# --- SendGrid -------------------------------------------------------------------------------


def test_sendgrid_real_signed_vector_suppresses_the_dropped_bounced_address(
    account: Account,
) -> None:
    vector = fixture("sendgrid_signed_dropped.json")
    headers = {
        "X-Twilio-Email-Event-Webhook-Signature": vector["signature"],
        "X-Twilio-Email-Event-Webhook-Timestamp": vector["timestamp"],
        "Content-Type": "application/json",
    }
    response = account.post("/hooks/sendgrid", content=vector["body"].encode(), headers=headers)
    assert response.status_code == 200, response.text
    assert account.codes("hello@world.com") == ["bounced"]
    # One byte changed, or another timestamp: refused, nothing stored.
    forged = vector["body"].replace("hello@world", "hellp@world").encode()
    assert account.post("/hooks/sendgrid", content=forged, headers=headers).status_code == 403
    assert account.codes("hellp@world.com") == []
    late = {**headers, "X-Twilio-Email-Event-Webhook-Timestamp": "1600112503"}
    body = vector["body"].encode()
    assert account.post("/hooks/sendgrid", content=body, headers=late).status_code == 403


def test_sendgrid_batch_each_event_by_its_kind(server: Server) -> None:
    slug = f"mail-{next(_slugs)}"
    created = server.engine.create_account(slug, "Acme Mail")
    private = ec.generate_private_key(ec.SECP256R1())
    public = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    server.engine.add_sender(
        slug,
        "email",
        "acme.example",
        actor=ADMIN,
        provider="sendgrid",
        secret=base64.b64encode(public).decode(),
    )
    account = Account(slug, created.api_key, server)
    body = json.dumps(fixture("sendgrid_events.json")).encode()
    timestamp = str(int(time.time()))
    signature = private.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))
    headers = {
        "X-Twilio-Email-Event-Webhook-Signature": base64.b64encode(signature).decode(),
        "X-Twilio-Email-Event-Webhook-Timestamp": timestamp,
    }
    for _ in range(2):  # a retried batch changes nothing
        assert account.post("/hooks/sendgrid", content=body, headers=headers).status_code == 200
    assert account.codes("bounced@test.com") == ["bounced"]
    assert account.codes("dropped@test.com") == ["bounced"]
    assert account.codes("spam@test.com") == ["complained"]
    assert account.codes("blocked@test.com") == []  # a block is about our message, not them
    assert account.codes("example@test.com") == []  # deferred, delivered, open, unsubscribe
    assert len(account.suppressions("bounced@test.com")) == 1


# --- Postmark -------------------------------------------------------------------------------


def test_postmark_hard_bounce_and_complaint_with_basic_auth(account: Account) -> None:
    bounce = json.dumps(fixture("postmark_bounce.json")).encode()
    assert account.post("/hooks/postmark", content=bounce).status_code == 401
    wrong = account.post("/hooks/postmark", content=bounce, auth=("heed", "guess"))
    assert wrong.status_code == 403
    assert account.codes("john@example.com") == []
    assert account.post("/hooks/postmark", content=bounce, auth=POSTMARK).status_code == 200
    assert account.codes("john@example.com") == ["bounced"]
    complaint = json.dumps(fixture("postmark_spam_complaint.json")).encode()
    assert account.post("/hooks/postmark", content=complaint, auth=POSTMARK).status_code == 200
    assert sorted(account.codes("john@example.com")) == ["bounced", "complained"]


def test_postmark_soft_bounce_is_counted_not_suppressed(account: Account) -> None:
    record = fixture("postmark_soft_bounce.json")
    for n in range(2):
        body = json.dumps({**record, "ID": record["ID"] + n}).encode()
        assert account.post("/hooks/postmark", content=body, auth=POSTMARK).status_code == 200
    assert account.codes("ann@example.com") == []
    body = json.dumps({**record, "ID": record["ID"] + 9}).encode()
    assert account.post("/hooks/postmark", content=body, auth=POSTMARK).status_code == 200
    assert account.codes("ann@example.com") == ["bounced"]


# --- Mailgun --------------------------------------------------------------------------------


def mailgun_signed(document: dict[str, Any], key: str = MAILGUN_KEY) -> bytes:
    timestamp, token = str(int(time.time())), "t" * 50
    digest = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    signature = {"timestamp": timestamp, "token": token, "signature": digest}
    return json.dumps({**document, "signature": signature}).encode()


def test_mailgun_permanent_failure_and_complaint(account: Account) -> None:
    failed = fixture("mailgun_failed_permanent.json")
    # Mailgun's example signature is not this account's key.
    assert account.post("/hooks/mailgun", content=json.dumps(failed).encode()).status_code == 403
    assert account.codes("alice@example.com") == []
    for _ in range(2):
        assert account.post("/hooks/mailgun", content=mailgun_signed(failed)).status_code == 200
    assert account.codes("alice@example.com") == ["bounced"]
    assert len(account.events("alice@example.com")) == 1
    complained = mailgun_signed(fixture("mailgun_complained.json"))
    assert account.post("/hooks/mailgun", content=complained).status_code == 200
    assert sorted(account.codes("alice@example.com")) == ["bounced", "complained"]


def test_mailgun_temporary_failure_waits_for_mailguns_retries(account: Account) -> None:
    temporary = mailgun_signed(fixture("mailgun_failed_temporary.json"))
    assert account.post("/hooks/mailgun", content=temporary).status_code == 200
    assert account.codes("alice@example.com") == []


def test_an_account_without_the_provider_refuses_its_webhooks(server: Server) -> None:
    slug = f"bare-{next(_slugs)}"
    server.engine.create_account(slug)
    body = mailgun_signed(fixture("mailgun_failed_permanent.json"))
    response = httpx.post(f"{server.base}/hooks/mailgun/{slug}", content=body)
    assert response.status_code == 403
    assert "no mailgun signing secret" in response.json()["detail"]


# --- POST /v1/deliveries --------------------------------------------------------------------


def deliver(account: Account, **fields: Any) -> httpx.Response:
    return httpx.post(
        f"{account.server.base}/v1/deliveries",
        json=fields,
        headers={"Authorization": f"Bearer {account.token}"},
    )


def test_generic_deliveries(account: Account) -> None:
    hard = deliver(account, to="zoe@example.com", status="bounced", provider_message_id="m1")
    assert hard.status_code == 200, hard.text
    assert hard.json()["outcome"] == "permanent"
    again = deliver(account, to="zoe@example.com", status="bounced", provider_message_id="m1")
    assert again.json()["duplicate"] is True
    assert account.codes("zoe@example.com") == ["bounced"]
    complaint = deliver(account, to="yan@example.com", status="complained", channel="email")
    assert complaint.json()["outcome"] == "complaint"
    assert account.codes("yan@example.com") == ["complained"]
    for n in range(3):
        assert account.codes("xi@example.com") == []
        soft = deliver(account, to="xi@example.com", status="failed", provider_message_id=f"s{n}")
        assert soft.json()["outcome"] == "temporary"
    assert account.codes("xi@example.com") == ["bounced"]
    delivered = deliver(account, to="+14155550100", status="delivered")
    assert delivered.json()["outcome"] == "delivered"
    # A provider heed knows reads its own codes: Twilio 21610 is a carrier opt-out.
    carrier = deliver(
        account,
        to="+14155550101",
        **{"from": "+15005550006"},
        status="failed",
        provider="twilio",
        error_code="21610",
    )
    assert carrier.json()["outcome"] == "carrier_opt_out"


@pytest.mark.parametrize(
    "body",
    [
        {"status": "bounced"},
        {"to": "a@example.com"},
        {"to": "a@example.com", "status": "exploded"},
        {"to": "a@example.com", "status": "bounced", "provider": "x" * 17},
        # A time outside the clock bounds (heed.core.clock), as POST /v1/inbound refuses one.
        {"to": "a@example.com", "status": "bounced", "occurred_at": "2033-01-01T00:00:00Z"},
        {"to": "a@example.com", "status": "bounced", "occurred_at": "2020-01-01T00:00:00"},
    ],
)
def test_generic_deliveries_refuse_what_they_cannot_use(
    account: Account, body: dict[str, Any]
) -> None:
    response = httpx.post(
        f"{account.server.base}/v1/deliveries",
        json=body,
        headers={"Authorization": f"Bearer {account.token}"},
    )
    assert response.status_code == 422, response.text
    if "occurred_at" in body:
        assert "occurred_at" in response.text and "heed's clock" in response.text

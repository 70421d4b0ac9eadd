"""Tenants choose where heed connects (`send_url`, `api_base_url`): heed reaches only public
addresses unless the server's configuration allows a network (issue 16, row 3).

Before: a generic sender with `send_url=http://127.0.0.1:8731/v1/keys` made heed call heed's
own API on an agent's reply, retried it, and showed the answer ("answered HTTP 401: send an
API key…") in the outbox. Here a listener on 127.0.0.1 counts every connection it gets.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count

import pytest

from heed import Channel, Engine
from heed.outbound.transport import Destinations
from heed.providers.base import InboundMessage
from heed.store.types import utcnow
from helpers.actors import ADMIN, AGENT

PERSON, SENDER = "+14155550100", "+15005550009"
_ids, _slugs = count(), count()


class Listener:
    """A TCP port on 127.0.0.1 that counts connections (and closes each at once)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener(monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    monkeypatch.delenv("HEED_OUTBOUND_ALLOWED_NETWORKS", raising=False)
    found = Listener()
    yield found
    found.close()


def reply_through(engine: Engine, provider: str, options: dict[str, str]) -> str:
    """An account whose one sender uses `provider` with `options`, and an agent's reply
    queued through it; the account's slug."""
    slug = f"ssrf-{next(_slugs)}"
    engine.create_account(slug, "SSRF")
    secret = "AC" + "1" * 32 if provider == "twilio" else "secret"
    engine.add_sender(
        slug, "sms", SENDER, actor=ADMIN, provider=provider, secret=secret, provider_options=options
    )
    hello = InboundMessage(
        Channel.SMS, PERSON, SENDER, "hello", provider, f"m{next(_ids)}", None, {}
    )
    engine.receive(slug, hello)
    engine.send_reply(slug, "sms", PERSON, "Hi!", actor=AGENT)
    return slug


INTERNAL = [
    "http://127.0.0.1:{port}/v1/keys",
    "http://localhost:{port}/v1/keys",
    "http://2130706433:{port}/v1/keys",  # 127.0.0.1 as one decimal number
    "http://0x7f.1:{port}/v1/keys",
    "http://[::ffff:127.0.0.1]:{port}/v1/keys",
    "http://0.0.0.0:{port}/v1/keys",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3:{port}/",
    "http://192.168.1.1:{port}/",
    "http://100.64.0.1:{port}/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("url", INTERNAL)
def test_a_send_url_to_an_internal_address_is_never_contacted(
    engine: Engine, listener: Listener, url: str
) -> None:
    slug = reply_through(engine, "generic", {"send_url": url.format(port=listener.port)})

    assert engine.send_due_messages().by_status == {"failed": 1}
    [row] = engine.list_outbound(slug).items
    assert row.status == "failed" and "not" in (row.error or "")
    assert "public address" in (row.error or "") or "file:" in (row.error or "")
    later = utcnow() + timedelta(hours=1)
    assert engine.send_due_messages(now=later).claimed == 0  # not retried
    assert listener.connections == 0


@pytest.mark.parametrize("provider", ["twilio", "vonage", "whatsapp"])
def test_an_api_base_url_to_loopback_is_never_contacted(
    engine: Engine, listener: Listener, provider: str
) -> None:
    options = {
        "twilio": {"account_sid": "AC" + "1" * 32},
        "vonage": {"api_key": "k", "api_secret": "s"},
        "whatsapp": {"phone_number_id": "1", "access_token": "t"},
    }[provider] | {"api_base_url": f"http://localhost:{listener.port}"}
    slug = reply_through(engine, provider, options)
    engine.send_due_messages()
    [row] = engine.list_outbound(slug).items
    assert row.status == "failed" and "public address" in (row.error or "")
    assert listener.connections == 0


class _Internal(BaseHTTPRequestHandler):
    """An internal service: redirects /go to the listener, and answers anything else with a
    secret in a 401 body."""

    target = ""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.path == "/go":
            self.send_response(302)
            self.send_header("Location", self.target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"detail": "send an API key; internal token heed_s3cr3t"}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def test_an_allowed_network_is_reached_but_its_redirects_and_words_are_not(
    engine: Engine, listener: Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server may allow a network (an internal gateway): heed then sends there, but never
    follows a redirect (here to 127.0.0.2, not allowed) and never shows a tenant what the
    endpoint wrote, only its status."""
    monkeypatch.setenv("HEED_OUTBOUND_ALLOWED_NETWORKS", "127.0.0.1/32")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Internal)
    _Internal.target = f"http://127.0.0.2:{listener.port}/v1/keys"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        redirected = reply_through(engine, "generic", {"send_url": base + "/go"})
        engine.send_due_messages()
        [row] = engine.list_outbound(redirected).items
        assert "HTTP 302" in (row.error or "")
        assert listener.connections == 0

        read = reply_through(engine, "generic", {"send_url": base + "/v1/keys"})
        engine.send_due_messages()
        [row] = engine.list_outbound(read).items
        assert row.error == "the provider's endpoint answered HTTP 401, error code 401"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("address", "permitted"),
    [
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("172.16.0.1", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00:ec2::254", False),
        ("::ffff:10.0.0.1", False),
        ("224.0.0.1", False),
        ("10.9.8.7", "10.0.0.0/8"),
    ],
)
def test_which_addresses_are_reachable(address: str, permitted: bool | str) -> None:
    allowed = [permitted] if isinstance(permitted, str) else []
    assert Destinations(allowed).permits(ipaddress.ip_address(address)) is bool(permitted)


def test_the_sns_certificate_and_confirmation_go_by_the_same_rule(listener: Listener) -> None:
    """heed's own calls for the SES webhook: before, the signing certificate and the
    subscription URL were fetched with a plain GET, so an amazonaws.com name that resolved to
    a private address was reached. Below the host check (ses.check_sns_url), a name that
    resolves to loopback is refused and never contacted."""
    from heed.api.hooks.ses import _fetch_certificate, _visit
    from heed.errors import Unavailable

    url = f"https://localhost:{listener.port}/SimpleNotificationService.pem"
    with pytest.raises(Unavailable, match="not a public address"):
        _fetch_certificate(url)
    with pytest.raises(Unavailable, match="not a public address"):
        _visit(url)
    assert listener.connections == 0

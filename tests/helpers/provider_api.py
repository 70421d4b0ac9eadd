"""A stand-in for the providers' sending APIs: a real HTTP server on 127.0.0.1.

heed's senders point at it with the `api_base_url` option (the same option that points them
at a Twilio-compatible provider), so the requests heed builds travel over real HTTP and are
read back here exactly as the provider would receive them. It answers like the providers'
documented success responses, or with whatever a test scripts next.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode()))

    @property
    def json(self) -> Any:
        return json.loads(self.body)


class ProviderApi:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self._scripted: deque[tuple[int, Any]] = deque()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def answer_next(self, status: int, body: Any) -> None:
        """Answer the next request with `status` and `body` instead of a success."""
        self._scripted.append((status, body))

    def __enter__(self) -> ProviderApi:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _answer(self, received: Received) -> tuple[int, Any]:
        with self._lock:
            self.received.append(received)
            if self._scripted:
                return self._scripted.popleft()
            n = next(self._ids)
        if received.path.endswith("/Messages.json"):
            return 201, {"sid": f"SM{n:032d}", "status": "queued", **received.form}
        if received.path == "/sms/json":
            part = {"to": received.form.get("to"), "message-id": f"V{n}", "status": "0"}
            return 200, {"message-count": "1", "messages": [part]}
        if received.path.endswith("/messages"):
            return 200, {"messaging_product": "whatsapp", "messages": [{"id": f"wamid.{n}"}]}
        return 200, {"provider_message_id": f"G{n}"}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, answer = api._answer(Received(self.path, headers, body))
                payload = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *_args: object) -> None:
                pass

        return Handler

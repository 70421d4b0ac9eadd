"""Checkpoints sent to a witness: a real HTTP server on 127.0.0.1 receives what was signed, and
without the operator's permission heed refuses a witness that is not on a public address."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from heed import Engine
from heed.audit.checkpoints import FORMAT, send_to_witness
from heed.errors import BadInput
from helpers.actors import ADMIN


class Witness(HTTPServer):
    received: list[dict[str, Any]]


class _Keep(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        assert isinstance(self.server, Witness)
        self.server.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:  # keep the test output clean
        pass


@pytest.fixture
def witness() -> Iterator[Witness]:
    server = Witness(("127.0.0.1", 0), _Keep)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_the_witness_gets_the_signed_checkpoints(
    engine: Engine, acme: str, tmp_path: Path, witness: Witness
) -> None:
    engine.opt_out(acme, "sms", "+14155550100", actor=ADMIN, reason="STOP")
    written = engine.write_checkpoints(tmp_path / "checkpoints.jsonl", [acme])
    url = f"http://127.0.0.1:{witness.server_address[1]}/checkpoints"

    send_to_witness(url, written, allow_private=True)

    [body] = witness.received
    assert body["format"] == FORMAT
    assert body["checkpoints"] == [json.loads(json.dumps(asdict(c))) for c in written]
    assert written and all(c.signature for c in written)


def test_a_private_witness_is_refused_unless_allowed(
    engine: Engine, acme: str, tmp_path: Path, witness: Witness
) -> None:
    written = engine.write_checkpoints(tmp_path / "checkpoints.jsonl", [acme])
    url = f"http://127.0.0.1:{witness.server_address[1]}/checkpoints"

    with pytest.raises(BadInput, match="not a public address"):
        send_to_witness(url, written, allow_private=False)
    assert witness.received == []

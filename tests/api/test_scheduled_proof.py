"""`heed serve` proves the logs on its own schedule (#13 items 1 and 2): it appends signed
checkpoints to HEED_CHECKPOINT_FILE and verifies every account against them, and /healthz
detail and the dashboard report the latest verification, a failed one included.

A real server on 127.0.0.1 with one-second intervals; the test waits (bounded) for the server to
do what it must, then tampers with the database as an attacker would and waits for the failure.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from heed import Engine
from heed.audit import checkpoints
from helpers.actors import ADMIN, SUPPORT
from helpers.live import Live, database, serve

PASSWORD = "correct horse battery staple"
PERSON = "+14155550160"


@pytest.fixture(params=["sqlite", "postgresql"])
def proving(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> Iterator[tuple[Live, Path]]:
    """A server that checkpoints and verifies every second."""
    file = tmp_path / "checkpoints.jsonl"
    env = {
        "HEED_CHECKPOINT_FILE": str(file),
        "HEED_CHECKPOINT_INTERVAL": "1",
        "HEED_VERIFY_INTERVAL": "1",
    }
    with ExitStack() as stack:
        url = database(request, tmp_path_factory, stack)
        # The account exists before the server starts, so its first rounds include it.
        with Engine(url) as engine:
            engine.create_account("acme", "Acme")
            engine.opt_out("acme", "sms", PERSON, actor=ADMIN, reason="STOP")
            engine.create_user("acme", "ops@example.com", "admin", PASSWORD, actor=SUPPORT)
        for live in serve(url, request.param, tmp_path_factory, stack, env=env):
            yield live, file


def _eventually(what: str, done: Callable[[], bool], within: float = 120) -> None:
    """Wait until `done()`, polling; the bound is for a loaded CI machine, not a timing claim."""
    deadline = time.monotonic() + within
    while not done():
        assert time.monotonic() < deadline, f"heed serve did not {what} within {within} s"
        time.sleep(0.2)


def _verification(live: Live) -> dict[str, object]:
    answer = httpx.get(f"{live.base}/healthz", params={"detail": "true"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()["verification"]  # type: ignore[no-any-return]


def _dashboard(live: Live) -> str:
    with httpx.Client(base_url=live.base, timeout=30) as http:
        found = re.search(r'name="csrf" value="([^"]+)"', http.get("/login").text)
        assert found
        form = {"csrf": found[1], "account": "acme", "email": "ops@example.com"}
        signed_in = http.post("/login", data=form | {"password": PASSWORD})
        assert signed_in.status_code == 303, signed_in.text
        page = http.get("/")
        assert page.status_code == 200
        line = re.search(r'<p [^>]*id="verification">(.*?)</p>', page.text, re.S)
        assert line, "the dashboard has no verification line"
        return line[1]


def test_heed_serve_checkpoints_and_verifies_on_its_schedule(
    proving: tuple[Live, Path],
) -> None:
    live, file = proving
    account_id = live.engine.account("acme").id
    keyring = live.engine.db.keyring
    _eventually(
        "write a checkpoint",
        lambda: file.exists() and bool(checkpoints.read(file, account_id, keyring).checkpoints),
    )
    _eventually("verify the account", lambda: _verification(live)["accounts_verified"] == 1)
    assert _verification(live)["accounts_failed"] == 0
    assert "verified" in _dashboard(live) and "FAILED" not in _dashboard(live)

    # Delete the opt-out from the table only: `check` would now say allowed.
    with live.engine.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM suppressions WHERE address = :a"), {"a": PERSON})
    _eventually("find the deleted row", lambda: _verification(live)["accounts_failed"] == 1)
    assert "verification FAILED (state)" in _dashboard(live)
    latest = live.engine.last_verification("acme")
    assert latest is not None and latest.checkpoints >= 1, "verified against the checkpoints"
    assert "acme" not in str(_verification(live)), "healthz names no account"

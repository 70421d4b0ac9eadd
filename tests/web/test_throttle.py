"""Sign-in and public-form throttling that holds under concurrency, across processes and
against forged forwarding headers (issue 16, row 6), on a real `heed serve`.

Before: of 40 concurrent wrong passwords from one address all 40 were checked (limit 10);
15 rotated `X-Forwarded-For` values were all checked (uvicorn trusted them from loopback);
the `/optout` limit fell the same way; a locked address got 429 even with the right password.
"""

from __future__ import annotations

import re
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx

from heed import Engine
from helpers.actors import SUPPORT
from helpers.live import Live

PASSWORD = "correct horse battery staple"


def new_user(live: Live) -> tuple[str, str]:
    slug = f"t-{uuid.uuid4().hex[:8]}"
    live.engine.create_account(slug, "Throttled")
    email = f"ann-{uuid.uuid4().hex[:6]}@example.com"
    live.engine.create_user(slug, email, "admin", PASSWORD, actor=SUPPORT)
    return slug, email


def client(live: Live, source: str = "127.0.0.1") -> httpx.Client:
    """A client connecting from `source` (any 127.0.0.0/8 address reaches the server)."""
    transport = httpx.HTTPTransport(local_address=source)
    return httpx.Client(base_url=live.base, transport=transport, timeout=60)


def sign_in(http: httpx.Client, slug: str, email: str, password: str, **headers: str) -> int:
    token = re.search(r'name="csrf" value="([^"]+)"', http.get("/login").text)
    assert token
    form = {"csrf": token[1], "account": slug, "email": email, "password": password}
    return http.post("/login", data=form, headers=headers).status_code


def test_forty_concurrent_wrong_passwords_check_exactly_ten(live: Live) -> None:
    slug, email = new_user(live)

    def attempt(_: int) -> int:
        with client(live) as http:
            return sign_in(http, slug, email, "wrong")

    with ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(attempt, range(40)))
    assert sorted(statuses) == [401] * 10 + [429] * 30


def test_rotated_forwarded_headers_are_not_trusted(live: Live) -> None:
    slug, email = new_user(live)
    with client(live) as http:
        statuses = [
            sign_in(http, slug, email, "wrong", **{"X-Forwarded-For": f"203.0.113.{n}"})
            for n in range(15)
        ]
    assert statuses == [401] * 10 + [429] * 5


def test_the_right_password_works_after_someone_elses_failures(live: Live) -> None:
    slug, email = new_user(live)
    with client(live, "127.0.0.2") as attacker:
        assert [sign_in(attacker, slug, email, "guess") for _ in range(11)][-1] == 429
    with client(live, "127.0.0.1") as owner:
        assert sign_in(owner, slug, email, PASSWORD) == 303


def test_the_public_form_limit_holds_against_forwarded_headers(live: Live) -> None:
    slug, _email = new_user(live)
    statuses = []
    with client(live, "127.0.0.3") as http:
        for n in range(11):
            token = re.search(r'name="csrf" value="([^"]+)"', http.get(f"/optout/{slug}").text)
            assert token
            response = http.post(
                f"/optout/{slug}",
                data={"csrf": token[1], "address": f"+1415555{3000 + n}"},
                headers={"X-Forwarded-For": f"198.51.100.{n}"},
            )
            statuses.append(response.status_code)
    assert statuses == [200] * 10 + [429]


def test_the_count_is_shared_by_every_process_on_the_database(live: Live) -> None:
    """Two engines (as two server processes would have) share one count: 40 attempts split
    between them let exactly 10 through."""
    bucket = (("test", uuid.uuid4().hex), 10)
    with Engine(live.database_url) as other:
        engines = [live.engine, other] * 20

        def attempt(n: int) -> bool:
            return engines[n].take_attempt([bucket])

        with ThreadPoolExecutor(8) as pool:
            passed = list(pool.map(attempt, range(40)))
    assert passed.count(True) == 10

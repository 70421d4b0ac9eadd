"""Do heed's public endpoints take as long for an account that does not exist as for one that does?

Issue 16, row 10: an answer that comes back faster for an unknown account (or a new address)
tells a stranger which accounts (or addresses) exist, even when the answer's words are the
same. This drives a real `heed serve` on loopback, one request at a time, alternating known and
unknown so that drift hits both alike, and prints the median and p90 of each case and the gap
between the medians.

    python bench/public_timing.py --rounds 300            # SQLite
    python bench/public_timing.py --rounds 300 --postgres  # PostgreSQL from HEED_TEST_POSTGRES_URL
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg
from sqlalchemy import make_url

from heed import Actor, ActorKind, Engine
from heed.store import migrate
from heed.store.db import Database

BIN = Path(sys.executable).parent
TOKEN = "bench-twilio-auth-token"
SENDER = "+15005550006"
_n = itertools.count(1)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def database(postgres: bool, scratch: Path) -> tuple[str, str | None]:
    if not postgres:
        return f"sqlite:///{scratch / 'bench.db'}", None
    admin = make_url(os.environ.get("HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"))
    name = f"heed_bench_{uuid.uuid4().hex[:8]}"
    plain = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.set(database=name).render_as_string(hide_password=False), name


def drop(name: str | None) -> None:
    if name:
        admin = make_url(os.environ.get("HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"))
        plain = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("w")
    command = [str(BIN / "heed"), "serve", "--port", str(port), "--forwarded-allow-ips", "127.0.0.1"]
    process = subprocess.Popen(command, env=os.environ | {"HEED_DATABASE_URL": url}, stdout=handle, stderr=handle)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"heed serve exited; see {log}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"heed serve did not start; see {log}")


def client_ip() -> dict[str, str]:
    """A different client address per request, so the public page's per-address limit (10 per
    10 minutes) measures nothing but the page."""
    n = next(_n)
    return {"X-Forwarded-For": f"203.0.{n // 250 % 250}.{n % 250 + 1}"}


def optout_post(client: httpx.Client, account: str, address: Callable[[], str]) -> Callable[[], int]:
    page = client.get(f"/optout/{account}", headers=client_ip()).text
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token, page[:300]

    def send() -> int:
        form = {"csrf": token.group(1), "address": address()}
        return client.post(f"/optout/{account}", data=form, headers=client_ip()).status_code

    return send


def cases(client: httpx.Client) -> dict[str, tuple[Callable[[], int], Callable[[], int]]]:
    """Each case: (the known account's request, the unknown account's)."""
    twilio = {"MessageSid": "SM1", "AccountSid": "AC1", "From": "+14155550100", "To": SENDER, "Body": "STOP"}
    forged = {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}
    token = "v1.eyJhIjoxfQ.bm90LWEtbWFj"
    return {
        "GET /optout/{account}": (
            lambda: client.get("/optout/acme", headers=client_ip()).status_code,
            lambda: client.get("/optout/nobody", headers=client_ip()).status_code,
        ),
        "POST /optout/{account}, a new address each time": (
            optout_post(client, "acme", lambda: f"+1415555{next(_n) % 10000:04d}"),
            optout_post(client, "nobody", lambda: f"+1415555{next(_n) % 10000:04d}"),
        ),
        "POST /optout/{account}, the same address again": (
            optout_post(client, "acme", lambda: "+14155550199"),
            optout_post(client, "nobody", lambda: "+14155550199"),
        ),
        "POST /unsubscribe/{account}/{bad token}": (
            lambda: client.post(f"/unsubscribe/acme/{token}", data={"List-Unsubscribe": "One-Click"}).status_code,
            lambda: client.post(f"/unsubscribe/nobody/{token}", data={"List-Unsubscribe": "One-Click"}).status_code,
        ),
        "POST /hooks/twilio/{account}, a forged signature": (
            lambda: client.post("/hooks/twilio/acme", data=twilio, headers=forged).status_code,
            lambda: client.post("/hooks/twilio/nobody", data=twilio, headers=forged).status_code,
        ),
    }


def timed(send: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    status = send()
    return (time.perf_counter() - started) * 1000, status


def p90(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.9)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="heed-bench-"))
    url, pg_name = database(args.postgres, scratch)
    process = None
    try:
        migrate.upgrade(Database(url))
        with Engine(url) as engine:
            engine.create_account("acme", "Acme")
            engine.add_sender("acme", "sms", SENDER, actor=Actor(ActorKind.SYSTEM), provider="twilio", secret=TOKEN)
        port = free_port()
        process = start(url, port, scratch / "heed.log")
        print(f"backend {'PostgreSQL' if args.postgres else 'SQLite'}, {args.rounds} rounds per case, one request at a time")
        print(f"{'case':52} {'known p50/p90 ms':>18} {'unknown p50/p90 ms':>20} {'gap p50 ms':>11}  statuses")
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for name, (known, unknown) in cases(client).items():
                for _ in range(10):  # warm both paths
                    known(), unknown()
                a: list[float] = []
                b: list[float] = []
                statuses: set[tuple[int, int]] = set()
                for _ in range(args.rounds):
                    (ta, sa), (tb, sb) = timed(known), timed(unknown)
                    a.append(ta)
                    b.append(tb)
                    statuses.add((sa, sb))
                gap = statistics.median(a) - statistics.median(b)
                print(
                    f"{name:52} {statistics.median(a):8.2f} /{p90(a):7.2f} {statistics.median(b):10.2f} /{p90(b):7.2f} "
                    f"{gap:+11.2f}  {sorted(statuses)}"
                )
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
        drop(pg_name)


if __name__ == "__main__":
    main()

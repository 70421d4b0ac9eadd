"""Durable STOP webhooks per second: heed's /hooks/twilio/{account} vs a bare insert endpoint.

Both servers run side by side in this one run, against the same database, with the same
number of uvicorn workers, driven by the same client: a small asyncio HTTP/1.1 keep-alive
client sending pre-built requests (each Twilio signature is computed by the real SDK before
the clock starts), so the client costs little CPU. Every request is a different person
replying "STOP", so heed does its full work each time: verify, store, decide, suppress, log.

    python bench/inbound.py                      # PostgreSQL from HEED_TEST_POSTGRES_URL
    python bench/inbound.py --requests 20000 --concurrency 32 --workers 2
    python bench/inbound.py --sqlite             # the embedded default instead

Prints requests/s and latency for each and the ratio heed / bare. Bounded: a fixed number of
requests to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from pathlib import Path

import httpx
import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from twilio.request_validator import RequestValidator

from heed import Actor, ActorKind, Engine
from heed.store import migrate
from heed.store.db import Database

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
TOKEN = "bench-auth-token"
SENDER = "+15005550006"


def server_stack() -> str:
    """What uvicorn's "auto" picks, for both servers alike: uvloop and httptools if installed."""
    try:
        import httptools  # noqa: F401
        import uvloop  # noqa: F401
    except ImportError:
        return "asyncio + h11"
    return "uvloop + httptools"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_requests(port: int, path: str, count: int, signed: bool, start: int) -> list[bytes]:
    url = f"http://127.0.0.1:{port}{path}"
    validator = RequestValidator(TOKEN)
    built = []
    for i in range(start, start + count):
        params = {
            "MessageSid": f"SM{i:032d}",
            "AccountSid": "AC" + "0" * 32,
            "From": f"+1415{i:07d}",
            "To": SENDER,
            "Body": "STOP",
            "NumMedia": "0",
        }
        body = urllib.parse.urlencode(params).encode()
        headers = [
            f"POST {path} HTTP/1.1",
            f"Host: 127.0.0.1:{port}",
            "Content-Type: application/x-www-form-urlencoded",
            f"Content-Length: {len(body)}",
        ]
        if signed:
            headers.append(f"X-Twilio-Signature: {validator.compute_signature(url, params)}")
        built.append(("\r\n".join(headers) + "\r\n\r\n").encode() + body)
    return built


async def _connection(port: int, queue: list[bytes], latencies: list[float], statuses: dict[int, int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while queue:
            request = queue.pop()
            started = time.perf_counter()
            writer.write(request)
            status_line = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            status = int(status_line.split()[1])
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


def drive(port: int, requests: list[bytes], concurrency: int) -> dict[str, float]:
    queue = list(reversed(requests))
    latencies: list[float] = []
    statuses: dict[int, int] = {}

    async def run() -> float:
        started = time.perf_counter()
        await asyncio.gather(*(_connection(port, queue, latencies, statuses) for _ in range(concurrency)))
        return time.perf_counter() - started

    elapsed = asyncio.run(run())
    latencies.sort()
    ok = statuses.get(200, 0)
    if ok != len(requests):
        raise SystemExit(f"not every request succeeded: {statuses}")
    return {
        "rps": len(requests) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(len(latencies) * 0.99) - 1],
        "seconds": elapsed,
    }


def start(command: list[str], env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("w")
    process = subprocess.Popen(command, env=os.environ | env, stdout=handle, stderr=handle)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{command[0]} exited; see {log}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"{command} did not start; see {log}")


def database(args: argparse.Namespace, scratch: Path) -> tuple[str, str | None]:
    """A fresh, migrated database; returns (url, PostgreSQL name to drop afterwards)."""
    if args.sqlite:
        return f"sqlite:///{scratch / 'bench.db'}", None
    admin_url = make_url(os.environ.get("HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"))
    name = f"heed_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.set(database=name).render_as_string(hide_password=False), name


def drop(name: str | None) -> None:
    if name:
        admin_url = make_url(os.environ.get("HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"))
        with psycopg.connect(admin_url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sqlite", action="store_true", help="bench the embedded SQLite default")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="heed-bench-"))
    url, pg_name = database(args, scratch)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        migrate.upgrade(Database(url))
        with Engine(url) as engine:
            engine.create_account("bench", "Bench")
            engine.add_sender("bench", "sms", SENDER, actor=Actor(ActorKind.SYSTEM), provider="twilio", secret=TOKEN)

        heed_port, bare_port = free_port(), free_port()
        processes.append(start([str(BIN / "heed"), "serve", "--port", str(heed_port), "--workers", str(args.workers), "--json"], {"HEED_DATABASE_URL": url}, heed_port, scratch / "heed.log"))
        processes.append(start([str(BIN / "uvicorn"), "--factory", "bare_app:create_app", "--app-dir", str(HERE), "--port", str(bare_port), "--workers", str(args.workers), "--log-level", "warning"], {"BENCH_DATABASE_URL": url}, bare_port, scratch / "bare.log"))

        warm = 500
        results = {}
        for name, port, path, signed in (("bare", bare_port, "/hooks/bare", False), ("heed", heed_port, "/hooks/twilio/bench", True)):
            drive(port, build_requests(port, path, warm, signed, 0), args.concurrency)
            requests = build_requests(port, path, args.requests, signed, warm)
            results[name] = drive(port, requests, args.concurrency)

        with create_engine(url).connect() as connection:
            stored = connection.execute(text("SELECT count(*) FROM inbound_messages")).scalar()
            suppressed = connection.execute(text("SELECT count(*) FROM suppressions WHERE lifted_at IS NULL")).scalar()
        with Engine(url) as engine:
            audit = engine.verify_audit("bench")

        backend = "SQLite" if args.sqlite else "PostgreSQL"
        print(f"bench/inbound — {args.requests} STOP webhooks, {args.concurrency} connections, {args.workers} workers, {backend}, {os.cpu_count()} cores, uvicorn on {server_stack()}")
        for name, r in results.items():
            print(f"  {name:5} {r['rps']:8.0f} req/s   p50 {r['p50_ms']:6.1f} ms   p99 {r['p99_ms']:6.1f} ms")
        print(f"  ratio heed/bare: {results['heed']['rps'] / results['bare']['rps']:.2f}")
        print(f"  heed stored {stored} messages, {suppressed} active suppressions; audit chain ok={audit.ok} ({audit.events_checked} events)")
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        drop(pg_name)


if __name__ == "__main__":
    main()

"""Build the FastAPI application `heed serve` runs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib.metadata import version
from typing import Any

from anyio import to_thread
from fastapi import FastAPI

from heed import web
from heed.api import docs, health, problems, unsubscribe, v1
from heed.api.headers import SecurityHeaders, redact_access_log
from heed.api.hooks import (
    Intake,
    SecretCache,
    mailgun,
    postmark,
    sendgrid,
    ses,
    twilio,
    vonage,
    whatsapp,
)
from heed.api.limits import BodyLimit
from heed.audit.checkpoints import send_to_witness
from heed.engine import Engine
from heed.outbound.worker import OutboxWorker
from heed.settings import Settings, load_settings

log = logging.getLogger("heed")

DESCRIPTION = """May we message this person, on this channel, from this sender, now — and if
not, why? heed receives providers' webhooks (Twilio, Vonage, WhatsApp Cloud API, Amazon SES,
SendGrid, Postmark, Mailgun, RFC 8058 one-click unsubscribe, generic JSON) and answers checks.
Errors are RFC 9457 problem+json."""


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Database work runs in threads; past a few per process they only queue on the GIL and
    # stretch every transaction, and with it the account's event-chain lock (bench/inbound:
    # 4 threads gave 175 STOP webhooks/s where anyio's default of 40 gave 137).
    to_thread.current_default_thread_limiter().total_tokens = app.state.settings.db_threads
    every = app.state.settings.sweep_interval
    sweeper = asyncio.create_task(_apply_overdue_reviews(app.state.engine, every))
    proof = asyncio.create_task(_prove(app.state.engine, app.state.settings))
    outbox = OutboxWorker(app.state.engine, app.state.settings.public_url)
    outbox.start()
    yield
    sweeper.cancel()
    proof.cancel()
    await to_thread.run_sync(outbox.stop)


async def _apply_overdue_reviews(engine: Engine, every: float = 60.0) -> None:
    """Apply review items past their deadline, every minute (HEED_SWEEP_INTERVAL), for as long
    as heed serves.

    The FCC's ten business days are a maximum: an unreviewed revocation must not wait on a
    cron job someone forgot to set up. A failure (database down) is logged and retried.
    """
    while True:
        await asyncio.sleep(every)
        try:
            applied = await to_thread.run_sync(engine.apply_due_reviews)
            # Long messages whose parts stopped coming are read as they are, in time too.
            await to_thread.run_sync(engine.flush_expired_parts)
        except Exception:
            log.exception("applying overdue review items failed; retrying in %s s", every)
        else:
            if applied:
                log.info("applied %d overdue review items as opt-outs", applied)


async def _prove(engine: Engine, settings: Settings) -> None:
    """Sign checkpoints (to HEED_CHECKPOINT_FILE, and the witness) and verify every account,
    each at its interval, for as long as heed serves; failures are logged loudly, then retried.
    The first checkpoint is written at start, the first verification a minute later (it reads
    every log, and a start is busy enough). Every worker process runs this: the checkpoint file
    is locked while written, so extra checkpoints are all that comes of it.
    """
    start = asyncio.get_running_loop().time()
    next_checkpoint, next_verify = start, start + min(60.0, settings.verify_interval)
    while True:
        now = asyncio.get_running_loop().time()
        if settings.checkpoint_file and now >= next_checkpoint:
            next_checkpoint = now + settings.checkpoint_interval
            await _run("writing checkpoints", write_checkpoints, engine, settings)
        if now >= next_verify:
            next_verify = now + settings.verify_interval
            await _run("verifying", verify_accounts, engine, settings)
        await asyncio.sleep(max(1.0, min(next_checkpoint, next_verify) - now))


async def _run(what: str, job: Callable[[Engine, Settings], None], *args: Any) -> None:
    try:
        await to_thread.run_sync(job, *args)
    except Exception:
        log.exception("%s failed; trying again at the next interval", what)


def write_checkpoints(engine: Engine, settings: Settings) -> None:
    assert settings.checkpoint_file
    written = engine.write_checkpoints(settings.checkpoint_file)
    if settings.witness_url and written:
        send_to_witness(settings.witness_url, written, settings.witness_allow_private)


def verify_accounts(engine: Engine, settings: Settings) -> None:
    for slug, report in engine.verify_all(settings.checkpoint_file).items():
        if not report.ok:
            log.error("activity log of %s FAILED verification: %s", slug, report.problem)


def create_app(
    engine: Engine | None = None,
    settings: Settings | None = None,
    sns: ses.SnsAccess | None = None,
) -> FastAPI:
    settings = settings or load_settings()
    app = FastAPI(
        title="heed",
        version=version("heed"),
        description=DESCRIPTION,
        lifespan=_lifespan,
        docs_url=None,  # heed.api.docs serves it from its own assets: no CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine or Engine(settings.database_url)
    app.state.secret_cache = SecretCache(app.state.engine)
    app.state.intake = Intake(app.state.engine)
    app.state.sns = sns or ses.SnsAccess()
    app.state.not_found_page = web.browser_not_found
    problems.install(app)
    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(SecurityHeaders)
    redact_access_log()
    # Routes are tried in order, each costing a match per request: the providers' webhooks,
    # the busiest paths by far, come first (no two routers share a path).
    hooks = (twilio, vonage, whatsapp, ses, sendgrid, postmark, mailgun)
    for module in (*hooks, unsubscribe, health, v1, web):
        app.include_router(module.router)
    docs.install(app)
    return app

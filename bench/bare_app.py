"""The naive baseline for bench/inbound.py: a FastAPI endpoint that parses the same Twilio form
and durably inserts one row into the same database, with no verification and no rules."""

from __future__ import annotations

import os

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Column, MetaData, String, Table, Text, create_engine

metadata = MetaData()
rows = Table(
    "bench_bare_messages",
    metadata,
    Column("sid", String(64), primary_key=True),
    Column("sender", String(32)),
    Column("body", Text),
)


def create_app() -> FastAPI:
    engine = create_engine(os.environ["BENCH_DATABASE_URL"], pool_size=20, max_overflow=20)
    metadata.create_all(engine)
    app = FastAPI()

    def insert(form: dict[str, str]) -> None:
        with engine.begin() as connection:
            connection.execute(
                rows.insert().values(sid=form["MessageSid"], sender=form["From"], body=form["Body"])
            )

    @app.post("/hooks/bare")
    async def bare(request: Request) -> Response:
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        await run_in_threadpool(insert, form)
        return Response('<?xml version="1.0" encoding="UTF-8"?><Response/>', media_type="text/xml")

    return app

"""Build the FastAPI application `heed serve` runs."""

from __future__ import annotations

from importlib.metadata import version

from fastapi import FastAPI

from heed.api import health, problems, unsubscribe, v1
from heed.api.hooks import twilio, vonage, whatsapp
from heed.config import Settings, load_settings
from heed.engine import Engine

DESCRIPTION = """May we message this person, on this channel, from this sender, now — and if
not, why? heed receives providers' webhooks (Twilio, Vonage, WhatsApp Cloud API, RFC 8058
one-click unsubscribe, generic JSON) and answers checks. Errors are RFC 9457 problem+json."""


def create_app(engine: Engine | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    app = FastAPI(title="heed", version=version("heed"), description=DESCRIPTION)
    app.state.settings = settings
    app.state.engine = engine or Engine(settings.database_url)
    problems.install(app)
    for module in (health, v1, twilio, vonage, whatsapp, unsubscribe):
        app.include_router(module.router)
    return app

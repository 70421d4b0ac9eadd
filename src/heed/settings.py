"""Process-wide settings, read from `HEED_*` environment variables by a factory, never at import."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./heed.db"


class Settings(BaseSettings):
    """Settings for one heed process (CLI run or server)."""

    model_config = SettingsConfigDict(env_prefix="HEED_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    #: The URL providers reach heed at, when heed runs behind a proxy or tunnel
    #: (e.g. https://heed.example.com). Webhook signatures are computed over the URL the
    #: provider called, so behind a proxy heed must know it rather than read it off the request.
    public_url: str | None = None
    #: Threads per server process that run database work (see heed.api.app).
    db_threads: int = Field(default=4, ge=1)
    #: The largest request bodies heed reads (heed.api.limits), by kind of route: provider
    #: webhooks and one-click unsubscribes; the JSON API (a bulk check of 10,000 addresses
    #: fits); the web UI's forms, the sign-in and public opt-out pages included; and the
    #: routes that take a file (imports, audiences), which sign the caller in first.
    max_webhook_bytes: int = Field(default=1 << 20, ge=1024)
    max_body_bytes: int = Field(default=4 << 20, ge=1024)
    max_form_bytes: int = Field(default=256 << 10, ge=1024)
    max_upload_bytes: int = Field(default=1 << 30, ge=1024)
    #: How deeply JSON bodies may nest arrays and objects.
    max_json_depth: int = Field(default=32, ge=2)


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit values (e.g. CLI options) winning."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]

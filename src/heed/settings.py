"""Process-wide settings, read from `HEED_*` environment variables by a factory, never at import."""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from heed.core.clock import ClockBounds

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
    #: How far a message's own time may lie ahead of / behind heed's clock (heed.core.clock):
    #: `POST /v1/inbound` refuses one outside; a provider's is flagged (a future one taken as
    #: the time of receipt).
    inbound_max_future_seconds: int = Field(default=300, ge=0)
    inbound_max_past_hours: int = Field(default=168, ge=0)

    def clock_bounds(self) -> ClockBounds:
        return ClockBounds(
            future=timedelta(seconds=self.inbound_max_future_seconds),
            past=timedelta(hours=self.inbound_max_past_hours),
        )


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit values (e.g. CLI options) winning."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]

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
    #: The server key itself (`<id>:<base64url>`, several comma-separated after a rotation,
    #: current first), for deployments that pass secrets in the environment (heed.server_key).
    secret_key: str | None = Field(default=None, repr=False)
    #: Where the server key file is; default ~/.config/heed/server.key (heed.server_key).
    key_file: str | None = None
    #: Where `heed serve` appends signed checkpoints of every account's log (None: it does not).
    checkpoint_file: str | None = None
    #: Seconds between the checkpoints `heed serve` writes to `checkpoint_file`.
    checkpoint_interval: float = Field(default=3600, gt=0)
    #: A witness that receives each checkpoint as a JSON POST (public addresses only, unless
    #: `witness_allow_private` is set).
    witness_url: str | None = None
    witness_allow_private: bool = False
    #: Seconds between the full verifications `heed serve` runs (log, checkpoints and state).
    verify_interval: float = Field(default=6 * 3600, gt=0)


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit values (e.g. CLI options) winning."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]

"""Process-wide settings, read from `HEED_*` environment variables by a factory, never at import."""

from __future__ import annotations

import ipaddress
from datetime import timedelta
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from heed.core.clock import ClockBounds
from heed.environment import DEFAULT_DATABASE_URL, default_data_dir

__all__ = ["DEFAULT_DATABASE_URL", "Settings", "default_data_dir", "load_settings"]


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
    #: The largest request bodies heed reads (heed.api.limits), by kind of route: provider
    #: webhooks and one-click unsubscribes; the JSON API (a bulk check of 10,000 addresses
    #: fits); the web UI's forms, the sign-in and public opt-out pages included; and the
    #: routes that take a file (imports, audiences), which sign the caller in first.
    max_webhook_bytes: int = Field(default=1 << 20, ge=1024)
    max_body_bytes: int = Field(default=4 << 20, ge=1024)
    max_form_bytes: int = Field(default=256 << 10, ge=1024)
    max_upload_bytes: int = Field(default=1 << 30, ge=1024)
    #: Networks outbound calls to providers may reach besides public addresses, comma-separated
    #: CIDRs (e.g. "10.0.0.0/8" for an internal SMS gateway). Empty: public addresses only
    #: (heed.outbound.transport; tenants choose send_url and api_base_url).
    outbound_allowed_networks: str = ""
    #: How deeply JSON bodies may nest arrays and objects.
    max_json_depth: int = Field(default=32, ge=2)
    #: Where heed keeps files beside the database: compiled suppression indexes (a cache,
    #: rebuilt when missing) and loaded registries. Default: next to a SQLite file
    #: (`heed.db.data/`), else `~/.local/share/heed/<database>`.
    data_dir: Path | None = None

    @field_validator("outbound_allowed_networks")
    @classmethod
    def _networks(cls, value: str) -> str:
        for network in filter(None, (n.strip() for n in value.split(","))):
            ipaddress.ip_network(network, strict=False)  # ValueError names the bad one
        return value

    #: How far a message's own time may lie ahead of / behind heed's clock (heed.core.clock):
    #: `POST /v1/inbound` refuses one outside; a provider's is flagged (a future one taken as
    #: the time of receipt).
    inbound_max_future_seconds: int = Field(default=300, ge=0)
    inbound_max_past_hours: int = Field(default=168, ge=0)
    #: How long the parts of a long message wait for their siblings before they are read as
    #: they are (heed.inbound.parts). Providers deliver a message's parts within seconds; at
    #: most a day, so that a lone "STOP" part is never held back longer than that.
    part_wait_seconds: int = Field(default=300, ge=1, le=86400)
    #: Seconds between the runs of `heed serve`'s sweep, which applies review items past their
    #: deadline and reads long messages whose parts stopped coming (heed.api.app). At most an
    #: hour: both have deadlines of their own.
    sweep_interval: float = Field(default=60, ge=1, le=3600)

    def clock_bounds(self) -> ClockBounds:
        return ClockBounds(
            future=timedelta(seconds=self.inbound_max_future_seconds),
            past=timedelta(hours=self.inbound_max_past_hours),
        )


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit values (e.g. CLI options) winning."""
    given = {key: value for key, value in overrides.items() if value is not None}
    return Settings(**given)  # type: ignore[arg-type]

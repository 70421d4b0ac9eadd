"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator, TypeEngine

from heed.server_key import ENCRYPTED_PREFIX, Keyring, ServerKeyMissing

#: JSON everywhere, JSONB on PostgreSQL (indexable, compact).
JSONType = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes in, timezone-aware UTC datetimes out, on every backend.

    SQLite has no time zone type and hands back naive values; the event hash chain needs the
    exact same value back that went in, so normalise both directions here.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


def utcnow() -> datetime:
    return datetime.now(UTC)


def attach_keyring(dialect: Dialect, source: Callable[[], Keyring]) -> None:
    """Let the encrypted column types of one database reach its server key (asked for only
    when a secret is read or written). Each SQLAlchemy engine has its own dialect object."""
    dialect.heed_keyring = source  # type: ignore[attr-defined]


def _keyring(dialect: Dialect) -> Keyring:
    source: Callable[[], Keyring] | None = getattr(dialect, "heed_keyring", None)
    if source is None:
        raise ServerKeyMissing("this database connection has no server key to encrypt with")
    return source()


class EncryptedText(TypeDecorator[str]):
    """Text encrypted at rest with the server key (AES-GCM, bound to `context`, the column).

    A plaintext value read back is refused, not trusted: whoever can write the database must
    not be able to plant a secret heed would then verify webhooks with.
    """

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else _keyring(dialect).encrypt(value, self.context)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else _keyring(dialect).decrypt(value, self.context)


class SecretOptionsJSON(TypeDecorator[dict[str, Any]]):
    """A JSON object whose values under the names in `secret` are encrypted at rest."""

    impl = JSON
    cache_ok = True

    def __init__(self, context: str, secret: tuple[str, ...]) -> None:
        super().__init__()
        self.context, self.secret = context, secret

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        return dialect.type_descriptor(JSONB() if dialect.name == "postgresql" else JSON())

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> Any:
        if not value:
            return value
        keyring = _keyring(dialect)
        return {
            name: keyring.encrypt(str(item), f"{self.context}.{name}")
            if name in self.secret and item is not None
            else item
            for name, item in value.items()
        }

    def process_result_value(self, value: Any, dialect: Dialect) -> dict[str, Any] | None:
        if not value:
            return value  # type: ignore[no-any-return]
        keyring = _keyring(dialect)
        return {
            name: keyring.decrypt(item, f"{self.context}.{name}")
            if name in self.secret and isinstance(item, str)
            else item
            for name, item in value.items()
        }


def is_encrypted(value: object) -> bool:
    return isinstance(value, str) and value.startswith(ENCRYPTED_PREFIX)

"""`heed check` reads database URLs and settings without SQLAlchemy and pydantic-settings
(heed.store.bare, heed.environment): it must read them as those do, or leave them to them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from heed import environment
from heed.settings import load_settings
from heed.store.bare import plain_url
from heed.store.db import safe_url

PLAIN = [
    "sqlite:///heed.db",
    "sqlite:///./data/heed.db",
    "sqlite:////var/lib/heed/heed.db",
    "sqlite:////var/lib/heed/heed.db?timeout=5",
    "sqlite+pysqlite:///heed.db?timeout=0.5",
    "postgresql://heed@db.internal/heed",
    "postgresql+psycopg://heed:s3cret@127.0.0.1:5433/heed_prod",
    "postgresql+psycopg://heed:s3cret@127.0.0.1:5433/heed_prod?sslmode=require",
    "postgresql://localhost/heed",
    "postgresql:///heed",
]
#: Left to SQLAlchemy: escapes, brackets, memory, other drivers and options.
OTHERS = [
    "sqlite://",
    "sqlite:///:memory:",
    "sqlite:///heed.db?mode=ro&uri=true",
    "sqlite:///my%20heed.db",
    "postgresql+psycopg://heed:p%40ss@db/heed",
    "postgresql+psycopg://heed@[::1]:5432/heed",
    "postgresql+psycopg2://heed@db/heed",
    "mysql://heed@db/heed",
    "not a url",
]


@pytest.mark.parametrize("url", PLAIN)
def test_a_plain_url_is_read_as_sqlalchemy_reads_it(url: str) -> None:
    plain, parsed = plain_url(url), make_url(url)
    assert plain is not None
    assert plain.backend == parsed.get_backend_name()
    assert (plain.host, plain.port) == (parsed.host, parsed.port)
    assert plain.database == (parsed.database or None)
    assert plain.safe == safe_url(url)
    if plain.backend == "sqlite":
        assert plain.timeout == float(parsed.query.get("timeout", 30))  # type: ignore[arg-type]


@pytest.mark.parametrize("url", OTHERS)
def test_any_other_url_is_left_to_sqlalchemy(url: str) -> None:
    assert plain_url(url) is None


@pytest.mark.parametrize("url", PLAIN + OTHERS[:3] + OTHERS[4:6])
def test_the_default_data_dir_is_the_same_whichever_reads_the_url(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        database = Path(str(parsed.database))
        expected = database.with_name(database.name + ".data")
    else:
        name = f"{parsed.host or 'local'}-{parsed.port or ''}-{parsed.database or 'memory'}"
        expected = Path.home() / ".local" / "share" / "heed" / name
    assert environment.default_data_dir(url) == expected


@pytest.mark.parametrize(
    "variables",
    [
        {},
        {"HEED_DATABASE_URL": "sqlite:///a.db", "HEED_DATA_DIR": "/tmp/a", "HEED_KEY_FILE": "k"},
        {"heed_database_url": "sqlite:///lower.db", "Heed_Secret_Key": "x:y"},
        {"HEED_DATA_DIR": ""},
    ],
)
def test_settings_are_read_from_the_environment_as_settings_reads_them(
    variables: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in environment.TEXT_SETTINGS:
        for key in (f"HEED_{name.upper()}", f"heed_{name}"):
            monkeypatch.delenv(key, raising=False)
    for key, value in variables.items():
        monkeypatch.setenv(key, value)
    settings = load_settings()
    assert environment.database_url() == settings.database_url
    assert environment.setting("secret_key") == settings.secret_key
    assert environment.setting("key_file") == settings.key_file
    given = environment.setting("data_dir")
    assert (Path(given) if given is not None else None) == settings.data_dir

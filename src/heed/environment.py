"""The settings `heed check` needs, read without pydantic-settings (#12 item 7), and the
cores this process may use.

`heed.settings.Settings` is the one definition of heed's settings. Building it imports
pydantic-settings, which alone costs more than `heed check`'s whole start budget, so the few
plain-text settings a check needs are read here as Settings reads them: `HEED_` + the field's
name, in any case, the value as it is (tests/test_settings_env.py holds the two to the same
answers). Where files beside the database go by default is decided here for both.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///./heed.db"
#: Settings fields that are text without validators, so reading the variable is the setting.
TEXT_SETTINGS = frozenset({"database_url", "data_dir", "secret_key", "key_file"})


def setting(name: str) -> str | None:
    """The environment's value for the `Settings` field `name`, or None if it has none."""
    assert name in TEXT_SETTINGS, f"{name} is not read as plain text"
    wanted = f"heed_{name}"
    found = None
    for key, value in os.environ.items():
        if key.lower() == wanted:
            found = value
    return found


def database_url() -> str:
    return setting("database_url") or DEFAULT_DATABASE_URL


def data_dir(database_url: str) -> Path:
    """HEED_DATA_DIR, else the default for this database (`default_data_dir`)."""
    given = setting("data_dir")
    return Path(given) if given is not None else default_data_dir(database_url)


def default_data_dir(database_url: str) -> Path:
    """Where files beside this database go when HEED_DATA_DIR does not say: next to a SQLite
    file (`heed.db.data/`), else under ~/.local/share/heed/."""
    from heed.store.bare import plain_url

    plain = plain_url(database_url)
    if plain is not None:
        backend, database, host, port = plain.backend, plain.database, plain.host, plain.port
    else:
        from sqlalchemy.engine import make_url

        url = make_url(database_url)
        backend, database, host, port = url.get_backend_name(), url.database, url.host, url.port
    if backend == "sqlite" and database and database != ":memory:":
        return Path(database).with_name(Path(database).name + ".data")
    name = f"{host or 'local'}-{port or ''}-{database or 'memory'}"
    return Path.home() / ".local" / "share" / "heed" / name


def cores() -> int:
    """The cores this process may run on (its CPU affinity, which a container or `taskset`
    narrows): more processes or threads than these only take turns."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return usable or 1

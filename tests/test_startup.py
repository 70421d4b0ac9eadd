"""`heed check` starts fast because `heed.cli` imports only what every command needs (#12 item 7).

The heavy modules (numpy and pyarrow for bulk files, httpx for sending, Alembic for `heed init`,
the web server) are imported by the commands that use them. Timing is bench/startup.py's job;
this test only checks, in a fresh interpreter, that importing the CLI leaves them unloaded.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("numpy", "pyarrow", "httpx", "alembic", "fastapi", "uvicorn", "starlette", "jwt")


def _loaded_by(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_importing_the_cli_loads_no_heavy_module() -> None:
    assert _loaded_by("import heed.cli") == []


def test_the_library_import_stays_light_and_the_engine_is_still_there() -> None:
    assert _loaded_by("from heed import Engine\nassert Engine.check") == []


def test_the_probe_sees_a_heavy_import() -> None:
    """So the tests above can fail: a command that needs numpy does load it."""
    assert _loaded_by("import heed.cli\nimport heed.bulk.index\nheed.bulk.index.np.zeros(1)") == [
        "numpy"
    ]

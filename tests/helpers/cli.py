"""Running the `heed` command as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEED = str(Path(sys.executable).with_name("heed"))


def heed(
    *args: str, url: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HEED_DATABASE_URL"}
    if url:
        env["HEED_DATABASE_URL"] = url
    return subprocess.run(
        [HEED, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=60
    )

"""Running the `heed` command: as a user would (a process), or the same commands in this process.

A `heed` process costs about a CPU-second before it does anything (the interpreter and heed's
imports), 15 s at load 20. Most tests are about what a command does, which is the same code
either way, so they run it here with `heed_here`; `heed` (a process) is for what only a process
shows: the script itself, its working directory, its exit on a failure before any command runs,
the processes a command starts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from heed.cli import app

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


def heed_here(
    *args: str, url: str | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`heed ARGS` run in this process, with `stdin` piped in (no terminal), as `heed` would
    run it: HEED_DATABASE_URL is `url` or unset; stdout, stderr and the exit code apart."""
    done = CliRunner().invoke(app, list(args), input=stdin or "", env={"HEED_DATABASE_URL": url})
    return subprocess.CompletedProcess(["heed", *args], done.exit_code, done.stdout, done.stderr)

"""The README's commands, run as a new user runs them, in its order: the quickstart, then a
Twilio-signed "Stop please 🛑" sent to a real `heed serve` by the README's own snippet.

The commands are read from README.md, not copied here, so a README that stops working (a
renamed option, a step that fails because an earlier one already did it) fails this test.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from heed import Engine
from heed.cli import app
from helpers.cli import HEED, heed
from helpers.live import free_port, wait_until_up

README = Path(__file__).parents[1] / "README.md"
EXAMPLES = README.parent / "examples"
PERSON = "+14155550177"  # the number the README's Twilio snippet writes from


def section(title: str) -> str:
    text = README.read_text()
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def blocks(title: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section(title), re.DOTALL)


def commands(title: str) -> Iterator[tuple[list[str], int]]:
    """Each `heed …` command of the section's shell blocks, with the exit code its comment
    promises: "exits N", "refused" (bad input, 2), else 0. `heed serve` is left out."""
    for block in blocks(title, "sh"):
        for line in block.replace("\\\n", " ").splitlines():
            if not line.startswith("heed ") or line.split()[1] == "serve":
                continue
            comment = line.partition("#")[2]
            promised = re.search(r"exits (\d)", comment)
            code = int(promised.group(1)) if promised else 2 if "refused" in comment else 0
            yield shlex.split(line, comments=True)[1:], code


def run_as_written(title: str, url: str, env: dict[str, str | None] | None = None) -> None:
    """Run the section's commands in order (in this process: the same code as the `heed`
    script, without its start-up second per command; test_cli runs the script itself)."""
    ran = 0
    for args, code in commands(title):
        done = CliRunner().invoke(app, args, env={"HEED_DATABASE_URL": url, **(env or {})})
        assert done.exit_code == code, (
            f"heed {shlex.join(args)} exited {done.exit_code}: {done.output}"
        )
        ran += 1
    assert ran >= 3, f"found only {ran} commands under {title!r}"


def run_python(source: str, **replacements: str) -> str:
    for old, new in replacements.items():
        assert old in source, f"the README's snippet no longer says {old}"
        source = source.replace(old, new)
    printed, names = io.StringIO(), dict[str, object]()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, str(README), "exec"), names)
    for value in names.values():
        if isinstance(value, Engine):
            value.close()  # a script's would be closed by its exit
    return printed.getvalue()


@contextlib.contextmanager
def heed_serve(url: str, cwd: Path) -> Iterator[str]:
    """`heed serve` on a free port (the README's 8000 may be taken), yielding its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [HEED, "serve", "--port", str(port)],
        env=os.environ | {"HEED_DATABASE_URL": url},
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base, server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_quickstart_and_a_signed_stop_work_as_written(
    empty_database_url: str, tmp_path: Path
) -> None:
    url = empty_database_url
    assert heed("init", url=url, cwd=tmp_path).returncode == 0
    run_as_written("Quickstart", url)
    (library,) = blocks("Quickstart", "python")
    run_python(library, **{'"sqlite:///./heed.db"': repr(url)})

    run_as_written("Receiving STOP from a provider", url)
    (signed,) = blocks("Receiving STOP from a provider", "python")
    with heed_serve(url, tmp_path) as base:
        first = run_python(signed, **{"http://127.0.0.1:8000": base})
        again = run_python(signed, **{"http://127.0.0.1:8000": base})  # Twilio's retry

    assert "<Message>" in first and "START" in first, first
    assert "<Message>" not in again and "<Response" in again, again
    checked = heed("check", "acme", "--channel", "sms", "--address", PERSON, url=url)
    assert checked.returncode == 1 and "opted_out" in checked.stdout


def test_the_proof_commands_work_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checkpoint, verify, back up, restore, verify the copy, and rotate the key, in a
    directory of their own with a key file `heed init` made (SQLite: the README's restore)."""
    monkeypatch.chdir(tmp_path)
    env = {"HEED_SECRET_KEY": None, "HEED_KEY_FILE": str(tmp_path / "server.key")}
    url = f"sqlite:///{tmp_path / 'heed.db'}"
    for args in (["init"], ["account", "create", "acme"]):
        done = CliRunner().invoke(app, args, env={"HEED_DATABASE_URL": url, **env})
        assert done.exit_code == 0, done.output
    run_as_written("Proof: the server key, checkpoints, verification and backups", url, env)
    assert len(json.loads((tmp_path / "server.key").read_text())["keys"]) == 2  # rotated


def test_the_bulk_section_runs_on_the_shipped_examples(
    empty_database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Bulk work commands, after the Quickstart, on examples/ as a clone has it; their
    outputs (optouts.csv, allowed.csv) go to a scratch directory, not into the repository."""
    url = empty_database_url
    assert heed("init", url=url, cwd=tmp_path).returncode == 0
    run_as_written("Quickstart", url)
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    run_as_written("Bulk work", url)
    allowed = (tmp_path / "allowed.csv").read_text().splitlines()
    assert allowed == [
        "phone,first_name,offer",
        "+14155550111,Ada,WINTER10",
        "+14155550145,Grace,WINTER10",
    ]
    exported = (tmp_path / "optouts.csv").read_text()
    for imported in ("+14155550122", "+14155550130", "+14155550132"):
        assert imported in exported
    for refused in ("555-0123", "call me maybe"):
        assert refused not in exported

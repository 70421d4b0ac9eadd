"""The deployment files name commands and options heed has, and compose wires what the README
says: PostgreSQL with a health check, the schema migrated before heed starts, data on volumes,
the port on 127.0.0.1 only. (Building the image needs a container tool: see README.md.)"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import typer
import yaml

from heed.cli import app

ROOT = Path(__file__).parents[1]


def options_of(*path: str) -> set[str]:
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    return {opt for param in command.params for opt in getattr(param, "opts", [])}


def used_options(args: list[str]) -> set[str]:
    return {a for a in args if a.startswith("--")}


def test_dockerfile_runs_heed_serve_with_options_it_has() -> None:
    text = (ROOT / "Dockerfile").read_text()
    (cmd,) = re.findall(r"^CMD (\[.*\])$", text, re.MULTILINE)
    args = json.loads(cmd)
    assert args[0] == "serve" and used_options(args) <= options_of("serve")
    assert "HEALTHCHECK" in text and "/healthz" in text
    assert re.search(r"^USER heed$", text, re.MULTILINE)


def test_compose_waits_for_the_database_and_the_migration() -> None:
    services = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]
    assert set(services) == {"db", "migrate", "heed"}
    assert services["db"]["healthcheck"]
    assert services["migrate"]["command"] == ["init"]
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    heed = services["heed"]
    assert heed["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert used_options(heed["command"]) <= options_of("serve")
    assert all(port.startswith("127.0.0.1:") for port in heed["ports"])
    assert heed["healthcheck"] and heed["volumes"]
    url = heed["environment"]["HEED_DATABASE_URL"]
    assert url.startswith("postgresql+psycopg://") and "${HEED_DB_PASSWORD}" in url


def test_systemd_unit_migrates_then_serves() -> None:
    unit = (ROOT / "deploy" / "heed.service").read_text()
    pre = re.search(r"^ExecStartPre=(.*)$", unit, re.MULTILINE)
    start = re.search(r"^ExecStart=(.*)$", unit, re.MULTILINE)
    assert pre and shlex.split(pre.group(1))[1:] == ["init"]
    assert start
    args = shlex.split(start.group(1))[1:]
    assert args[0] == "serve" and used_options(args) <= options_of("serve")
    assert "User=heed" in unit and "EnvironmentFile=/etc/heed/heed.env" in unit

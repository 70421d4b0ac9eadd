"""`heed backup` and `heed restore`: a restored database verifies against the checkpoints made
before the backup and answers every check as the original did."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from heed import Engine
from heed.errors import AlreadyExists
from heed.store.backup import backup
from helpers.actors import ADMIN
from helpers.cli import HEED

PEOPLE = ["+14155550100", "+14155550101", "+14155550102", "+14155550103"]
CHECKS = [
    ("sms", PEOPLE[0], None),
    ("sms", PEOPLE[1], "+15005550006"),
    ("sms", PEOPLE[1], "+15005550007"),
    ("sms", PEOPLE[2], None),
    ("sms", PEOPLE[3], None),
    ("email", "ann@example.com", None),
    ("sms", "+14155550199", None),
]


def _fill(engine: Engine) -> None:
    engine.opt_out("acme", "sms", PEOPLE[0], actor=ADMIN, reason="STOP")
    engine.opt_out("acme", "sms", PEOPLE[1], actor=ADMIN, reason="STOP", sender="+15005550006")
    engine.block("acme", "sms", PEOPLE[2], actor=ADMIN, reason="abusive")
    contact = engine.add_contact("acme", actor=ADMIN, phone=PEOPLE[3], email="ann@example.com")
    engine.opt_out("acme", "email", "ann@example.com", actor=ADMIN, reason="unsubscribed")
    engine.erase_contact("acme", contact, actor=ADMIN, reason="GDPR")


def _answers(engine: Engine) -> list[tuple[bool, list[str]]]:
    return [
        (result.allowed, result.codes)
        for channel, address, sender in CHECKS
        for result in [engine.check("acme", channel, address, sender=sender)]
    ]


def test_backup_restores_and_verifies_against_checkpoints(
    engine: Engine, acme: str, empty_database_url: str, tmp_path: Path
) -> None:
    _fill(engine)
    checkpoints = tmp_path / "checkpoints.jsonl"
    engine.write_checkpoints(checkpoints)
    before = _answers(engine)
    env = {k: v for k, v in os.environ.items() if k != "HEED_DATABASE_URL"}

    def heed(*args: str, url: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [HEED, *args, "--database-url", url], capture_output=True, text=True, env=env
        )

    file = tmp_path / "heed.backup"
    made = heed("backup", str(file), url=engine.database_url)
    assert made.returncode == 0, made.stderr
    engine.opt_out("acme", "sms", "+14155550199", actor=ADMIN, reason="after the backup")

    restored = heed("restore", str(file), url=empty_database_url)
    assert restored.returncode == 0, restored.stderr
    with Engine(empty_database_url) as copy:
        report = copy.verify_audit("acme", checkpoint_file=checkpoints)
        assert report.ok and report.checkpoints == 1, report.problem
        assert _answers(copy) == before
    again = heed("restore", str(file), url=empty_database_url)
    assert again.returncode != 0 and "already holds heed accounts" in again.stderr


def test_backup_never_overwrites(engine: Engine, acme: str, tmp_path: Path) -> None:
    target = tmp_path / "exists"
    target.write_text("keep me")
    with pytest.raises(AlreadyExists):
        backup(engine.db, target)
    assert target.read_text() == "keep me"

"""The server key: outside the database, one derived key per job, rotation that breaks nothing,
and provider secrets encrypted at rest with it."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from heed import Engine
from heed.core.tombstones import tombstone
from heed.server_key import (
    KeyPurpose,
    Keyring,
    ServerKey,
    ServerKeyInvalid,
    ServerKeyMissing,
    load_keyring,
)
from heed.store import migrate
from helpers.actors import ADMIN
from helpers.cli import HEED

PERSON = "+14155550100"


def _heed(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [HEED, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=60
    )


def _env_without_key(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEED_")}
    return env | extra


def test_init_creates_the_key_file_owner_only_and_keeps_it(tmp_path: Path) -> None:
    env = _env_without_key(XDG_CONFIG_HOME=str(tmp_path / "config"))
    first = _heed("init", env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    key_file = tmp_path / "config" / "heed" / "server.key"
    assert "server key created at" in first.stdout
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    before = key_file.read_text()
    again = _heed("init", env=env, cwd=tmp_path)
    assert again.returncode == 0 and "server key created" not in again.stdout
    assert key_file.read_text() == before
    assert before not in (tmp_path / "heed.db").read_bytes().decode("latin-1")


def test_a_missing_key_is_one_clear_line_and_exit_3(tmp_path: Path) -> None:
    env = _env_without_key(HEED_KEY_FILE=str(tmp_path / "server.key"))
    assert _heed("init", env=env, cwd=tmp_path).returncode == 0
    (tmp_path / "server.key").unlink()
    result = _heed("account", "create", "acme", env=env, cwd=tmp_path)
    assert result.returncode == 3
    assert f"no server key at {tmp_path / 'server.key'}: run `heed init`" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_keys_are_refused() -> None:
    with pytest.raises(ServerKeyInvalid):
        load_keyring("k1:c2hvcnQ")  # 5 bytes
    with pytest.raises(ServerKeyMissing):
        load_keyring(None, "/nonexistent/heed/server.key")


def test_each_job_and_account_gets_its_own_key() -> None:
    key = ServerKey.new()
    derived = {key.derive(purpose, account) for purpose in KeyPurpose for account in ("a", "b")}
    assert len(derived) == 2 * len(KeyPurpose)


def test_rotation_keeps_erasures_links_sessions_and_checkpoints(
    database_url: str, tmp_path: Path
) -> None:
    old = Keyring.generate()
    checkpoints = tmp_path / "checkpoints.jsonl"
    with Engine(database_url, keyring=old) as engine:
        engine.create_account("acme")
        contact = engine.add_contact("acme", actor=ADMIN, phone=PERSON, email="ann@example.com")
        engine.opt_out("acme", "sms", PERSON, actor=ADMIN, reason="STOP")
        engine.erase_contact("acme", contact, actor=ADMIN, reason="GDPR")
        link = engine.unsubscribe_token("acme", "bob@example.com")
        engine.write_checkpoints(checkpoints)
    rotated = Keyring((ServerKey.new(), *old.keys))
    with Engine(database_url, keyring=rotated) as engine:
        assert not engine.check("acme", "sms", PERSON).allowed  # still erased and suppressed
        [held] = engine.audience("acme", "sms").verdicts([PERSON], reasons=True)
        assert held.reasons == ["opted_out"]  # a filter finds them by the old key's probe
        assert engine.read_unsubscribe_token("acme", link) == "bob@example.com"
        assert engine.unsubscribe_token("acme", "bob@example.com") != link  # new key signs
        engine.opt_out("acme", "sms", "+14155550111", actor=ADMIN, reason="STOP")
        engine.write_checkpoints(checkpoints)  # signed with the new key
        report = engine.verify_audit("acme", checkpoint_file=checkpoints)
        assert report.ok and report.checkpoints == 2, report.problem
    with Engine(
        database_url, keyring=Keyring.generate()
    ) as stranger:  # a copy of the database alone
        assert stranger.check("acme", "sms", PERSON).allowed
        assert not stranger.verify_audit("acme", checkpoint_file=checkpoints).ok


def test_provider_secrets_are_encrypted_at_rest(engine: Engine) -> None:
    engine.create_account("acme")
    engine.add_sender(
        "acme",
        "whatsapp",
        "+15005550006",
        actor=ADMIN,
        provider="whatsapp",
        secret="app-secret-1",
        provider_options={"verify_token": "verify-me", "phone_number_id": "1234"},
    )
    with engine.db.engine.connect() as connection:
        secret, options = connection.execute(
            text("SELECT secret, CAST(provider_options AS TEXT) FROM senders")
        ).one()
        columns = {c["name"] for c in inspect(connection).get_columns("accounts")}
    assert secret.startswith("enc1:") and "app-secret-1" not in secret
    assert "verify-me" not in options and "1234" in options
    assert "signing_key" not in columns
    assert engine.provider_secrets("acme", "whatsapp") == [
        ("app-secret-1", {"verify_token": "verify-me", "phone_number_id": "1234"})
    ]


def test_a_planted_plaintext_secret_is_refused(engine: Engine) -> None:
    engine.create_account("acme")
    engine.add_sender("acme", "sms", "+15005550006", actor=ADMIN, provider="twilio", secret="x")
    with engine.db.engine.begin() as connection:
        connection.execute(text("UPDATE senders SET secret = 'known-to-the-attacker'"))
    with pytest.raises(ServerKeyInvalid):
        engine.provider_secrets("acme", "twilio")


def test_migration_moves_keys_out_and_keeps_old_erasures_suppressed(engine: Engine) -> None:
    """An account that erased someone before the server key existed keeps them suppressed;
    its secrets are encrypted; downgrading gives both back as they were."""
    engine.create_account("acme")
    engine.add_sender("acme", "sms", "+15005550006", actor=ADMIN, provider="twilio", secret="tok")
    engine.opt_out("acme", "sms", PERSON, actor=ADMIN, reason="STOP")
    migrate.downgrade(engine.db, "0011")
    with engine.db.engine.begin() as connection:
        key, secret = connection.execute(
            text("SELECT a.signing_key, s.secret FROM accounts a JOIN senders s ON true")
        ).one()
        assert secret == "tok"
        stone = tombstone(bytes.fromhex(key), PERSON)  # as an erasure before 0012 made it
        connection.execute(text("UPDATE suppressions SET address = :t"), {"t": stone})
    migrate.upgrade(engine.db)
    assert not engine.check("acme", "sms", PERSON).allowed
    assert engine.provider_secrets("acme", "twilio")[0][0] == "tok"
    with engine.db.engine.connect() as connection:
        sealed, secret = connection.execute(
            text("SELECT a.legacy_tombstone_key, s.secret FROM accounts a JOIN senders s ON true")
        ).one()
    assert sealed.startswith("enc1:") and key not in sealed
    assert secret.startswith("enc1:")
    migrate.downgrade(engine.db, "0011")
    with engine.db.engine.connect() as connection:
        assert connection.execute(text("SELECT signing_key FROM accounts")).scalar_one() == key
    migrate.upgrade(engine.db)

"""`heed account list`, `heed user list|add|remove|set-password` (passwords from stdin when
piped) and `heed sender remove`. In this process, as tests/test_readme.py runs commands (the
same code as the `heed` script without its start-up second per command); test_cli runs the
script itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heed import Engine
from heed.errors import Unauthenticated
from helpers.actors import SUPPORT
from helpers.cli import heed_here as heed

PASSWORD, NEW_PASSWORD = "correct horse battery", "tr0ub4dor & three"


def test_account_list(database_url: str) -> None:
    assert "no accounts yet" in heed("account", "list", url=database_url).stdout
    heed("account", "create", "zeta", "--name", "Zeta Ltd", url=database_url)
    heed("account", "create", "acme", "--name", "Acme Inc", url=database_url)
    listed = heed("account", "list", "--json", url=database_url)
    assert [a["slug"] for a in json.loads(listed.stdout)] == ["acme", "zeta"]
    assert "Acme Inc" in heed("account", "list", url=database_url).stdout


def test_users_from_a_piped_password_to_removal(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    added = heed(
        "user",
        "add",
        "acme",
        "Ann@Example.com",
        "--role",
        "admin",
        url=database_url,
        stdin=PASSWORD + "\n",
    )
    assert added.returncode == 0, added.stderr
    assert heed("user", "add", "acme", "bob@example.com", url=database_url).returncode == 2
    with Engine(database_url) as engine:
        assert engine.authenticate_user("acme", "ann@example.com", PASSWORD).role == "admin"

    changed = heed(
        "user",
        "set-password",
        "acme",
        "ann@example.com",
        url=database_url,
        stdin=NEW_PASSWORD + "\n",
    )
    assert changed.returncode == 0, changed.stderr
    with Engine(database_url) as engine:
        assert engine.authenticate_user("acme", "ann@example.com", NEW_PASSWORD)
        with pytest.raises(Unauthenticated):
            engine.authenticate_user("acme", "ann@example.com", PASSWORD)
    short = heed(
        "user", "set-password", "acme", "ann@example.com", url=database_url, stdin="short\n"
    )
    assert short.returncode == 2 and "10 characters" in short.stderr

    [user] = json.loads(heed("user", "list", "acme", "--json", url=database_url).stdout)
    assert (user["email"], user["role"], user["disabled_at"]) == ("ann@example.com", "admin", None)
    assert heed("user", "remove", "acme", "ann@example.com", url=database_url).returncode == 0
    with Engine(database_url) as engine, pytest.raises(Unauthenticated):
        engine.authenticate_user("acme", "ann@example.com", NEW_PASSWORD)
    assert "removed" in heed("user", "list", "acme", url=database_url).stdout
    gone = heed("user", "remove", "acme", "ann@example.com", url=database_url)
    assert gone.returncode == 2 and "no user" in gone.stderr
    back = heed("user", "add", "acme", "ann@example.com", url=database_url, stdin=PASSWORD + "\n")
    assert back.returncode == 0, back.stderr
    verified = heed("audit", "verify", "acme", url=database_url)
    assert verified.returncode == 0, verified.stdout


def test_sender_remove_keeps_its_opt_outs(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    heed("sender", "add", "acme", "--channel", "sms", "--address", "+15005550006", url=database_url)
    heed(
        "optout",
        "acme",
        "--channel",
        "sms",
        "--address",
        "+14155550100",
        "--sender",
        "+15005550006",
        "--reason",
        "STOP",
        url=database_url,
    )
    removed = heed("sender", "remove", "acme", "+15005550006", url=database_url)
    assert removed.returncode == 0, removed.stderr
    assert json.loads(heed("sender", "list", "acme", "--json", url=database_url).stdout) == []
    checked = heed(
        "check",
        "acme",
        "--channel",
        "sms",
        "--address",
        "+14155550100",
        "--sender",
        "+15005550006",
        url=database_url,
    )
    assert checked.returncode == 1
    again = heed("sender", "remove", "acme", "+15005550006", url=database_url)
    assert again.returncode == 2


def test_block_says_what_it_blocked_and_what_it_opted_out(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    with Engine(database_url) as engine:
        engine.add_contact("acme", actor=SUPPORT, phone="+14155550144", email="al@example.com")
    done = heed(
        "block",
        "acme",
        "--channel",
        "sms",
        "--address",
        "+14155550144",
        "--reason",
        "abusive",
        url=database_url,
    )
    assert done.returncode == 0, done.stdout
    lines = [line.partition(":")[0] for line in done.stdout.splitlines() if "source=" in line]
    # sms, whatsapp and voice for the phone, and the email: four of each, each said once
    assert lines.count("blocked") == lines.count("and opted out") == 4


def test_registry_load_refuses_what_would_empty_a_list(database_url: str, tmp_path: Path) -> None:
    """`heed registry load`: a file of only a header is bad input (exit 2), a full file under
    half the list's size is refused (exit 5) until --allow-shrink; the list in use stays."""
    full = tmp_path / "ftc.txt"
    full.write_text("".join(f"415,{5550100 + i}\n" for i in range(6)))
    header = tmp_path / "header.txt"
    header.write_text("AreaCode,PhoneNumber\n")
    short = tmp_path / "short.txt"
    short.write_text("415,5550100\n")
    load = ("registry", "load", "us-dnc")
    assert heed(*load, str(full), url=database_url).returncode == 0
    empty = heed(*load, str(header), url=database_url)
    assert (empty.returncode, empty.stderr.count("\n")) == (2, 1)
    assert "header.txt holds no numbers" in empty.stderr
    cut = heed(*load, str(short), url=database_url)
    assert cut.returncode == 5 and "--allow-shrink" in cut.stderr
    listed = json.loads(heed("registry", "list", "--json", url=database_url).stdout)
    assert [r["numbers"] for r in listed] == [6]
    assert heed(*load, str(short), "--allow-shrink", url=database_url).returncode == 0
    listed = json.loads(heed("registry", "list", "--json", url=database_url).stdout)
    assert [r["numbers"] for r in listed] == [1]

"""The `heed` command's output and exit codes. The commands run in this process (`heed`, the
same code as the script without its CPU-second of start-up); what only a process shows runs the
script itself (`heed_process`): its help, its working directory, an unreachable database, a
taken port, and `audit verify --jobs`, which starts processes of its own."""

from __future__ import annotations

import getpass
import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
import typer.main
from sqlalchemy import text

from heed.cli import app
from heed.cli.common import EXIT_CODES, exit_code
from heed.errors import (
    AlreadyExists,
    BadInput,
    CannotListen,
    DatabaseUnavailable,
    DuplicateRow,
    HeedError,
    PermissionDenied,
    ResubscribeRefused,
    Unauthenticated,
    UnknownAccount,
)
from heed.store.db import Database
from helpers.cli import heed as heed_process
from helpers.cli import heed_here as heed

PERSON = "+14155550100"


def test_default_database_is_a_sqlite_file_in_the_working_directory(tmp_path: Path) -> None:
    assert heed_process("init", cwd=tmp_path).returncode == 0
    assert (tmp_path / "heed.db").exists()
    assert heed_process("init", "--json", cwd=tmp_path).returncode == 0  # idempotent


def test_json_output_and_resubscribe(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    heed("sender", "add", "acme", "--channel", "sms", "--address", "+15005550006", url=database_url)
    optout = heed(
        "optout",
        "acme",
        "--channel",
        "sms",
        "--address",
        PERSON,
        "--sender",
        "+15005550006",
        "--reason",
        "STOP",
        "--json",
        url=database_url,
    )
    assert json.loads(optout.stdout)["changed"][0]["scope"] == "sender:+15005550006"

    checked = heed(
        "check",
        "acme",
        "--channel",
        "sms",
        "--address",
        PERSON,
        "--sender",
        "+15005550006",
        "--json",
        url=database_url,
    )
    answer = json.loads(checked.stdout)
    assert checked.returncode == 1 and answer["allowed"] is False
    assert [r["code"] for r in answer["reasons"]] == ["opted_out"]
    assert set(answer["reasons"][0]) >= {"code", "scope", "source", "since", "event_id"}

    no_reason = heed(
        "resubscribe", "acme", "--channel", "sms", "--address", PERSON, url=database_url
    )
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    back = heed(
        "resubscribe",
        "acme",
        "--channel",
        "sms",
        "--address",
        PERSON,
        "--reason",
        "called us",
        url=database_url,
    )
    assert back.returncode == 0, back.stderr
    assert (
        heed("check", "acme", "--channel", "sms", "--address", PERSON, url=database_url).returncode
        == 0
    )


def test_sender_update_changes_only_what_is_given_and_list_hides_secrets(
    database_url: str,
) -> None:
    url = database_url
    heed("account", "create", "acme", url=url)
    sender = ("sender", "add", "acme", "--channel", "sms", "--address", "+15005550006")
    assert heed(*sender, "--provider", "twilio", "--secret", "tok-123", url=url).returncode == 0
    updated = heed(
        "sender", "update", "acme", "+1 500 555 0006", "--scope", "sender",
        "--keyword", "halt", "--reply-help", "{account}: call 555-0100", "--json", url=url,
    )  # fmt: skip
    assert updated.returncode == 0, updated.stderr
    body = json.loads(updated.stdout)
    assert (body["scope"], body["extra_keywords"]) == ("sender", ["HALT"])
    assert body["replies"] == {"help": "{account}: call 555-0100"}
    assert (body["provider"], body["secrets_set"]) == ("twilio", ["secret"])
    listed = heed("sender", "list", "acme", url=url)
    assert "scope sender, provider twilio (secret set)" in listed.stdout
    assert "tok-123" not in listed.stdout + heed("sender", "list", "acme", "--json", url=url).stdout
    tapped = heed(
        "sender", "update", "acme", "+15005550006", "--button", "PROMO_OFF=stop_marketing",
        "--button", "ALL_OFF=opt_out", url=url,
    )  # fmt: skip
    assert tapped.returncode == 0, tapped.stderr
    assert "buttons: ALL_OFF=opt_out, PROMO_OFF=stop_marketing" in tapped.stdout  # what was set
    bad = heed("sender", "update", "acme", "+15005550006", "--remove-keyword", "please", url=url)
    assert bad.returncode == 2 and "nothing to remove" in bad.stderr
    missing = heed("sender", "update", "acme", "+15005550099", "--scope", "sender", url=url)
    assert missing.returncode == 2 and "no sms sender +15005550099" in missing.stderr
    inbound = heed(
        "inbound", "acme", "--from", PERSON, "--to", "+15005550006", "--body", "HALT", "--json",
        url=url,
    )  # fmt: skip
    assert inbound.returncode == 0, inbound.stderr
    assert json.loads(inbound.stdout)["intent"] == "opt_out"


def test_bad_input_exits_2_with_one_clear_line(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)

    bad_number = heed(
        "check", "acme", "--channel", "sms", "--address", "0412 345 678", url=database_url
    )
    assert bad_number.returncode == 2
    assert "'0412 345 678'" in bad_number.stderr and "E.164" in bad_number.stderr
    assert "default_country" in bad_number.stderr

    unknown = heed(
        "check", "globex", "--channel", "sms", "--address", PERSON, "--json", url=database_url
    )
    assert unknown.returncode == 2 and "'globex'" in unknown.stderr
    assert json.loads(unknown.stdout)["error"]["type"] == "unknown-account"

    channel = heed("check", "acme", "--channel", "fax", "--address", PERSON, url=database_url)
    assert channel.returncode == 2 and "unknown channel 'fax'" in channel.stderr

    for result in (bad_number, unknown, channel):
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_blocked_contact_cannot_be_resubscribed(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    assert (
        heed(
            "block",
            "acme",
            "--channel",
            "sms",
            "--address",
            PERSON,
            "--reason",
            "abuse",
            url=database_url,
        ).returncode
        == 0
    )

    refused = heed(
        "resubscribe",
        "acme",
        "--channel",
        "sms",
        "--address",
        PERSON,
        "--reason",
        "asked",
        url=database_url,
    )
    assert refused.returncode == 5 and "unblock" in refused.stderr  # refused in this state
    taken = heed("account", "create", "acme", url=database_url)
    assert taken.returncode == 5 and "Traceback" not in taken.stderr  # it exists already


def test_an_erased_contact_stays_opted_out_and_needs_a_reason(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    added = heed("contact", "add", "acme", "--phone", PERSON, "--json", url=database_url)
    contact = json.loads(added.stdout)["id"]
    stop = ("optout", "acme", "--channel", "sms", "--address", PERSON, "--reason", "STOP")
    assert heed(*stop, url=database_url).returncode == 0

    no_reason = heed("contact", "erase", "acme", contact, url=database_url)
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    essay = "x" * 2001  # the API's bound on a reason is the engine's, so the CLI's too
    too_long = heed("contact", "erase", "acme", contact, "--reason", essay, url=database_url)
    assert too_long.returncode == 2 and "at most 2,000 characters" in too_long.stderr
    other = ("optout", "acme", "--channel", "sms", "--address", "+14155550199")
    refused = heed(*other, "--reason", essay, url=database_url)
    assert refused.returncode == 2 and "at most 2,000 characters" in refused.stderr
    still = heed("check", "acme", "--channel", "sms", "--address", other[-1], url=database_url)
    assert still.returncode == 0  # nothing was written
    erased = heed(
        "contact", "erase", "acme", contact, "--reason", "GDPR 2026-17", "--json", url=database_url
    )
    assert erased.returncode == 0, erased.stderr
    assert json.loads(erased.stdout)["suppressions"] == 1
    check = heed("check", "acme", "--channel", "sms", "--address", PERSON, url=database_url)
    assert check.returncode == 1 and "opted_out" in check.stdout
    again = heed("contact", "erase", "acme", contact, "--reason", "again", url=database_url)
    assert again.returncode == 0 and "0 suppressions" in again.stdout
    unknown = heed("contact", "erase", "acme", "nobody", "--reason", "x", url=database_url)
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (BadInput("x"), 2),
        (UnknownAccount("x"), 2),
        (DatabaseUnavailable("x"), 3),
        (PermissionDenied("x"), 4),
        (Unauthenticated("x"), 4),
        (ResubscribeRefused("x"), 5),
        (AlreadyExists("x"), 5),
        (DuplicateRow("x"), 5),
        (CannotListen("x"), 6),
    ],
)
def test_each_kind_of_error_has_its_exit_code(error: HeedError, code: int) -> None:
    assert exit_code(error) == code


def test_exit_codes_are_listed_by_help() -> None:
    shown = heed_process("--help").stdout
    for code, meaning in EXIT_CODES.items():
        assert f"{code}  {meaning}" in shown


def test_serve_on_a_taken_port_is_not_database_unavailable(database_url: str) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = heed_process("serve", "--port", str(port), url=database_url)
    assert result.returncode == 6, result.stderr
    assert result.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}")


@pytest.mark.parametrize(
    "url",
    ["sqlite:////nonexistent-dir/heed.db", "postgresql+psycopg://root@127.0.0.1:1/heed"],
    ids=["sqlite", "postgresql"],
)
def test_unreachable_database_is_one_line_not_a_traceback(url: str) -> None:
    result = heed_process(
        "check", "acme", "--channel", "sms", "--address", PERSON, "--database-url", url
    )

    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: cannot reach the database")
    assert len(result.stderr.strip().splitlines()) == 1


def test_uninitialised_database_asks_for_init(empty_database_url: str) -> None:
    result = heed("check", "acme", "--channel", "sms", "--address", PERSON, url=empty_database_url)
    assert result.returncode == 3 and "heed init" in result.stderr


def test_audit_verify_names_the_altered_event(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    heed(
        "optout",
        "acme",
        "--channel",
        "sms",
        "--address",
        PERSON,
        "--reason",
        "STOP",
        url=database_url,
    )
    db = Database(database_url)
    with db.write() as session:
        session.execute(text("UPDATE events SET actor = 'cli:mallory' WHERE seq = 3"))
    db.dispose()

    result = heed_process("audit", "verify", "acme", url=database_url)
    assert result.returncode == 1
    assert "event #3" in result.stderr
    in_ranges = heed_process("audit", "verify", "acme", "--jobs", "2", url=database_url)
    assert (in_ranges.returncode, in_ranges.stderr) == (1, result.stderr)
    cores = len(os.sched_getaffinity(0))
    too_many = heed_process("audit", "verify", "acme", "--jobs", str(cores + 1), url=database_url)
    assert too_many.returncode == 1
    assert too_many.stderr == (
        f"--jobs {cores + 1}: heed may use {cores} core(s) here; verifying with {cores}\n"
        + result.stderr
    )


def test_every_change_made_with_the_cli_names_the_os_user(database_url: str) -> None:
    """#13 item 4: whoever runs `heed` holds the database credentials; the log says who."""
    heed("account", "create", "acme", url=database_url)
    optout = ("optout", "acme", "--channel", "sms", "--address", PERSON, "--reason", "STOP")
    assert heed(*optout, url=database_url).returncode == 0
    db = Database(database_url)
    with db.read() as session:
        rows = session.execute(text("SELECT kind, actor, credential FROM events")).all()
    db.dispose()
    assert {kind for kind, _, _ in rows} >= {"account.created", "suppression.created"}
    who = f"cli:{getpass.getuser()}"
    assert {(actor, credential) for _, actor, credential in rows} == {(who, who)}


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """Every leaf command under a Typer group (Typer's own click fork, so duck-typed)."""
    found = []
    for name, command in group.commands.items():
        path = (*prefix, name)
        if hasattr(command, "commands"):
            found += _commands(command, path)
        else:
            found.append((path, command))
    return found


def test_every_command_documents_itself_and_its_options() -> None:
    commands = _commands(typer.main.get_command(app))
    assert {" ".join(p) for p, _ in commands} >= {
        "init",
        "account create",
        "sender add",
        "sender update",
        "sender list",
        "optout",
        "resubscribe",
        "check",
        "audit verify",
        "inbound",
        "serve",
        "key create",
        "key list",
        "key revoke",
        "eval",
    }
    for path, command in commands:
        assert command.help, f"heed {' '.join(path)} has no help"
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"heed {' '.join(path)} {param.opts[0]} has no help"
        names = {opt for param in command.params for opt in getattr(param, "opts", [])}
        no_database = {("eval",), ("server-key", "show"), ("server-key", "rotate")}
        needed = {"--json"} if path in no_database else {"--json", "--database-url"}
        assert needed <= names, f"heed {' '.join(path)}"


def test_help_runs_as_a_command() -> None:
    result = heed_process("check", "--help")
    assert (
        result.returncode == 0 and "--sender" in result.stdout and "exit" in result.stdout.lower()
    )


def test_an_unknown_sender_is_refused_with_the_accounts_senders(database_url: str) -> None:
    heed("account", "create", "acme", url=database_url)
    heed("sender", "add", "acme", "--channel", "sms", "--address", "+15005550006", url=database_url)
    optout = ("optout", "acme", "--channel", "sms", "--address", PERSON, "--reason", "asked")
    refused = heed(*optout, "--sender", "+19999999999", url=database_url)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.strip() == (
        "error: account 'acme' has no sms sender +19999999999; its sms senders: +15005550006"
    )
    as_json = heed(*optout, "--sender", "+19999999999", "--json", url=database_url)
    assert json.loads(as_json.stdout)["error"]["type"] == "unknown-sender"

    check = ("check", "acme", "--channel", "sms", "--address", PERSON)
    unknown = heed(*check, "--sender", "+19999999999", url=database_url)
    assert unknown.returncode == 1  # not allowed: a check fails safe, it does not refuse
    assert "unknown_sender" in unknown.stdout and "not one of the account's sms senders" in (
        unknown.stdout
    )
    assert heed(*check, "--sender", "+15005550006", url=database_url).returncode == 0

"""`heed import`, `heed export` and `heed filter` as a user runs them: output and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from helpers.cli import heed as heed_process
from helpers.cli import heed_here as heed

OPTOUTS = (
    "Name;Mobile;Reason\r\nAnn;+14155550100;asked\r\nBob;555-0101;\r\n\r\nCy;+14155550102;\r\n"
)


def test_import_export_and_filter_from_the_command_line(database_url: str, tmp_path: Path) -> None:
    url = database_url
    assert heed("account", "create", "acme", url=url).returncode == 0
    optouts = tmp_path / "optouts.csv"
    optouts.write_text(OPTOUTS)

    partly = heed_process("import", "optouts", "acme", str(optouts), "--channel", "sms", url=url)
    assert partly.returncode == 1, partly.stderr
    assert "3 rows, 2 opted out, 0 unchanged, 1 refused" in partly.stdout
    assert "line 3: '555-0101' is not a valid phone number" in partly.stderr
    assert "1 of 3 rows were not imported" in partly.stderr

    again = heed("import", "optouts", "acme", str(optouts), "--channel", "sms", "--json", url=url)
    body = json.loads(again.stdout)
    assert again.returncode == 1
    assert (body["created"], body["unchanged"], body["error_count"]) == (0, 2, 1)
    assert body["row_errors"][0]["line"] == 3

    exported = tmp_path / "export.csv"
    done = heed("export", "optouts", "acme", "-o", str(exported), url=url)
    assert done.returncode == 0 and "exported 2 suppressions" in done.stdout
    assert [r["address"] for r in csv.DictReader(exported.read_text().splitlines())] == [
        "+14155550100",
        "+14155550102",
    ]
    assert heed("account", "create", "beta", url=url).returncode == 0
    moved = heed("import", "optouts", "beta", str(exported), "--json", url=url)
    assert moved.returncode == 0 and json.loads(moved.stdout)["created"] == 2
    checked = heed("check", "beta", "--channel", "sms", "--address", "+14155550102", url=url)
    assert checked.returncode == 1 and "opted_out" in checked.stdout

    recipients = tmp_path / "campaign.csv"
    recipients.write_text(
        "phone,first\n+14155550100,Ann\n+14155550103,Dee\n+14155550103,Dee\nx,X\n"
    )
    allowed = tmp_path / "allowed.csv"
    counted = heed(
        "filter", "acme", str(recipients), "--channel", "sms", "-o", str(allowed), "--json", url=url
    )
    assert counted.returncode == 0, counted.stderr
    assert json.loads(counted.stdout) == {
        "total": 4,
        "allowed": 1,
        "excluded": {"opted_out": 1, "invalid_address": 1},
        "duplicates": 1,
    }
    assert allowed.read_text().splitlines() == ["phone,first", "+14155550103,Dee"]
    words = heed("filter", "acme", str(recipients), "--channel", "sms", url=url)
    assert "4 recipients: 1 allowed, 2 excluded" in words.stdout and "opted out" in words.stdout


def test_bad_input_is_one_clear_line(database_url: str, tmp_path: Path) -> None:
    url = database_url
    heed("account", "create", "acme", url=url)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("Name,Number\nAnn,+14155550100\n")
    for args, message in [
        (
            ("import", "optouts", "acme", str(tmp_path / "nope.csv"), "--channel", "sms"),
            "no file at",
        ),
        (
            ("import", "optouts", "acme", str(wrong), "--channel", "sms"),
            "no address column (named address, phone, mobile, msisdn or email) in wrong.csv: "
            "map one with --column address=HEADER; its columns are 'Name', 'Number'",
        ),
        (("import", "contacts", "acme", str(wrong)), "no a phone or email column"),
        (("export", "optouts", "acme", "--format", "xml"), "unknown export format 'xml'"),
        (("filter", "acme", str(wrong), "--channel", "fax"), "unknown channel 'fax'"),
        (
            ("export", "optouts", "acme", "-o", str(tmp_path / "no-such-dir" / "out.csv")),
            f"cannot write {tmp_path / 'no-such-dir' / 'out.csv'}: No such file or directory",
        ),
        (
            ("filter", "acme", str(wrong), "--channel", "sms", "--excluded", str(tmp_path)),
            f"cannot write {tmp_path}: Is a directory",
        ),
    ]:
        result = heed(*args, url=url)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert (
            result.stderr.strip().splitlines() == [f"error: {message}"] or message in result.stderr
        )
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    mapped = heed(
        "import",
        "optouts",
        "acme",
        str(wrong),
        "--channel",
        "sms",
        "--column",
        "address=Number",
        url=url,
    )
    assert mapped.returncode == 0, mapped.stderr

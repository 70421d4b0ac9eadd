"""`heed check` reads plain arguments itself, and reads them as Typer would (heed.cli.check).

Typer validates each option's value with pydantic, which `heed check` does not import for
plain text (#12 item 7); these tests hold its own reading to Typer's, argument list by argument
list, and check that anything but plain text and flags is left to Typer.
"""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.main import get_command

from heed.cli.check import check_app, plain_arguments
from heed.cli.filter import filter_audience
from heed.cli.plain import read_plain, tree_of_one

PLAIN = [
    ["acme", "--channel", "sms", "--address", "+14155550100"],
    ["acme", "--channel=sms", "--address=+14155550100", "--json"],
    ["--json", "acme", "--address", "+14155550100", "--channel", "sms"],
    ["acme", "--channel", "sms", "--address", "+1", "--sender", "+15005550006", "--list", "p"],
    ["acme", "--channel", "sms", "--address", "+1", "--purpose", "transactional", "--json"],
    ["acme", "--channel", "sms", "--address", "+1", "--purpose=", "--as-now-known"],
    ["acme", "--channel", "sms", "--address", "+1", "--database-url", "sqlite:///x.db"],
    ["acme", "--channel", "sms", "--address=-1", "--channel", "email"],  # the last one counts
    ["acme", "--channel", "sms", "--address", "a b [c]", "--list", "x=y"],
]
#: Left to Typer: help, dates, unknown or negated options, missing values, `--`, extra words.
TYPERS = [
    ["acme", "--channel", "sms", "--address", "+1", "--at", "2026-01-01T00:00:00+01:00"],
    ["acme", "--channel", "sms", "--address", "+1", "--help"],
    ["acme", "--channel", "sms", "--address", "+1", "--no-json"],
    ["acme", "--channel", "sms", "--address", "+1", "--json=true"],
    ["acme", "--channel", "sms", "--address", "-1"],
    ["acme", "--channel", "sms", "--address"],
    ["acme", "--channel", "sms"],
    ["acme", "--channel", "sms", "--address", "+1", "extra"],
    ["acme", "--channel", "sms", "--address", "+1", "--"],
    ["--channel", "sms", "--address", "+1"],
    [],
]


def typers_reading(arguments: list[str], app: typer.Typer | None = None) -> dict[str, Any]:
    """The keyword arguments Typer would call the command (`check`) with."""
    group = get_command(app or check_app())
    name = "check" if app is None else "filter"
    with group.make_context("heed", [name, *arguments]) as parent:
        command = group.get_command(parent, name)  # type: ignore[attr-defined]
        assert command is not None
        with command.make_context(name, list(arguments), parent=parent) as context:
            return dict(context.params)


@pytest.mark.parametrize("arguments", PLAIN)
def test_plain_arguments_are_read_as_typer_reads_them(arguments: list[str]) -> None:
    assert plain_arguments(arguments) == typers_reading(arguments)


@pytest.mark.parametrize("arguments", PLAIN[:1])
def test_the_database_url_comes_from_the_environment_as_in_typer(
    arguments: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEED_DATABASE_URL", "sqlite:///from-env.db")
    given = plain_arguments(arguments)
    assert given is not None and given["database_url"] == "sqlite:///from-env.db"
    assert given == typers_reading(arguments)


@pytest.mark.parametrize("arguments", TYPERS)
def test_anything_else_is_left_to_typer(arguments: list[str]) -> None:
    assert plain_arguments(arguments) is None


def test_shell_completion_is_left_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_HEED_COMPLETE", "bash_complete")
    assert plain_arguments(PLAIN[0]) is None


def test_typers_reading_of_a_date_differs_so_it_is_typers() -> None:
    """So the tests above can fail: Typer reads `--at` into a datetime, not text."""
    read = typers_reading([*PLAIN[0], "--at", "2026-01-01T00:00:00"])
    assert not isinstance(read["at"], str)
    with pytest.raises(typer.Exit):
        typers_reading([*PLAIN[0], "--help"])


FILTER = ["acme", "recipients.csv", "--channel", "sms"]
#: `heed filter` reads paths too (the file, `-o`, `--excluded`); lists and `-o -` are Typer's.
FILTER_PLAIN = [
    FILTER,
    [*FILTER, "--sender", "+15005550006", "-o", "out.csv", "--json"],
    [*FILTER, "--output=dir/out.csv", "--excluded", "x.csv", "--purpose", "transactional"],
    ["--list", "promos", *FILTER, "--database-url", "sqlite:///x.db"],
]
FILTER_TYPERS = [
    [*FILTER, "--column", "address=Mobile"],
    [*FILTER, "-o", "-"],
    [*FILTER, "--keep-duplicates"],
    [*FILTER, "--help"],
    ["acme", "--channel", "sms"],
]


@pytest.mark.parametrize("arguments", FILTER_PLAIN)
def test_filters_plain_arguments_are_read_as_typer_reads_them(arguments: list[str]) -> None:
    given = read_plain(filter_audience, arguments)
    typers = typers_reading(arguments, tree_of_one("filter", filter_audience))
    assert typers.pop("column") == ()  # Click's "none given"; Typer calls with None for it
    assert given == typers | {"column": None}


@pytest.mark.parametrize("arguments", FILTER_TYPERS)
def test_filters_other_arguments_are_left_to_typer(arguments: list[str]) -> None:
    assert read_plain(filter_audience, arguments) is None

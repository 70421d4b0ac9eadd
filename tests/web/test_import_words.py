"""The import page speaks of its own controls, not of the CLI's options."""

from __future__ import annotations

import pytest

from heed.web.imports import in_page_words


@pytest.mark.parametrize(
    "message, shown",
    [
        (
            "no address in a.csv: map one with --column address=HEADER; its columns are 'x'",
            "no address in a.csv: choose its column below; its columns are 'x'",
        ),
        (
            "two address columns: choose one with --column address=HEADER",
            "two address columns: choose its column below",
        ),
        (
            "not UTF-8: save it as UTF-8 or give its encoding, e.g. --encoding cp1252",
            "not UTF-8: save it as UTF-8 or choose its encoding (e.g. cp1252)",
        ),
        (
            "a sender needs a channel: give --channel too",
            "a sender needs a channel: choose a channel too",
        ),
    ],
)
def test_cli_syntax_becomes_page_words(message: str, shown: str) -> None:
    assert in_page_words(message) == shown
    assert "--" not in in_page_words(message)

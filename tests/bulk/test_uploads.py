"""Uploads kept between the steps of an import: private to the account that made them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from heed.bulk import uploads


async def _chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


def test_an_upload_is_found_only_by_its_account_and_token() -> None:
    saved = uploads.new("ACCOUNT_A", "../../etc/passwd")
    asyncio.run(uploads.save(saved, _chunks(b"phone\n", b"+14155550100\n")))
    try:
        assert saved.file_name == "passwd"
        assert saved.path.read_bytes() == b"phone\n+14155550100\n"
        assert saved.path.stat().st_mode & 0o077 == 0
        assert uploads.find("ACCOUNT_A", saved.token) == saved
        assert uploads.find("ACCOUNT_B", saved.token) is None
        assert uploads.find("ACCOUNT_A", "../ACCOUNT_B/x") is None
    finally:
        saved.delete()
    assert uploads.find("ACCOUNT_A", saved.token) is None


def test_an_upload_is_claimed_once() -> None:
    saved = uploads.new("ACCOUNT_A", "list.csv")
    claimed = uploads.claim(saved)
    assert claimed is not None and claimed.path.exists()
    assert uploads.claim(saved) is None  # posted twice: one import
    assert uploads.find("ACCOUNT_A", saved.token) is None
    back = uploads.release(claimed)
    assert uploads.find("ACCOUNT_A", saved.token) == back
    back.delete()


def test_an_upload_past_the_limit_is_refused_and_removed() -> None:
    saved = uploads.new("ACCOUNT_A", "big.csv")
    with pytest.raises(uploads.TooLarge, match="larger than"):
        asyncio.run(uploads.save(saved, _chunks(b"x" * 600_000, b"x" * 600_000), limit=1 << 20))
    assert not saved.path.exists()


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("report.csv", "report.csv"),
        ("C:\\Users\\ann\\list.csv", "list.csv"),
        ("", "upload.csv"),
        ("a\x00b.csv", "ab.csv"),
    ],
)
def test_file_names_are_made_safe_to_show(given: str, kept: str) -> None:
    assert uploads.safe_name(given) == kept

"""A registry's numbers read from its files: the FTC's fixed-width lines parsed from the bytes
and every other spelling through Arrow give the same numbers, and the bitmap form of a large
do-not-call list answers exactly as the sorted form, before and after change lists."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest

from heed.bulk.registry import Kind, Mode, RegistryInfo, RegistryStore
from heed.bulk.registry_numbers import DENSE_FROM, DENSE_TO, read_numbers

RNG = np.random.default_rng(14)


def _ftc(numbers: np.ndarray) -> str:
    national = numbers - 10_000_000_000
    return "".join(f"{n // 10_000_000},{n % 10_000_000:07d}\n" for n in national.tolist())


def _nanp(count: int) -> np.ndarray:
    return RNG.integers(DENSE_FROM, DENSE_TO, count).astype(np.uint64)


@pytest.mark.parametrize(
    "spell",
    [
        lambda keys: "AreaCode,PhoneNumber\n" + _ftc(keys),  # fixed width, parsed from bytes
        lambda keys: _ftc(keys).rstrip("\n"),  # no header, no last line break
        lambda keys: _ftc(keys).replace("\n", "\r\n"),  # CRLF: through Arrow
        lambda keys: "".join(f"+{k}\n" for k in keys.tolist()),  # E.164
        lambda keys: "phone\n" + "".join(f"{k - 10_000_000_000}\n" for k in keys.tolist()),
    ],
    ids=["ftc", "ftc-bare", "ftc-crlf", "e164", "ten-digits"],
)
def test_every_spelling_reads_the_same_numbers(tmp_path: Path, spell: object) -> None:
    keys = _nanp(3000)
    keys[:5] = keys[5:10]  # repeats
    path = tmp_path / "list.txt"
    path.write_text(spell(keys))  # type: ignore[operator]
    assert read_numbers(path, Kind.DO_NOT_CALL).keys().tolist() == np.unique(keys).tolist()


def test_fixed_width_lines_then_others_switch_readers_mid_file(tmp_path: Path) -> None:
    keys = _nanp(1_100_000)  # more than one block of fixed-width lines
    path = tmp_path / "list.txt"
    path.write_text(_ftc(keys[:-1]) + " " + _ftc(keys[-1:]))  # the last line is not 12 bytes
    assert read_numbers(path, Kind.DO_NOT_CALL).keys().tolist() == np.unique(keys).tolist()


def test_the_bitmap_answers_as_the_sorted_form(tmp_path: Path) -> None:
    listed = np.concatenate(
        [_nanp(5000), np.array([447700900123, 33612345678, 12012000000, 19999999999], np.uint64)]
    )
    path = tmp_path / "list.txt"
    path.write_text("".join(f"+{k}\n" for k in listed.tolist()))
    sorted_form = read_numbers(path, Kind.DO_NOT_CALL)
    bitmap = read_numbers(path, Kind.DO_NOT_CALL, tmp_path / "dense.npy")
    assert bitmap.dense is not None and len(bitmap.lows) == 2  # the two numbers outside +1
    assert len(bitmap) == len(sorted_form) == len(np.unique(listed))
    asked = np.concatenate([listed, _nanp(5000), listed + np.uint64(1), [np.uint64(1)]])
    assert bitmap.contains(asked).tolist() == sorted_form.contains(asked).tolist()
    assert bitmap.keys().tolist() == sorted_form.keys().tolist()


def test_change_lists_set_and_clear_bits(tmp_path: Path) -> None:
    store = RegistryStore(tmp_path / "data")
    full = _nanp(2000)
    path = tmp_path / "full.txt"
    path.write_text(_ftc(full))
    numbers = read_numbers(path, Kind.DO_NOT_CALL, tmp_path / "dense.npy")
    made = RegistryInfo(
        "us-dnc",
        Kind.DO_NOT_CALL,
        "shared",
        date(2026, 12, 1),
        datetime(2026, 12, 1),
        len(numbers),
        0,
        "full.txt",
    )
    info = store._publish(made, numbers, _building(tmp_path, numbers), lambda _: nullcontext())
    assert info.numbers == len(np.unique(full))
    added = np.concatenate([_nanp(50), [np.uint64(447700900123)]])
    (tmp_path / "adds.txt").write_text("".join(f"+{k}\n" for k in added.tolist()))
    store.load(
        "shared",
        "us-dnc",
        tmp_path / "adds.txt",
        kind=Kind.DO_NOT_CALL,
        mode=Mode.ADD,
        version=None,
    )
    gone = np.concatenate([full[:100], added[-1:]])
    (tmp_path / "deletes.txt").write_text("".join(f"+{k}\n" for k in gone.tolist()))
    store.load(
        "shared",
        "us-dnc",
        tmp_path / "deletes.txt",
        kind=Kind.DO_NOT_CALL,
        mode=Mode.DELETE,
        version=None,
    )
    expected = np.setdiff1d(np.union1d(full, added), gone)
    now = store.numbers("shared", "us-dnc")
    assert now.dense is not None
    assert now.keys().tolist() == expected.tolist()
    assert store.info("shared", "us-dnc").numbers == len(expected)  # type: ignore[union-attr]
    asked = np.concatenate([full, added, _nanp(1000)])
    assert now.contains(asked).tolist() == np.isin(asked, expected).tolist()


def _building(tmp_path: Path, numbers: object) -> Path:
    """The bitmap's directory, as `RegistryStore.load` builds a large list in."""
    home = tmp_path / "data" / "registries" / "shared" / "us-dnc" / ".building-test"
    home.mkdir(parents=True)
    (tmp_path / "dense.npy").rename(home / "dense.npy")
    numbers.dense = np.load(home / "dense.npy", mmap_mode="r+")  # type: ignore[attr-defined]
    return home

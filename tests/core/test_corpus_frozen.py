"""The collected revocation corpus is frozen: its bytes, columns and split never change.

``tests/data/revocation-corpus/collected.tsv`` holds real replies copied verbatim from public
sources (see its README). It was frozen before any detector tuning so that nobody can tune to
it; the ``holdout`` rows are never used for tuning. Changing the file must be a deliberate,
reviewed act: a new corpus gets a new file name and a new hash, never an edit of this one.
"""

from __future__ import annotations

import collections
import csv
import hashlib
from pathlib import Path

CORPUS_DIR = Path(__file__).parents[1] / "data" / "revocation-corpus"
CORPUS_FILE = CORPUS_DIR / "collected.tsv"
FROZEN_SHA256 = "c89aa2d0ad2bb4b91b7487b3a7b88f13872d1efbed2efbca88dde5a71bf31022"
COLUMNS = ["id", "text", "label", "kind", "language", "context", "source", "quote_note", "split"]
SPLIT_SALT = "heed-revocation-corpus-v1:"


def _rows() -> list[dict[str, str]]:
    with CORPUS_FILE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_file_hash_is_frozen() -> None:
    digest = hashlib.sha256(CORPUS_FILE.read_bytes()).hexdigest()
    assert digest == FROZEN_SHA256
    sums = (CORPUS_DIR / "SHA256SUMS").read_text(encoding="utf-8").split()
    assert sums == [FROZEN_SHA256, "collected.tsv"]


def test_rows_are_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 500
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({" ".join(r["text"].casefold().split()) for r in rows}) == len(rows)
    for r in rows:
        assert r["text"].strip() and r["source"] and r["quote_note"] and r["kind"]
        assert r["label"] in {"opt_out", "not_opt_out"}
        assert r["context"] in {"", "marketing", "conversational"}
        assert len(r["language"]) == 2 and r["language"].islower()
        assert r["split"] in {"dev", "holdout"}


def test_label_and_language_mix() -> None:
    rows = _rows()
    not_opt_out = sum(r["label"] == "not_opt_out" for r in rows)
    assert not_opt_out >= 0.4 * len(rows)
    assert len({r["language"] for r in rows}) >= 8


def _split_rank(row_id: str) -> str:
    return hashlib.sha256((SPLIT_SALT + row_id).encode()).hexdigest()


def test_split_is_the_seeded_stratified_hash() -> None:
    """Per (language, label), rows ranked by a salted hash of the id; the first ~70% are dev."""
    strata: dict[tuple[str, str], list[dict[str, str]]] = collections.defaultdict(list)
    for r in _rows():
        strata[(r["language"], r["label"])].append(r)
    for members in strata.values():
        ranked = sorted(members, key=lambda r: _split_rank(r["id"]))
        n_dev = round(0.7 * len(ranked))
        assert [r["split"] for r in ranked] == ["dev"] * n_dev + ["holdout"] * (len(ranked) - n_dev)

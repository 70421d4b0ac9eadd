"""The cue gate is an optimisation: on every real and written text heed has, the detector
gives the same answer with it and without it.

The gate skips a phrase whose cue words are all absent; a pattern that reads a word its cues
do not name (`told15_not_to_call` read "telling" with only "told" among its cues) is then
silently skipped. Eight such mistakes were found on collected texts (2026-12-06), none by a
written example. Its own file: ~45 CPU-s, which the suite's workers share out by file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from heed.collected_eval import COLLECTED, load_rows
from heed.evaluation import default_ham_path, load_corpus, load_ham
from helpers.cues import with_and_without_cues


def _check(texts: list[str]) -> None:
    for text in texts:
        gated, ungated = with_and_without_cues(text)
        assert gated == ungated, text[:200]


def test_on_heeds_own_corpus_and_the_real_sms() -> None:
    texts = [row.text for row in load_corpus()]
    texts += [row.text for row in load_ham(default_ham_path())]
    _check(texts)


@pytest.mark.parametrize(
    "path", sorted(COLLECTED.parent.glob("collected*.tsv")), ids=lambda path: path.name
)
def test_on_every_collected_file(path: Path) -> None:
    """Holdouts included: this compares the detector with itself and reads no label."""
    _check([row.text for row in load_rows(path)])

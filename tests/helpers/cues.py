"""The detector with its cue gate and without it, for the tests that hold the two equal."""

from __future__ import annotations

from heed.core.detection import Detection, _detect_phrases
from heed.core.keywords import DEFAULT_CONFIG, match_keywords


def with_and_without_cues(text: str) -> tuple[Detection, Detection]:
    """The phrases' detection of `text` with the cue gate, and with every phrase tried."""
    normalised = match_keywords(text).normalised
    return (
        _detect_phrases(text, normalised, None, DEFAULT_CONFIG, None, gate=True),
        _detect_phrases(text, normalised, None, DEFAULT_CONFIG, None, gate=False),
    )

"""The detector's cost grows linearly with its input, and a message is capped before it (#16).

Timing is measured relatively, never against a wall-clock budget: the CPU time of the same
adversarial text at two sizes, best of three runs, so a busy machine slows both sides alike.
A quadratic detector makes the 16x larger text cost ~256x; a linear one ~16x; the assertion
allows 40x. The absolute figures (a 10,000-character message in milliseconds) are in
``bench/detect.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from heed.core.detection import (
    DETECT_HEAD,
    DETECT_TAIL,
    detect,
    detection_text,
    read_text,
    read_uncapped,
)

# Text that made the detector quadratic, or could: many matches in one clause, many clauses,
# long negation frames, corrections, Chinese cues.
ADVERSARIAL = {
    "unsubscribee": "unsubscribee ",
    "remove me from list": "please remove me from your list ",
    "remove me, comma clauses": "remove me, ",
    "stop, sentences": "stop. ",
    "negation frames": "i do not want ",
    "don't stop": "don't stop ",
    "spaced letters": "s t o p ",
    "dotted letters": "S.T.O.P. ",
    "chinese cues": "不要发短信",
    "squeezed": "stooooop ",
    "single letter": "a",
    # round 9: words in quotes or on a ">" line are set aside and the rest read again, and a
    # request with someone else before it is capped
    "quoted requests": '"please remove me from your list" ok. ',
    "quoted lines": "> please remove me from the list\n",
    "quotes and a request": 'stop texting me "unsubscribe me" ',
    "someone else's request": "they want to get off the list. ",
    # rounds 12-16: long messages read for stop-and-call pairs (the first version of that
    # reading was quadratic: 160 KB of "no me llamen " took 5 s), elisions, and the structural
    # readings of a request reported inside a complaint, one bounded gap among them
    "negated calls, long": "no me llamen ",
    "elided stop and harass": "arrêter d'être harcelé ",
    "stop near solicitation": "vos démarchages peuvent cesser ",
    "reported request, pt": "já pedi para pararem de me ligar ",
    "calls going on despite": "keep calling me even though ",
    "asked them to not": "i asked them to not ",
    "informal id calls": "jangan nelpon ",
    # round 17: Chinese stops with bounded gaps and look-aheads, a paid product read up to 40
    # characters before an unsubscribe, demands before "不再"
    "zh stop collection": "要求停止对我的催收",
    "zh stop aimed at family": "停止对家人的骚扰",
    "zh product words": "保险业务扣费",
    "zh product then unsubscribe": "保险业务退订",
    "zh demand words": "要求希望请不",
    # round 18: a demand for the writer's data to be removed (a bounded look past the data for
    # a credit register), a removal asked before that stops short of its list, letters to stop
    "data removal demanded, pt": "exijo a exclusão dos meus dados ",
    "removal asked before, unfinished, pt": "pedi que tirassem o meu cadastro do ",
    "letters to stop, pt": "parem de me enviar cartas ",
}


def _cost(fn: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        read_text.cache_clear()  # detect() keeps what it read: time reading, not the cache
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)  # below the clock's resolution, both sides count as 0.1 ms


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_reading_is_linear_in_the_text(unit: str) -> None:
    small, large = _repeat(unit, 4_000), _repeat(unit, 64_000)
    ratio = _cost(read_uncapped, large) / _cost(read_uncapped, small)
    assert ratio < 40, f"16x the text cost {ratio:.0f}x the time"


def test_a_megabyte_costs_no_more_than_the_cap() -> None:
    """`detect` reads at most the cap: 1 MB of adversarial text costs what 2,000 characters do."""
    kilobyte, megabyte = _repeat("unsubscribee ", 1_000), _repeat("unsubscribee ", 1_000_000)
    cap = _repeat("unsubscribee ", DETECT_HEAD + DETECT_TAIL)
    assert _cost(detect, megabyte) < 5 * _cost(detect, cap)
    assert _cost(detect, megabyte) < 40 * _cost(detect, kilobyte)
    assert detect(megabyte).intent == "opt_out"


def test_the_cap_keeps_the_head_and_the_tail() -> None:
    long = "Hello, about my order. " + "x" * 50_000 + " Please remove me from your list"
    assert len(detection_text(long)) <= DETECT_HEAD + DETECT_TAIL + 3
    assert detection_text("short") == "short"
    assert detect(long).intent == "opt_out"


def test_evidence_stays_small_however_many_matches() -> None:
    detection = detect(_repeat("please remove me from your list. ", DETECT_HEAD))
    assert detection.intent == "opt_out"
    assert len(detection.evidence) <= 16

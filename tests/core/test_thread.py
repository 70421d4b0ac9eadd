"""A short reply is read with the message it answers (#15 item 2)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from heed.core.detection import detect
from heed.core.thread import Thread

MARKETING = Thread(
    "marketing", "20% off all shoes this weekend! Reply STOP to opt out", timedelta(hours=2)
)
OLD_MARKETING = Thread("marketing", "Spring sale!", timedelta(days=60))
QUESTION = Thread("conversational", "Is 3pm OK?", timedelta(minutes=5))
RECEIPT = Thread("transactional", "Your order has shipped.", timedelta(hours=1))

# text, thread, band
CASES = [
    ("no", MARKETING, "review"),
    ("No thanks", MARKETING, "review"),
    ("exit", MARKETING, "review"),
    ("Bye!", MARKETING, "review"),
    ("N", MARKETING, "review"),
    ("不", MARKETING, "review"),
    ("Não", MARKETING, "review"),
    ("Nein danke", MARKETING, "review"),
    ("tidak", MARKETING, "review"),
    ("no", QUESTION, "ignore"),
    ("exit", QUESTION, "ignore"),
    ("No thanks", QUESTION, "ignore"),
    ("no", RECEIPT, "ignore"),
    ("no", OLD_MARKETING, "ignore"),
    ("no", None, "ignore"),
    ("bye", None, "ignore"),
    ("exit", None, "review"),
    # a keyword or a clear request does not depend on the thread
    ("STOP", QUESTION, "apply"),
    ("Please remove me from your list", QUESTION, "apply"),
    # longer messages are not short replies
    ("no I can't make it at 3, how about 4?", MARKETING, "ignore"),
    # a keyword among a few other words (round 31: replies to "Reply with #stop to opt out")
    ("@ThreeUK Yo g #Stop", MARKETING, "review"),
    ("#stop wh", MARKETING, "review"),
    ("stop it lol", MARKETING, "review"),
    ("stop it lol", QUESTION, "ignore"),
    ("stop it lol", None, "ignore"),
    ("stop it lol", OLD_MARKETING, "ignore"),
    ("it won't stop lol", MARKETING, "ignore"),
    ("yo g stop, how about the other offer though?", MARKETING, "ignore"),
]


@pytest.mark.parametrize(
    ("text", "thread", "band"), CASES, ids=[f"{c[0]}-{c[1] and c[1].purpose}" for c in CASES]
)
def test_short_replies_are_read_with_their_thread(
    text: str, thread: Thread | None, band: str
) -> None:
    detection = detect(text, thread=thread)
    assert detection.action() == band, detection.explain()
    if band != "ignore":
        assert detection.intent == "opt_out"


def test_the_reading_says_what_it_answered_in_plain_words() -> None:
    note = detect("no", thread=MARKETING).evidence[0].note
    assert note.startswith('a bare "no" answering a marketing message sent 2 hours ago')
    assert "20% off" in note
    assert "most likely an answer" in detect("no", thread=QUESTION).evidence[0].note


def test_a_keyword_among_a_few_words_says_so() -> None:
    note = detect("@ThreeUK Yo g #Stop", thread=MARKETING).evidence[0].note
    assert note.startswith('a short reply with STOP among its words ("yo g stop") answering a')

"""Keyword-level replies in more countries' words, and the language guessed per message (#15
item 4)."""

from __future__ import annotations

import pytest

from heed.core.detection import detect

KEYWORDS = [
    ("הסר", "he"), ("ZATRZYMAJ", "pl"), ("СТОП", "ru"), ("إلغاء", "ar"), ("HỦY", "vi"),
    ("UNREG", "id"), ("itigil", "tl"), ("बंद करो", "hi"), ("停止", "zh"), ("退订", "zh"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), KEYWORDS)
def test_other_countries_opt_out_words_are_applied(text: str, language: str) -> None:
    detection = detect(text)
    assert (detection.intent, detection.action(), detection.language) == (
        "opt_out", "apply", language,
    )  # fmt: skip


GUESSES = [
    ("मुझे कल फोन करना", "hi"), ("مرحبا كيف حالك", "ar"), ("Привет, как дела?", "ru"),
    ("שלום מה שלומך", "he"), ("明天见", "zh"), ("また明日ね", "ja"),
    ("saya tidak bisa datang besok", "id"), ("hindi ako makakapunta bukas", "tl"),
    ("I'll see you at the game tonight", "en"), ("Ich komme nicht mehr heute", "de"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), GUESSES)
def test_the_language_is_guessed_per_message(text: str, language: str) -> None:
    detection = detect(text)
    assert detection.action() == "ignore"
    assert detection.language == language


@pytest.mark.parametrize("text", ["ok tc", "Bye, see you tomorrow!", "No, I'm not.", "step"])
def test_ordinary_short_messages_are_not_applied(text: str) -> None:
    assert detect(text).action() != "apply"

"""Replies read by their kinds of words (heed.core.lexicon), never applied, always explained.

The examples are written for this test (not taken from the collected corpora): each joins a
negation, a removal or a complaint with a word about the messages or the writer, in a wording
no phrase table holds. The false-opt-out side is measured on the real SMS and the chat turns in
tests/core/test_collected_eval.py.
"""

from __future__ import annotations

import pytest

from heed.core.detection import detect

READ = [
    ("nunca más me llamen", "es", "no_contact"),
    ("Ne me relancez plus", "fr", "no_contact"),
    ("Vous pouvez effacer mes données", "fr", "remove"),
    ("Нe связывайтесь со мной никогда", "ru", "no_contact"),  # a Latin e in "не"
    ("Ne kontaktujte mě", "cs", "no_contact"),
    ("Bana ulaşmayın", "tr", "no_contact"),
    ("从你们的名单里删掉我", "zh", "remove"),
    ("전화 하지 마세요", "ko", "no_contact"),
    ("harcèlement", "fr", "complaint"),
    ("このメールは迷惑です", "ja", "complaint"),
    ("Stuur me dat niet meer", "nl", "no_contact"),  # Dutch and German negate after the verb
    ("我从来没有订阅过这个", "zh", "complaint"),  # "I never subscribed to this"
    ("ผมขอให้ปล่อยผมไว้", "th", "complaint"),  # marks dropped in the text and the tables alike
    ("దయచేసి పంపవద్దు", "te", "no_contact"),  # the negation joined to the verb
    ("எனக்கு அனுப்பாதீர்கள்", "ta", "no_contact"),
]


@pytest.mark.parametrize(("text", "language", "kind"), READ)
def test_word_kinds_send_a_request_to_review(text: str, language: str, kind: str) -> None:
    detection = detect(text)
    assert (detection.intent, detection.action(), detection.language) == (
        "opt_out", "review", language,
    )  # fmt: skip
    first = detection.evidence[0]
    assert first.source == "words" and first.pattern == f"words:{kind}"
    assert detection.reading().startswith(("seems to ask", "complains"))
    assert "words:" not in detection.reading()  # the reviewer reads plain words


ORDINARY = [
    "No, mándame el enlace",  # a comma: "no" answers something else
    "Quem não quer, manda",  # the negation is not on the sending
    "Sono un computer, non posso mangiare né bere",  # Italian, not Czech "pos…"
    "Non puoi sentire",
    "Kun je me morgen bellen?",
    "Ich habe dir gestern geschrieben",
    "明天给我打电话",  # "call me tomorrow"
    "Should I be stalking you?",  # English is left to its phrase tables
    "Löschen Sie mich bitte nicht",  # a negated removal
    "Não parem de mandar as promoções",  # "don't stop sending"
    "别烦我，我在忙",  # "don't bother me, I'm busy": between friends it asks nothing
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_replies_are_not_read_as_requests(text: str) -> None:
    assert detect(text).action() == "ignore"


def test_long_messages_are_read_only_for_stopping_the_messages_or_the_calls() -> None:
    """Round 12: a longer message is read for stopping joined to the messages or to calling
    and harassing, and for a negated call "any more"; a negated sending ("no me envíen la
    factura"), a call "not now" and a call the writer cannot make are left to the phrases."""
    for text in (
        "Gracias por todo, nos vemos el lunes en la oficina y no me envíen la factura",
        "no me llamen ahora que estoy en el trabajo, mejor mañana por la tarde por favor",
        "no puedo llamar al banco desde ayer, la línea siempre está ocupada y nadie me atiende",
    ):
        assert all(e.source != "words" for e in detect(text).evidence), text
    asked = detect(
        "Ya les dije tres veces en la sucursal que no me interesa, dejen de estar chingando con "
        "sus llamadas"
    )
    assert asked.action() == "review" and asked.evidence[0].pattern == "words:stop_calling"
    assert asked.reading().startswith("seems to ask to stop the calls, the harassment")
    again = detect("Je l'ai déjà dit trois fois à vos conseillers, arrêter d'm'appeler svp merci")
    assert again.action() == "review", again.explain()  # the verb after "d'", "m'"

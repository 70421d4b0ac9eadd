"""What a message answers, and what that does to a short reply (#15 item 2).

A bare "no", "exit" or "bye" says nothing alone: answering a marketing text it most likely
means "leave me alone", answering "Is 3pm OK?" it means no. The detector reads such a reply
with the ``Thread`` it belongs to: what heed (its outbox) or the sender (``in_reply_to`` /
``last_outbound_purpose`` on ``/v1/inbound`` and ``heed inbound``) last sent to the person,
for what purpose, and how long ago. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Final, Literal

from heed.core.keywords import KeywordMatch
from heed.core.vocabulary import Purpose

Kind = Literal["leave", "refuse"]

#: How long a marketing message stays the thing a short reply answers.
RECENT: Final = timedelta(days=14)

# Whole replies (after normalisation and accent removal) that mean "leave" (exit, remove me,
# unregister: a candidate even when nothing is known of the thread) or only "no" / a farewell
# (a candidate only when they answer a marketing message). Words that are keywords already
# (STOP, BAJA, TD …) never get here: the keyword layer applied them.
# fmt: off
SHORT_REPLIES: Final[dict[str, dict[str, Kind]]] = {
    "en": {"exit": "leave", "leave": "leave", "out": "leave", "remove": "leave",
           "delete": "leave", "unregister": "leave", "opt me out": "leave",
           "take me off": "leave", "get me out": "leave", "no more": "leave",
           "enough": "leave", "go away": "leave", "i'm out": "leave", "count me out": "leave",
           "no": "refuse", "nope": "refuse", "nah": "refuse", "no thanks": "refuse",
           "no thank you": "refuse", "not interested": "refuse", "bye": "refuse",
           "goodbye": "refuse", "bye bye": "refuse", "pass": "refuse", "n": "refuse",
           "x": "refuse", "q": "refuse", "0": "refuse", "never": "refuse", "no way": "refuse",
           "s": "refuse", "t": "refuse",
           # telling the sender to go away, rudely: a revocation by any reasonable means
           "fuck you": "leave", "fu": "leave", "f u": "leave", "f k you": "leave",
           "fuck off": "leave", "gtfo": "leave", "shut up": "leave", "piss off": "leave",
           "screw you": "leave", "get lost": "leave", "go to hell": "leave", "stfu": "leave",
           "block": "leave", "block me": "leave", "blocked": "leave", "no message": "leave",
           "no messages": "leave", "no texts": "leave", "no text": "leave",
           "do not text": "leave", "don't text": "leave", "don't text back": "leave",
           "do not text back": "leave", "do not call": "leave", "don't call": "leave",
           "do not contact": "leave", "don't contact me": "leave", "do not contact me": "leave",
           "cease and desist": "leave", "wrong number": "leave",
           "stop2quit": "leave"},
    "es": {"salir": "leave", "fuera": "leave", "basta": "leave", "ya basta": "leave",
           "borrar": "leave", "eliminar": "leave", "quitar": "leave", "ya no": "leave",
           "no mas": "leave", "no": "refuse", "no gracias": "refuse", "adios": "refuse",
           "chao": "refuse", "chau": "refuse", "nunca": "refuse"},
    "pt": {"sair": "leave", "chega": "leave", "fora": "leave", "remover": "leave",
           "excluir": "leave", "nao quero": "leave", "nao": "refuse", "nao obrigado": "refuse",
           "nao obrigada": "refuse", "tchau": "refuse", "nunca": "refuse"},
    "fr": {"sortir": "leave", "assez": "leave", "ca suffit": "leave", "supprimer": "leave",
           "retirer": "leave", "non": "refuse", "non merci": "refuse", "adieu": "refuse",
           "au revoir": "refuse", "jamais": "refuse"},
    "de": {"raus": "leave", "genug": "leave", "austragen": "leave", "loschen": "leave",
           "entfernen": "leave", "ende": "leave", "nein": "refuse", "nein danke": "refuse",
           "kein interesse": "refuse", "tschuss": "refuse", "niemals": "refuse"},
    "it": {"esci": "leave", "uscire": "leave", "fuori": "leave", "basta": "leave",
           "rimuovi": "leave", "cancellami": "leave", "no": "refuse", "no grazie": "refuse",
           "ciao": "refuse", "mai": "refuse"},
    "nl": {"eruit": "leave", "genoeg": "leave", "verwijder": "leave", "verwijderen": "leave",
           "nee": "refuse", "nee dank je": "refuse", "nee bedankt": "refuse",
           "geen interesse": "refuse", "doei": "refuse"},
    "vi": {"tc": "refuse", "khong": "refuse"},
    "zh": {"退": "leave", "退出": "leave", "删除": "leave", "不要再发": "leave", "别发了": "leave",
           "不": "refuse", "不要": "refuse", "不用": "refuse", "不需要": "refuse",
           "不用了": "refuse", "t": "refuse", "滚": "leave"},
    "id": {"keluar": "leave", "hapus": "leave", "cukup": "leave", "tidak": "refuse",
           "tdk": "refuse", "gak": "refuse", "nggak": "refuse", "tidak mau": "refuse"},
    "tl": {"tigil": "leave", "tama na": "leave", "alis": "leave", "hindi": "refuse",
           "ayoko": "refuse", "ayaw ko": "refuse"},
    "hi": {"बद करो": "leave", "band karo": "leave", "नही": "refuse", "nahi": "refuse",
           "nahin": "refuse"},
    "ar": {"كفى": "leave", "احذف": "leave", "لا": "refuse", "la": "refuse"},
}
# fmt: on

#: Each short reply, its kind and language (the first language that lists it).
LOOKUP: Final[dict[str, tuple[Kind, str]]] = {}
for _language, _replies in SHORT_REPLIES.items():
    for _reply, _kind in _replies.items():
        LOOKUP.setdefault(_reply, (_kind, _language))


@dataclass(frozen=True)
class Thread:
    """The last message sent to the person before theirs: its purpose, text and age."""

    purpose: Purpose | None = None
    text: str | None = None
    age: timedelta | None = None
    source: str = "outbox"  # "outbox" (heed sent it) or "sender" (given with the message)

    @property
    def asked_a_question(self) -> bool:
        """Whether it ended on a question a "no" could answer ("Is 3pm OK?")."""
        return bool(self.text) and "?" in (self.text or "")[-80:]

    @property
    def recent_marketing(self) -> bool:
        return self.purpose == Purpose.MARKETING and (self.age is None or self.age <= RECENT)

    def describe(self) -> str:
        """In plain words: "a marketing message sent 2 hours ago: "20% off …"."""
        what = f"a {self.purpose} message" if self.purpose else "a message"
        when = f" sent {_ago(self.age)}" if self.age is not None else ""
        said = f': "{_short(self.text)}"' if self.text else ""
        return what + when + said


def _short(text: str | None, most: int = 60) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= most else flat[: most - 1] + "…"


def _ago(age: timedelta) -> str:
    seconds = max(0, int(age.total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "just now"


@dataclass(frozen=True)
class ShortReading:
    """How sure heed is that a short reply asks to stop, given its thread, and why."""

    confidence: float
    language: str
    note: str


#: Emoji that, alone, wave the sender off.
EMOJI: Final = frozenset("✋🤚🖐🛑⛔🚫🖕🙅")


def short_reply_of(word: str) -> str | None:
    """A one-word reply read as "stop" mistyped (one letter wrong, missing, extra or swapped:
    "stpo", "sto", "s5op", "atop"), or None."""
    if not 3 <= len(word) <= 5 or word == "stop" or not word.isascii():
        return None
    return "stop?" if _one_edit(word, "stop") else None


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


LOOKUP["stop?"] = ("leave", "en")
LOOKUP["✋"] = ("leave", "en")


def read_short_reply(words: str, thread: Thread | None) -> ShortReading | None:
    """Read a whole reply of one of ``SHORT_REPLIES`` (``words``: canonical, space-separated)."""
    found = LOOKUP.get(words)
    if found is None:
        return None
    kind, language = found
    said = f'a bare "{words}"'
    if words == "stop?":
        said = 'a one-word reply that reads as "stop" mistyped'
    elif words == "✋":
        said = "a hand or stop sign emoji alone"
    if thread is not None and thread.recent_marketing:
        confidence = 0.8 if kind == "leave" else 0.7
        return ShortReading(confidence, language, f"{said} answering {thread.describe()}")
    if thread is not None and thread.purpose is not None:
        why = f"{said} answering {thread.describe()}"
        if thread.asked_a_question or kind == "refuse":
            return ShortReading(0.3, language, f"{why}: most likely an answer to it")
        return ShortReading(0.65, language, why)
    if kind == "leave":
        return ShortReading(0.65, language, f"{said}, with nothing known of what it answers")
    return ShortReading(0.3, language, f"{said}, with nothing known of what it answers")


def read_keyword_among(keyword: KeywordMatch, thread: Thread | None) -> ShortReading | None:
    """Read a few words with an opt-out keyword among them ("#stop wh", "yo g #Stop").

    Answering a recent marketing message they are the keyword its sender asked for with noise
    around it (round 31: replies to operators' tweets that said "Reply with #stop to opt out"),
    so a person decides; anywhere else they are ordinary speech ("stop it lol") and nothing."""
    if thread is None or not thread.recent_marketing:
        return None
    said = f'a short reply with {keyword.keyword} among its words ("{keyword.normalised}")'
    return ShortReading(0.7, keyword.language or "en", f"{said} answering {thread.describe()}")


def given_thread(
    in_reply_to: str | None, purpose: Purpose | None, age: timedelta | None = None
) -> Thread | None:
    """The thread a sender passes with a message (``in_reply_to``: the text the person
    answered; ``purpose``: what it was sent for), or None if neither."""
    if not in_reply_to and not purpose:
        return None
    return Thread(purpose, in_reply_to or None, age, "sender")

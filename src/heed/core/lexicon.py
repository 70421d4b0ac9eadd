"""Word classes per language, for reading a short reply by the kinds of words it joins rather
than by its exact phrasing (#15: phrase tables overfit the phrasings they were written from).

Each language lists words of a few kinds; ``heed.core.detection`` compiles them and sends a
short reply (at most ``MAX_WORDS`` words) that no phrase read to review when, in one language,

- a negation stands within ``WINDOW`` words of a verb of sending, writing, calling or
  contacting, or of a word for the messages ("ne m'envoyez plus rien", "nie kontaktujcie się
  ze mną", "메시지 보내지 마세요") — ``no_contact``;
- a verb of removing stands within ``WINDOW`` words of the person, their details or a list
  ("verwijder mijn gegevens", "从名单中删除") — ``remove``;
- a verb of stopping stands within ``WINDOW`` words of a verb of sending or a word for the
  messages ("bitte stoppen Sie die Nachrichten") — ``stop_sending``;
- it calls the messages harassment or spam, or asks to be left alone ("das ist Belästigung",
  "оставьте меня в покое") — ``complaint``;
- it holds a verb that is itself negated ("nepište", "göndermeyin") — ``no_contact``;
- it is a word that already says it all ("bórrame", "отпишись") — ``alone``.

These are never applied automatically: a person reads them (the same words name a parcel or a
timer in other messages). English is left to its phrase tables, which are tested against the
4,827 real SMS; these classes are for the languages whose tables are thin.

The tables are in ``heed.core.lexicon_tables``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from heed.core.lexicon_tables import LEXICON, UNSPACED

MAX_WORDS: Final = 10
WINDOW: Final = 4

#: What a reviewer reads for each kind of reading.
NOTES: Final = {
    "no_contact": "seems to ask not to be sent messages or contacted",
    "remove": "seems to ask to be removed, or to have their number or details deleted",
    "stop_sending": "seems to ask to stop the messages",
    "complaint": "complains of harassment, or asks to be left alone",
    "alone": "seems to ask to unsubscribe or be removed",
}

#: The reading each pair of kinds (or single kind) gives, in the order they are tried.
_PAIRS: Final = (
    ("remove", "dele", "obj"),
    ("no_contact", "neg", "send"),
    ("no_contact", "neg", "msg"),
    ("stop_sending", "stop", "send"),
    ("stop_sending", "stop", "msg"),
)
_SINGLE: Final = (
    ("no_contact", "nsend"), ("alone", "alone"), ("complaint", "complaint"),
    ("complaint", "phrases"),  # unspaced scripts' phrases (spaced ones are read whole, first)
)  # fmt: skip
_UNSPACED_WINDOW: Final = 6  # characters between two cues of an unspaced script
#: Languages whose negation may follow the verb ("보내지 마세요", "पाठवू नका"); elsewhere it
#: comes first ("no me manden", "не пишите"), and "quem não quer, manda" is not a request.
NEG_AFTER: Final = frozenset(
    {"ko", "ja", "bn", "ta", "te", "mr", "hi", "ur", "fa", "kk", "tr", "de", "nl", "sv", "da", "nb"}
)  # and the Germanic "Schreiben Sie mir nicht mehr", "Stuur me niet meer"


@dataclass(frozen=True)
class Reading:
    """What the words of a reply say: a kind of request (``NOTES``), in which language, and
    the words that say it."""

    kind: str
    language: str
    words: tuple[str, ...]

    @property
    def note(self) -> str:
        return NOTES[self.kind]


Cue = tuple[str, str]  # (language, kind)


class Lexicon:
    """The tables compiled for canonical text. ``canonical`` writes a word or phrase as the
    detector's canonical text; ``fold`` removes accents from the beginning of a word."""

    def __init__(self, canonical: Callable[[str], str], fold: Callable[[str], str]) -> None:
        self.whole: dict[str, list[Cue]] = {}
        self.prefix: dict[str, list[Cue]] = {}
        phrases: dict[str, str] = {}
        for language, kinds in LEXICON.items():
            for kind, entries in kinds.items():
                if kind == "phrases":
                    phrases.update(
                        dict.fromkeys(filter(None, map(canonical, entries.split("|"))), language)
                    )
                    continue
                for entry in entries.split():
                    if entry.endswith("*"):
                        stem = fold(unicodedata.normalize("NFKC", entry[:-1]).casefold())
                        self.prefix.setdefault(stem, []).append((language, kind))
                    else:
                        for word in canonical(entry).split()[:1]:
                            self.whole.setdefault(word, []).append((language, kind))
        self.longest = max(map(len, self.prefix))
        self.phrase_language = phrases
        self.phrases = _alternation(phrases, r"(?:^| )(?:", r")(?= |$)")
        unspaced: dict[str, list[Cue]] = {}
        for language, kinds in UNSPACED.items():
            for kind, entries in kinds.items():
                for entry in entries.split():  # written as canonical text is: "ปล่อย" → "ปลอย"
                    unspaced.setdefault(canonical(entry) or entry, []).append((language, kind))
        self.unspaced = unspaced
        self.unspaced_regex = _alternation(unspaced, "(?:", ")")

    def cues(self, word: str) -> list[Cue]:
        found = list(self.whole.get(word, ()))
        for end in range(2, min(len(word), self.longest) + 1):
            found += self.prefix.get(word[:end], ())
        return found

    def read(self, text: str, clauses: Sequence[Sequence[str]]) -> Reading | None:
        """The first reading of a reply given as canonical ``text`` and its clauses' words."""
        phrase = self.phrases.search(text)
        if phrase is not None:
            said = phrase.group().strip()
            return Reading("complaint", self.phrase_language[said], (said,))
        for words in clauses:
            found = self._in_words(words)
            if found is not None:
                return found
        return self._unspaced(text) if not text.isascii() else None

    def _in_words(self, words: Sequence[str]) -> Reading | None:
        at: dict[Cue, list[int]] = {}
        for index, word in enumerate(words):
            for cue in self.cues(word):
                at.setdefault(cue, []).append(index)
        return _pair(at, lambda i: words[i], WINDOW)

    def _unspaced(self, text: str) -> Reading | None:
        at: dict[Cue, list[int]] = {}
        where: dict[int, str] = {}
        for match in self.unspaced_regex.finditer(text):
            where[match.start()] = match.group()
            for cue in self.unspaced[match.group()]:
                at.setdefault(cue, []).append(match.start())
        return _pair(at, where.__getitem__, _UNSPACED_WINDOW)


def _pair(at: dict[Cue, list[int]], word: Callable[[int], str], window: int) -> Reading | None:
    languages = dict.fromkeys(language for language, _ in at)
    for language in languages:
        for kind, first, second in _PAIRS:
            after = first == "neg" and language not in NEG_AFTER  # the negation comes first
            negated = set() if first == "neg" else _negated(at, language)
            stops = at.get((language, "stop"), ()) if first == "neg" else ()
            for i in at.get((language, first), ()):
                if i in negated:
                    continue  # "Ich möchte mich nicht abmelden"
                near = [
                    j
                    for j in at.get((language, second), ())
                    if j != i
                    and abs(i - j) <= window
                    and not (after and j < i)
                    and not any(min(i, j) < k < max(i, j) for k in stops)  # "não parem de mandar"
                ]
                if near:
                    return Reading(kind, language, (word(min(i, near[0])), word(max(i, near[0]))))
        negated = _negated(at, language)
        for kind, single in _SINGLE:
            for i in at.get((language, single), ()):
                if single == "alone" and i in negated:
                    continue  # "no quiero desuscribirme"
                return Reading(kind, language, (word(i),))
    return None


def _negated(at: dict[Cue, list[int]], language: str) -> set[int]:
    """Positions a negation of ``language`` stands on (within ``WINDOW``): after it, and before
    it where the negation may follow the verb ("Bitte entfernen Sie mich nicht")."""
    steps = range(-WINDOW if language in NEG_AFTER else 1, WINDOW + 1)
    return {i + step for i in at.get((language, "neg"), ()) for step in steps if step}


def _alternation(entries: Iterable[str], before: str, after: str) -> re.Pattern[str]:
    ordered = sorted(entries, key=len, reverse=True)
    return re.compile(before + "|".join(map(re.escape, ordered)) + after)

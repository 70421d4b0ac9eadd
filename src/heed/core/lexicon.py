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
- a verb of stopping stands within ``WINDOW`` words of a verb of calling, harassing or
  soliciting ("dejen de estar chingando", "arrêter d'être harcelé"), or before a word for the
  calls ("pare de efetuar essas ligações", round 14), or a negation just before
  such a verb said to the sender ("ya no me marquen") — ``stop_calling``;
- it holds a verb that is itself negated ("nepište", "göndermeyin") — ``no_contact``;
- it is a word that already says it all ("bórrame", "отпишись") — ``alone``.

A longer message (a tweet to a company, a complaint around the request) is read for the
pairs in ``LONG_PAIRS`` only, each inside one clause, and for the phrases: stopping joined to
the messages or to calling and harassing ("vos démarchages téléphoniques peuvent cesser ?",
"vous arrêtez simplement de me harceler au téléphone"). Removal and the single words stay for
short replies: in a long message "borrar" or "spam" is as likely to be about something else
(round 12).

These are never applied automatically: a person reads them (the same words name a parcel or a
timer in other messages). English is left to its phrase tables, which are tested against the
4,827 real SMS; these classes are for the languages whose tables are thin.

The tables are in ``heed.core.lexicon_tables``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
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
    "stop_calling": "seems to ask to stop the calls, the harassment or the sales pitches",
}

#: The reading each pair of kinds (or single kind) gives, in the order they are tried.
_PAIRS: Final = (
    ("remove", "dele", "obj"),
    ("no_contact", "neg", "send"),
    ("no_contact", "neg", "msg"),
    ("stop_calling", "stop", "pester"),
    ("stop_calling", "stop", "to_pester"),
    ("stop_calling", "neg", "pester"),
    ("stop_calling", "stop", "calls"),
    ("stop_sending", "stop", "send"),
    ("stop_sending", "stop", "msg"),
)
#: The pairs a longer message is read for (see the module's docstring).
LONG_PAIRS: Final = (*_PAIRS[3:7], _PAIRS[-1])
#: Kinds read only after the verb of stopping: "dejen de llamar", "pare de efetuar essas
#: ligações"; not "me van a llamar para cancelar", "fiz várias ligações para cancelar o plano".
_AFTER_STOP: Final = frozenset({"to_pester", "calls"})
#: Words that make the verb of stopping before the calls a purpose or a manner, not a demand:
#: the sender's "para dejar de recibir llamadas, regístrese…", "je reçois sans arrêt des appels".
_NOT_ASKED_AFTER: Final = frozenset(
    {"para", "pra", "pour", "per", "um", "sans", "sem", "sin", "senza", "ohne"}
)
#: How near a negation must stand before a verb of calling said to the sender ("no me
#: marquen"): nearer than ``WINDOW``, so "no tengo nada que ver, llamen a otro" is not read.
NEG_PESTER_WINDOW: Final = 2
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
        self._cues = lru_cache(maxsize=16384)(self._read_cues)

    def cues(self, word: str) -> tuple[Cue, ...]:
        """The kinds ``word`` is, also past an elided article or pronoun ("d'arrêter",
        "m'harceler", "l'invio"): the word after the apostrophe is the verb or noun. Kept per
        word: longer messages are read too, and their words repeat."""
        return self._cues(word)

    def _read_cues(self, word: str) -> tuple[Cue, ...]:
        found = list(self.whole.get(word, ()))
        for end in range(2, min(len(word), self.longest) + 1):
            found += self.prefix.get(word[:end], ())
        rest = after_elision(word)
        if rest is not None:
            found += self._read_cues(rest)
        return tuple(found)

    def read(
        self, text: str, clauses: Sequence[Sequence[str]], long: bool = False
    ) -> Reading | None:
        """The first reading of a reply given as canonical ``text`` and its clauses' words;
        ``long``: a message over ``MAX_WORDS`` words, read for ``LONG_PAIRS`` and phrases."""
        phrase = self.phrases.search(text)
        if phrase is not None:
            said = phrase.group().strip()
            return Reading("complaint", self.phrase_language[said], (said,))
        for words in clauses:
            found = self._in_words(words, long)
            if found is not None:
                return found
        return self._unspaced(text) if not text.isascii() and not long else None

    def _in_words(self, words: Sequence[str], long: bool) -> Reading | None:
        at: dict[Cue, list[int]] = {}
        for index, word in enumerate(words):
            for cue in self.cues(word):
                at.setdefault(cue, []).append(index)
        return _pair(at, lambda i: words[i], WINDOW, long)

    def _unspaced(self, text: str) -> Reading | None:
        at: dict[Cue, list[int]] = {}
        where: dict[int, str] = {}
        for match in self.unspaced_regex.finditer(text):
            where[match.start()] = match.group()
            for cue in self.unspaced[match.group()]:
                at.setdefault(cue, []).append(match.start())
        return _pair(at, where.__getitem__, _UNSPACED_WINDOW)


def _pair(
    at: dict[Cue, list[int]], word: Callable[[int], str], window: int, long: bool = False
) -> Reading | None:
    languages = dict.fromkeys(language for language, _ in at)
    for language in languages:
        for kind, first, second in LONG_PAIRS if long else _PAIRS:
            near_enough = NEG_PESTER_WINDOW if second == "pester" and first == "neg" else window
            # the negation comes first; so does stopping before its infinitive ("dejen de
            # llamar", not "me van a llamar para cancelar")
            after = (first == "neg" and language not in NEG_AFTER) or second in _AFTER_STOP
            negated = set() if first == "neg" else _negated(at, language)
            stops = at.get((language, "stop"), ()) if first == "neg" else ()
            seconds = at.get((language, second), ())
            for i in at.get((language, first), ()):
                if i in negated:
                    continue  # "Ich möchte mich nicht abmelden"
                # positions are in order: look only inside the window (linear on long text, #16)
                window_of = seconds[
                    bisect_left(seconds, i - near_enough) : bisect_right(seconds, i + near_enough)
                ]
                near = [
                    j
                    for j in window_of
                    if j != i
                    and not (after and j < i)
                    and not _between(stops, i, j)  # "não parem de mandar"
                ]
                if near and long and first == "neg" and not _any_more(at, language, near[0]):
                    continue  # "ne m'appelez pas maintenant, je dors"
                if near and second == "calls" and _not_asked(word, i):
                    continue  # "sans arrêt des appels", "cancelar as chamadas em espera"
                if near:
                    return Reading(kind, language, (word(min(i, near[0])), word(max(i, near[0]))))
        if long:
            continue
        negated = _negated(at, language)
        for kind, single in _SINGLE:
            for i in at.get((language, single), ()):
                if single == "alone" and i in negated:
                    continue  # "no quiero desuscribirme"
                return Reading(kind, language, (word(i),))
    return None


def _not_asked(word: Callable[[int], str], index: int) -> bool:
    """Whether the verb of stopping at ``index`` does not ask to stop the calls: a purpose or a
    manner ("para dejar de recibir llamadas", "sans arrêt des appels") or a cancellation
    ("cancelar as chamadas em espera" is a telephone service, "cancelar" a contract)."""
    return word(index).startswith("cancel") or (index > 0 and word(index - 1) in _NOT_ASKED_AFTER)


def after_elision(word: str) -> str | None:
    """The word after an elided article or pronoun ("d'arrêter" → "arrêter", "m'appeler" →
    "appeler"), or None: the verb or noun a cue may begin, where nothing begins the whole word."""
    elided = word.rfind("'")
    return word[elided + 1 :] if 0 < elided < len(word) - 1 else None


def _any_more(at: dict[Cue, list[int]], language: str, index: int) -> bool:
    """Whether "any more" (``more``: plus, más, mais, più, mehr, meer) stands within
    ``WINDOW`` of ``index``: what makes a negated call a request, not a "not now"."""
    more = at.get((language, "more"), [])
    return bisect_left(more, index - WINDOW) < bisect_right(more, index + WINDOW)


def _between(positions: Sequence[int], i: int, j: int) -> bool:
    """Whether one of the ordered ``positions`` lies strictly between ``i`` and ``j``."""
    low, high = min(i, j), max(i, j)
    return bisect_right(positions, low) < bisect_left(positions, high)


def _negated(at: dict[Cue, list[int]], language: str) -> set[int]:
    """Positions a negation of ``language`` stands on (within ``WINDOW``): after it, before it
    where the negation may follow the verb ("Bitte entfernen Sie mich nicht"), and its own word
    when the negation is elided onto the verb ("mon fils n'arrête pas de m'appeler")."""
    steps = range(-WINDOW if language in NEG_AFTER else 0, WINDOW + 1)
    return {i + step for i in at.get((language, "neg"), ()) for step in steps}


def _alternation(entries: Iterable[str], before: str, after: str) -> re.Pattern[str]:
    ordered = sorted(entries, key=len, reverse=True)
    return re.compile(before + "|".join(map(re.escape, ordered)) + after)

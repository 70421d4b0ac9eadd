"""Recognise opt-out, opt-in, help and list keywords in an inbound message.

The algorithm, run on every inbound message (tables in ``keyword_tables``, compiled once):

1. Normalise: delete invisible characters, apply NFKC, turn punctuation, symbols and emoji into
   spaces, map look-alike letters to Latin, case-fold, and join spaced-out letters
   ("S T O P" → "stop"). The words, one space apart, are ``normalise_text`` (kept as evidence).
2. Look up: at each word take the longest table phrase that starts there (keywords, polite
   filler, the sender's list names), comparing words with their accents removed.
3. Decide: a message is a keyword message only when *every* word is a keyword or filler.
   Opt-out beats everything; an opt-out plus exactly one list name leaves only that list.

Why a keyword inside a sentence is not a keyword: CTIA and the FCC treat a bare keyword reply
as an opt-out to honour automatically, with no human in the loop, so the keyword test must not
fire on "I'll stop by at 5". Free-form revocations ("please don't text me anymore") are left to
a separate detector whose doubtful results go to a human review queue.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Final, Literal

from heed.core import keyword_tables as tables

Intent = Literal["opt_out", "opt_in", "help", "list_trigger", "none"]
_KINDS: Final = ("opt_out", "list_keyword", "opt_in", "help", "filler", "list_name")  # by rank
_MAX_WORDS: Final = 12  # no keyword reply is longer; longer messages skip the look-up


@dataclass(frozen=True)
class ListTrigger:
    """Words that leave one subscription list instead of every message from the sender."""

    list_name: str
    keywords: frozenset[str]
    aliases: frozenset[str] = frozenset()


@dataclass(frozen=True)
class KeywordConfig:
    """A sender's changes to the default tables; hashable, so each is compiled only once."""

    extra_opt_out: frozenset[str] = frozenset()
    removed_opt_out: frozenset[str] = frozenset()
    list_triggers: tuple[ListTrigger, ...] = ()
    languages: frozenset[str] | None = None

    def __post_init__(self) -> None:
        """Refuse unknown language codes: a typo would silently switch a pack off."""
        unknown = set(self.languages or ()) - set(tables.PACK_ORDER)
        if unknown:
            raise ValueError(f"unknown keyword languages: {sorted(unknown)}")


@dataclass(frozen=True)
class KeywordMatch:
    """What an inbound message asks for, with the normalised text as evidence."""

    intent: Intent
    keyword: str | None
    language: str | None
    list_name: str | None
    normalised: str


DEFAULT_CONFIG: Final = KeywordConfig()

# --- normalisation ------------------------------------------------------------------------


class _LazyTable(dict[int, str]):
    """A ``str.translate`` table that classifies each code point on first sight, then caches."""

    def __init__(self, classify: Callable[[str], str]) -> None:
        super().__init__()
        self._classify = classify

    def __missing__(self, code: int) -> str:
        value = self[code] = self._classify(chr(code))
        return value


def _visible(char: str) -> str:
    """Delete format characters and variation selectors, which people paste to dodge filters."""
    invisible = char in tables.ZERO_WIDTH or unicodedata.category(char) == "Cf"
    return "" if invisible or "\ufe00" <= char <= "\ufe0f" or char >= "\U000e0100" else char


def _word_char(char: str) -> str:
    """Keep letters, digits and marks; apostrophes join words; anything else separates them."""
    if char in tables.APOSTROPHES:
        return "'"
    category = unicodedata.category(char)
    return char if category[0] in "LN" or category in ("Mn", "Mc") else " "


_INVISIBLE: Final = _LazyTable(_visible)
_WORD_CHARS: Final = _LazyTable(_word_char)
_ASCII: Final = bytes(ord(_word_char(chr(b)).lower()) if b < 128 else 32 for b in range(256))


def _unconfuse(word: str) -> str:
    """Map look-alike letters to Latin when that makes the whole word Latin ("STOP" typed with
    Cyrillic T, O, P), else a Cyrillic word's Latin look-alikes to Cyrillic ("stop" in Russian
    typed with a Latin C: tests/core/keyword_cases.tsv)."""
    if word.isascii() or not any(char in tables.LOOKALIKES for char in word):
        return word
    mapped = "".join(tables.LOOKALIKES.get(char, char) for char in word)
    if all(_latin(c) for c in mapped):
        return mapped
    if all(c in tables.CYRILLIC_TWINS or "\u0400" <= c <= "\u04ff" for c in word):
        return "".join(tables.CYRILLIC_TWINS.get(c, c) for c in word)
    return word


def _latin(char: str) -> bool:
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff" or "\u0300" <= char <= "\u036f"


def _unicode_words(text: str) -> list[str]:
    """One pass of the full normalisation; may need repeating (see ``_words``)."""
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).translate(_WORD_CHARS)
    return [unicodedata.normalize("NFKC", _unconfuse(w).casefold()) for w in text.split()]


def _single_letter(word: str) -> int:
    """0 for a word, 1 for a single letter, 2 for a single CJK character (joined separately)."""
    return 0 if len(word) != 1 or not word.isalpha() else 2 if _has_cjk(word) else 1


def _join_spaced(words: Iterable[str]) -> list[str]:
    """Join runs of single letters ("s t o p" → "stop"), which people use to dodge filters."""
    runs = groupby(words, _single_letter)
    return [w for single, run in runs for w in (["".join(run)] if single else run)]


#: Contraction tails that a tokeniser split off the word they belong to ("do n't", "I 'm"):
#: the US CFPB's complaint narratives and other treebank-tokenised text write them so, and every
#: rule is written for "don't" (round 75). Joined back before apostrophes are stripped.
_SPLIT_TAILS: Final = frozenset(("n't", "'m", "'re", "'ve", "'ll", "'d", "'s"))


def _finish(words: list[str]) -> list[str]:
    if not any("'" in w for w in words):
        return _join_spaced(w for w in words if w)
    if _SPLIT_TAILS.isdisjoint(words):
        return _join_spaced(w for w in (w.strip("'") for w in words) if w)
    joined: list[str] = []
    for word in words:
        if word in _SPLIT_TAILS and joined and joined[-1][-1:].isalpha():
            joined[-1] += word
        else:
            joined.append(word)
    return _join_spaced(w for w in (w.strip("'") for w in joined) if w)


#: The handles a social reply opens with ("@ThreeUK @O2 #stop"): whom it answers, not what it
#: says. Left in, "@O2 #stop" read as the two words "o2 stop", no keyword reply (round 31:
#: replies to operators' tweets that said "Reply with #stop to opt out"). Linear: a handle
#: runs to the next space, so the text matches in one way or not at all.
_OPENING_HANDLES: Final = re.compile(r"\s*(?:@\S*\s+)+")


def _words(text: str) -> list[str]:
    """Normalise ``text`` into words; repeats the Unicode pass until nothing changes."""
    if handles := _OPENING_HANDLES.match(text):
        text = text[handles.end() :]
    if text.isascii():
        return _finish(text.encode("ascii").translate(_ASCII).decode("ascii").split())
    words = _finish(_unicode_words(text))
    for _ in range(4):  # case folding can expose new compositions; settles in one or two passes
        again = _finish(_unicode_words(" ".join(words)))
        if again == words:
            break
        words = again
    return words


def normalise_text(text: str) -> str:
    """Return ``text`` as lower-case words one space apart, stripped of disguises.

    Idempotent: normalising normalised text changes nothing, so stored evidence can be checked.
    Accents are kept here (they are evidence); they are removed only for the table look-up.
    """
    return " ".join(_words(text))


def _fold(word: str) -> str:
    """Remove accents for the look-up only, so ARRET and ARRÊT are the same word."""
    return word if word.isascii() else _fold_accents(word)


@lru_cache(maxsize=8192)
def _fold_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    bare = "".join(tables.LATIN_FOLDS.get(c, c) for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(_fold(word) for word in _words(phrase))


def _has_cjk(word: str) -> bool:
    return any(char >= "\u2e80" for char in word)


# --- the compiled lexicon -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sense:
    """One meaning a phrase can have; a phrase may have several (a filler that names a list)."""

    kind: str  # one of _KINDS
    keyword: str | None = None
    language: str | None = None
    list_name: str | None = None


@dataclass(frozen=True)
class _Lexicon:
    entries: dict[tuple[str, ...], tuple[_Sense, ...]]  # folded words → meanings, by rank
    longest: int  # words in the longest phrase
    phrase_starts: frozenset[str]  # first words of phrases, so most words skip phrase look-ups
    cjk_longest: int  # characters in the longest CJK entry


_Table = dict[tuple[str, ...], list[_Sense]]


def _add(table: _Table, key: tuple[str, ...], sense: _Sense) -> None:
    """Add a meaning unless the phrase already has one of that kind (the first pack wins)."""
    senses = table.setdefault(key, [])
    if key and not any(s.kind == sense.kind and s.list_name == sense.list_name for s in senses):
        senses.append(sense)


def _default_table(languages: frozenset[str] | None) -> _Table:
    """Compile the packs: English always (the FCC/CTIA words), others as the sender allows."""
    packs = [p for p in tables.PACK_ORDER if p == "en" or languages is None or p in languages]
    table: _Table = {}
    meanings = (("opt_out", tables.OPT_OUT), ("opt_in", tables.OPT_IN), ("help", tables.HELP))
    for kind, source in meanings:
        for pack in packs:
            for word in source.get(pack, ()):
                _add(table, _key(word), _Sense(kind, word, pack))
    for alias, canonical in tables.ALIASES.items():
        for sense in table.get(_key(canonical), []):
            _add(table, _key(alias), sense)
    for words in tables.FILLER.values():  # all fillers, whatever the packs: people mix languages
        for word in words:
            _add(table, _key(word), _Sense("filler"))
    return table


def _apply_config(table: _Table, config: KeywordConfig) -> None:
    """Apply the sender's changes in order: removals, list keywords, additions, list names."""
    removed = {_key(word) for word in config.removed_opt_out} - {()}
    for key, senses in table.items():
        senses[:] = [
            s for s in senses
            if s.kind != "opt_out" or (key not in removed and _key(s.keyword or "") not in removed)
        ]  # fmt: skip
    for trigger in config.list_triggers:  # a list keyword replaces the word's default meaning
        for word in trigger.keywords:
            key, canonical = _key(word), normalise_text(word).upper()
            table[key] = [s for s in table.get(key, []) if s.kind in ("list_keyword", "list_name")]
            _add(table, key, _Sense("list_keyword", canonical, None, trigger.list_name))
    for word in config.extra_opt_out:  # added last, so an explicit opt-out always stays one
        _add(table, _key(word), _Sense("opt_out", normalise_text(word).upper()))
    for trigger in config.list_triggers:
        for name in (trigger.list_name, *trigger.aliases):
            _add(table, _key(name), _Sense("list_name", list_name=trigger.list_name))


@lru_cache(maxsize=1024)
def _lexicon(config: KeywordConfig) -> _Lexicon:
    """Compile a config once (about a millisecond); senders share few distinct configs."""
    table = _default_table(config.languages)
    _apply_config(table, config)
    entries = {
        k: tuple(sorted(v, key=lambda s: _KINDS.index(s.kind))) for k, v in table.items() if v
    }
    cjk = [len(k[0]) for k in entries if len(k) == 1 and _has_cjk(k[0])]
    return _Lexicon(
        entries=entries,
        longest=max(len(k) for k in entries),
        phrase_starts=frozenset(k[0] for k in entries if len(k) > 1),
        cjk_longest=max(cjk, default=1),
    )


_DEFAULT_LEXICON: Final = _lexicon(DEFAULT_CONFIG)  # compiled at import, not on a first message

# --- matching -----------------------------------------------------------------------------


def _split_cjk(word: str, lex: _Lexicon) -> list[tuple[_Sense, ...]] | None:
    """Split unspaced CJK ("请退订") into table words, longest first; None if one is unknown."""
    found: list[tuple[_Sense, ...]] = []
    while word:
        sizes = range(min(lex.cjk_longest, len(word)), 0, -1)
        key = next((k for n in sizes if (k := (word[:n],)) in lex.entries), None)
        if key is None:
            return None
        found.append(lex.entries[key])
        word = word[len(key[0]) :]
    return found


def _segment(words: list[str], lex: _Lexicon) -> list[tuple[_Sense, ...]] | None:
    """Cover the words with table phrases, longest first; None as soon as one is unknown."""
    items: list[tuple[_Sense, ...]] = []
    while words:
        most = min(lex.longest, len(words)) if words[0] in lex.phrase_starts else 1
        key = next((k for n in range(most, 0, -1) if (k := tuple(words[:n])) in lex.entries), None)
        if key is not None:
            items.append(lex.entries[key])
        elif not (_has_cjk(words[0]) and (parts := _split_cjk(words[0], lex))):
            return None
        else:
            items.extend(parts)
        words = words[len(key or words[:1]) :]
    return items


def _decide(items: list[tuple[_Sense, ...]], normalised: str) -> KeywordMatch:
    """Turn the meanings of all words into one intent: opt-out, then opt-in, then help."""
    first: dict[str, _Sense] = {}  # first word of each kind, in message order
    lists: set[str] = set()  # lists named or triggered by words that are not general opt-outs
    named = False  # whether one of those words is a list's name (rather than its keyword)
    for senses in items:
        first.setdefault(senses[0].kind, senses[0])
        if senses[0].kind != "opt_out":
            lists.update(s.list_name for s in senses if s.list_name is not None)
            named = named or any(s.kind == "list_name" for s in senses)
    trigger = first.get("opt_out") or first.get("list_keyword")
    if trigger is not None:
        # One list and no general opt-out, or an opt-out that names the list: leave that list.
        # Two lists, or a list keyword beside STOP, cannot be narrowed: fail safe, leave all.
        if len(lists) == 1 and ("opt_out" not in first or named):
            return KeywordMatch(
                "list_trigger", trigger.keyword, trigger.language, lists.pop(), normalised
            )
        return KeywordMatch("opt_out", trigger.keyword, trigger.language, None, normalised)
    sense = first.get("opt_in") or first.get("help")
    if sense is None or "list_name" in first:  # a bare list name is not a request
        return KeywordMatch("none", None, None, None, normalised)
    intent: Intent = "opt_in" if sense.kind == "opt_in" else "help"
    return KeywordMatch(intent, sense.keyword, sense.language, None, normalised)


def match_keywords(text: str, config: KeywordConfig = DEFAULT_CONFIG) -> KeywordMatch:
    """Decide whether ``text`` is a keyword reply; never raises on any text."""
    words = _words(text)
    normalised = " ".join(words)
    if not words or len(words) > _MAX_WORDS:
        return KeywordMatch("none", None, None, None, normalised)
    lex = _DEFAULT_LEXICON if config is DEFAULT_CONFIG else _lexicon(config)
    items = _segment([_fold(w) for w in words], lex)
    if items is None:
        return KeywordMatch("none", None, None, None, normalised)
    return _decide(items, normalised)

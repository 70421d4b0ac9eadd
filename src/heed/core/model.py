"""A small learned layer after the rules (#15 item 3): hashed words and letter groups, one
logistic regression, weights committed as package data (``heed/data/detector_model.bin``).

Why this shape: it needs nothing at run time but the standard library (no download, no
numpy), reads any script, costs tens of microseconds a message, and its reasons can be
shown: the words that pushed the score most. It is trained by ``scripts/train-detector-model``
(deterministic: fixed order, fixed epochs, no randomness) on labelled replies; see that
script for the data. The detector (``heed.core.detection``) uses it only to *send to review*
what the rules missed, or to *hold back for review* a rule's automatic opt-out that reads
like ordinary text; it never applies an opt-out on its own.
"""

from __future__ import annotations

import math
import unicodedata
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Final

from heed.core.keywords import normalise_text

BITS: Final = 17
SIZE: Final = 1 << BITS
MASK: Final = SIZE - 1
MAGIC: Final = b"HEEDLR1\n"
RESOURCE: Final = "detector_model.bin"


def words_of(text: str) -> list[str]:
    """The message's words, normalised like the keyword layer, accents removed."""
    folded = unicodedata.normalize("NFD", normalise_text(text))
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return bare.split()


def features(text: str) -> list[tuple[int, str]]:
    """Hashed features and what each is: words ("w:remove"), word pairs, and 4-letter groups
    of each word with its edges (letters tell typos and other languages' inflections apart).
    Chinese and other unspaced scripts give their characters and character pairs."""
    words = words_of(text)[:WORDS]
    named = [f"w:{w}" for w in words]
    named += _pairs(words)
    for word in words:
        if len(word) > 2:
            padded = f"<{word}>"
            named += [f"c:{padded[i : i + 4]}" for i in range(len(padded) - 3)]
        if not word.isascii() and len(word) > 1:
            named += [f"u:{word[i : i + 2]}" for i in range(len(word) - 1)]
    named.append(_length(words))
    return [(_hashed(name), name) for name in dict.fromkeys(named)]


#: The words of a message the model reads: its first ones.
WORDS: Final = 64


def _pairs(words: list[str]) -> list[str]:
    return [f"b:{a} {b}" for a, b in pairwise(words)]


def _length(words: list[str]) -> str:
    return f"n:{min(len(words), 8)}"  # how short the reply is


def _hashed(name: str) -> int:
    return zlib.crc32(name.encode()) & MASK


@lru_cache(maxsize=1 << 14)
def _features_of_word(word: str) -> dict[str, int]:
    """What ``features`` gives one word on its own (its "w:" and letter groups), hashed: kept,
    because the words of ordinary messages repeat and the detector scores most of them."""
    return {name: index for index, name in features(word) if not name.startswith("n:")}


@dataclass(frozen=True)
class Score:
    """The model's probability that a message asks to stop, and the words that said so most."""

    probability: float
    telling: tuple[str, ...]  # the features that pushed it most, towards its side

    def explain(self) -> str:
        side = "a request to stop" if self.probability >= 0.5 else "an ordinary message"
        words = ", ".join(f'"{w}"' for w in self.telling)
        return f"the model reads it as {side} (score {self.probability:.2f}" + (
            f"; most telling: {words})" if words else ")"
        )


class Model:
    """Weights of one logistic regression over ``SIZE`` hashed features."""

    def __init__(self, bias: float, weights: array[float]) -> None:
        if len(weights) != SIZE:
            raise ValueError(f"expected {SIZE} weights, got {len(weights)}")
        self.bias = bias
        self.weights = weights

    def probability(self, words: list[str]) -> float:
        """``score(text).probability`` from the text's ``words_of``, without the reasons, in a
        third of the time: the same features (summed in another order), most of them kept per
        word."""
        words = words[:WORDS]
        found: dict[str, int] = {}
        for word in words:
            found.update(_features_of_word(word))
        for name in (*_pairs(words), _length(words)):
            found[name] = _hashed(name)
        weights = self.weights
        return _logistic(self.bias + sum(weights[index] for index in found.values()))

    def score(self, text: str) -> Score:
        found = features(text)
        weights = self.weights
        contributions = [(weights[index], name) for index, name in found]
        probability = _logistic(self.bias + sum(c for c, _ in contributions))
        towards = 1 if probability >= 0.5 else -1
        ranked = sorted(contributions, key=lambda c: -towards * c[0])
        telling = tuple(_readable(n) for c, n in ranked if c * towards > 0.3 and _readable(n))[:3]
        return Score(probability, tuple(dict.fromkeys(t for t in telling if t)))

    def to_bytes(self) -> bytes:
        return MAGIC + array("d", [self.bias]).tobytes() + self.weights.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Model:
        if not data.startswith(MAGIC):
            raise ValueError("not a heed detector model")
        bias = array("d")
        bias.frombytes(data[len(MAGIC) : len(MAGIC) + 8])
        weights = array("f")
        weights.frombytes(data[len(MAGIC) + 8 :])
        return cls(bias[0], weights)


def _logistic(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def _readable(name: str) -> str:
    """A feature as a reviewer reads it: its word(s), or the word a letter group came from."""
    kind, _, value = name.partition(":")
    return value if kind in ("w", "b") else ""  # letter groups weigh, but say little


@lru_cache(maxsize=1)
def load() -> Model | None:
    """The committed model, or None when the package has none (the rules work alone)."""
    try:
        data = resources.files("heed.data").joinpath(RESOURCE).read_bytes()
    except FileNotFoundError:
        return None
    return Model.from_bytes(data)

"""Which lines of a CSV file quote as RFC 4180 does, found with array operations: the block
readers (heed.bulk.plain_rows) then read those lines a column at a time, as the csv module
reads them, where each such line once went to the csv module alone.

A line is **well quoted** when every quote on it opens a field (first on its line or right
after a delimiter), closes one (last on its line or right before a delimiter), or is one of a
pair doubled inside a quoted field, and its quotes are even in number. The csv module (strict,
`"` quoting, doubled quotes) reads such a line as one record: it is cut at the delimiters
outside quotes, and a quoted field's value is what lies between its quotes, each doubled quote
one quote (`"Lee, Ann"` is `Lee, Ann`; `"a ""b"" c"` is `a "b" c`). A quote anywhere else
(`ab"c`, `"a"b`, ` "a"`, one left open) makes the line **misquoted**: the csv module reads it,
and says what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from heed.core.lazy import module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Offsets = npt.NDArray[np.int64]
    Bools = npt.NDArray[np.bool_]
else:
    np = module("numpy")

QUOTE = ord('"')


@dataclass(frozen=True)
class Quoting:
    """The quotes of some lines: where they are, and which lines they leave misquoted."""

    quotes: Offsets  # every quote's position, ascending
    starts: Offsets  # each line's start
    first: Offsets  # by line: the index in `quotes` of its first quote (or of the next line's)
    balanced: bool  # every line holds an even number of quotes
    misquoted: Bools  # by line
    doubled: Bools  # by line: well quoted, with a quote doubled inside a quoted field

    def outside(self, at: Offsets) -> Bools:
        """Whether each position `at` lies outside quotes: after an even number of its
        line's quotes (of all quotes before it, when every line holds an even number)."""
        before = np.searchsorted(self.quotes, at)
        if not self.balanced:
            before -= self.first[np.searchsorted(self.starts, at, side="right") - 1]
        return np.asarray((before & 1) == 0)


def quoting(raw: npt.NDArray[np.uint8], starts: Offsets, ends: Offsets, delimiter: int) -> Quoting:
    """The quotes of the lines raw[starts[i]:ends[i]] (ascending, apart: between two lines
    only a line feed, a carriage return before it)."""
    count = len(starts)
    quotes = np.flatnonzero(raw == QUOTE)
    if count:  # a block's quotes are its lines' (a byte order mark before them holds none)
        quotes = quotes[np.searchsorted(quotes, starts[0]) : np.searchsorted(quotes, ends[-1])]
    first = np.searchsorted(quotes, starts)
    held = np.diff(first, append=len(quotes))  # by line: how many quotes
    misquoted = (held & 1).astype(np.bool_)
    balanced = not misquoted.any()
    if not len(quotes):
        return Quoting(quotes, starts, first, balanced, misquoted, np.zeros(count, np.bool_))
    # A quote after an even number of its line's quotes opens a field (or is a doubled one's
    # second); after an odd number it closes one (or is a doubled one's first). It may
    # follow a delimiter or a line's start where it opens a field, the other quote of a
    # doubled one; and precede a delimiter or a line's end where it closes one, or the other
    # quote of a doubled one.
    if balanced:  # a quote's place among its line's is its place among all
        opening, closing = quotes[0::2], quotes[1::2]
    else:
        odd = ((np.arange(len(quotes)) - np.repeat(first, held)) & 1).astype(np.bool_)
        opening, closing = quotes[~odd], quotes[odd]
    follows, precedes = _ALLOWED[delimiter]
    before = raw.take(np.maximum(opening - 1, 0))
    before[opening == starts[0]] = delimiter  # a line's start (the others follow a line end)
    after = raw.take(np.minimum(closing + 1, len(raw) - 1))
    after[closing == len(raw) - 1] = delimiter  # the data's end (the others precede one)
    wrong = np.concatenate((opening[~follows[before]], closing[~precedes[after]]))
    misquoted[np.searchsorted(starts, wrong, side="right") - 1] = True
    pairs = closing[after == QUOTE]  # the first quote of each doubled one
    doubled = np.diff(np.searchsorted(pairs, starts), append=len(pairs)) > 0
    doubled &= ~misquoted
    return Quoting(quotes, starts, first, balanced, misquoted, doubled)


class _Allowed(dict[int, tuple["Bools", "Bools"]]):
    """By delimiter: tables of the bytes an opening quote may follow and a closing quote
    precede (see `quoting`)."""

    def __missing__(self, delimiter: int) -> tuple[Bools, Bools]:
        follows = np.zeros(256, dtype=np.bool_)
        follows[[delimiter, ord("\n"), QUOTE]] = True
        precedes = follows.copy()
        precedes[ord("\r")] = True
        self[delimiter] = follows, precedes
        return follows, precedes


_ALLOWED = _Allowed()


def read_quotes(data: bytes | bytearray, delimiter: str) -> tuple[bool, int, list[bytes]]:
    """Of the lines of `data` (cut at line feeds, a carriage return before one dropped):
    whether a quote does more than enclose a whole field holding no delimiter or quote (a
    plain reader may then not just drop them), how many lines hold a quote, and the lines
    that are misquoted."""
    raw = np.frombuffer(data, dtype=np.uint8)
    feeds = np.flatnonzero(raw == ord("\n"))
    starts = np.concatenate(([0], feeds + 1))
    ends = np.concatenate((feeds, [len(raw)]))
    ends -= (ends > starts) & (raw[np.maximum(ends - 1, 0)] == ord("\r"))
    found = quoting(raw, starts, ends, ord(delimiter))
    quoted = int(np.count_nonzero(np.diff(found.first, append=len(found.quotes))))
    chosen = np.flatnonzero(found.misquoted)
    misquoted = [
        bytes(data[start:end])
        for start, end in zip(starts[chosen].tolist(), ends[chosen].tolist(), strict=True)
    ]
    if misquoted or found.doubled.any():
        return True, quoted, misquoted
    inside = not found.outside(np.flatnonzero(raw == ord(delimiter))).all()
    return inside, quoted, misquoted

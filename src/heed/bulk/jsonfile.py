"""Stream the elements of a JSON recipients file: a top-level array, or JSON Lines.

`json.load` would hold ten million recipients in memory at once; this decodes one element at
a time from a sliding buffer. An element is a string (the address), a number (a phone number
written without quotes) or an object whose address key is found like a CSV column. Each comes
with its text as the file wrote it, which the filter writes back unchanged.

A line of JSON Lines is parsed by orjson (~5x the standard decoder's speed on a recipient's
object); what orjson refuses, the standard decoder reads or names the error of, so a file reads
as the standard library reads it. The two differ only on integers beyond 64 bits (orjson gives a
float), which no address is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

import orjson

from heed.bulk.csvfile import CsvError

_CHUNK = 1 << 16
_WHITESPACE = " \t\r\n"
_decoder = json.JSONDecoder()


#: An element: its value and its text (a plain tuple: made once for each of millions).
Element = tuple[Any, str]


def elements(text: TextIO, name: str) -> Iterator[Element]:
    """Each element of the file. Raises CsvError (the file cannot be read) naming where (its
    index in an array, its line in JSON Lines)."""
    head = _skip(text)
    if head == "[":
        yield from _array(text, name)
    elif head:
        yield from _lines(head, text, name)


def _skip(text: TextIO) -> str:
    """Read up to the first character that is not whitespace (or a byte-order mark)."""
    while True:
        char = text.read(1)
        if not char or (char not in _WHITESPACE and char != "\ufeff"):
            return char


def _array(text: TextIO, name: str) -> Iterator[Element]:
    buffer, position, index, done = "", 0, 0, False
    expect_value = True
    while True:
        while position < len(buffer) and buffer[position] in _WHITESPACE:
            position += 1
        if position >= len(buffer) - 1 and not done:
            more = text.read(_CHUNK)
            done = not more
            buffer, position = buffer[position:] + more, 0
            continue
        if position >= len(buffer):
            raise CsvError(f"{name}: the JSON array is not closed with ]")
        char = buffer[position]
        if char == "]" and (not expect_value or index == 0):
            return
        if not expect_value:
            if char != ",":
                raise CsvError(f"{name}: expected , or ] after element {index} of the JSON array")
            position, expect_value = position + 1, True
            continue
        try:
            value, end = _decoder.raw_decode(buffer, position)
        except json.JSONDecodeError as exc:
            if done:
                raise CsvError(
                    f"{name}: element {index + 1} is not valid JSON ({exc.msg})"
                ) from None
            more = text.read(_CHUNK)
            done = not more
            buffer, position = buffer[position:] + more, 0
            continue
        if end >= len(buffer) and not done:  # a number may go on in the next chunk
            more = text.read(_CHUNK)
            done = not more
            buffer, position = buffer[position:] + more, 0
            continue
        index += 1
        yield value, buffer[position:end]
        position, expect_value = end, False


def _lines(head: str, text: TextIO, name: str) -> Iterator[Element]:
    first = head + text.readline()
    for number, line in enumerate([first], start=1):
        yield from _line(number, line, name)
    for number, line in enumerate(text, start=2):
        yield from _line(number, line, name)


def _line(number: int, line: str, name: str) -> Iterator[Element]:
    if not line.strip():
        return
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CsvError(f"{name}, line {number}: not valid JSON ({exc.msg})") from None
    yield value, line.rstrip("\r\n")

"""The keyword matcher's specification: the case table, sender configs and properties.

Most behaviour is in ``keyword_cases.tsv`` (one row per message, with a note saying what it
exercises); this module reads it, adds the per-sender config rules, the FCC keyword formats,
and hypothesis properties of the normaliser.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heed.core import keyword_tables as tables
from heed.core.keywords import (
    KeywordConfig,
    KeywordMatch,
    ListTrigger,
    match_keywords,
    normalise_text,
)

CASES_FILE = Path(__file__).with_name("keyword_cases.tsv")

#: The lists the case table's list_trigger rows refer to.
TABLE_CONFIG = KeywordConfig(
    list_triggers=(
        ListTrigger(
            "promos", frozenset({"NOPROMOS"}), frozenset({"PROMO", "PROMOTIONS", "offers"})
        ),
        ListTrigger("Account notices", frozenset(), frozenset({"NOTICES", "alerts"})),
        ListTrigger("newsletter", frozenset({"NONEWS"}), frozenset({"NEWS"})),
    )
)


@dataclass(frozen=True)
class Case:
    line: int
    text: str
    intent: str
    keyword_or_list: str
    language: str
    note: str


_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[tnr\\])")
_SIMPLE_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def _unescape(text: str) -> str:
    """Decode the escapes the table uses for invisible characters (``\\u200b``, ``\\t``)."""

    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        return _SIMPLE_ESCAPES.get(code) or chr(int(code[1:], 16))

    return _ESCAPE.sub(replace, text)


def load_cases() -> list[Case]:
    """Read the case table, skipping ``#`` comment lines and the header."""
    cases = []
    with CASES_FILE.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.startswith("#")]
    reader = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    assert header == ["text", "expected_intent", "expected_keyword_or_list", "language", "note"]
    for (line_no, _), row in zip(lines[1:], reader, strict=True):
        text, intent, keyword, language, note = row
        cases.append(Case(line_no, _unescape(text), intent, keyword, language, note))
    return cases


CASES = load_cases()


def _case_id(case: Case) -> str:
    return f"L{case.line}-{case.intent}-{case.text.strip()[:40] or 'empty'}"


def assert_case(match: KeywordMatch, case: Case) -> None:
    assert match.intent == case.intent, f"{case.note}: {match}"
    if case.intent == "none":
        assert (match.keyword, match.language, match.list_name) == (None, None, None)
        return
    if case.intent == "list_trigger":
        assert match.list_name == case.keyword_or_list, case.note
    else:
        assert match.keyword == case.keyword_or_list, case.note
        assert match.list_name is None
    assert match.language == (case.language or None), case.note


def test_case_table_is_broad() -> None:
    """Keep the table a real specification: enough rows, every intent, every language."""
    assert len(CASES) >= 160
    assert {c.intent for c in CASES} == {"opt_out", "opt_in", "help", "list_trigger", "none"}
    languages = {c.language for c in CASES if c.intent != "none"}
    assert {"en", "es", "fr", "de", "pt", "it", "nl", "zh"} <= languages
    assert sum("SMS Spam Collection" in c.note for c in CASES) >= 12


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case_table(case: Case) -> None:
    match = match_keywords(case.text, TABLE_CONFIG)
    assert_case(match, case)
    assert match.normalised == normalise_text(case.text)
    if case.intent != "list_trigger" and "list" not in case.note:
        assert match_keywords(case.text) == match, "lists must not change other messages"


# --- standard keywords in every format -------------------------------------------------------

#: The FCC words (OPT OUT written as one word) plus the carriers' STOPALL.
FCC_KEYWORDS = ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"]
FORMATS = {
    "bare": "{}",
    "lower": "{lower}",
    "bangs": "{}!!!",
    "emoji": "🛑 {} 🛑",
    "spaced": "{spaced}",
    "please": "{} please",
    "please-first": "Please {lower}",
}


@pytest.mark.parametrize("fmt", FORMATS.values(), ids=FORMATS.keys())
@pytest.mark.parametrize("keyword", FCC_KEYWORDS)
def test_fcc_keywords_match_in_every_format(keyword: str, fmt: str) -> None:
    text = fmt.format(keyword, lower=keyword.lower(), spaced=" ".join(keyword))
    match = match_keywords(text)
    assert (match.intent, match.keyword, match.language) == ("opt_out", keyword, "en")


def test_standard_keywords_are_in_the_english_pack() -> None:
    assert tables.FCC_STANDARD_OPT_OUT | set(FCC_KEYWORDS) <= set(tables.OPT_OUT["en"])


# --- per-sender configuration ---------------------------------------------------------------


def test_removed_keyword_is_no_longer_an_opt_out() -> None:
    config = KeywordConfig(removed_opt_out=frozenset({"CANCEL"}))
    assert match_keywords("CANCEL", config).intent == "none"
    assert match_keywords("cancel please", config).intent == "none"
    assert match_keywords("STOP", config).intent == "opt_out"
    assert match_keywords("CANCELAR", config).keyword == "CANCELAR"


def test_removing_a_keyword_ignores_accents_and_removes_its_aliases() -> None:
    config = KeywordConfig(removed_opt_out=frozenset({"arret", "STOPALL"}))
    assert match_keywords("ARRÊT", config).intent == "none"
    assert match_keywords("STOP ALL", config).keyword == "STOP"  # STOP + filler ALL


def test_extra_keywords_are_opt_outs() -> None:
    config = KeywordConfig(extra_opt_out=frozenset({"ARRETEZ", "no more", "END"}))
    assert match_keywords("Arrêtez!", config) == KeywordMatch(
        "opt_out", "ARRETEZ", None, None, "arrêtez"
    )
    assert match_keywords("No more please", config).keyword == "NO MORE"
    assert match_keywords("end", config).language == "en"  # already a default: unchanged
    assert match_keywords("arretez").intent == "none"  # only for that sender


def test_removed_then_added_back_is_an_opt_out() -> None:
    config = KeywordConfig(removed_opt_out=frozenset({"END"}), extra_opt_out=frozenset({"END"}))
    assert match_keywords("END", config).intent == "opt_out"


def test_languages_limit_packs_but_english_stays() -> None:
    config = KeywordConfig(languages=frozenset({"fr"}))
    assert match_keywords("arrêt", config).language == "fr"
    assert match_keywords("BAJA", config).intent == "none"
    assert match_keywords("AYUDA", config).intent == "none"
    assert match_keywords("STOP", config).language == "en"
    assert match_keywords("UNSUBSCRIBE", KeywordConfig(languages=frozenset())).intent == "opt_out"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="xx"):
        KeywordConfig(languages=frozenset({"fr", "xx"}))


def test_list_keyword_replaces_the_default_meaning() -> None:
    """docs/design.md's example: OPTOUT leaves the marketing list only; STOP still stops all."""
    config = KeywordConfig(list_triggers=(ListTrigger("Marketing", frozenset({"OPTOUT"})),))
    match = match_keywords("optout!", config)
    assert (match.intent, match.keyword, match.list_name) == ("list_trigger", "OPTOUT", "Marketing")
    assert match_keywords("STOP", config).intent == "opt_out"
    assert match_keywords("STOP marketing", config).list_name == "Marketing"


def test_extra_opt_out_beats_a_list_keyword() -> None:
    config = KeywordConfig(
        extra_opt_out=frozenset({"NOPROMOS"}),
        list_triggers=(ListTrigger("promos", frozenset({"NOPROMOS"})),),
    )
    assert match_keywords("NOPROMOS", config).intent == "opt_out"


def test_keyword_shared_by_two_lists_leaves_everything() -> None:
    """When the word cannot say which list, fail safe: a full opt-out."""
    config = KeywordConfig(
        list_triggers=(
            ListTrigger("promos", frozenset({"NOMORE"})),
            ListTrigger("news", frozenset({"NOMORE"})),
        )
    )
    assert match_keywords("NOMORE", config).intent == "opt_out"


def test_list_names_are_normalised_like_messages() -> None:
    config = KeywordConfig(list_triggers=(ListTrigger("Prómos", frozenset()),))
    for text in ("STOP PROMOS", "stop Ｐｒｏｍｏｓ", "stop prómos", "stop p r o m o s"):
        assert match_keywords(text, config).list_name == "Prómos", text


def test_list_name_that_is_also_a_keyword() -> None:
    """A list called "Info": INFO alone is still help; after STOP it names the list."""
    config = KeywordConfig(list_triggers=(ListTrigger("Info", frozenset()),))
    assert match_keywords("INFO", config).intent == "help"
    assert match_keywords("STOP info", config).list_name == "Info"


def test_list_names_mean_nothing_without_lists() -> None:
    assert match_keywords("STOP promos").intent == "none"


def test_configs_are_hashable_and_reusable() -> None:
    first = KeywordConfig(extra_opt_out=frozenset({"END"}))
    second = KeywordConfig(extra_opt_out=frozenset({"END"}))
    assert first == second and hash(first) == hash(second)
    assert match_keywords("end", first) == match_keywords("end", second)


# --- tables ---------------------------------------------------------------------------------


def test_lookalikes_list_both_cases() -> None:
    """A word must map the same before and after case folding (normalise_text is idempotent)."""
    for char in tables.LOOKALIKES:
        for other in {char.upper(), char.lower()} - {char}:
            assert other in tables.LOOKALIKES or other.isascii() or len(other) > 1, char


def test_every_table_keyword_matches_itself() -> None:
    for intent, source in (("opt_out", tables.OPT_OUT), ("opt_in", tables.OPT_IN)):
        for words in source.values():
            for word in words:
                assert match_keywords(word).intent == intent, word
    for words in tables.HELP.values():
        for word in words:
            assert match_keywords(word).intent == "help", word


def test_fillers_alone_are_not_keywords() -> None:
    for words in tables.FILLER.values():
        for word in words:
            assert match_keywords(word).intent == "none", word


# --- properties -----------------------------------------------------------------------------

ALL_KEYWORDS = sorted(
    {
        w
        for source in (tables.OPT_OUT, tables.OPT_IN, tables.HELP)
        for ws in source.values()
        for w in ws
    }
)
ALL_FILLERS = sorted(
    {w for ws in tables.FILLER.values() for w in ws} - {"ALL"}
)  # STOP ALL = STOPALL
INVISIBLES = sorted(tables.ZERO_WIDTH)


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_match_never_raises(text: str) -> None:
    match = match_keywords(text)
    assert match.normalised == normalise_text(text)


@given(st.text(alphabet="stopSTOP !.-🛑\u200bпрТО", max_size=30))
def test_match_never_raises_near_keywords(text: str) -> None:
    match_keywords(text, KeywordConfig(list_triggers=(ListTrigger("promos", frozenset()),)))


@given(st.sampled_from(ALL_KEYWORDS), st.data())
def test_case_and_zero_width_never_change_a_match(keyword: str, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.booleans(), min_size=len(keyword), max_size=len(keyword)))
    text = "".join(c.swapcase() if flip else c for c, flip in zip(keyword, flips, strict=True))
    for _ in range(data.draw(st.integers(0, 4))):
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.sampled_from(INVISIBLES)) + text[at:]
    expected = match_keywords(keyword)
    assert expected.intent != "none"
    assert match_keywords(text) == expected


@given(st.sampled_from(ALL_KEYWORDS), st.lists(st.sampled_from(ALL_FILLERS), max_size=3))
def test_filler_after_a_keyword_keeps_its_meaning(keyword: str, fillers: list[str]) -> None:
    expected = match_keywords(keyword)
    match = match_keywords(" ".join([keyword, *fillers]))
    assert (match.intent, match.keyword) == (expected.intent, expected.keyword)

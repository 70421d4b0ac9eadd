"""Fuzzing what strangers send (issue 16): the message normaliser, the keyword matcher and
the detector, the CSV reader, every webhook parser and JSON-depth guard, on arbitrary input.

Each target either answers or raises one of heed's own errors (`HeedError`: a 400/422 at the
edge), never anything else (a 500). Bounded for CI: `HEED_FUZZ_EXAMPLES` examples per
target (default 150). A longer run, e.g. before a release:

    HEED_FUZZ_EXAMPLES=20000 .venv/bin/pytest tests/fuzz -n 0 -q

Hypothesis keeps any failure it finds in .hypothesis/ and replays it first next time.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heed.api.limits import JsonTooDeep, load_json
from heed.bulk.csvfile import CsvFile
from heed.core.detection import detect
from heed.core.keywords import match_keywords, normalise_text
from heed.errors import HeedError
from heed.providers import mailgun, postmark, sendgrid, ses, twilio, vonage, whatsapp

EXAMPLES = int(os.environ.get("HEED_FUZZ_EXAMPLES", "150"))
bounded = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Text as people and attackers send it: any code point, plus the ones that break parsers.
hostile_text = st.one_of(
    st.text(max_size=300),
    st.text(
        alphabet=st.sampled_from("STOPstop ́\u200b\u202e\ufeff\x00\ud800🛑.!\n\t%_=+-@\\\"'"),
        max_size=200,
    ),
    st.lists(
        st.sampled_from(
            ["stop", "unsubscribe", "not", "don't", "please", "STOP", "🛑", "arrête", "停止"]
        ),
        max_size=40,
    ).map(" ".join),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=30,
)
fields = st.dictionaries(
    st.sampled_from(
        [
            "MessageSid",
            "SmsSid",
            "From",
            "To",
            "Body",
            "MessageStatus",
            "ErrorCode",
            "AccountSid",
            "msisdn",
            "to",
            "text",
            "messageId",
            "message-timestamp",
            "status",
            "err-code",
            "type",
            "keyword",
            "concat",
            "concat-ref",
            "concat-total",
            "concat-part",
            "api-key",
        ]
    ),
    hostile_text,
    max_size=12,
)


def refuses_cleanly(call: Callable[[], Any]) -> None:
    """Run `call`: an answer or a HeedError (a 4xx at the edge) are fine, anything else fails."""
    with contextlib.suppress(HeedError):
        call()


@bounded
@given(hostile_text)
def test_the_normaliser_and_keyword_matcher_answer_any_text(text: str) -> None:
    normalised = normalise_text(text)
    assert isinstance(normalised, str)
    assert normalise_text(normalised) == normalise_text(normalised)  # deterministic
    match_keywords(text)


@bounded
@given(hostile_text, st.sampled_from([None, "en", "es", "fr", "de", "xx"]))
def test_the_detector_answers_any_text(text: str, hint: str | None) -> None:
    found = detect(text, hint)
    assert 0.0 <= found.confidence <= 1.0


@bounded
@given(
    st.binary(max_size=2000) | st.text(max_size=500).map(str.encode),
    st.sampled_from(["utf-8", "cp1252", "latin-1"]),
)
def test_the_csv_reader_reads_or_refuses_any_bytes(data: bytes, encoding: str) -> None:
    def read() -> None:
        table = CsvFile(io.BytesIO(data), "fuzz.csv", encoding)
        for _row in table.rows():
            pass

    refuses_cleanly(read)


@bounded
@given(fields)
def test_twilio_and_vonage_parsers_read_or_refuse_any_fields(form: dict[str, str]) -> None:
    for parse in (
        twilio.parse_inbound,
        twilio.parse_status,
        vonage.parse_inbound,
        vonage.parse_receipt,
    ):
        refuses_cleanly(lambda parse=parse: parse(form))


change = st.fixed_dictionaries({"field": st.sampled_from(["messages", "x"]), "value": json_values})
whatsapp_like = st.fixed_dictionaries(
    {
        "object": st.just("whatsapp_business_account"),
        "entry": st.lists(
            st.fixed_dictionaries(
                {
                    "changes": st.lists(
                        st.fixed_dictionaries(
                            {"field": st.sampled_from(["messages", "x"]), "value": json_values}
                        ),
                        max_size=3,
                    )
                }
            ),
            max_size=3,
        ),
    }
) | st.dictionaries(st.text(max_size=10), json_values, max_size=5)


@bounded
@given(whatsapp_like)
def test_the_whatsapp_parser_reads_or_refuses_any_payload(payload: dict[str, Any]) -> None:
    refuses_cleanly(lambda: whatsapp.parse(payload))


@bounded
@given(json_values, st.binary(max_size=500))
def test_email_parsers_read_or_refuse_any_document(document: Any, raw: bytes) -> None:
    body = json.dumps(document).encode()
    for parse in (postmark.parse_record, sendgrid.parse_events):
        refuses_cleanly(lambda parse=parse: parse(body))
        refuses_cleanly(lambda parse=parse: parse(raw))
    if isinstance(document, dict):
        refuses_cleanly(lambda: mailgun.parse_event(document))
        refuses_cleanly(lambda: ses.parse_notification({k: str(v) for k, v in document.items()}))


@bounded
@given(st.integers(min_value=0, max_value=3000), st.sampled_from(["[", '{"a":']))
def test_json_of_any_depth_is_parsed_or_refused_never_a_recursion_error(
    depth: int, opener: str
) -> None:
    closer = "]" if opener == "[" else "}"
    text = opener * depth + "1" + closer * depth
    try:
        load_json(text, 32)
    except JsonTooDeep:
        assert depth > 32
    else:
        assert depth <= 32


@pytest.mark.parametrize("depth", [33, 999, 1000, 5000, 100_000])
def test_json_past_the_parsers_own_limit_is_refused(depth: int) -> None:
    with pytest.raises(JsonTooDeep):
        load_json("[" * depth + "]" * depth, 32)

"""The audience filter gives, for every recipient, exactly the answer `Engine.check` gives."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections import Counter

import pytest

from heed import BadInput, Engine, NotFound
from heed.core.addresses import normalise_address
from heed.core.vocabulary import Channel, Source
from heed.errors import InvalidAddress
from helpers.actors import ADMIN, SUPPORT

SENDER_X, SENDER_Y = "+15005550006", "+15005550007"

#: Recipients as campaign files carry them: canonical, national, spaced, repeated, broken.
RECIPIENTS = [
    "+14155550100",  # keyword opt-out, account scope
    "(415) 555-0101",  # opted out from sender X only
    "+1 415 555 0102",  # left the promos list
    "4155550103",  # carrier opt-out on sender Y, plus registry
    "+14155550104",  # blocked (and so opted out)
    "+14155550105",  # blacklisted
    "+14155550106",  # registry only: marketing only
    "+14155550107",  # erased after opting out: only a tombstone is left
    "+14155550108",  # consented to marketing
    "+14155550109",  # nothing at all
    "whatsapp:+14155550100",
    "+14155550100",  # a repeat
    "555",
    "",
    "not a number",
    " +14155550110 ",
    "+4402071234567",  # +44 with a national 0: a slow-path number
]


@pytest.fixture
def busy(engine: Engine, acme: str) -> str:
    """An account with a suppression of every kind and scope, an erasure and a consent."""
    engine.update_settings(acme, ADMIN, default_country="US")
    engine.opt_out(acme, "sms", "+14155550100", actor=ADMIN, reason="STOP", source=Source.KEYWORD)
    engine.opt_out(acme, "sms", "+14155550101", actor=ADMIN, reason="STOP", sender=SENDER_X)
    engine.opt_out(acme, "sms", "+14155550102", actor=ADMIN, reason="x", list_name="promos")
    engine.opt_out(
        acme, "sms", "+14155550103", actor=ADMIN, reason="21610", sender=SENDER_Y, source="carrier"
    )
    engine.opt_out(acme, "sms", "+14155550103", actor=ADMIN, reason="dnc", source="registry")
    engine.block(acme, "sms", "+14155550104", actor=ADMIN, reason="abuse")
    engine.blacklist(acme, "sms", "+14155550105", actor=SUPPORT, reason="fraud")
    engine.opt_out(acme, "sms", "+14155550106", actor=ADMIN, reason="dnc", source="registry")
    erased = engine.add_contact(acme, actor=ADMIN, phone="+14155550107")
    engine.opt_out(acme, "sms", "+14155550107", actor=ADMIN, reason="STOP")
    engine.erase_contact(acme, erased, actor=ADMIN, reason="GDPR")
    engine.record_consent(acme, "sms", "+14155550108", purpose="marketing", actor=ADMIN)
    engine.opt_out(acme, "whatsapp", "+14155550109", actor=ADMIN, reason="other channel")
    engine.opt_out(acme, "sms", "+442071234567", actor=ADMIN, reason="uk")
    return acme


ASKED = list(
    itertools.product(
        [None, SENDER_X, SENDER_Y],
        [None, "promos"],
        ["marketing", "transactional", "conversational"],
    )
)


@pytest.mark.parametrize("require_consent", [False, True], ids=["no-consent-needed", "consent"])
def test_every_recipient_gets_the_checks_answer(
    engine: Engine, busy: str, require_consent: bool
) -> None:
    if require_consent:
        engine.update_settings(busy, ADMIN, require_consent_for=["marketing"])
    wrong = []
    for sender, list_name, purpose in ASKED:
        audience = engine.audience(busy, "sms", sender=sender, list_name=list_name, purpose=purpose)
        for raw in RECIPIENTS:
            expected = engine.check(
                busy, "sms", raw, sender=sender, list_name=list_name, purpose=purpose
            )
            got = audience.decide(raw).result
            if got != expected:
                wrong.append(f"{raw!r} {sender} {list_name} {purpose}: {got} != {expected}")
    assert wrong == []


def test_the_file_filter_counts_the_strongest_reason_once_per_recipient(
    engine: Engine, busy: str
) -> None:
    rows = [(raw, f"name {n}") for n, raw in enumerate(RECIPIENTS)]
    text = "phone,name\n" + "".join(f'"{raw}",{name}\n' for raw, name in rows)
    allowed, excluded = io.BytesIO(), io.BytesIO()

    counts = engine.filter_audience(
        busy,
        io.BytesIO(text.encode()),
        allowed,
        channel="sms",
        sender=SENDER_X,
        excluded_out=excluded,
    )

    expected: Counter[str] = Counter()
    written, seen, repeats = [], set(), 0
    for raw, name in rows:
        result = engine.check(busy, "sms", raw, sender=SENDER_X)
        try:
            canonical: str | None = normalise_address(Channel.SMS, raw, "US")
        except InvalidAddress:
            canonical = None
        if canonical in seen:
            repeats += 1
            continue
        if canonical:
            seen.add(canonical)
        if result.allowed:
            written.append([raw, name])
        else:
            expected[result.codes[0]] += 1
    assert (counts.total, counts.allowed, counts.duplicates) == (len(rows), len(written), repeats)
    assert counts.excluded == dict(expected) and repeats == 2  # 0100 twice more
    assert list(csv.reader(io.StringIO(allowed.getvalue().decode()))) == [
        ["phone", "name"],
        *written,
    ]
    reasons = list(csv.reader(io.StringIO(excluded.getvalue().decode())))
    assert reasons[0] == ["phone", "name", "heed_reasons"]
    assert ["+14155550104", "name 4", "blocked opted_out"] in reasons
    assert len(reasons) == 1 + sum(counts.excluded.values())


def test_json_in_json_out(engine: Engine, busy: str) -> None:
    recipients = [
        {"phone": "+14155550100", "id": 1},
        "+14155550109",
        4155550108,
        {"name": "no phone"},
    ]
    out = io.BytesIO()

    counts = engine.filter_audience(
        busy, io.BytesIO(json.dumps(recipients).encode()), out, channel="sms"
    )

    assert json.loads(out.getvalue()) == ["+14155550109", 4155550108]
    assert counts.excluded == {"opted_out": 1, "invalid_address": 1}
    lines = io.BytesIO(b'{"phone": "+14155550109"}\n{"phone": "+14155550100"}\n')
    out = io.BytesIO()
    engine.filter_audience(busy, lines, out, channel="sms")
    assert out.getvalue() == b'{"phone": "+14155550109"}\n'


def test_bad_requests_are_refused_like_the_check_refuses_them(engine: Engine, busy: str) -> None:
    source = io.BytesIO(b"phone\n+14155550100\n")
    with pytest.raises(NotFound, match="no list named 'news'"):
        engine.filter_audience(busy, source, None, channel="sms", list_name="news")
    with pytest.raises(BadInput, match="unknown purpose"):
        engine.filter_audience(busy, source, None, channel="sms", purpose="spam")
    with pytest.raises(BadInput, match="not a valid phone number"):
        engine.filter_audience(busy, source, None, channel="sms", sender="12")
    with pytest.raises(BadInput, match="no address column"):
        engine.filter_audience(busy, io.BytesIO(b"who\nx\n"), None, channel="sms")

"""Exports of suppressions with their evidence, and the round trip into another account."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from heed import BadInput, Engine
from heed.bulk.export import ExportTally
from heed.core.vocabulary import Source
from helpers.actors import ADMIN


@pytest.fixture
def stocked(engine: Engine, acme: str) -> str:
    engine.opt_out(
        acme,
        "sms",
        "+14155550100",
        actor=ADMIN,
        reason="STOP",
        source=Source.KEYWORD,
        evidence={"message": "STOP", "provider": "twilio"},
    )
    engine.opt_out(acme, "sms", "+14155550101", actor=ADMIN, reason="asked", sender="+15005550006")
    engine.opt_out(acme, "sms", "+14155550102", actor=ADMIN, reason="no promos", list_name="promos")
    engine.opt_out(acme, "email", "ann@example.com", actor=ADMIN, reason="bounce", source="bounce")
    lifted = engine.opt_out(acme, "sms", "+14155550103", actor=ADMIN, reason="oops").changed[0]
    engine.lift_suppression(acme, lifted.id, actor=ADMIN, reason="entered by mistake")
    erased = engine.add_contact(acme, actor=ADMIN, phone="+14155550104")
    engine.opt_out(acme, "sms", "+14155550104", actor=ADMIN, reason="STOP")
    engine.erase_contact(acme, erased, actor=ADMIN, reason="GDPR")
    return acme


def test_csv_export_has_every_active_suppression_with_its_evidence(
    engine: Engine, stocked: str
) -> None:
    tally = ExportTally()
    text = "".join(engine.export_suppressions(stocked, format="csv", tally=tally))

    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["address"] for r in rows] == [
        "+14155550100",
        "+14155550101",
        "+14155550102",
        "ann@example.com",
    ]
    assert (tally.exported, tally.skipped_erased) == (4, 1)
    keyword = rows[0]
    assert (keyword["channel"], keyword["scope"], keyword["source"], keyword["reason"]) == (
        "sms",
        "account",
        "keyword",
        "STOP",
    )
    assert json.loads(keyword["evidence"]) == {"message": "STOP", "provider": "twilio"}
    assert keyword["event_id"] == str(
        engine.check(stocked, "sms", "+14155550100").reasons[0].event_id
    )
    assert rows[1]["scope"] == "sender:+15005550006" and rows[2]["scope"] == "list:promos"


def test_json_export_and_its_filters(engine: Engine, stocked: str) -> None:
    every = json.loads("".join(engine.export_suppressions(stocked, format="json")))
    assert len(every) == 4 and every[0]["evidence"]["provider"] == "twilio"
    only = json.loads(
        "".join(
            engine.export_suppressions(stocked, format="json", channel="email", source="bounce")
        )
    )
    assert [s["address"] for s in only] == ["ann@example.com"]
    assert (
        json.loads("".join(engine.export_suppressions(stocked, format="json", source="block")))
        == []
    )
    with pytest.raises(BadInput, match="unknown export format"):
        list(engine.export_suppressions(stocked, format="xml"))
    with pytest.raises(BadInput, match="unknown source 'stop'"):
        list(engine.export_suppressions(stocked, source="stop"))


def test_an_export_reimported_elsewhere_suppresses_the_same_addresses_in_the_same_scopes(
    engine: Engine, stocked: str, tmp_path: Path
) -> None:
    path = tmp_path / "acme-optouts.csv"
    path.write_text("".join(engine.export_suppressions(stocked)))
    engine.create_account("beta")
    engine.create_list("beta", "promos", actor=ADMIN)
    for sender in ("+15005550006", "+15005550007"):  # a sender scope must name one of beta's
        engine.add_sender("beta", "sms", sender, actor=ADMIN)

    info = engine.import_optouts("beta", path, actor=ADMIN, channel=None)

    assert (info.created, info.error_count) == (4, 0)
    for channel, address, kw, code in [
        ("sms", "+14155550100", {}, "opted_out"),
        ("sms", "+14155550101", {"sender": "+15005550006"}, "opted_out"),
        ("sms", "+14155550102", {"list_name": "promos"}, "list_unsubscribed"),
        ("email", "ann@example.com", {}, "opted_out"),
    ]:
        assert engine.check("beta", channel, address, **kw).codes == [code], address
    assert engine.check("beta", "sms", "+14155550101", sender="+15005550007").allowed
    back = {
        (s["channel"], s["address"], s["scope"])
        for s in json.loads("".join(engine.export_suppressions("beta", format="json")))
    }
    original = {
        (s["channel"], s["address"], s["scope"])
        for s in json.loads("".join(engine.export_suppressions(stocked, format="json")))
    }
    assert back == original
    event = engine.list_events("beta", address="+14155550100").items[0]
    assert event.source == "import" and event.rows[0]["evidence"]["row"]["source"] == "keyword"
    assert engine.import_optouts("beta", path, actor=ADMIN, channel=None).created == 0

"""GDPR erasure: personal data goes, the suppression and a verifiable log stay."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    select,
    text,
)

from heed import BadInput, Engine, PermissionDenied
from heed.core.delivery import Outcome
from heed.core.vocabulary import Channel
from heed.engine.results import StoredResponse
from heed.providers.base import DeliveryReport, InboundMessage
from heed.store.erasure import IMPERSONAL, PERSONAL
from heed.store.tables import Base
from heed.store.types import EncryptedText, UTCDateTime
from helpers.actors import ADMIN, AGENT

PHONE, EMAIL = "+14155550100", "ann@example.com"


@pytest.fixture
def erased(engine: Engine, acme: str) -> str:
    contact_id = engine.add_contact(acme, actor=ADMIN, phone=PHONE, email=EMAIL, name="Ann Lee")
    engine.receive(
        acme,
        InboundMessage(
            Channel.SMS, PHONE, "+15005550006", "STOP, this is Ann Lee", "generic", "m1", None, {}
        ),
    )
    engine.receive(
        acme, InboundMessage(Channel.SMS, PHONE, "+15005550006", "STOP", "generic", "m2", None, {})
    )
    engine.opt_out(acme, "email", EMAIL, actor=ADMIN, reason="asked by Ann Lee on the phone")
    engine.erase_contact(acme, contact_id, actor=ADMIN, reason="GDPR request 2026-17")
    return contact_id


def test_erased_contact_is_still_suppressed_now_and_in_the_past(
    engine: Engine, acme: str, erased: str
) -> None:
    assert engine.check(acme, "sms", PHONE).codes == ["opted_out"]
    assert engine.check(acme, "email", EMAIL).codes == ["opted_out"]
    assert engine.check(acme, "sms", PHONE, at=datetime.now(UTC)).codes == ["opted_out"]
    assert engine.check(acme, "sms", "+14155550111").allowed


def test_no_personal_data_is_left(engine: Engine, acme: str, erased: str) -> None:
    contact = engine.get_contact(acme, erased)
    assert (contact.phone, contact.email, contact.name) == (None, None, None)
    assert contact.erased_at is not None
    with engine.db.read() as session:
        for table in ("suppressions", "events", "inbound_messages", "contacts", "consents"):
            dump = " ".join(str(row) for row in session.execute(text(f"SELECT * FROM {table}")))
            for personal in (PHONE, EMAIL, "Ann Lee", "this is Ann"):
                assert personal not in dump, (table, personal)


@pytest.mark.parametrize("jobs", [1, 3])
def test_the_log_still_verifies_and_still_catches_tampering(
    engine: Engine, acme: str, erased: str, jobs: int
) -> None:
    """In one process, and in three whose ranges hold the erased events apart from the
    erasure event that lists them (heed.store.ranges)."""
    report = engine.verify_audit(acme, jobs=jobs)
    assert report.ok, report.problem
    erasure = engine.list_events(acme, kind="contact.erased").items[0]
    assert erasure.after and erasure.after["erased_events"]

    with engine.db.write() as session:  # pretend a non-erased event was erased, to hide an edit
        session.execute(
            text("UPDATE events SET erased = true, evidence = '{}' WHERE kind = 'account.created'")
        )
    report = engine.verify_audit(acme, jobs=jobs)
    assert not report.ok and report.first_bad_seq == 1


def test_erasure_needs_an_admin_and_a_reason(engine: Engine, acme: str) -> None:
    contact_id = engine.add_contact(acme, actor=ADMIN, phone=PHONE)
    with pytest.raises(PermissionDenied):
        engine.erase_contact(acme, contact_id, actor=AGENT, reason="asked")
    with pytest.raises(BadInput, match="reason"):
        engine.erase_contact(acme, contact_id, actor=ADMIN, reason=" ")
    first = engine.erase_contact(acme, contact_id, actor=ADMIN, reason="GDPR")
    again = engine.erase_contact(acme, contact_id, actor=ADMIN, reason="GDPR")
    assert first.contact_id == again.contact_id and again.events == ()


def test_the_next_holder_of_an_erased_number_is_erased_in_turn(engine: Engine, acme: str) -> None:
    """The same opt-out made again for an erased person's number (by whoever holds it next)
    is a twin of the row the first erasure left on the tombstone: the second erasure lifts
    it, with its event, instead of failing on the one-active-row index; the number stays
    suppressed and the log verifies."""
    first = engine.add_contact(acme, actor=ADMIN, phone=PHONE)
    engine.opt_out(acme, "sms", PHONE, actor=ADMIN, reason="asked", source="carrier")
    engine.erase_contact(acme, first, actor=ADMIN, reason="GDPR")
    engine.opt_out(acme, "sms", PHONE, actor=ADMIN, reason="asked", source="carrier")
    engine.opt_out(acme, "sms", PHONE, actor=ADMIN, reason="asked", source="manual")
    second = engine.add_contact(acme, actor=ADMIN, phone=PHONE)

    engine.erase_contact(acme, second, actor=ADMIN, reason="GDPR")

    assert engine.check(acme, "sms", PHONE).codes == ["carrier_blocked", "opted_out"]
    [lift] = engine.list_events(acme, kind="suppression.lifted").items
    erasure = max(engine.list_events(acme, kind="contact.erased").items, key=lambda e: e.id)
    assert erasure.after and lift.id in erasure.after["erased_events"]  # blanked with the rest
    assert lift.address != PHONE
    with engine.db.read() as session:
        active = session.execute(
            text("SELECT source FROM suppressions WHERE lifted_at IS NULL ORDER BY source")
        ).scalars()
        assert list(active) == ["carrier", "manual"]  # one row each, both on the tombstone
    report = engine.verify_audit(acme)
    assert report.ok, report.problem


# -- every table, every column (#13 item 6) ---------------------------------------------------

NAME, EXTERNAL = "Zelda Quint", "crm-zq-4471"
ZELDA = "+14155550177"
#: What must not survive the erasure anywhere, in any form heed might have kept it.
TRACES = (ZELDA, "4155550177", "zelda@example.com", NAME, EXTERNAL, "quint family")


#: The only column types that cannot hold a person's data. Any other type — text, JSON, bytes,
#: an encrypted or custom type someone adds later — needs a rule: the test fails closed.
CANNOT_HOLD_DATA = (Integer, Boolean, DateTime, UTCDateTime)


def _rules() -> set[str]:
    impersonal = {name for names in IMPERSONAL for name in names.split()}
    return impersonal | {f"{t}.{c}" for t, cols in PERSONAL.items() for c in cols}


def _undecided(tables: list[Table]) -> list[str]:
    rules = _rules()
    return [
        f"{table.name}.{column.name}"
        for table in tables
        for column in table.columns
        if not isinstance(column.type, CANNOT_HOLD_DATA)
        and not {f"{table.name}.{column.name}", f"*.{column.name}"} & rules
    ]


def test_every_text_column_has_an_erasure_rule() -> None:
    """A new column that can hold text fails here until its erasure rule is decided."""
    rules = _rules()
    undecided = _undecided(Base.metadata.sorted_tables)
    assert undecided == [], "add each to heed.store.erasure.PERSONAL or IMPERSONAL"
    columns = {f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.columns}
    stale = sorted(rule for rule in rules if not rule.startswith("*.") and rule not in columns)
    assert stale == []


def test_a_new_column_without_a_rule_is_found() -> None:
    """The enumeration above can fail: a table like heed's gets columns of every kind a
    person's data could be put in, and each is named until it has a rule."""
    grown = Table(
        "contacts", MetaData(), Column("id", String(26)), Column("phone", String(32))
    )  # ruled: impersonal and personal
    grown.append_column(Column("nickname", String(80)))
    grown.append_column(Column("notes", Text))
    grown.append_column(Column("extra", JSON))
    grown.append_column(Column("photo", LargeBinary))
    grown.append_column(Column("phone_sealed", EncryptedText("contacts.phone_sealed")))
    grown.append_column(Column("visits", Integer))
    grown.append_column(Column("seen_at", UTCDateTime))
    assert _undecided([grown]) == [
        "contacts.nickname",
        "contacts.notes",
        "contacts.extra",
        "contacts.photo",
        "contacts.phone_sealed",
    ]


VONAGE = "+15005550008"


def _message(body: str, n: int, provider: str = "generic") -> InboundMessage:
    to = VONAGE if provider == "vonage" else "+15005550006"
    return InboundMessage(Channel.SMS, ZELDA, to, body, provider, f"z{n}", None, {"Body": body})


def test_erasure_leaves_no_trace_in_any_table(engine: Engine, acme: str, tmp_path: Path) -> None:
    """Every place heed keeps a person's address or words: contact, messages both ways, the
    review queue, delivery reports, import reports, stored API answers, consents, events."""
    engine.update_settings(acme, ADMIN, detect_high=1.0, detect_low=0.0)
    engine.add_sender(
        acme,
        "sms",
        VONAGE,
        actor=ADMIN,
        provider="vonage",
        secret="s",
        provider_options={"api_key": "k", "api_secret": "s"},
    )
    contact_id = engine.add_contact(
        acme, actor=ADMIN, phone=ZELDA, email="Zelda@example.com", name=NAME, external_id=EXTERNAL
    )
    engine.claim_idempotency_key(acme, "create-zelda", "f" * 64)
    engine.store_response(acme, "create-zelda", 201, {"id": contact_id, "phone": ZELDA})
    engine.add_consent(acme, "email", "zelda@example.com", purpose="marketing", actor=ADMIN)
    engine.receive(acme, _message("HELP", 1, "vonage"))  # its reply is queued to her number
    engine.send_reply(acme, "sms", ZELDA, f"Hello {NAME}", actor=ADMIN)
    engine.receive(acme, _message("please no more texts to the quint family", 2))
    assert engine.list_review(acme).items, "the free-form reply waits for review"
    engine.receive(acme, _message("STOP", 3))
    engine.record_delivery(
        acme,
        DeliveryReport(
            Channel.SMS,
            "vonage",
            "v1",
            "failed",
            "6",
            Outcome.TEMPORARY,
            ZELDA,
            "+15005550006",
            None,
            {"to": ZELDA},
        ),
    )
    csv = tmp_path / "contacts.csv"
    csv.write_text(f"phone,name\n{ZELDA},{NAME}\n(415) 555-01777,{NAME}\n")
    report = engine.import_contacts(acme, csv, actor=ADMIN, channel="sms")
    assert report.flagged_rows and report.row_errors

    engine.erase_contact(acme, contact_id, actor=ADMIN, reason="GDPR request")

    with engine.db.read() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                dump = " ".join(str(value) for value in row).casefold()
                digits = "".join(c for c in dump if c.isdigit())
                for trace in TRACES:
                    assert trace.casefold() not in dump, (table.name, trace, row)
                assert "4155550177" not in digits, (table.name, row)
    assert engine.check(acme, "sms", ZELDA).codes == ["opted_out"]
    assert engine.verify_audit(acme).ok
    imported = engine.get_import(acme, report.id)
    assert imported.flagged_rows[0]["address"].startswith("erased:")
    assert engine.stored_response(acme, "create-zelda") == StoredResponse(
        "erased", 201, {"erased": True}
    )

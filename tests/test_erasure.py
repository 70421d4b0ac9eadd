"""GDPR erasure: personal data goes, the suppression and a verifiable log stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from conftest import ADMIN, AGENT
from heed import BadInput, Engine, PermissionDenied
from heed.core.vocabulary import Channel
from heed.providers.base import InboundMessage

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


def test_the_log_still_verifies_and_still_catches_tampering(
    engine: Engine, acme: str, erased: str
) -> None:
    report = engine.verify_audit(acme)
    assert report.ok, report.problem
    erasure = engine.list_events(acme, kind="contact.erased").items[0]
    assert erasure.after and erasure.after["erased_events"]

    with engine.db.write() as session:  # pretend a non-erased event was erased, to hide an edit
        session.execute(
            text("UPDATE events SET erased = true, evidence = '{}' WHERE kind = 'account.created'")
        )
    report = engine.verify_audit(acme)
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

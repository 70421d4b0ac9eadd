"""The behaviour the foundation promises, through the library API, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from heed import (
    Actor,
    ActorKind,
    AlreadyExists,
    BadInput,
    Engine,
    InvalidAddress,
    NotFound,
    PermissionDenied,
    ResubscribeRefused,
    SchemaOutOfDate,
    UnknownAccount,
)
from heed.core.permissions import Action, may
from heed.core.vocabulary import Role
from heed.store.tables import Suppression
from helpers.actors import ADMIN, AGENT, SUPPORT

PERSON = "+14155550100"
SENDER_X, SENDER_Y = "+15005550006", "+15005550007"
PROVIDER = Actor(ActorKind.PROVIDER, "twilio")


def codes(engine: Engine, channel: str = "sms", address: str = PERSON, **kw: str) -> list[str]:
    return engine.check("acme", channel, address, **kw).codes


# -- scopes -----------------------------------------------------------------------------------


def test_sender_scoped_opt_out_blocks_that_sender_only(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP", sender=SENDER_X)

    assert codes(engine, sender=SENDER_X) == ["opted_out"]
    assert codes(engine, sender=SENDER_Y) == []
    # Without a sender heed cannot know which number will send: it says no.
    assert codes(engine) == ["opted_out"]


def test_account_scoped_opt_out_blocks_every_sender(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="asked by phone")

    assert codes(engine, sender=SENDER_X) == ["opted_out"]
    # An unregistered sender is unknown_sender first (fail-safe), and still opted out.
    assert codes(engine, sender="+15005550099") == ["unknown_sender", "opted_out"]


def test_list_unsubscribe_blocks_that_list_only(engine: Engine, acme: str) -> None:
    engine.create_list(acme, "news", actor=ADMIN)
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP promos", list_name="promos")

    assert codes(engine, list_name="promos") == ["list_unsubscribed"]
    assert codes(engine, list_name="news") == []
    assert codes(engine, purpose="conversational") == []
    assert codes(engine, purpose="transactional") == []


def test_channels_are_independent_by_default(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")

    assert codes(engine, "sms") == ["opted_out"]
    assert codes(engine, "whatsapp") == []


def test_opt_out_channels_all_covers_every_channel_of_the_person(engine: Engine, acme: str) -> None:
    engine.update_settings(acme, ADMIN, opt_out_channels="all")
    engine.add_contact(acme, actor=ADMIN, phone=PERSON, email="Ann@Example.com")

    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")

    for channel, address in [
        ("sms", PERSON),
        ("whatsapp", PERSON),
        ("voice", PERSON),
        ("email", "ann@example.com"),
    ]:
        assert codes(engine, channel, address) == ["opted_out"], channel


def test_repeated_opt_out_changes_nothing(engine: Engine, acme: str) -> None:
    first = engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")
    second = engine.opt_out(acme, "sms", "+1 (415) 555-0100", actor=ADMIN, reason="STOP again")

    assert len(first.changed) == 1 and not first.unchanged
    assert not second.changed and second.unchanged[0].id == first.changed[0].id


# -- reasons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "code"),
    [
        ("carrier", "carrier_blocked"),
        ("bounce", "bounced"),
        ("complaint", "complained"),
        ("web_form", "opted_out"),
        ("import", "opted_out"),
        ("keyword", "opted_out"),
    ],
)
def test_each_source_reports_its_reason(engine: Engine, acme: str, source: str, code: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=PROVIDER, reason=source, source=source)

    result = engine.check(acme, "sms", PERSON)
    assert not result.allowed
    assert [(r.code.value, r.source.value if r.source else None) for r in result.reasons] == [
        (code, source)
    ]
    assert result.reasons[0].event_id is not None and result.reasons[0].since is not None


def test_registry_blocks_marketing_only(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "voice", PERSON, actor=PROVIDER, reason="national DNC", source="registry")

    assert codes(engine, "voice", purpose="marketing") == ["registry"]
    assert codes(engine, "voice", purpose="transactional") == []


def test_consent_required_for_a_purpose(engine: Engine, acme: str) -> None:
    engine.update_settings(acme, ADMIN, require_consent_for=["marketing"])

    assert codes(engine) == ["no_consent"]
    assert codes(engine, purpose="transactional") == []
    engine.record_consent(
        acme, "sms", PERSON, purpose="marketing", actor=ADMIN, evidence={"form": "signup"}
    )
    assert codes(engine) == []


def test_unparseable_address_is_not_allowed(engine: Engine, acme: str) -> None:
    result = engine.check(acme, "sms", "not a number")

    assert not result.allowed
    assert result.codes == ["invalid_address"]
    assert "E.164" in (result.reasons[0].detail or "")


def test_default_country_accepts_national_numbers(engine: Engine, acme: str) -> None:
    engine.update_settings(acme, ADMIN, default_country="us")
    engine.opt_out(acme, "sms", "(415) 555-0100", actor=ADMIN, reason="STOP")

    assert codes(engine, address=PERSON) == ["opted_out"]


def test_emails_are_normalised(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "email", " Ann@EXAMPLE.com ", actor=ADMIN, reason="unsubscribe link")

    assert codes(engine, "email", "ann@example.com") == ["opted_out"]


# -- resubscribe, block, blacklist ------------------------------------------------------------


def test_resubscribe_lifts_with_an_event_and_keeps_the_row(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")
    change = engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="customer called back")

    assert change.check.allowed
    assert change.changed[0].lift_reason == "customer called back"
    with engine.db.read() as session:
        rows = session.scalars(select(Suppression)).all()
    assert len(rows) == 1 and rows[0].lifted_at is not None and rows[0].lifted_event is not None


@pytest.mark.parametrize("reason", ["", "   "])
def test_resubscribe_needs_a_reason(engine: Engine, acme: str, reason: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")
    with pytest.raises(BadInput, match="reason is required"):
        engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason=reason)


def test_resubscribe_is_an_admin_action(engine: Engine, acme: str) -> None:
    engine.update_settings(acme, ADMIN, agents_may_unsubscribe=True)
    engine.opt_out(
        acme, "sms", PERSON, actor=AGENT, reason="asked in chat"
    )  # allowed by the setting

    with pytest.raises(PermissionDenied):
        engine.resubscribe(acme, "sms", PERSON, actor=AGENT, reason="asked")
    assert codes(engine) == ["opted_out"]


def test_agents_may_not_unsubscribe_by_default(engine: Engine, acme: str) -> None:
    with pytest.raises(PermissionDenied):
        engine.opt_out(acme, "sms", PERSON, actor=AGENT, reason="asked")


def test_resubscribe_refused_while_blocked_and_unblock_keeps_opt_out(
    engine: Engine, acme: str
) -> None:
    engine.block(acme, "sms", PERSON, actor=ADMIN, reason="abusive messages")
    assert "blocked" in codes(engine) and "blocked" in codes(engine, "whatsapp")

    with pytest.raises(ResubscribeRefused, match="unblock"):
        engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="asked")

    engine.unblock(acme, "sms", PERSON, actor=ADMIN, reason="apologised")
    assert codes(engine) == ["opted_out"]  # blocking implied an opt-out, which outlives the block
    engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="asked to be back")
    assert codes(engine) == []


def test_only_support_lifts_a_blacklist(engine: Engine, acme: str) -> None:
    engine.blacklist(acme, "sms", PERSON, actor=ADMIN, reason="fraud")

    with pytest.raises(ResubscribeRefused, match="support"):
        engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="asked")
    with pytest.raises(PermissionDenied):
        engine.lift_blacklist(acme, "sms", PERSON, actor=ADMIN, reason="mistake")

    engine.lift_blacklist(acme, "sms", PERSON, actor=SUPPORT, reason="verified mistake")
    assert codes(engine) == ["opted_out"]


def test_carrier_opt_out_is_not_lifted_by_an_admin(engine: Engine, acme: str) -> None:
    engine.opt_out(
        acme, "sms", PERSON, actor=PROVIDER, reason="21610", source="carrier", sender=SENDER_X
    )

    with pytest.raises(ResubscribeRefused, match="carrier"):
        engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="asked", sender=SENDER_X)
    assert codes(engine, sender=SENDER_Y) == []


def test_list_resubscribe_needs_the_list(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP promos", list_name="promos")

    engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="asked")  # no list named: unchanged
    assert codes(engine, list_name="promos") == ["list_unsubscribed"]
    engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="asked", list_name="promos")
    assert codes(engine, list_name="promos") == []


# -- time -------------------------------------------------------------------------------------


def test_status_at_a_past_time_comes_from_events(engine: Engine, acme: str) -> None:
    t0 = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP", at=t0)
    t1 = datetime.now(UTC)
    engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="START")

    def then(at: datetime) -> list[str]:  # what heed knew at `at`
        return engine.check(acme, "sms", PERSON, at=at).codes

    def now_known(at: datetime) -> list[str]:  # what is now known to have been true at `at`
        return engine.check(acme, "sms", PERSON, at=at, as_now_known=True).codes

    assert now_known(t0 - timedelta(seconds=1)) == []
    assert now_known(t0) == ["opted_out"]
    assert now_known(t1) == then(t1) == ["opted_out"]
    assert engine.check(acme, "sms", PERSON).allowed
    # The opt-out was recorded (at t1) with an earlier time (t0): at t0 heed knew nothing yet.
    assert then(t0) == []


def test_past_answers_ignore_later_row_edits(engine: Engine, acme: str) -> None:
    t0 = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP", at=t0)
    with engine.db.write() as session:
        session.execute(text("DELETE FROM suppressions"))

    later = t0 + timedelta(days=1)
    assert engine.check(acme, "sms", PERSON, at=later, as_now_known=True).codes == ["opted_out"]
    assert engine.check(acme, "sms", PERSON, at=datetime.now(UTC)).codes == ["opted_out"]


# -- tenants, audit, errors -------------------------------------------------------------------


def test_accounts_never_see_each_other(engine: Engine, acme: str) -> None:
    engine.create_account("globex")
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")

    assert engine.check("globex", "sms", PERSON).allowed
    with pytest.raises(NotFound):
        engine.check("globex", "sms", PERSON, list_name="promos")


def test_audit_verifies_then_names_the_first_altered_event(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")
    engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="START")
    report = engine.verify_audit(acme)
    assert report.ok and report.events_checked == 7  # 5 setup events, opt-out, lift

    with engine.db.write() as session:
        session.execute(
            text("UPDATE events SET actor = 'user:mallory' WHERE kind = 'suppression.created'")
        )
    report = engine.verify_audit(acme)
    assert not report.ok and report.first_bad_seq == 6
    assert "altered" in (report.problem or "")


def test_audit_detects_an_edited_payload_and_a_deleted_event(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, reason="STOP")
    with engine.db.write() as session:
        session.execute(text("UPDATE events SET address = '+14155550199' WHERE seq = 6"))
    assert engine.verify_audit(acme).first_bad_seq == 6

    with engine.db.write() as session:
        session.execute(text("UPDATE events SET address = '+14155550100' WHERE seq = 6"))
        session.execute(text("DELETE FROM events WHERE seq = 3"))
    report = engine.verify_audit(acme)
    assert (report.ok, report.first_bad_seq) == (False, 3)


def test_unknown_account_is_named(engine: Engine) -> None:
    with pytest.raises(UnknownAccount, match="'nope'"):
        engine.check("nope", "sms", PERSON)


def test_bad_input_is_specific(engine: Engine, acme: str) -> None:
    with pytest.raises(BadInput, match="unknown channel 'fax'"):
        engine.check(acme, "fax", PERSON)
    with pytest.raises(InvalidAddress, match="'12'"):
        engine.opt_out(acme, "sms", "12", actor=ADMIN, reason="x")
    with pytest.raises(AlreadyExists):
        engine.create_account("acme")
    with pytest.raises(BadInput, match="slug"):
        engine.create_account("Not A Slug")
    with pytest.raises(BadInput, match="not both"):
        engine.opt_out(
            acme, "sms", PERSON, actor=ADMIN, reason="x", sender=SENDER_X, list_name="promos"
        )
    with pytest.raises(BadInput, match="opt_out_channel"):
        engine.update_settings(acme, ADMIN, opt_out_channel="all")
    with pytest.raises(BadInput, match="unknown purpose 'spam': expected one of marketing"):
        engine.check_bulk(acme, "sms", [PERSON], purpose="spam")
    with pytest.raises(BadInput, match="unknown channel 'fax'"):
        engine.list_suppressions(acme, channel="fax")


def test_a_database_without_schema_asks_for_init(empty_database_url: str) -> None:
    with Engine(empty_database_url) as engine, pytest.raises(SchemaOutOfDate, match="heed init"):
        engine.check("acme", "sms", PERSON)


@pytest.mark.parametrize("actor", [AGENT, ADMIN, SUPPORT], ids=lambda a: str(a.role))
def test_block_and_blacklist_follow_the_role_table(engine: Engine, acme: str, actor: Actor) -> None:
    """The two actions with no /v1 route (the web UI and the CLI take them), for each role."""
    engine.update_settings(acme, ADMIN, agents_may_unsubscribe=True)  # widens neither
    for bar, action in ((engine.block, Action.BLOCK), (engine.blacklist, Action.BLACKLIST)):
        assert actor.role is not None
        if may(actor.role, action, engine.account(acme).settings):
            bar(acme, "sms", PERSON, actor=actor, reason="abuse")
        else:
            with pytest.raises(PermissionDenied):
                bar(acme, "sms", PERSON, actor=actor, reason="abuse")
    assert bool(codes(engine)) is (actor.role is not Role.AGENT)


@pytest.mark.parametrize("actor", [AGENT, ADMIN, SUPPORT], ids=lambda a: str(a.role))
def test_only_support_adds_removes_or_resets_support_users(
    engine: Engine, acme: str, actor: Actor
) -> None:
    """Before: admins could not add a support user but could remove one or reset its password."""
    ops, password = "ops@example.com", "long enough pw"
    engine.create_user(acme, ops, "support", password, actor=SUPPORT)
    steps: list[Callable[[], object]] = [
        lambda: engine.set_password(acme, ops, "another long pw", actor=actor),
        lambda: engine.remove_user(acme, ops, actor=actor),
        lambda: engine.create_user(acme, ops, "support", password, actor=actor),
    ]
    for step in steps:
        if actor.role is Role.SUPPORT:
            step()
        else:
            with pytest.raises(PermissionDenied):
                step()

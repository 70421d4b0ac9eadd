"""Inbound messages and delivery reports through the engine, as every webhook runs them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from heed import Channel, Engine
from heed.core.delivery import classify
from heed.core.vocabulary import webhook_credential
from heed.inbound.actions import Superseded, Suppressed, TimeDistrusted, UnknownSender
from heed.providers import whatsapp
from heed.providers.base import DeliveryReport, InboundMessage
from heed.store.tables import ReceivedMessage
from helpers.actors import ADMIN
from helpers.providers import preference, preferences

PERSON, X, Y = "+14155550100", "+15005550006", "+15005550007"
OTHER = "+14155550111"
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
_ids = iter(range(10**6))
#: As a provider webhook whose signature heed verified hands messages over.
VERIFIED = webhook_credential("generic")


def sms(
    body: str,
    *,
    to: str = X,
    sender: str = PERSON,
    at: datetime | None = None,
    id: str | None = None,
    credential: str = VERIFIED,
) -> InboundMessage:
    return InboundMessage(
        channel=Channel.SMS,
        from_address=sender,
        to_address=to,
        body=body,
        provider="generic",
        provider_message_id=id or f"m{next(_ids)}",
        sent_at=at,
        raw={},
        credential=credential,
    )


def report(
    error_code: str | None,
    status: str = "undelivered",
    *,
    at: datetime | None = None,
    provider: str = "twilio",
) -> DeliveryReport:
    return DeliveryReport(
        channel=Channel.SMS,
        provider=provider,
        provider_message_id=f"SM{next(_ids)}",
        status=status,
        error_code=error_code,
        outcome=classify(provider, status, error_code),
        recipient=PERSON,
        sender=X,
        occurred_at=at,
        raw={},
    )


def codes(engine: Engine, **kw: str) -> list[str]:
    return engine.check("acme", "sms", PERSON, **kw).codes


def test_stop_in_any_format_opts_out_once_with_one_reply(engine: Engine, acme: str) -> None:
    first = engine.receive(acme, sms("Stop please 🛑", id="SM1"))
    again = engine.receive(acme, sms("Stop please 🛑", id="SM1"))
    other = engine.receive(acme, sms("S T O P", id="SM2"))

    assert first.intent == "opt_out" and first.keyword == "STOP"
    assert first.reply and "START" in first.reply and "Acme" in first.reply
    assert (again.duplicate, again.reply) == (True, None)
    assert other.reply is None and other.actions[0].kind == "already_opted_out"
    assert codes(engine) == ["opted_out"]
    with engine.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedMessage)) == 2


def test_the_reply_names_the_business_by_its_display_name(engine: Engine, acme: str) -> None:
    """The name the public pages show is the one the STOP confirmation gives (#18 item 16)."""
    engine.update_settings(acme, ADMIN, display_name="Panadería Sol")
    result = engine.receive(acme, sms("STOP"))
    assert result.reply and result.reply.startswith("Panadería Sol: You are unsubscribed")


def test_sentence_with_stop_is_not_an_opt_out(engine: Engine, acme: str) -> None:
    result = engine.receive(acme, sms("I'll stop by at 5"))
    assert (result.intent, result.reply) == ("none", None)
    assert codes(engine) == []


def test_sender_scope_and_account_default(engine: Engine, acme: str) -> None:
    engine.add_sender(acme, "sms", "+15005550008", actor=ADMIN, scope="sender")
    engine.receive(acme, sms("STOP", to="+15005550008"))

    assert codes(engine, sender="+15005550008") == ["opted_out"]
    assert codes(engine, sender=X) == []

    engine.receive(acme, sms("STOP", to=X))  # X inherits the account default: account scope
    assert codes(engine, sender=Y) == ["opted_out"]


def test_unknown_sender_is_honoured_with_the_account_default_and_flagged(
    engine: Engine, acme: str
) -> None:
    result = engine.receive(acme, sms("STOP", to="+15005550099"))
    assert UnknownSender(to="+15005550099") in result.actions
    assert codes(engine, sender=X) == ["opted_out"]


def test_provider_handling_keywords_means_no_reply(engine: Engine, acme: str) -> None:
    engine.add_sender(acme, "sms", "+15005550009", actor=ADMIN, provider_handles_keywords=True)
    result = engine.receive(acme, sms("STOP", to="+15005550009"))
    assert result.reply is None and codes(engine) == ["opted_out"]


def test_start_lifts_keyword_and_carrier_but_not_a_block(engine: Engine, acme: str) -> None:
    engine.record_delivery(acme, report("21610"))
    assert codes(engine, sender=X) == ["carrier_blocked"]
    start = engine.receive(acme, sms("START"))
    assert start.reply and codes(engine, sender=X) == []

    engine.block(acme, "sms", PERSON, actor=ADMIN, reason="abuse")
    blocked = engine.receive(acme, sms("UNSTOP"))
    assert blocked.reply is None and "blocked" in codes(engine)
    with engine.db.read() as session:
        assert session.scalars(
            select(ReceivedMessage.hidden).order_by(ReceivedMessage.id.desc())
        ).first()


def test_yes_opts_in_only_someone_opted_out(engine: Engine, acme: str) -> None:
    assert engine.receive(acme, sms("Yes")).intent == "none"
    engine.receive(acme, sms("STOP"))
    yes = engine.receive(acme, sms("YES"))
    assert yes.intent == "opt_in" and codes(engine) == []


def test_help_replies_how_to_opt_out(engine: Engine, acme: str) -> None:
    result = engine.receive(acme, sms("help"))
    assert result.intent == "help" and result.reply and "STOP" in result.reply


def test_stop_with_a_list_name_leaves_that_list_only(engine: Engine, acme: str) -> None:
    result = engine.receive(acme, sms("STOP promos"))
    assert result.intent == "list_trigger" and result.reply and "promos" in result.reply
    assert codes(engine, list_name="promos") == ["list_unsubscribed"]
    assert codes(engine) == [] and codes(engine, purpose="conversational") == []


def test_an_older_start_arriving_late_changes_nothing(engine: Engine, acme: str) -> None:
    stop = engine.receive(acme, sms("STOP", at=T0 + timedelta(minutes=5)))
    late_start = engine.receive(acme, sms("START", at=T0))

    assert late_start.reply is None
    assert Superseded(by_message=stop.message_id, why="a later opt-out stands") in (
        late_start.actions
    )
    assert codes(engine) == ["opted_out"]


def test_an_older_stop_arriving_late_is_history_not_the_present(engine: Engine, acme: str) -> None:
    engine.receive(acme, sms("STOP", at=T0 - timedelta(minutes=10)))
    engine.receive(acme, sms("START", at=T0 + timedelta(minutes=5)))
    late_stop = engine.receive(acme, sms("STOP", at=T0))

    assert late_stop.reply is None and late_stop.actions[-1].kind == "superseded"
    assert codes(engine) == []

    # Between the late STOP (T0) and the START (T0+5) both STOPs were in force.
    def now_known(at: datetime) -> list[str]:
        return engine.check(acme, "sms", PERSON, at=at, as_now_known=True).codes

    assert set(now_known(T0 + timedelta(minutes=1))) == {"opted_out"}
    assert now_known(T0 + timedelta(minutes=6)) == []


#: A person's STOPs and STARTs (minutes after T0) in the order they arrive: each time, the
#: latest in the person's time decides. Before, a STOP absorbed as "already opted out" left no
#: row, so an older START arriving after it lifted the opt-out; and a START that found nothing
#: to lift did not stop an older STOP arriving after it from opting the person out.
ARRIVALS = [
    [(0, "STOP"), (4, "STOP"), (2, "START")],  # the START is older than the latest STOP
    [(0, "STOP"), (1, "STOP"), (4, "STOP"), (2, "UNSTOP"), (3, "START")],
    [(4, "START"), (3, "START"), (1, "STOP")],  # the STOP is older than the START
    [(4, "START"), (3, "STOP"), (2, "START"), (1, "START"), (0, "START")],
    [(1, "UNSTOP"), (3, "STOP"), (4, "START"), (0, "STOP"), (2, "STOP")],
]


@pytest.mark.parametrize("arrivals", ARRIVALS, ids=lambda a: " ".join(f"{b}@{t}" for t, b in a))
def test_the_latest_stop_or_start_in_time_decides_in_any_arrival_order(
    engine: Engine, acme: str, arrivals: list[tuple[int, str]]
) -> None:
    for minute, body in arrivals:
        engine.receive(acme, sms(body, at=T0 + timedelta(minutes=minute)))
    latest = max(arrivals)[1]
    assert codes(engine) == ([] if latest in ("START", "UNSTOP") else ["opted_out"])
    assert engine.verify_audit(acme).ok


def test_a_webhook_message_time_outside_the_clock_bounds_is_flagged(
    engine: Engine, acme: str
) -> None:
    """A provider's message is never refused (the person did write it), but a time far from
    heed's clock is flagged; a future one is taken as the time of receipt, so a STOP dated
    tomorrow cannot outrank the START the person sends after it today."""
    now = datetime.now(UTC)
    stop = engine.receive(acme, sms("STOP", at=now + timedelta(days=1)))
    [flag] = [a for a in stop.actions if isinstance(a, TimeDistrusted)]
    assert flag.taken_as is not None and "after heed's clock" in (flag.why or "")
    assert datetime.fromisoformat(flag.taken_as) < now + timedelta(minutes=5)
    engine.receive(acme, sms("START", at=datetime.now(UTC) + timedelta(seconds=1)))
    assert codes(engine) == []

    old = engine.receive(acme, sms("STOP", sender=OTHER, at=now - timedelta(days=30)))
    [flag] = [a for a in old.actions if isinstance(a, TimeDistrusted)]
    assert flag.taken_as is None and "before heed's clock" in (flag.why or "")
    assert engine.check(acme, "sms", OTHER).codes == ["opted_out"]  # flagged, still honoured


def test_message_that_is_both_is_an_opt_out(engine: Engine, acme: str) -> None:
    assert engine.receive(acme, sms("STOP START")).intent == "opt_out"
    assert codes(engine) == ["opted_out"]


def test_any_message_resubscribes_only_when_the_account_says_so(engine: Engine, acme: str) -> None:
    engine.receive(acme, sms("STOP"))
    engine.receive(acme, sms("what time do you open?"))
    assert codes(engine) == ["opted_out"]

    engine.update_settings(acme, ADMIN, auto_resubscribe_on_inbound="any_message")
    engine.receive(acme, sms("what time do you open?"))
    assert codes(engine) == []


def test_opt_out_channels_all_applies_to_keywords(engine: Engine, acme: str) -> None:
    engine.update_settings(acme, ADMIN, opt_out_channels="all")
    engine.receive(acme, sms("STOP"))
    assert engine.check(acme, "whatsapp", PERSON).codes == ["opted_out"]


@pytest.mark.parametrize(
    ("error_code", "expected"),
    [("21610", ["carrier_blocked"]), ("21614", ["bounced"]), ("30007", []), (None, [])],
)
def test_delivery_reports_suppress_by_meaning(
    engine: Engine, acme: str, error_code: str | None, expected: list[str]
) -> None:
    status = "delivered" if error_code is None else "undelivered"
    engine.record_delivery(acme, report(error_code, status))
    assert codes(engine, sender=X) == expected


def test_temporary_failures_add_up_to_a_bounce(engine: Engine, acme: str) -> None:
    engine.record_delivery(acme, report("30003", at=T0 - timedelta(days=30)))  # outside the window
    engine.record_delivery(acme, report("30003", at=T0))
    engine.record_delivery(acme, report("30003", at=T0 + timedelta(days=1)))
    assert codes(engine) == []
    result = engine.record_delivery(acme, report("30003", at=T0 + timedelta(days=2)))
    *flags, suppressed = result.actions  # flagged when T0 is over a week ago (heed.core.clock)
    assert all(flag.kind == "time_distrusted" for flag in flags)
    assert isinstance(suppressed, Suppressed) and suppressed.source == "bounce"
    assert codes(engine) == ["bounced"]


def test_the_same_report_twice_counts_once(engine: Engine, acme: str) -> None:
    first = report("30003", at=T0)
    assert not engine.record_delivery(acme, first).duplicate
    assert engine.record_delivery(acme, first).duplicate


def test_whatsapp_marketing_stop_and_resume_in_the_app(engine: Engine, acme: str) -> None:
    """WhatsApp's own "stop/resume offers" setting (the user_preferences webhook)."""
    person, business = "+16505551234", "+15550783881"
    engine.add_sender(acme, "whatsapp", business, actor=ADMIN, provider="whatsapp")
    engine.add_sender(acme, "whatsapp", X, actor=ADMIN)  # another of our WhatsApp numbers
    _, [stop] = whatsapp.parse(preferences(preference("stop")))
    engine.record_delivery(acme, stop)
    assert engine.check(acme, "whatsapp", person, sender=business).codes == ["carrier_blocked"]
    # Marketing only, as Meta defines it: from any of our numbers, and nothing else.
    assert engine.check(acme, "whatsapp", person, sender=X).codes == ["carrier_blocked"]
    for purpose in ("transactional", "conversational"):
        assert engine.check(acme, "whatsapp", person, sender=business, purpose=purpose).allowed
    assert engine.record_delivery(acme, stop).duplicate  # Meta's retry changes nothing

    older = {**preference("resume"), "timestamp": 1731705000}  # before the stop: no effect
    _, [early_resume] = whatsapp.parse(preferences(older))
    early_resume = replace(early_resume, credential=webhook_credential("whatsapp"))
    # Flagged first: Meta's example is from 2024, outside the clock bounds (heed.core.clock).
    flag, nothing = engine.record_delivery(acme, early_resume).actions
    assert flag.kind == "time_distrusted" and nothing.kind == "nothing_to_lift"
    later = {**preference("resume"), "timestamp": 1731709999}
    _, [resume] = whatsapp.parse(preferences(later))
    unsigned = engine.record_delivery(acme, resume)
    assert unsigned.actions[-1].kind == "refused"
    signed = replace(resume, provider_message_id="again", credential=webhook_credential("whatsapp"))
    assert engine.record_delivery(acme, signed).actions[-1].kind == "lifted"
    assert engine.check(acme, "whatsapp", person, sender=business).allowed


def test_marketing_only_stops_read_the_same_in_bulk(engine: Engine, acme: str) -> None:
    """`purpose:marketing` through the compiled index (audiences, check_bulk) as through check,
    for a phone number and for a WhatsApp business-scoped user id."""
    business, bsuid = "+15550783881", "US.13491208655302741918"
    engine.add_sender(acme, "whatsapp", business, actor=ADMIN, provider="whatsapp")
    for who in ({"wa_id": "16505551234"}, {"user_id": bsuid}):
        item = {k: v for k, v in preference("stop").items() if k != "wa_id"} | who
        _, [stop] = whatsapp.parse(preferences(item))
        engine.record_delivery(acme, stop)
    for purpose in ("marketing", "transactional"):
        audience = engine.audience(acme, "whatsapp", purpose=purpose)
        bulk = engine.check_bulk(acme, "whatsapp", ["+16505551234", bsuid], purpose=purpose)
        for address, answer in zip(["+16505551234", bsuid], bulk, strict=True):
            one = engine.check(acme, "whatsapp", address, purpose=purpose)
            assert one.allowed == (purpose == "transactional")
            assert audience.decide(address).result.allowed == one.allowed == answer.allowed

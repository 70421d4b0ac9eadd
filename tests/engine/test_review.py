"""Free-form replies: applied when sure, queued for a person when not, never dropped."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from heed import Channel, Engine, PermissionDenied
from heed.core.deadlines import add_business_days
from heed.providers.base import InboundMessage
from heed.store.tables import ReviewItem
from helpers.actors import ADMIN, AGENT

PERSON, X = "+14155550100", "+15005550006"
_ids = iter(range(10**6))


def reply(
    engine: Engine, body: str, channel: Channel = Channel.SMS
) -> tuple[str, str | None, list[dict[str, object]]]:
    result = engine.receive(
        "acme", InboundMessage(channel, PERSON, X, body, "generic", f"r{next(_ids)}", None, {})
    )
    return result.intent, result.reply, list(result.actions)


def test_a_clear_free_form_revocation_is_applied_with_one_reply(engine: Engine, acme: str) -> None:
    intent, text, _ = reply(engine, "please don't text me anymore")
    assert intent == "opt_out" and text and "START" in text
    assert engine.check(acme, "sms", PERSON).codes == ["opted_out"]
    evidence = engine.list_events(acme, kind="suppression.created").items[-1].evidence
    assert evidence["detection"]["confidence"] >= 0.9


@pytest.mark.parametrize("body", ["I'll stop by at 5", "can you cancel my appointment?", "thanks!"])
def test_ordinary_replies_change_nothing(engine: Engine, acme: str, body: str) -> None:
    assert reply(engine, body)[0] == "none"
    assert engine.check(acme, "sms", PERSON).allowed
    assert engine.list_review(acme).items == []


def test_an_unsure_reply_waits_for_review_with_a_deadline(engine: Engine, acme: str) -> None:
    intent, text, actions = reply(engine, "no more promos, but keep my order updates")
    assert (intent, text) == ("review", None)
    item = engine.list_review(acme).items[0]
    assert item.deadline == add_business_days(item.created_at, 10)
    assert item.detection["scope"]["kind"] == "topic" and item.detection["evidence"]
    assert actions[-1].review_id == item.id
    assert engine.check(acme, "sms", PERSON).allowed  # pending is not yet an opt-out

    engine.decide_review(acme, item.id, approve=False, actor=ADMIN, reason="asks to keep updates")
    assert engine.check(acme, "sms", PERSON).allowed
    assert engine.list_events(acme, kind="review.rejected").items


def test_approving_a_channel_switch_stops_that_channel_only(engine: Engine, acme: str) -> None:
    reply(engine, "no more texts, WhatsApp only")
    item = engine.list_review(acme).items[0]
    engine.decide_review(acme, item.id, approve=True, actor=ADMIN, reason="clear")

    assert engine.check(acme, "sms", PERSON).codes == ["opted_out"]
    assert engine.check(acme, "whatsapp", PERSON).allowed
    assert engine.list_review(acme, status="approved").items[0].decided_by == str(ADMIN)


def test_an_overdue_item_is_applied_automatically(engine: Engine, acme: str) -> None:
    reply(engine, "wrong number")
    item = engine.list_review(acme).items[0]

    assert engine.apply_due_reviews(now=item.deadline - timedelta(minutes=1)) == 0
    assert engine.apply_due_reviews(now=item.deadline + timedelta(minutes=1)) == 1
    assert engine.check(acme, "sms", PERSON).codes == ["opted_out"]
    applied = engine.list_review(acme, status="auto_applied").items[0]
    assert applied.decided_by == "system"
    assert engine.list_events(acme, kind="review.auto_applied").items[0].actor == "system"
    assert engine.verify_audit(acme).ok


def test_clarification_reply_when_the_account_wants_it(engine: Engine, acme: str) -> None:
    engine.update_settings(acme, ADMIN, clarification_reply=True)
    intent, text, _ = reply(engine, "wrong number")
    assert intent == "review" and text and "Reply STOP" in text


def test_deciding_is_an_unsubscribe_permission(engine: Engine, acme: str) -> None:
    reply(engine, "wrong number")
    item = engine.list_review(acme).items[0]
    with pytest.raises(PermissionDenied):
        engine.decide_review(acme, item.id, approve=True, actor=AGENT)
    with engine.db.read() as session:
        assert session.scalars(select(ReviewItem.status)).one() == "pending"


def test_approving_a_topic_leaves_the_marketing_lists_and_keeps_the_rest(
    engine: Engine, acme: str
) -> None:
    engine.create_list(acme, "order updates", actor=ADMIN, purpose="transactional")
    reply(engine, "no more promos, but keep my order updates")
    item = engine.list_review(acme).items[0]
    engine.decide_review(acme, item.id, approve=True, actor=ADMIN)

    assert engine.check(acme, "sms", PERSON, list_name="promos").codes == ["list_unsubscribed"]
    assert engine.check(acme, "sms", PERSON, list_name="order updates").allowed
    assert engine.check(acme, "sms", PERSON, purpose="transactional").allowed


def test_the_queue_reads_in_plain_words(engine: Engine, acme: str) -> None:
    """Who wrote it (name and number), when, what heed thinks it asks, the deadline; the rule
    names stay in the raw evidence."""
    engine.add_contact(acme, phone=PERSON, name="Ana Lima", actor=ADMIN)
    reply(engine, "no more promos, but keep my order updates")
    item = engine.list_review(acme).items[0]
    assert item.person == "Ana Lima"
    assert item.reading == "asks to stop marketing but keep my order updates"
    assert item.received_at <= item.deadline
    assert all("." not in reason.split(" ")[0] for reason in item.detection["reasons"])
    assert any("en." in line for line in item.detection["evidence"])  # raw, one click away


def test_heed_review_list_reads_in_plain_words(
    engine: Engine, acme: str, database_url: str
) -> None:
    from typer.testing import CliRunner

    from heed.cli import app

    reply(engine, "no more promos, but keep my order updates")
    plain = CliRunner().invoke(app, ["review", "list", acme, "--database-url", database_url])
    assert plain.exit_code == 0, plain.output
    assert "heed thinks it asks to stop marketing" in plain.output
    assert "unless decided" in plain.output and "/inbox/sms/" in plain.output
    assert "en." not in plain.output and "confidence" not in plain.output
    raw = CliRunner().invoke(app, ["review", "list", acme, "--raw", "--database-url", database_url])
    assert "confidence" in raw.output and "en." in raw.output

"""`heed demo` builds a living account through the real paths, and its login works."""

from __future__ import annotations

from sqlalchemy import select

from heed import Engine
from heed.demo import populate
from heed.engine.results import ReviewInfo
from heed.store.tables import Contact, OutboundMessage, ReceivedMessage
from heed.store.types import utcnow


def test_demo_has_every_kind_of_activity_and_a_working_login(engine: Engine) -> None:
    demo = populate(engine, "demo", contacts=120, seed=3)

    sources = {s.source for s in engine.list_suppressions("demo", limit=500).items}
    assert sources >= {"keyword", "carrier", "bounce", "manual", "web_form", "import", "block"}
    assert engine.list_review("demo").items, "some replies wait for review"
    assert engine.list_contacts("demo", limit=500).items[0].channels
    assert engine.verify_audit("demo").ok
    assert engine.authenticate_user("demo", demo.email, demo.password).role == "admin"


def test_the_demo_tells_a_true_story(engine: Engine) -> None:
    """Nothing in the future, replies after what they answer, review items due at different
    times, no opt-out before its person was a contact, and every import opt-out in an import
    the Imports page lists."""
    populate(engine, "demo", contacts=120, seed=3)
    now = utcnow()
    with engine.db.read() as session:
        account_id = engine.account("demo").id
        received = session.scalars(
            select(ReceivedMessage).where(ReceivedMessage.account_id == account_id)
        ).all()
        replies = session.scalars(
            select(OutboundMessage).where(OutboundMessage.account_id == account_id)
        ).all()
        joined = dict(
            session.execute(
                select(Contact.phone, Contact.created_at).where(Contact.account_id == account_id)
            ).all()
        )
    assert received and max(m.sent_at for m in received) <= now
    assert not [m for m in received if any(a.get("action") == "time_distrusted" for a in m.actions)]
    sent_at = {m.id: m.sent_at for m in received}
    assert replies and all(r.status == "returned" for r in replies)  # TwiML: recorded too
    assert all(r.created_at >= sent_at[r.in_reply_to or ""] for r in replies)

    deadlines = {item.deadline.replace(second=0, microsecond=0) for item in review_items(engine)}
    assert len(deadlines) > 1, "review items are due at different times"

    suppressions = engine.list_suppressions("demo", limit=500).items
    assert all(s.since >= joined[s.address] for s in suppressions if s.address in joined)

    imported = [s for s in suppressions if s.source == "import"]
    [batch] = engine.list_imports("demo").items
    assert imported and batch.created == len(imported) and batch.status == "done"


def review_items(engine: Engine) -> list[ReviewInfo]:
    return list(engine.list_review("demo", limit=500).items)

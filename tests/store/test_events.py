"""Appending to the activity log: `EventLog.append_all` writes, with one statement, the events
`append` writes one at a time, on the same chain, in order, however the two are mixed in a
transaction."""

from __future__ import annotations

from sqlalchemy import select

from heed import Engine
from heed.store.accounts import load_account
from heed.store.events import Change, EventLog
from heed.store.tables import Event
from helpers.actors import ADMIN


def test_events_appended_together_and_one_at_a_time_make_one_chain(
    engine: Engine, acme: str
) -> None:
    changes = [
        Change(
            channel="sms",
            address=f"+1415555010{n}",
            contact_id=f"01TESTCONTACT{n:013d}",
            before={"status": "subscribed"} if n else None,
            after={"list": "promos", "status": "unsubscribed", "note": "ünï ☃"},
        )
        for n in range(3)
    ]
    with engine.db.write() as session:
        account_id = load_account(session, acme).id
        log = EventLog(session, account_id)
        first = log.next_seq
        log.append("contact.updated", ADMIN, address="+14155550109", after={"name": "Ann"})
        log.append_all("list.unsubscribed", ADMIN, changes)  # after a pending ORM event
        log.append_all("list.unsubscribed", ADMIN, [])
        log.append("contact.updated", ADMIN, address="+14155550109", before={"name": "Ann"})

    with engine.db.read() as session:
        rows = session.execute(
            select(Event.seq, Event.kind, Event.address, Event.before, Event.after, Event.actor)
            .where(Event.account_id == account_id, Event.seq >= first)
            .order_by(Event.seq)
        ).all()
    assert [(seq - first, kind, address) for seq, kind, address, *_ in rows] == [
        (0, "contact.updated", "+14155550109"),
        (1, "list.unsubscribed", "+14155550100"),
        (2, "list.unsubscribed", "+14155550101"),
        (3, "list.unsubscribed", "+14155550102"),
        (4, "contact.updated", "+14155550109"),
    ]
    assert [(r.before, r.after) for r in rows[1:4]] == [(c.before, c.after) for c in changes]
    assert {r.actor for r in rows} == {str(ADMIN)}
    # the chain only: no membership rows were written for these events
    report = engine.verify_audit(acme, reconcile=False)
    assert report.ok and report.events_checked == first + 4, report

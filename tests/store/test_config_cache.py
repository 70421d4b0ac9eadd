"""The per-process copy of accounts' settings, senders and lists (heed.store.config) is never
stale: a change committed by another process is seen by the next message, on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from heed import Channel, Engine
from heed.providers.base import InboundMessage
from heed.store.tables import Sender
from helpers.actors import ADMIN

P, Q, X, NEW = "+14155550100", "+14155550111", "+15005550006", "+15005550099"
_ids = iter(range(10**6))


def stop(person: str = P, to: str = X, body: str = "STOP") -> InboundMessage:
    return InboundMessage(Channel.SMS, person, to, body, "generic", f"m{next(_ids)}", None, {})


@pytest.fixture
def elsewhere(engine: Engine) -> Iterator[Engine]:
    """Another process on the same database: an engine with a cache of its own."""
    with Engine(engine.database_url) as other:
        yield other


def test_a_settings_change_elsewhere_applies_to_the_next_message(
    engine: Engine, elsewhere: Engine, acme: str
) -> None:
    assert engine.receive(acme, stop(P)).actions[0].scope == "account"
    elsewhere.update_settings(acme, ADMIN, default_scope="sender")
    assert engine.receive(acme, stop(Q)).actions[0].scope == f"sender:{X}"


def test_a_sender_added_elsewhere_is_known_to_the_next_message(
    engine: Engine, elsewhere: Engine, acme: str
) -> None:
    first = engine.receive(acme, stop(P, to=NEW, body="PAUSE"))
    assert first.intent == "none" and first.actions[0].kind == "unknown_sender"
    elsewhere.add_sender(acme, "sms", NEW, actor=ADMIN, scope="sender", keywords=["PAUSE"])
    again = engine.receive(acme, stop(Q, to=NEW, body="PAUSE"))
    assert again.intent == "opt_out" and again.actions[0].scope == f"sender:{NEW}"


def test_a_list_created_elsewhere_is_known_to_the_next_message(
    engine: Engine, elsewhere: Engine, acme: str
) -> None:
    assert engine.receive(acme, stop(P, body="STOP news")).intent != "list_trigger"
    elsewhere.create_list(acme, "news", actor=ADMIN)
    assert engine.receive(acme, stop(Q, body="STOP news")).intent == "list_trigger"


def test_any_orm_change_to_a_sender_is_seen(engine: Engine, elsewhere: Engine, acme: str) -> None:
    """Not only the engine's own methods: whatever edits a sender through a session (an admin
    page, a script) makes the next message read it again."""
    assert engine.receive(acme, stop(P)).reply is not None
    with elsewhere.db.write() as session:
        sender = session.scalars(select(Sender).where(Sender.address == X)).one()
        sender.provider_handles_keywords = True
    assert engine.receive(acme, stop(Q)).reply is None


def test_accounts_never_share_a_configuration(engine: Engine) -> None:
    for slug, scope in (("one", "sender"), ("two", "account")):
        engine.create_account(slug)
        engine.add_sender(slug, "sms", X, actor=ADMIN)
        engine.update_settings(slug, ADMIN, default_scope=scope)
    results = engine.receive_together([("one", stop(P)), ("two", stop(P)), ("one", stop(Q))])
    assert [r.actions[0].scope for r in results] == [f"sender:{X}", "account", f"sender:{X}"]

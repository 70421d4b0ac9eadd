"""Reading active suppressions of many (channel, address) pairs at once gives exactly what
reading them one by one gives, whichever way the query is made (exact lookups or IN lists)."""

from __future__ import annotations

import pytest

from heed import Channel, Engine
from heed.store.suppressions import Target, active_suppressions
from helpers.actors import ADMIN


@pytest.mark.parametrize("count", [2, 40, 41, 120])
def test_many_pairs_read_as_one_by_one(engine: Engine, acme: str, count: int) -> None:
    people = [f"+1415555{n:04d}" for n in range(count // 2)]
    targets = [Target(channel, p) for p in people for channel in (Channel.SMS, Channel.WHATSAPP)]
    for person in people[::3]:
        engine.opt_out(acme, "sms", person, actor=ADMIN, reason="asked")
    engine.opt_out(acme, "whatsapp", people[-1], actor=ADMIN, reason="asked")
    engine.opt_out(acme, "email", "ann@example.com", actor=ADMIN, reason="not asked for")
    lifted = people[0]
    engine.resubscribe(acme, "sms", lifted, actor=ADMIN, reason="asked again")
    account = engine.account(acme)

    with engine.db.read() as session:
        together = active_suppressions(session, account.id, targets)
        alone = [row for t in targets for row in active_suppressions(session, account.id, [t])]
    assert sorted(r.id for r in together) == sorted(r.id for r in alone)
    assert {(r.channel, r.address) for r in together} == (
        {("sms", p) for p in people[3::3]} | {("whatsapp", people[-1])}
    )
    assert [(r.since, r.id) for r in together] == sorted((r.since, r.id) for r in together)

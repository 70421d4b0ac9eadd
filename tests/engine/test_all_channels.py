"""`opt_out_channels=all` is read at check time: it reaches opt-outs made before it was set.

The quickstart sets it after numbers were already opted out of SMS; WhatsApp to those numbers
must stop at once, on every path that answers (check, check_bulk, the filter's index read a
column at a time and row by row, the contacts page), and start again if the account goes back
to `same`. What crosses is a person's or an admin's opt-out; a list's, a carrier's or a
bounce's word stays on its channel.
"""

from __future__ import annotations

import io

import pytest

from heed import Engine
from helpers.actors import ADMIN

P1, P2, P3 = "+14155550101", "+14155550102", "+14155550103"


@pytest.fixture
def account(engine: Engine) -> str:
    engine.create_account("acme")
    engine.create_list("acme", "promos", actor=ADMIN)
    for channel in ("sms", "whatsapp"):
        engine.add_sender("acme", channel, "+15005550006", actor=ADMIN)
    return "acme"


def whatsapp_answers(engine: Engine, slug: str) -> dict[str, list[str]]:
    """WhatsApp marketing to P1..P3 on every path; each must agree with `check`."""
    people = [P1, P2, P3]
    checked = {p: engine.check(slug, "whatsapp", p).codes for p in people}
    bulk = engine.check_bulk(slug, "whatsapp", people)
    assert {b.address: list(b.reasons) for b in bulk} == checked
    audience = engine.audience(slug, "whatsapp")
    assert {p: audience.decide(p).result.codes for p in people} == checked
    for rows in (b"phone\n" + "\n".join(people).encode() + b"\n", b'phone\n"+14155550101"\n'):
        counts = engine.filter_audience(slug, io.BytesIO(rows), None, channel="whatsapp")
        wanted = [checked[p] for p in people if p.encode() in rows]
        assert counts.allowed == sum(1 for codes in wanted if not codes)
        assert sum(counts.excluded.values()) == sum(1 for codes in wanted if codes)
    page = {c.phone: c.channels["whatsapp"] for c in engine.list_contacts(slug).items}
    assert {p: list(page[p].reasons) for p in people} == checked
    return checked


def test_all_channels_reaches_opt_outs_made_before_it_was_set(engine: Engine, account: str) -> None:
    for phone in (P1, P2, P3):
        engine.add_contact(account, actor=ADMIN, phone=phone)
    engine.opt_out(account, "sms", P1, actor=ADMIN, reason="STOP", source="keyword")
    engine.opt_out(account, "sms", P2, actor=ADMIN, reason="promos only", list_name="promos")
    engine.opt_out(account, "sms", P3, actor=ADMIN, reason="carrier", source="carrier")
    assert whatsapp_answers(engine, account) == {P1: [], P2: [], P3: []}

    engine.update_settings(account, ADMIN, opt_out_channels="all")
    assert whatsapp_answers(engine, account) == {P1: ["opted_out"], P2: [], P3: []}
    [reason] = engine.check(account, "whatsapp", P1, sender="+15005550006").reasons
    assert (reason.scope, reason.source) == ("account", "keyword")  # the SMS opt-out's own

    engine.update_settings(account, ADMIN, opt_out_channels="same")  # back: SMS only again
    assert whatsapp_answers(engine, account) == {P1: [], P2: [], P3: []}
    assert engine.check(account, "sms", P1).codes == ["opted_out"]


def test_a_resubscribe_under_all_lifts_every_channel(engine: Engine, account: str) -> None:
    engine.opt_out(account, "sms", P1, actor=ADMIN, reason="STOP", source="keyword")
    engine.update_settings(account, ADMIN, opt_out_channels="all")
    assert engine.check(account, "whatsapp", P1).codes == ["opted_out"]

    engine.resubscribe(account, "whatsapp", P1, actor=ADMIN, reason="asked to hear again")
    assert engine.check(account, "whatsapp", P1).allowed
    assert engine.check(account, "sms", P1).allowed


def test_an_opt_out_made_under_all_is_counted_once(engine: Engine, account: str) -> None:
    engine.update_settings(account, ADMIN, opt_out_channels="all")
    engine.opt_out(account, "sms", P1, actor=ADMIN, reason="STOP", source="keyword")
    assert engine.check(account, "whatsapp", P1).codes == ["opted_out"]
    assert engine.check(account, "voice", P1).codes == ["opted_out"]

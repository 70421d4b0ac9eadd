"""A sender the account does not have: opt-outs naming it are refused, checks fail safe.

An opt-out scoped to a number the account does not send from binds nobody (the real sender
may still text the person), so every way in refuses it and names the senders the account
has; a check naming such a sender answers "do not send" with `unknown_sender`, on every path.
"""

from __future__ import annotations

import io

import pytest

from heed import Engine
from heed.errors import UnknownSender
from helpers.actors import ADMIN

PERSON = "+14155550100"
STRANGER = "+19999999999"


def test_an_opt_out_for_an_unknown_sender_is_refused_naming_the_senders(
    engine: Engine, acme: str
) -> None:
    with pytest.raises(UnknownSender) as refused:
        engine.opt_out(acme, "sms", PERSON, actor=ADMIN, sender=STRANGER)
    assert refused.value.senders == ["+15005550006", "+15005550007"]
    assert str(refused.value) == (
        "account 'acme' has no sms sender +19999999999; its sms senders: +15005550006, +15005550007"
    )
    with pytest.raises(UnknownSender, match="it has no whatsapp senders"):
        engine.opt_out(acme, "whatsapp", PERSON, actor=ADMIN, sender="+15005550006")
    assert engine.check(acme, "sms", PERSON).allowed  # nothing was recorded

    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, sender="+1 500 555 0006")  # a known one
    assert engine.check(acme, "sms", PERSON, sender="+15005550006").codes == ["opted_out"]


def test_a_check_from_an_unknown_sender_fails_safe_on_every_path(engine: Engine, acme: str) -> None:
    result = engine.check(acme, "sms", PERSON, sender=STRANGER)
    assert (result.allowed, result.codes) == (False, ["unknown_sender"])
    assert result.reasons[0].detail == "+19999999999 is not one of the account's sms senders"
    assert engine.check(acme, "sms", PERSON, sender="+15005550006").allowed

    engine.block(acme, "sms", "+14155550101", actor=ADMIN, reason="abuse")
    [plain, blocked, unreadable] = engine.check_bulk(
        acme, "sms", [PERSON, "+14155550101", "12"], sender=STRANGER
    )
    assert (plain.allowed, plain.reasons) == (False, ("unknown_sender",))
    assert blocked.reasons == ("unknown_sender", "blocked", "opted_out")
    assert unreadable.reasons == ("invalid_address",)

    people = io.BytesIO(b"phone\n+14155550100\n+14155550101\n+14155550102\n")
    counts = engine.filter_audience(acme, people, None, channel="sms", sender=STRANGER)
    assert (counts.allowed, counts.excluded) == (0, {"unknown_sender": 3})
    quoted = io.BytesIO(b'phone\n"+14155550100"\n')  # read row by row
    counts = engine.filter_audience(acme, quoted, None, channel="sms", sender=STRANGER)
    assert (counts.allowed, counts.excluded) == (0, {"unknown_sender": 1})


def test_a_removed_sender_is_unknown_but_its_opt_outs_stay(engine: Engine, acme: str) -> None:
    engine.opt_out(acme, "sms", PERSON, actor=ADMIN, sender="+15005550007")
    [sender] = [s for s in engine.list_senders(acme) if s.address == "+15005550007"]
    engine.remove_sender(acme, sender.id, actor=ADMIN)

    assert engine.check(acme, "sms", PERSON, sender="+15005550007").codes == [
        "unknown_sender",
        "opted_out",
    ]
    assert engine.check(acme, "sms", PERSON).codes == ["opted_out"]
    # An account-wide resubscribe lifts the old sender's opt-out: nothing is stuck.
    engine.resubscribe(acme, "sms", PERSON, actor=ADMIN, reason="asked by phone")
    assert engine.check(acme, "sms", PERSON).allowed


def test_an_import_naming_an_unknown_sender_is_refused(engine: Engine, acme: str) -> None:
    rows = b"phone,scope\n+14155550100,sender:+15005550006\n+14155550101,sender:+19999999999\n"
    info = engine.import_optouts(acme, io.BytesIO(rows), actor=ADMIN, channel="sms")
    assert info.created == 1
    assert [e["line"] for e in info.row_errors] == [3]
    assert info.row_errors[0]["message"] == (
        "scope 'sender:+19999999999': the account has no sms sender +19999999999; "
        "its sms senders: +15005550006, +15005550007"
    )
    with pytest.raises(UnknownSender):
        engine.import_optouts(
            acme, io.BytesIO(b"phone\n+14155550102\n"), actor=ADMIN, channel="sms", sender=STRANGER
        )
    assert engine.check(acme, "sms", "+14155550102").allowed

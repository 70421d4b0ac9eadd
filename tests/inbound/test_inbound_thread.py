"""A short reply is read with what it answers, and a message is read before it can hold up
another (#15 item 2, #16 row 2), through the engine as every webhook runs it."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from heed import Channel, Engine
from heed.api.hooks import Intake
from heed.core import detection
from heed.core.thread import Thread
from heed.core.vocabulary import Actor, ActorKind, Role
from heed.providers.base import InboundMessage
from helpers.actors import ADMIN

PERSON, X = "+14155550100", "+15005550006"
AGENT = Actor(ActorKind.USER, "alice", Role.AGENT)
_ids = iter(range(10**6))


def sms(body: str, *, to: str = X, thread: Thread | None = None) -> InboundMessage:
    return InboundMessage(
        Channel.SMS, PERSON, to, body, "generic", f"t{next(_ids)}", None, {}, thread
    )


def test_no_to_a_marketing_text_goes_to_review(engine: Engine, acme: str) -> None:
    result = engine.receive(acme, sms("no", thread=Thread("marketing", "20% off today!")))
    assert result.intent == "review"
    assert engine.check(acme, "sms", PERSON).allowed  # a person decides first


def test_no_to_a_question_from_the_outbox_is_an_answer(engine: Engine, acme: str) -> None:
    engine.receive(acme, sms("Hi, can we move my appointment?"))
    engine.send_reply(acme, "sms", PERSON, "Sure. Is 3pm OK?", actor=AGENT, sender=X)
    result = engine.receive(acme, sms("no"))
    assert result.intent == "none"
    assert not any(a.kind == "review" for a in result.actions)


def test_exit_with_nothing_known_goes_to_review(engine: Engine, acme: str) -> None:
    assert engine.receive(acme, sms("exit")).intent == "review"
    assert engine.receive(acme, sms("bye")).intent == "none"


def test_a_slow_reading_never_holds_up_another_tenants_stop(
    engine: Engine, acme: str, monkeypatch: Any
) -> None:
    """Tenant A's long message is read in a thread of its own before it joins a batch, so
    tenant B's STOP is committed while A's reading is still going on (here: held on purpose).
    Were the reading inside the shared batch, B's STOP would wait for it and time out."""
    engine.create_account("globex", "Globex")
    engine.add_sender("globex", "sms", X, actor=ADMIN)
    long = "please unsubscribee me " * 40
    entered, release = threading.Event(), threading.Event()
    real = detection._detect_message

    def held(message: Any, *args: Any, **kwargs: Any) -> detection.Detection:
        if "unsubscribe" in message.text:
            entered.set()
            release.wait(30)
        return real(message, *args, **kwargs)

    monkeypatch.setattr(detection, "_detect_message", held)
    detection.read_text.cache_clear()

    async def scenario() -> None:
        intake = Intake(engine)
        slow = asyncio.create_task(intake.receive(acme, sms(long)))
        assert await asyncio.to_thread(entered.wait, 30)
        stop = await asyncio.wait_for(intake.receive("globex", sms("STOP")), 10)
        assert stop.intent == "opt_out"
        assert not slow.done()
        release.set()
        assert (await asyncio.wait_for(slow, 30)).intent == "opt_out"

    try:
        asyncio.run(scenario())
    finally:
        release.set()
    assert not engine.check("globex", "sms", PERSON).allowed

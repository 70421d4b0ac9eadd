"""Messages committed together (heed.inbound.group) behave exactly as if each had its own
transaction: same intents, replies and actions, same final state, an intact audit chain."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select

from heed import Channel, Engine
from heed.api.hooks import Intake
from heed.core.delivery import classify
from heed.errors import DuplicateRow
from heed.inbound.group import GroupCommit
from heed.inbound.messages import InboundResult
from heed.inbound.receipts import ReportResult
from heed.providers.base import DeliveryReport, InboundMessage
from heed.store import accounts
from heed.store.events import EventLog
from heed.store.suppressions import Target, active_suppressions, lift_suppressions
from heed.store.tables import ReceivedMessage
from helpers.actors import ADMIN

P, Q, X = "+14155550100", "+14155550111", "+15005550006"
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def msg(
    body: str,
    person: str = P,
    *,
    channel: Channel = Channel.SMS,
    at: datetime | None = None,
    id: str | None = None,
) -> InboundMessage:
    return InboundMessage(channel, person, X, body, "generic", id or body, at, {})


# Each scenario: account settings, then messages that all reach heed at the same time.
SCENARIOS: dict[str, tuple[dict[str, Any], list[InboundMessage]]] = {
    "stop, start, another person's stop": (
        {},
        [msg("STOP", id="1"), msg("START", id="2"), msg("STOP", Q, id="3")],
    ),
    "the same person twice": ({}, [msg("STOP", id="1"), msg("Stop please", id="2")]),
    "an older start arriving late": (
        {},
        [msg("STOP", at=T0 + timedelta(minutes=5), id="1"), msg("START", at=T0, id="2")],
    ),
    "an older stop arriving late": (
        {},
        [
            msg("STOP", at=T0 - timedelta(minutes=10), id="1"),
            msg("START", at=T0 + timedelta(minutes=5), id="2"),
            msg("STOP", at=T0, id="3"),
        ],
    ),
    "every channel, changed from another channel": (
        {"opt_out_channels": "all"},
        [msg("STOP", id="1"), msg("START", channel=Channel.WHATSAPP, id="2")],
    ),
    "a list twice, then help and yes": (
        {},
        [msg("STOP promos", id="1"), msg("STOP promos", id="2"), msg("HELP"), msg("YES")],
    ),
    "any message resubscribes": (
        {"auto_resubscribe_on_inbound": "any_message"},
        [msg("STOP", id="1"), msg("what time do you open?", id="2"), msg("STOP", Q, id="3")],
    ),
}


def _account(engine: Engine, slug: str, settings: dict[str, Any]) -> None:
    engine.create_account(slug, "Acme")  # the same name: replies quote it
    engine.add_sender(slug, "sms", X, actor=ADMIN)
    engine.create_list(slug, "promos", actor=ADMIN)
    if settings:
        engine.update_settings(slug, ADMIN, **settings)


def _summary(result: InboundResult) -> tuple[Any, ...]:
    """What a result says, without the ids that differ between two accounts (and so without
    the order of rows created in the same instant, which their random ids decide)."""
    actions = sorted(
        (a.kind, getattr(a, "scope", None), getattr(a, "channel", None)) for a in result.actions
    )
    return result.intent, result.keyword, result.reply, actions, result.duplicate


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_batch_behaves_as_its_messages_one_by_one(engine: Engine, scenario: str) -> None:
    settings, messages = SCENARIOS[scenario]
    _account(engine, "alone", settings)
    _account(engine, "together", settings)

    alone = [engine.receive("alone", message) for message in messages]
    together = engine.receive_together([("together", message) for message in messages])

    assert [_summary(r) for r in together] == [_summary(r) for r in alone]
    for person in (P, Q):
        for channel in ("sms", "whatsapp"):
            for list_name in (None, "promos"):
                expected = engine.check("alone", channel, person, list_name=list_name).codes
                found = engine.check("together", channel, person, list_name=list_name).codes
                assert found == expected, (person, channel, list_name)
    assert engine.verify_audit("together").ok
    assert engine.verify_audit("together").events_checked == (
        engine.verify_audit("alone").events_checked
    )


def test_a_batch_with_a_repeated_delivery_fails_whole(engine: Engine, acme: str) -> None:
    """So that the group retries each message alone, where the retry finds the first."""
    with pytest.raises(DuplicateRow):
        engine.receive_together([(acme, msg("STOP", id="SM1")), (acme, msg("STOP", id="SM1"))])
    with engine.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedMessage)) == 0
    assert engine.check(acme, "sms", P).allowed


def report(code: str | None, person: str = P, *, at: datetime, id: str) -> DeliveryReport:
    status = "delivered" if code is None else "undelivered"
    outcome = classify("twilio", status, code)
    return DeliveryReport(Channel.SMS, "twilio", id, status, code, outcome, person, X, at, {})


def test_a_batch_of_reports_behaves_as_its_reports_one_by_one(engine: Engine) -> None:
    """Temporary failures that add up to a bounce within the batch, a carrier opt-out, a
    permanent failure, one delivered: the same results and state as one report at a time."""
    reports = [
        report("30003", at=T0, id="1"),
        report("21610", Q, at=T0, id="2"),
        report("30003", at=T0 + timedelta(days=1), id="3"),
        report(None, Q, at=T0, id="4"),
        report("30003", at=T0 + timedelta(days=2), id="5"),
        report("21614", Q, at=T0, id="6"),
    ]
    _account(engine, "alone", {})
    _account(engine, "together", {})

    alone = [engine.record_delivery("alone", r) for r in reports]
    together = engine.record_deliveries_together([("together", r) for r in reports])

    def summary(result: ReportResult) -> tuple[Any, ...]:
        return result.outcome, [(a.kind, getattr(a, "source", None)) for a in result.actions]

    assert [summary(r) for r in together] == [summary(r) for r in alone]
    assert getattr(alone[-2].actions[-1], "source", None) == "bounce"  # the scenario does add up
    for person in (P, Q):
        expected = engine.check("alone", "sms", person, sender=X).codes
        assert engine.check("together", "sms", person, sender=X).codes == expected
    assert engine.verify_audit("together").events_checked == (
        engine.verify_audit("alone").events_checked
    )


def _twenty_seven_deliveries() -> list[InboundMessage]:
    """Twenty people, one of them sending three STOPs, and a provider delivering one message
    five times."""
    people = [f"+1415555{n:04d}" for n in range(20)]
    messages = [msg("STOP", person, id=f"SM{n}") for n, person in enumerate(people)]
    messages += [msg("STOP", people[0], id=f"SM-again-{n}") for n in range(2)]
    messages += [msg("STOP", Q, id="SM-retried") for _ in range(5)]
    return messages


def _assert_every_guarantee(engine: Engine, acme: str, results: list[InboundResult]) -> None:
    """Every message stored once, one confirmation per opt-out, an intact chain."""
    people = [f"+1415555{n:04d}" for n in range(20)]
    assert sum(1 for r in results if r.reply) == len(people) + 1  # the twenty, and Q once
    retried = results[-5:]
    assert sorted(r.duplicate for r in retried) == [False, True, True, True, True]
    assert len({r.message_id for r in retried}) == 1
    assert not any(r.duplicate for r in results[:-5])
    with engine.db.read() as session:
        stored = session.scalar(select(func.count()).select_from(ReceivedMessage))
    assert stored == len(people) + 2 + 1
    assert all(engine.check(acme, "sms", person).codes == ["opted_out"] for person in people)
    assert engine.verify_audit(acme).ok


def test_concurrent_deliveries_in_groups_keep_every_guarantee(engine: Engine, acme: str) -> None:
    """All at once through the server's intake: they share transactions, and a batch holding
    the retried message fails whole and is processed again one by one."""

    async def deliver() -> list[InboundResult]:
        intake = Intake(engine)
        return list(
            await asyncio.gather(*(intake.receive(acme, m) for m in _twenty_seven_deliveries()))
        )

    _assert_every_guarantee(engine, acme, asyncio.run(deliver()))


def test_concurrent_deliveries_in_threads_keep_every_guarantee(engine: Engine, acme: str) -> None:
    """All at once from threads of their own, each in its own transaction."""
    results = _all_at_once(lambda m: engine.receive(acme, m), _twenty_seven_deliveries())
    _assert_every_guarantee(engine, acme, results)


@pytest.mark.parametrize("kind", ["message", "report"])
def test_a_change_committed_while_a_message_waits_is_seen(
    engine: Engine, acme: str, kind: str
) -> None:
    """Another writer holds the account's chain while a STOP (or a report that the number is
    unreachable) about a suppressed person comes in, and lifts that suppression: the STOP must
    not go by what it read before the lift, find the person "already opted out" and do
    nothing. The other writer lifts as soon as the STOP reads suppressions or asks for the
    chain, whichever it does first."""
    _unreachable_or_stop(engine, acme, kind, "first")
    waiting = threading.Event()

    def note_the_lock(*args: Any) -> None:
        if any(part in args[2] for part in ("FOR UPDATE", "BEGIN IMMEDIATE", "FROM suppressions")):
            waiting.set()

    with Engine(engine.database_url) as other:
        with other.db.write() as session:
            account = accounts.load_account(session, acme)
            log = EventLog(session, account.id)
            log.lock()
            event.listen(engine.db.engine, "before_cursor_execute", note_the_lock)
            late = threading.Thread(target=_unreachable_or_stop, args=(engine, acme, kind, "again"))
            late.start()
            assert waiting.wait(30)
            rows = active_suppressions(session, account.id, [Target(Channel.SMS, P)])
            lift_suppressions(session, log, rows, actor=ADMIN, reason="asked by phone")
        late.join(30)
    event.remove(engine.db.engine, "before_cursor_execute", note_the_lock)
    assert engine.check(acme, "sms", P).codes == ["opted_out" if kind == "message" else "bounced"]
    assert engine.verify_audit(acme).ok


def _unreachable_or_stop(engine: Engine, acme: str, kind: str, id: str) -> None:
    if kind == "message":
        engine.receive(acme, msg("STOP", id=id))
    else:
        engine.record_delivery(acme, report("21614", at=T0, id=id))


def _all_at_once(call: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    """`call` each item in a thread of its own, all released together; results in order."""
    results: list[Any] = [None] * len(items)
    start = threading.Barrier(len(items))

    def run(index: int) -> None:
        start.wait()
        results[index] = call(items[index])

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(items))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


# -- the grouping itself, without a database ----------------------------------------------


class _Recorder:
    """`together` and `alone` that record their calls; the first call waits for `release`."""

    def __init__(self, fail: set[str] | None = None) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.batches: list[list[str]] = []
        self.alone_calls: list[str] = []
        self.fail = fail or set()

    def together(self, items: Sequence[str]) -> list[str]:
        self.batches.append(list(items))
        if self.fail & set(items):
            raise ValueError("one of them is bad")
        return [item.upper() for item in items]

    def alone(self, item: str) -> str:
        self.alone_calls.append(item)
        if not self.started.is_set():
            self.started.set()
            self.release.wait(5)
        if item in self.fail:
            raise ValueError(f"{item} is bad")
        return item.upper()


def _batch_behind_a_first_caller(
    group: GroupCommit[str, str], recorder: _Recorder, items: list[str]
) -> list[object]:
    """Call "a" and wait until it is being processed alone; then call `items`, which queue
    behind it; then let "a" finish. Returns the outcomes of "a" and then of `items`."""

    async def run() -> list[object]:
        first = asyncio.ensure_future(group("a"))
        while not recorder.started.is_set():
            await asyncio.sleep(0.001)
        rest = asyncio.gather(*(group(item) for item in items), return_exceptions=True)
        while len(group._waiting) < len(items):
            await asyncio.sleep(0.001)
        recorder.release.set()
        return [await first, *await rest]

    return asyncio.run(run())


def test_a_caller_alone_is_processed_at_once_on_its_own() -> None:
    recorder = _Recorder()
    recorder.started.set()  # nothing to hold up
    group = GroupCommit(recorder.together, recorder.alone)
    assert asyncio.run(group("a")) == "A"
    assert (recorder.alone_calls, recorder.batches) == (["a"], [])


def test_callers_arriving_during_a_batch_share_the_next() -> None:
    recorder = _Recorder()
    group = GroupCommit(recorder.together, recorder.alone)
    outcomes = _batch_behind_a_first_caller(group, recorder, ["b", "c", "d"])
    assert outcomes == ["A", "B", "C", "D"]
    assert [sorted(batch) for batch in recorder.batches] == [["b", "c", "d"]]
    assert recorder.alone_calls == ["a"]


def test_a_failed_batch_is_retried_one_by_one_and_fails_alone() -> None:
    recorder = _Recorder(fail={"c"})
    group = GroupCommit(recorder.together, recorder.alone)
    a, b, c, d = _batch_behind_a_first_caller(group, recorder, ["b", "c", "d"])
    assert (a, b, d) == ("A", "B", "D")
    assert isinstance(c, ValueError) and str(c) == "c is bad"
    assert sorted(recorder.alone_calls) == ["a", "b", "c", "d"]


def test_a_caller_that_goes_away_leaves_its_item_to_be_committed() -> None:
    """A client hanging up mid-request: its message is processed with the others anyway."""
    recorder = _Recorder()
    group = GroupCommit(recorder.together, recorder.alone)

    async def run() -> list[object]:
        first = asyncio.ensure_future(group("a"))
        while not recorder.started.is_set():
            await asyncio.sleep(0.001)
        gone = asyncio.ensure_future(group("b"))
        stays = asyncio.ensure_future(group("c"))
        while len(group._waiting) < 2:
            await asyncio.sleep(0.001)
        gone.cancel()
        recorder.release.set()
        return [await first, await stays]

    assert asyncio.run(run()) == ["A", "C"]
    assert recorder.batches == [["b", "c"]]

"""Group commit: messages that arrive together are processed and committed together.

Every message that changes a suppression appends to its account's event chain, whose lock is
held from the first append to commit, so one account's messages go through one transaction at
a time however many threads wait. Each transaction also has fixed costs that are larger than a
message's own work (a connection check, BEGIN, reading the account, its sender and lists, the
lock, the chain head's update, COMMIT and its flush to disk). So while one batch is being
processed, the messages that arrive wait, and the next batch takes them all into one
transaction (bench/README.md has the numbers).

The guarantees do not change:
- a caller returns only once the transaction holding its message has committed;
- if that transaction fails for any reason (a provider's retry colliding with its stored
  message, an unknown account, a lost connection), it is rolled back whole and every message
  in it is processed again on its own, through the usual exactly-once path: a message that
  fails, fails alone, with its own error;
- a message that arrives when nothing is being processed is processed at once. Only under
  load, when the last batch held several messages, does a new batch wait for its companions,
  and never longer than `linger`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Slot(Generic[T, R]):
    """One caller's item, and how its processing ended."""

    def __init__(self, item: T) -> None:
        self.item = item
        self.wake = threading.Event()  # set once: its batch is over, or it is to lead one
        self.leads = False
        self.retry_alone = True  # until its batch gives it a result
        self.result: R | None = None
        self.error: Exception | None = None

    def settle(self, result: R | None = None, error: Exception | None = None) -> None:
        self.result, self.error, self.retry_alone = result, error, False

    def outcome(self) -> R:
        if self.error is not None:
            raise self.error
        return self.result  # type: ignore[return-value]  # settled without an error


class GroupCommit(Generic[T, R]):
    """Run concurrent callers' items in shared transactions, one batch at a time.

    `together` processes a batch of items in one transaction and returns their results in
    order, or raises; `alone` processes one item in its own transaction. The caller whose item
    finds no batch running leads: it runs the next batch, its own item first, in its own
    thread, then hands the lead to the oldest caller still waiting.
    """

    def __init__(
        self,
        together: Callable[[Sequence[T]], list[R]],
        alone: Callable[[T], R],
        *,
        most: int = 32,
        linger: float = 0.01,
    ) -> None:
        self._together = together
        self._alone = alone
        self._most = most
        self._linger = linger
        self._mutex = threading.Lock()
        self._arrived = threading.Condition(self._mutex)
        self._waiting: list[_Slot[T, R]] = []
        self._leading = False
        self._last = 1  # how many items the last batch held

    def __call__(self, item: T) -> R:
        """Process `item`, perhaps with others, and return its result once committed."""
        slot: _Slot[T, R] = _Slot(item)
        with self._mutex:
            self._waiting.append(slot)
            if not self._leading:
                self._leading = slot.leads = True
            self._arrived.notify()
        if not slot.leads:
            slot.wake.wait()
        if slot.leads:  # from the start, or handed the lead while it waited
            self._lead()
        if slot.retry_alone:
            return self._alone(item)
        return slot.outcome()

    def _lead(self) -> None:
        with self._mutex:
            if len(self._waiting) < self._last:
                # Under load, the callers of the last batch come back within moments; a
                # transaction of its own would cost this one more than waiting for them.
                self._arrived.wait_for(lambda: len(self._waiting) >= self._last, self._linger)
            batch = self._waiting[: self._most]  # the leader's own slot is the first
            del self._waiting[: self._most]
            self._last = len(batch)
        try:
            self._run(batch)
        finally:
            self._hand_over()
            for slot in batch[1:]:
                slot.wake.set()

    def _run(self, batch: list[_Slot[T, R]]) -> None:
        if len(batch) == 1:
            try:
                batch[0].settle(self._alone(batch[0].item))
            except Exception as exc:
                batch[0].settle(error=exc)
            return
        try:
            results = self._together([slot.item for slot in batch])
        except Exception:
            return  # every item is processed again on its own, and fails alone if it fails
        for slot, result in zip(batch, results, strict=True):
            slot.settle(result)

    def _hand_over(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting[0].leads = True
                self._waiting[0].wake.set()
            else:
                self._leading = False

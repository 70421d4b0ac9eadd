"""Group commit: messages that arrive together are processed and committed together.

Every message that changes a suppression appends to its account's event chain, whose lock is
held from the first append to commit, so one account's messages go through one transaction at
a time however many arrive. Each transaction also has fixed costs that are larger than a
message's own work (BEGIN, reading the account, its sender and lists, the lock, the chain
head's update, COMMIT and its flush to disk). So while one batch is being processed, the
messages that arrive wait, and the next batch takes them all into one transaction
(bench/README.md has the numbers).

The waiting happens on the event loop, not in threads: a caller awaits a future, and only the
batch itself goes to a thread, one hand-over per batch rather than one per message, with no
thread parked per waiting message.

The guarantees do not change:
- a caller returns only once the transaction holding its item has committed;
- if that transaction fails for any reason (a provider's retry colliding with its stored
  message, an unknown account, a lost connection), it is rolled back whole and every item in
  it is processed again on its own, through the usual exactly-once path: an item that fails,
  fails alone, with its own error;
- an item that arrives when nothing is being processed is processed at once. Only under
  load, when the last batch held several items, does a new batch wait for its companions, and
  never longer than `linger`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from anyio import to_thread

T = TypeVar("T")
R = TypeVar("R")

_Outcome = tuple[R | None, Exception | None]


class GroupCommit(Generic[T, R]):
    """Run concurrent callers' items in shared transactions, one batch at a time.

    `together` processes a batch of items in one transaction and returns their results in
    order, or raises; `alone` processes one item in its own transaction. Both are blocking
    and run in a worker thread. Use one instance from one event loop at a time.
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
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._running: asyncio.Task[None] | None = None
        self._enough: asyncio.Future[None] | None = None  # set once `_last` items wait
        self._last = 1  # how many items the last batch held

    async def __call__(self, item: T) -> R:
        """Process `item`, perhaps with others, and return its result once committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self._waiting.append((item, future))
        if self._enough is not None and len(self._waiting) >= self._last:
            _settle(self._enough, None, None)
        if self._running is None:
            self._running = loop.create_task(self._run())
        # A caller that goes away (a client hanging up) leaves its item in the batch, processed
        # and committed like the others, so that the provider's retry finds it stored.
        return await future

    async def _run(self) -> None:
        try:
            while self._waiting:
                if len(self._waiting) < self._last:
                    # Under load, the callers of the last batch come back within moments; a
                    # transaction of its own would cost this one more than waiting for them.
                    await self._wait_for_companions()
                batch = self._waiting[: self._most]
                del self._waiting[: self._most]
                self._last = len(batch)
                outcomes = await to_thread.run_sync(self._process, [item for item, _ in batch])
                for (_item, future), (result, error) in zip(batch, outcomes, strict=True):
                    _settle(future, result, error)
        finally:
            self._running = None

    async def _wait_for_companions(self) -> None:
        self._enough = asyncio.get_running_loop().create_future()
        try:
            await asyncio.wait_for(self._enough, self._linger)
        except TimeoutError:
            pass
        finally:
            self._enough = None

    def _process(self, items: list[T]) -> list[_Outcome[R]]:
        """In a worker thread: the batch in one transaction, or else each item alone."""
        if len(items) > 1:
            try:
                return [(result, None) for result in self._together(items)]
            except Exception:
                pass  # every item is processed again on its own, and fails alone if it fails
        return [self._attempt(item) for item in items]

    def _attempt(self, item: T) -> _Outcome[R]:
        try:
            return self._alone(item), None
        except Exception as exc:
            return None, exc


def _settle(future: asyncio.Future[R], result: R | None, error: Exception | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)  # type: ignore[arg-type]  # settled without an error

"""The thread inside `heed serve` that sends queued messages as soon as they are queued.

An inbound message whose reply was queued wakes it at once (`Engine.outbox_signal`, set
after the commit); it also looks every few seconds, for messages queued by another process
(`heed inbound`, another worker) and for retries falling due. Each server process runs one;
claims keep them from sending a message twice.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from heed.engine import Engine

log = logging.getLogger("heed.outbound")

#: Seconds between looks when nothing wakes the worker.
POLL = 2.0
#: Messages claimed per round; a full round is followed at once by another.
BATCH = 50


class OutboxWorker:
    def __init__(self, engine: Engine, public_url: str | None, poll: float = POLL) -> None:
        self._engine = engine
        self._public_url = public_url
        self._poll = poll
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heed-outbox", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._engine.outbox_signal.set()
        self._thread.join(timeout=15)

    def _run(self) -> None:
        signal = self._engine.outbox_signal
        while not self._stopping.is_set():
            signal.wait(self._poll)
            signal.clear()
            try:
                while not self._stopping.is_set():
                    summary = self._engine.send_due_messages(
                        limit=BATCH, public_url=self._public_url
                    )
                    if summary.claimed < BATCH:
                        break
            except Exception:  # the database is down, say: log, and look again later
                log.exception("sending queued messages failed; trying again in %s s", self._poll)

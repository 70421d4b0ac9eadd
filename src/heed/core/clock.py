"""How far a sender's own timestamp may stray from heed's clock before heed distrusts it.

A message's time (the provider's, or `received_at` given to `POST /v1/inbound`) orders STOP
and START: an opt-in lifts only opt-outs older than itself, and an opt-out older than an
opt-in already applied is recorded as superseded. A time in the future would let one START
pre-empt every STOP until then; a time long past rewrites what is now known about the past.
So the API refuses a time outside these bounds, and the engine (whose providers' messages it
must never drop: a STOP is honoured whatever its timestamp) flags it, and takes a future
time as the moment of receipt. A delivery report's time is held to the same bounds: it dates
the suppression a report makes (a carrier opt-out "since 2033" would outlast every START
before 2033) and orders the provider's opt-in against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class ClockBounds:
    """How far ahead of heed's clock (`future`) or behind it (`past`) a message's time may be."""

    future: timedelta = timedelta(minutes=5)
    past: timedelta = timedelta(days=7)

    def problem(self, at: datetime, now: datetime) -> str | None:
        """Why `at` cannot be taken as a message's time, or None when it can."""
        if at > now + self.future:
            return (
                f"{at.isoformat()} is {_words(at - now)} after heed's clock; at most "
                f"{_words(self.future)} ahead is accepted (HEED_INBOUND_MAX_FUTURE_SECONDS)"
            )
        if at < now - self.past:
            return (
                f"{at.isoformat()} is {_words(now - at)} before heed's clock; at most "
                f"{_words(self.past)} back is accepted (HEED_INBOUND_MAX_PAST_HOURS)"
            )
        return None

    def taken(self, at: datetime, now: datetime) -> tuple[datetime, str | None]:
        """The time to act on for a sender's `at` received at `now`, and why `at` is distrusted
        (None when it is not). A future time becomes `now`; a past one is kept, flagged: it
        may be when the thing happened (a provider retrying for days), and it can only make
        the change older, never pre-empt one still to come."""
        problem = self.problem(at, now)
        return (now if problem is not None and at > now else at), problem


def _words(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds >= 2 * 86400:
        return f"{seconds // 86400} days"
    if seconds >= 2 * 3600:
        return f"{seconds // 3600} hours"
    if seconds >= 120:
        return f"{seconds // 60} minutes"
    return f"{seconds} seconds"

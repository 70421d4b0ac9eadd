"""Messages heed sends itself: the one reply to a keyword, and agents' replies from the inbox.

A reply is decided in the transaction that stores the person's message (heed.inbound). If the
provider's webhook can carry it in its answer (Twilio's TwiML, or `POST /v1/inbound`, whose
caller sends it), it goes there, and is recorded in `outbound_messages` as `returned` so the
outbox shows every reply (queue.record_returned). Vonage and the WhatsApp Cloud API cannot:
their webhooks want a bare 200. For those the reply is queued in `outbound_messages` in that same
transaction, so it cannot be lost or doubled, and sent at once through the provider's API by
the sender running inside `heed serve` (heed.outbound.worker), or by `heed outbox send`.

    queue.py      queue, claim and settle rows (inside the caller's transaction)
    transport.py  the HTTP call itself, the only I/O
    worker.py     the thread in `heed serve` that sends whatever is due

Sending is at least once: a process that dies after the provider accepted a message and
before heed recorded it sends it again when its claim lapses (two minutes). Confirmations
expire after five minutes unsent (FCC: one confirmation, within five minutes of the opt-out)
and agents' replies after 24 hours (WhatsApp's customer-service window).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from heed.providers import generic, twilio, vonage, whatsapp
from heed.providers.base import ApiRequest, Outgoing, SendOutcome

#: Senders of this provider send nothing: a message is recorded as sent with no HTTP call, so
#: a demo or a staging account shows the whole flow without messaging anyone.
SANDBOX = "sandbox"

#: Providers whose inbound webhook cannot carry a reply: heed sends it through their API.
REPLIES_BY_API = frozenset({vonage.PROVIDER, whatsapp.PROVIDER})

Build = Callable[[Outgoing], ApiRequest]
Read = Callable[[int, Any], SendOutcome]

#: How to send through each provider: build the request, read the answer (both pure).
ADAPTERS: Mapping[str, tuple[Build, Read]] = MappingProxyType(
    {
        twilio.PROVIDER: (twilio.send_request, twilio.read_send_response),
        vonage.PROVIDER: (vonage.send_request, vonage.read_send_response),
        whatsapp.PROVIDER: (whatsapp.send_request, whatsapp.read_send_response),
        generic.PROVIDER: (generic.send_request, generic.read_send_response),
    }
)

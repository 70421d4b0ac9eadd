"""The generic provider: any platform heed has no adapter for.

Inbound, it posts JSON to `POST /v1/inbound` and sends heed's reply itself. Outbound (an
agent's reply from the inbox, a confirmation it cannot send), heed posts the message as JSON
to the sender's `send_url` option, signed like GitHub and Meta sign webhooks:
`X-Heed-Signature: sha256=<hex HMAC-SHA256 of the raw body>` keyed with the sender's secret,
so the receiving end can tell the request came from heed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from heed.providers.base import ApiRequest, Outgoing, SendOutcome, required_option, retryable

PROVIDER = "generic"
SIGNATURE_HEADER = "X-Heed-Signature"


def sign(body: bytes, secret: str) -> str:
    """The `X-Heed-Signature` value for `body`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def send_request(message: Outgoing) -> ApiRequest:
    """The POST to the sender's `send_url`; the `id` in it lets the receiver drop a retry."""
    url = required_option(message.options, "send_url", PROVIDER)
    body = json.dumps(
        {
            "id": message.id,
            "channel": message.channel.value,
            "from": message.from_address,
            "to": message.to_address,
            "body": message.body,
        },
        ensure_ascii=False,
    ).encode()
    headers = {"Content-Type": "application/json"}
    if message.secret:
        headers[SIGNATURE_HEADER] = sign(body, message.secret)
    return ApiRequest("POST", url, headers=headers, content=body)


def read_send_response(status: int, body: Any) -> SendOutcome:
    """Any 2xx is accepted; its JSON `provider_message_id`, if any, is kept."""
    if 200 <= status < 300:
        given = body.get("provider_message_id") if isinstance(body, Mapping) else None
        return SendOutcome(str(given) if given else "")
    detail = body.get("detail") if isinstance(body, Mapping) else None
    return SendOutcome(
        None,
        error=f"the send_url answered HTTP {status}{': ' + str(detail) if detail else ''}",
        error_code=str(status),
        retry=retryable(status),
    )

"""The HTTP call to a provider's API: the only I/O on the way out.

A network failure (refused, reset, timed out) is an answer too: a temporary one, so the
message is tried again until it expires.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

from heed.outbound import ADAPTERS
from heed.providers.base import ApiRequest, SendOutcome

#: Seconds one send may take; far below the claim's lease (heed.outbound.queue.LEASE).
TIMEOUT = 10.0


class HttpTransport:
    """Sends built requests over one pooled, thread-safe HTTP client."""

    def __init__(self, timeout: float = TIMEOUT) -> None:
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)

    def send(self, provider: str, request: ApiRequest) -> SendOutcome:
        """Send `request` and read the answer with `provider`'s reader."""
        _build, read = ADAPTERS[provider]
        try:
            response = self._client.request(
                request.method,
                request.url,
                headers=dict(request.headers),
                data=dict(request.form) if request.form is not None else None,
                json=request.json,
                content=request.content,
                auth=request.basic_auth,
            )
        except httpx.HTTPError as exc:
            host = urlsplit(request.url).netloc
            return SendOutcome(None, error=f"could not reach {host}: {exc}", retry=True)
        return read(response.status_code, _body(response))

    def close(self) -> None:
        self._client.close()


def _body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text

"""The HTTP call to a provider's API: the only I/O on the way out.

A network failure (refused, reset, timed out) is an answer too: a temporary one, so the
message is tried again until it expires.

Where heed connects is chosen by tenants (a generic sender's `send_url`, any sender's
`api_base_url`), so every call is checked first (`Destinations`): the host is resolved and
heed connects only to a public address it resolved to, never to loopback, private,
link-local (cloud metadata at 169.254.169.254), shared or reserved ranges, unless the
server's own configuration names the network (`HEED_OUTBOUND_ALLOWED_NETWORKS`). Redirects
are never followed. What a custom endpoint answers is not repeated to the tenant beyond its
HTTP status and error code, so heed cannot be used to read an internal service either.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import httpx

from heed.outbound import ADAPTERS
from heed.providers.base import ApiRequest, SendOutcome
from heed.settings import load_settings

#: Seconds one send may take; far below the claim's lease (heed.outbound.queue.LEASE).
TIMEOUT = 10.0
#: The providers' own API hosts: their error messages are shown as they come.
OFFICIAL_HOSTS = {
    "twilio": {"api.twilio.com"},
    "vonage": {"rest.nexmo.com", "api.nexmo.com"},
    "whatsapp": {"graph.facebook.com"},
}
_CODE = re.compile(r"[A-Za-z0-9_.-]{1,32}")
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class Refused(Exception):
    """A destination heed will not connect to."""


class Destinations:
    """Which addresses outbound calls may reach: public ones, and the configured networks."""

    def __init__(self, allowed: Iterable[str] = ()) -> None:
        self.allowed: list[Network] = [
            ipaddress.ip_network(n.strip(), strict=False) for n in allowed if n.strip()
        ]

    def permits(self, address: Address) -> bool:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if any(address in network for network in self.allowed):
            return True
        return address.is_global and not address.is_multicast

    def resolve(self, url: httpx.URL) -> Address:
        """The address to connect to for `url`: one it resolves to, if every one is permitted."""
        if url.scheme not in ("http", "https") or not url.host:
            raise Refused(f"{url.scheme}: URLs are not sent to")
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            found = socket.getaddrinfo(url.host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise OSError(f"could not resolve {url.host}") from exc
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
        if not addresses or not all(self.permits(a) for a in addresses):
            # All, not any: a name that resolves to a public and a private address must not
            # let the connection land on the private one.
            raise Refused(
                f"{url.host} is not a public address; heed sends only to public addresses "
                "unless the server allows the network (HEED_OUTBOUND_ALLOWED_NETWORKS)"
            )
        return addresses[0]


def pinned(url: httpx.URL, address: Address) -> tuple[httpx.URL, dict[str, str], dict[str, Any]]:
    """`url` aimed at the checked `address`, with the Host header and TLS name of its host.

    Connecting to the address `Destinations.resolve` checked, not to the name, is what keeps
    a second resolution (DNS rebinding) from landing the call somewhere else.
    """
    headers = {"Host": url.netloc.decode("ascii")}
    extensions: dict[str, Any] = {"sni_hostname": url.host} if url.scheme == "https" else {}
    return url.copy_with(host=str(address)), headers, extensions


def fetch(
    method: str, url: str, *, destinations: Destinations | None = None, **kwargs: Any
) -> httpx.Response:
    """One request to `url` by the outbound rule: only to a permitted address, the one it
    resolved to, never following a redirect. For heed's own calls (an SNS certificate, a
    checkpoint witness) as much as for tenants' senders.

    Raises Refused (not a permitted address), OSError (the name does not resolve) or
    httpx.HTTPError.
    """
    target = httpx.URL(url)
    address = (destinations or configured_destinations()).resolve(target)
    aimed, headers, extensions = pinned(target, address)
    headers |= kwargs.pop("headers", {})
    with httpx.Client(timeout=kwargs.pop("timeout", TIMEOUT), follow_redirects=False) as client:
        return client.request(method, aimed, headers=headers, extensions=extensions, **kwargs)


def configured_destinations() -> Destinations:
    """The destinations the server's settings allow (read when a transport is made)."""
    return Destinations(load_settings().outbound_allowed_networks.split(","))


class HttpTransport:
    """Sends built requests over one pooled, thread-safe HTTP client."""

    def __init__(self, timeout: float = TIMEOUT, destinations: Destinations | None = None) -> None:
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)
        self._destinations = destinations or configured_destinations()

    def send(self, provider: str, request: ApiRequest) -> SendOutcome:
        """Send `request` and read the answer with `provider`'s reader."""
        _build, read = ADAPTERS[provider]
        url = httpx.URL(request.url)
        try:
            address = self._destinations.resolve(url)
        except Refused as exc:
            return SendOutcome(None, error=str(exc), retry=False)
        except OSError as exc:
            return SendOutcome(None, error=str(exc), retry=True)
        aimed, headers, extensions = pinned(url, address)
        try:
            response = self._client.request(
                request.method,
                aimed,
                headers={**dict(request.headers), **headers},
                data=dict(request.form) if request.form is not None else None,
                json=request.json,
                content=request.content,
                auth=request.basic_auth,
                extensions=extensions,
            )
        except httpx.HTTPError:
            # Not the exception's text: refused, reset or timed out would tell a tenant which
            # ports are open.
            return SendOutcome(None, error=f"could not reach {url.host}", retry=True)
        outcome = read(response.status_code, _body(response))
        if outcome.error is None or url.host in OFFICIAL_HOSTS.get(provider, ()):
            return outcome
        return replace(outcome, error=_status_only(response.status_code, outcome.error_code))

    def close(self) -> None:
        self._client.close()


def _status_only(status: int, code: str | None) -> str:
    """The error of a custom endpoint, without anything it wrote."""
    shown = f", error code {code}" if code and _CODE.fullmatch(code) else ""
    return f"the provider's endpoint answered HTTP {status}{shown}"


def _body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text

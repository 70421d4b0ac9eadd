"""Errors heed raises, as one small tree.

Only the edges (CLI, HTTP API, web) turn these into exit codes or problem+json; the core and
the store raise them and never know who is asking.

    HeedError
    ├── BadInput                  the caller gave something heed cannot use (CLI exit 2, HTTP 4xx)
    │   ├── InvalidAddress        not a phone number / email heed can normalise
    │   ├── InvalidSetting        an account/sender setting with an unknown value
    │   ├── NotFound              an account, sender, list or contact that does not exist
    │   │   └── UnknownAccount
    │   ├── AlreadyExists         creating something whose key is taken
    │   ├── Unauthenticated       no API key, or not a valid one (HTTP 401)
    │   ├── PermissionDenied      the actor's role may not do this (HTTP 403)
    │   ├── InvalidWebhook        a provider's request heed cannot read (HTTP 400), naming the field
    │   ├── ResubscribeRefused    blocked, blacklisted or carrier-blocked: no opting back in
    │   └── MessagingRefused      the person may not be messaged now (an agent's reply)
    ├── SignatureInvalid          a webhook whose signature does not verify (HTTP 403)
    └── Unavailable               heed could not answer (CLI exit 3, HTTP 503): do not send
        ├── DatabaseUnavailable
        └── SchemaOutOfDate       the database needs `heed init`
"""

from __future__ import annotations


class HeedError(Exception):
    """Root of every error heed raises on purpose."""

    #: Stable, machine-readable name used in problem+json `type` and `--json` output.
    code = "error"


class BadInput(HeedError):
    code = "bad-input"


class InvalidAddress(BadInput):
    code = "invalid-address"


class InvalidSetting(BadInput):
    """A setting with a value heed refuses; `errors` says why, by setting name, when known."""

    code = "invalid-setting"

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or {}


class NotFound(BadInput):
    code = "not-found"


class UnknownAccount(NotFound):
    code = "unknown-account"

    def __init__(self, slug: str) -> None:
        super().__init__(f"unknown account {slug!r}: create it with `heed account create {slug}`")
        self.slug = slug


class AlreadyExists(BadInput):
    code = "already-exists"


class Unauthenticated(BadInput):
    code = "unauthenticated"


class PermissionDenied(BadInput):
    code = "permission-denied"


class InvalidWebhook(BadInput):
    code = "invalid-webhook"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class SignatureInvalid(HeedError):
    """Nothing from a request with a bad or missing signature may be stored.

    `verified_url` is the URL the signature was checked against, for providers that sign it
    (Twilio): behind a proxy it is the first thing to compare with the console's URL. Never
    the secret.
    """

    code = "signature-invalid"

    def __init__(self, message: str, verified_url: str | None = None) -> None:
        super().__init__(message)
        self.verified_url = verified_url


class ResubscribeRefused(BadInput):
    code = "resubscribe-refused"


class MessagingRefused(BadInput):
    code = "messaging-refused"


class Unavailable(HeedError):
    code = "unavailable"


class DatabaseUnavailable(Unavailable):
    code = "database-unavailable"


class SchemaOutOfDate(Unavailable):
    code = "schema-out-of-date"

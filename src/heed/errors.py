"""Errors heed raises, as one small tree.

Only the edges (CLI, HTTP API, web) turn these into exit codes or problem+json; the core and
the store raise them and never know who is asking.

    HeedError
    ├── Rejected                  heed will not do what was asked; the caller can act on why
    │   ├── BadInput              something heed cannot use (CLI exit 2, HTTP 400)
    │   │   ├── InvalidAddress    not a phone number / email heed can normalise
    │   │   ├── InvalidSetting    an account/sender setting with an unknown value
    │   │   └── InvalidWebhook    a provider's request heed cannot read, naming the field
    │   ├── NotFound              an account, sender, list or contact that does not exist
    │   │   └── UnknownAccount    (CLI exit 2, HTTP 404)
    │   ├── Conflict              refused in this state (CLI exit 5, HTTP 409)
    │   │   ├── AlreadyExists     the key is taken
    │   │   │   └── DuplicateRow  a unique index refused a row (the store says so by type)
    │   │   ├── ResubscribeRefused  blocked, blacklisted or carrier-blocked: no opting back in
    │   │   └── MessagingRefused  the person may not be messaged now (an agent's reply)
    │   └── NotPermitted          not permitted to the caller (CLI exit 4)
    │       ├── Unauthenticated   no API key, or not a valid one (HTTP 401)
    │       └── PermissionDenied  the actor's role may not do this (HTTP 403)
    ├── SignatureInvalid          a webhook whose signature does not verify (HTTP 403)
    ├── CannotListen              `heed serve`'s address or port is taken (CLI exit 6)
    └── Unavailable               heed could not answer (CLI exit 3, HTTP 503): do not send
        ├── DatabaseUnavailable
        ├── SchemaOutOfDate       the database needs `heed init`
        └── StoredDataInvalid     a stored row heed cannot read (edited outside heed)
"""

from __future__ import annotations


class HeedError(Exception):
    """Root of every error heed raises on purpose."""

    #: Stable, machine-readable name used in problem+json `type` and `--json` output.
    code = "error"


class Rejected(HeedError):
    """What was asked cannot be done, for a reason the caller can act on (a 4xx)."""

    code = "rejected"


class BadInput(Rejected):
    code = "bad-input"


class InvalidAddress(BadInput):
    code = "invalid-address"


class InvalidSetting(BadInput):
    """A setting with a value heed refuses; `errors` says why, by setting name, when known."""

    code = "invalid-setting"

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or {}


class NotFound(Rejected):
    code = "not-found"


class UnknownSender(NotFound):
    """A sender the account does not have on that channel: an opt-out scoped to it would
    bind no number the account sends from, so it is refused. `senders` are the channel's."""

    code = "unknown-sender"

    def __init__(self, message: str, senders: list[str]) -> None:
        super().__init__(message)
        self.senders = senders


class UnknownAccount(NotFound):
    code = "unknown-account"

    def __init__(self, slug: str) -> None:
        super().__init__(f"unknown account {slug!r}: create it with `heed account create {slug}`")
        self.slug = slug


class Conflict(Rejected):
    """Refused in the current state: what exists (a taken key, a block) is in the way."""

    code = "conflict"


class AlreadyExists(Conflict):
    code = "already-exists"


class DuplicateRow(AlreadyExists):
    """A unique index refused a row (a concurrent twin, a provider's retry): the transaction
    rolled back whole. Raised by heed.store.db from the driver's error type."""

    code = "already-exists"


class NotPermitted(Rejected):
    """The request is well formed, but the one asking may not make it."""

    code = "not-permitted"


class Unauthenticated(NotPermitted):
    code = "unauthenticated"


class PermissionDenied(NotPermitted):
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


class ResubscribeRefused(Conflict):
    code = "resubscribe-refused"


class MessagingRefused(Conflict):
    code = "messaging-refused"


class CannotListen(HeedError):
    """`heed serve` cannot listen on its address: another process has the port."""

    code = "cannot-listen"


class Unavailable(HeedError):
    code = "unavailable"


class DatabaseUnavailable(Unavailable):
    code = "database-unavailable"


class SchemaOutOfDate(Unavailable):
    code = "schema-out-of-date"


class StoredDataInvalid(Unavailable):
    """A stored row heed cannot read as it wrote it (edited outside heed), so what needs it
    is not done; `heed audit verify` names what changed."""

    code = "stored-data-invalid"

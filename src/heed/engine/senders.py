"""The senders side of `Engine`: register, change, find and list the addresses an account
sends from.

Each method is one transaction, scoped to one account, with the role checked here. Secrets
(a provider's signing secret, WhatsApp's verify token) are write-only: no method returns them
and no event records them, only that they changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from heed.core.account_settings import describe, setting_errors
from heed.core.addresses import normalise_sender
from heed.core.permissions import Action, require
from heed.core.sender_settings import PROVIDER_OPTIONS, SECRET, SenderSettings, secret_names
from heed.core.vocabulary import Actor, Channel, SenderScope, parse_choice
from heed.engine.base import Transactions
from heed.engine.results import SenderInfo, to_json
from heed.errors import InvalidSetting, NotFound
from heed.store import accounts, queries
from heed.store.events import EventLog
from heed.store.tables import Sender

#: What `update_sender` may change; the channel and address name the sender and stay.
UPDATABLE = frozenset(SenderSettings.model_fields) | {SECRET}
#: Settings whose value is a mapping merged into the sender's (a blank value removes a key).
_MERGED = ("replies", "provider_options", "buttons")


def validated(values: dict[str, Any]) -> SenderSettings:
    """`values` as SenderSettings, or InvalidSetting naming each bad setting."""
    try:
        return SenderSettings.model_validate(values)
    except ValidationError as exc:
        errors = setting_errors(exc)
        raise InvalidSetting(f"invalid sender setting: {describe(errors)}", errors) from None


def _stored(row: Sender) -> SenderSettings:
    """The sender's settings as stored (not re-validated: older rows keep loading)."""
    return SenderSettings.model_construct(
        name=row.name,
        scope=SenderScope(row.scope),
        provider=row.provider,
        provider_handles_keywords=row.provider_handles_keywords,
        extra_keywords=list(row.extra_keywords),
        removed_keywords=list(row.removed_keywords),
        replies=dict(row.replies or {}),
        provider_options=dict(row.provider_options or {}),
        buttons=dict(row.buttons or {}),
    )


def _merge(current: SenderSettings, changes: dict[str, Any]) -> dict[str, Any]:
    given = {k: v for k, v in changes.items() if k not in (*_MERGED, SECRET)}
    values = current.model_dump() | given
    provider = values["provider"]
    known = {o.name for o in PROVIDER_OPTIONS.get(provider, ())}
    # Options of another provider go when the provider changes; what the caller sends is judged.
    values["provider_options"] = {k: v for k, v in current.provider_options.items() if k in known}
    for name in _MERGED:
        for key, value in (changes.get(name) or {}).items():
            if value is None or (isinstance(value, str) and not value.strip()):
                values[name].pop(key, None)
            else:
                values[name][key] = value
    return values


def _secrets(secret: str | None, settings: SenderSettings) -> dict[str, str | None]:
    options = settings.provider_options
    return {n: secret if n == SECRET else options.get(n) for n in secret_names(settings.provider)}


def _apply(row: Sender, settings: SenderSettings, secret: str | None) -> None:
    row.name, row.scope, row.provider = settings.name, settings.scope.value, settings.provider
    row.provider_handles_keywords = settings.provider_handles_keywords
    row.extra_keywords, row.removed_keywords = settings.extra_keywords, settings.removed_keywords
    row.replies, row.provider_options = settings.replies, settings.provider_options
    row.buttons = settings.buttons
    row.secret = secret


def _public(info: SenderInfo) -> dict[str, Any]:
    return dict(to_json(info))


class Senders:
    """The addresses an account sends from."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def add_sender(
        self,
        slug: str,
        channel: str,
        address: str,
        *,
        actor: Actor,
        scope: str = "inherit",
        provider: str = "generic",
        secret: str | None = None,
        keywords: Iterable[str] = (),
        removed_keywords: Iterable[str] = (),
        provider_handles_keywords: bool = False,
        name: str | None = None,
        provider_options: dict[str, Any] | None = None,
        replies: dict[str, str] | None = None,
        buttons: dict[str, str] | None = None,
    ) -> SenderInfo:
        """Register an address the account sends from, with its opt-out scope and keywords."""
        kind = parse_choice(Channel, channel)
        settings = validated(
            {
                "name": name,
                "scope": scope,
                "provider": provider,
                "provider_handles_keywords": provider_handles_keywords,
                "extra_keywords": list(keywords),
                "removed_keywords": list(removed_keywords),
                "replies": replies or {},
                "provider_options": {k: str(v) for k, v in (provider_options or {}).items()},
                "buttons": buttons or {},
            }
        )
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_SENDERS)
            normalised = normalise_sender(kind, address, account.settings.default_country)
            row = accounts.add_sender(session, account, kind, normalised)
            _apply(row, settings, secret or None)
            info = SenderInfo.of(row)
            EventLog(session, account.id).append(
                "sender.added", actor, channel=row.channel, after=_public(info)
            )
        return info

    def update_sender(
        self, /, slug: str, sender_id: str, *, actor: Actor, **changes: Any
    ) -> SenderInfo:
        """Change a sender's settings, all or none, recorded as one `sender.updated` event.

        Lists (`extra_keywords`, `removed_keywords`) are replaced; `replies`,
        `provider_options` and `buttons` are merged into the sender's, a blank or None value
        removing one.
        `secret` replaces the signing secret (None or "" removes it); a new provider without a
        new secret has none, as the old provider's secrets mean nothing to it. Raises InvalidSetting
        (with `errors` by setting), NotFound, PermissionDenied. Changing nothing records
        nothing. A running server verifies webhooks with a new secret at once; an old one
        keeps verifying for up to the SecretCache's ten seconds in other server processes.
        """
        unknown = sorted(set(changes) - UPDATABLE)
        if unknown:
            errors = dict.fromkeys(unknown, "there is no such sender setting")
            raise InvalidSetting(f"invalid sender setting: {describe(errors)}", errors)
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_SENDERS)
            row = queries.get(session, account, Sender, sender_id)
            before, stored = SenderInfo.of(row), _stored(row)
            settings = validated(_merge(stored, changes))
            if SECRET in changes:
                secret = changes[SECRET] or None
            else:  # a secret belongs to its provider: a Twilio token is no WhatsApp app secret
                secret = row.secret if settings.provider == stored.provider else None
            old, new = _secrets(row.secret, stored), _secrets(secret, settings)
            _apply(row, settings, secret)
            after = SenderInfo.of(row)
            changed = sorted(n for n in old.keys() | new.keys() if old.get(n) != new.get(n))
            if after == before and not changed:
                return after
            EventLog(session, account.id).append(
                "sender.updated",
                actor,
                channel=row.channel,
                before=_public(before),
                after=_public(after) | ({"secrets_changed": changed} if changed else {}),
            )
            return after

    def remove_sender(self, slug: str, sender_id: str, *, actor: Actor) -> SenderInfo:
        """Remove a sender (recorded as `sender.removed`, with its settings but no secret).

        Its opt-outs stay: they are keyed by address, and a STOP someone sent to that number
        still binds whoever sends from it again. Webhooks signed with its secret are refused
        from then on (within the SecretCache's ten seconds in other server processes).
        """
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_SENDERS)
            row = queries.get(session, account, Sender, sender_id)
            info = SenderInfo.of(row)
            session.delete(row)
            EventLog(session, account.id).append(
                "sender.removed", actor, channel=row.channel, before=_public(info)
            )
            return info

    def find_sender(self, slug: str, channel: str, address: str) -> SenderInfo:
        """The account's sender with this channel and address (as typed), or NotFound."""
        kind = parse_choice(Channel, channel)
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            normalised = normalise_sender(kind, address, account.settings.default_country)
            row = accounts.find_sender(session, account, kind.value, normalised)
            if row is None:
                raise NotFound(f"account {slug!r} has no {kind} sender {normalised}")
            return SenderInfo.of(row)

    def list_senders(self, slug: str) -> list[SenderInfo]:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return [SenderInfo.of(row) for row in queries.senders(session, account)]

    def get_sender(self, slug: str, sender_id: str) -> SenderInfo:
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            return SenderInfo.of(queries.get(session, account, Sender, sender_id))

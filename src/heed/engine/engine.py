"""The library API: every change and every question goes through `Engine`.

The CLI, the HTTP API and the web UI all call these methods, so a rule is enforced in one place.
Each method is one transaction: the change, its events and its consequences commit together.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from heed.bulk.index import Indexes
from heed.core.account_settings import AccountSettings, change_errors, describe, setting_errors
from heed.core.addresses import normalise_address
from heed.core.permissions import Action, require
from heed.core.vocabulary import (
    Actor,
    ActorKind,
    Channel,
    Role,
)
from heed.engine.base import EngineBase, Forward
from heed.engine.checking import Checks
from heed.engine.contacts import Contacts
from heed.engine.conversations import Conversations
from heed.engine.dashboard import Dashboard
from heed.engine.idempotency import IdempotencyKeys
from heed.engine.imports import BulkWork
from heed.engine.keys import ApiKeys
from heed.engine.lists import ListsAndConsents
from heed.engine.opt_outs import OptOuts
from heed.engine.outbox import Outbox
from heed.engine.proof import Proof
from heed.engine.registries import Registries
from heed.engine.results import AccountInfo, CreatedAccount
from heed.engine.review import ReviewQueue
from heed.engine.senders import Senders
from heed.engine.sign_ins import SignIns
from heed.engine.suppressions import Suppressions
from heed.engine.users import Users
from heed.errors import DuplicateRow, InvalidSetting, SignatureInvalid
from heed.providers import email as email_links
from heed.providers.base import DeliveryReport, InboundMessage, MessagePart
from heed.server_key import Keyring
from heed.store import accounts, throttle
from heed.store.accounts import AccountRef, ApiPrincipal
from heed.store.config import ConfigCache
from heed.store.events import EventLog
from heed.store.tables import Account
from heed.store.types import utcnow

if TYPE_CHECKING:
    from heed.inbound.messages import InboundResult
    from heed.inbound.receipts import ReportResult

# The inbound pipeline (with the detector's model) is imported by the methods that receive,
# so a command that only checks never loads it (#12 item 7, tests/test_startup.py).

SYSTEM = Actor(ActorKind.SYSTEM)
_RACE_RETRIES = 3


R = TypeVar("R")


class Engine(
    Checks,
    OptOuts,
    ReviewQueue,
    Outbox,
    BulkWork,
    Registries,
    EngineBase,
):
    """heed's consent engine over one database (SQLite by default, or PostgreSQL).

    Users, sign-ins, API keys, Idempotency-Keys, the dashboard, conversations and proof are
    services composed here: each is built on what it needs (`self.transactions`) and its
    methods are forwarded as the engine's own (`Forward`). The parts listed as base classes
    are still mixed in (heed.engine.part, #12 item 3).
    """

    def __init__(
        self,
        database_url: str | None = None,
        data_dir: Path | None = None,
        keyring: Keyring | None = None,
    ) -> None:
        """`keyring` is the server key; by default it is read, when first needed, from
        HEED_SECRET_KEY or the key file (heed.server_key)."""
        super().__init__(database_url, data_dir, keyring)
        #: Compiled suppression indexes (heed.bulk.index), shared by this process's requests.
        self.indexes = Indexes(self.data_dir)
        self.configs = ConfigCache()
        #: Set when a message is queued to be sent, to wake the sender (heed.outbound.worker).
        self.outbox_signal = threading.Event()

    # -- composed services: each is built on first use, with what it needs ----------------

    @cached_property
    def _users(self) -> Users:
        return Users(self.transactions)

    @cached_property
    def _sign_ins(self) -> SignIns:
        return SignIns(self.transactions)

    @cached_property
    def _api_keys(self) -> ApiKeys:
        return ApiKeys(self.transactions)

    @cached_property
    def _dashboard(self) -> Dashboard:
        return Dashboard(self.transactions)

    @cached_property
    def _conversations(self) -> Conversations:
        return Conversations(self.transactions)

    @cached_property
    def _idempotency(self) -> IdempotencyKeys:
        return IdempotencyKeys(self.transactions)

    @cached_property
    def _proof(self) -> Proof:
        return Proof(self.transactions)

    @cached_property
    def _contacts(self) -> Contacts:
        return Contacts(self.transactions)

    @cached_property
    def _suppressions(self) -> Suppressions:
        return Suppressions(self.transactions)

    @cached_property
    def _lists(self) -> ListsAndConsents:
        return ListsAndConsents(self.transactions)

    @cached_property
    def _senders(self) -> Senders:
        return Senders(self.transactions)

    create_user = Forward("_users", Users.create_user)
    authenticate_user = Forward("_users", Users.authenticate_user)
    list_users = Forward("_users", Users.list_users)
    remove_user = Forward("_users", Users.remove_user)
    set_password = Forward("_users", Users.set_password)
    user_names = Forward("_users", Users.user_names)

    sign_in_keys = Forward("_sign_ins", SignIns.sign_in_keys)
    open_sign_in = Forward("_sign_ins", SignIns.open_sign_in)
    signed_in_user = Forward("_sign_ins", SignIns.signed_in_user)
    end_sign_in = Forward("_sign_ins", SignIns.end_sign_in)

    create_api_key = Forward("_api_keys", ApiKeys.create_api_key)
    list_api_keys = Forward("_api_keys", ApiKeys.list_api_keys)
    revoke_api_key = Forward("_api_keys", ApiKeys.revoke_api_key)

    opt_outs_since = Forward("_dashboard", Dashboard.opt_outs_since)
    account_totals = Forward("_dashboard", Dashboard.account_totals)
    review_due = Forward("_dashboard", Dashboard.review_due)

    conversations = Forward("_conversations", Conversations.conversations)
    thread = Forward("_conversations", Conversations.thread)

    claim_idempotency_key = Forward("_idempotency", IdempotencyKeys.claim_idempotency_key)
    stored_response = Forward("_idempotency", IdempotencyKeys.stored_response)
    store_response = Forward("_idempotency", IdempotencyKeys.store_response)
    release_idempotency_key = Forward("_idempotency", IdempotencyKeys.release_idempotency_key)

    backup = Forward("_proof", Proof.backup)
    restore = Forward("_proof", Proof.restore)
    verify_audit = Forward("_proof", Proof.verify_audit)
    event_count = Forward("_proof", Proof.event_count)
    proof_size = Forward("_proof", Proof.proof_size)
    last_verification = Forward("_proof", Proof.last_verification)
    verify_all = Forward("_proof", Proof.verify_all)
    last_verifications = Forward("_proof", Proof.last_verifications)
    write_checkpoints = Forward("_proof", Proof.write_checkpoints)

    add_contact = Forward("_contacts", Contacts.add_contact)
    list_contacts = Forward("_contacts", Contacts.list_contacts)
    count_contacts = Forward("_contacts", Contacts.count_contacts)
    get_contact = Forward("_contacts", Contacts.get_contact)
    update_contact = Forward("_contacts", Contacts.update_contact)

    list_suppressions = Forward("_suppressions", Suppressions.list_suppressions)
    count_suppressions = Forward("_suppressions", Suppressions.count_suppressions)
    get_suppression = Forward("_suppressions", Suppressions.get_suppression)
    lift_suppression = Forward("_suppressions", Suppressions.lift_suppression)
    list_events = Forward("_suppressions", Suppressions.list_events)

    create_list = Forward("_lists", ListsAndConsents.create_list)
    add_to_list = Forward("_lists", ListsAndConsents.add_to_list)
    list_lists = Forward("_lists", ListsAndConsents.list_lists)
    get_list = Forward("_lists", ListsAndConsents.get_list)
    add_list_member = Forward("_lists", ListsAndConsents.add_list_member)
    list_members = Forward("_lists", ListsAndConsents.list_members)
    list_consents = Forward("_lists", ListsAndConsents.list_consents)
    add_consent = Forward("_lists", ListsAndConsents.add_consent)

    add_sender = Forward("_senders", Senders.add_sender)
    update_sender = Forward("_senders", Senders.update_sender)
    remove_sender = Forward("_senders", Senders.remove_sender)
    find_sender = Forward("_senders", Senders.find_sender)
    list_senders = Forward("_senders", Senders.list_senders)
    get_sender = Forward("_senders", Senders.get_sender)

    def close(self) -> None:
        if "_transport" in self.__dict__:
            self._transport.close()
        super().close()

    # -- accounts, keys, senders, lists, contacts -----------------------------------------

    def create_account(
        self, slug: str, name: str | None = None, actor: Actor = SYSTEM
    ) -> CreatedAccount:
        """Create an account with an admin API key (the only time the key is visible)."""
        with self._write() as session:
            account = accounts.create_account(session, slug, name)
            key, token = accounts.create_api_key(session, account, "initial admin key", Role.ADMIN)
            log = EventLog(session, account.id)
            log.append("account.created", actor, after={"slug": slug, "name": account.name})
            log.append("api_key.created", actor, after={"id": key.id, "role": key.role})
        return CreatedAccount(account.id, account.slug, account.name, token, key.id)

    def list_accounts(self) -> list[AccountInfo]:
        """Every account, by slug (an operator's view: the CLI, never an API key)."""
        with self._read() as session:
            rows = session.scalars(select(Account).order_by(Account.slug)).all()
            return [AccountInfo(r.id, r.slug, r.name, r.created_at) for r in rows]

    def account(self, slug: str) -> AccountRef:
        with self._read() as session:
            return accounts.load_account(session, slug)

    def account_or_stand_in(self, slug: str) -> tuple[AccountRef, bool]:
        """The account, or a stand-in doing the same work, and whether it exists (for public
        pages, which must not tell which accounts exist: heed.store.accounts)."""
        with self._read() as session:
            return accounts.account_or_stand_in(session, slug)

    def update_settings(self, slug: str, actor: Actor, **changes: Any) -> AccountSettings:
        """Change some of an account's settings, all or none, as one event.

        Raises InvalidSetting naming each bad setting (`errors`), or PermissionDenied unless
        the actor may change settings. Changing nothing records nothing.
        """
        with self._write() as session:
            account = accounts.load_account(session, slug)
            require(actor, Action.MANAGE_SETTINGS)
            before = account.settings.model_dump(mode="json")
            errors = change_errors(before, {**before, **changes})
            try:
                settings = AccountSettings.model_validate({**before, **changes})
            except ValidationError as exc:
                errors = setting_errors(exc) | errors
            if errors:
                raise InvalidSetting(f"invalid account setting: {describe(errors)}", errors)
            after = settings.model_dump(mode="json")
            if after != before:
                accounts.save_settings(session, account, settings)
                EventLog(session, account.id).append(
                    "account.settings_changed", actor, before=before, after=after
                )
        return settings

    # -- what providers send ---------------------------------------------------------------

    def receive(self, slug: str, message: InboundMessage) -> InboundResult:
        """Process a message a person sent: store it, apply its intent, return the reply.

        Every webhook and `heed inbound` end here or in `receive_together`. Returns only once
        everything is committed; a provider's retry of the message changes nothing. A reply
        the provider's webhook cannot carry is queued, and the sender woken (heed.outbound).
        """
        from heed.inbound.messages import process_message

        result = self._once(
            lambda session, known_new: process_message(
                session,
                self.configs.get(session, slug),
                message,
                known_new=known_new,
                clock=self.clock,
            )
        )
        return self._wake_outbox([result])[0]

    def receive_together(
        self, messages: Sequence[tuple[str, InboundMessage]]
    ) -> list[InboundResult]:
        """Process (account slug, message) pairs in one transaction, each as a first delivery.

        All or nothing: if any of them fails (a retry of a stored message among them), nothing
        is kept and the error is raised, and the caller processes each with `receive`, as
        heed.inbound.group does. The results are as if each had been received alone, in order.
        """
        from heed.inbound.messages import process_together

        with self._write() as session:
            results = process_together(session, self.configs, messages, self.clock)
        return self._wake_outbox(results)

    def receive_part(
        self, slug: str, message: InboundMessage, part: MessagePart
    ) -> InboundResult | None:
        """Keep one part of a message delivered in parts; when it completes its set, process
        the whole message and return its result (heed.inbound.parts). Parts of the account's
        sets that waited too long are read as they are first."""
        from heed.inbound import parts

        self.flush_expired_parts()
        result = self._once(
            lambda session, known_new: parts.receive_part(
                session, self.configs, slug, message, part, known_new=known_new, clock=self.clock
            )
        )
        return None if result is None else self._wake_outbox([result])[0]

    def flush_expired_parts(self, now: datetime | None = None) -> int:
        """Read the sets of parts that waited past `part_wait` (HEED_PART_WAIT_SECONDS) as
        they are (the server does this at each sweep); return how many sets."""
        from heed.inbound import parts

        with self._write() as session:
            return parts.flush_expired(session, self.configs, now, self.part_wait, self.clock)

    def _wake_outbox(self, results: list[InboundResult]) -> list[InboundResult]:
        """After the commit: if a reply was queued, the sender sends it now, not at its poll."""
        if any(result.outbound_id is not None for result in results):
            self.outbox_signal.set()
        return results

    def record_delivery(self, slug: str, report: DeliveryReport) -> ReportResult:
        """Process a delivery report; failures that mean "do not send again" suppress."""
        from heed.inbound.receipts import process_report

        return self._once(
            lambda session, known_new: process_report(
                session,
                self.configs.get(session, slug).account,
                report,
                known_new=known_new,
                clock=self.clock,
            )
        )

    def record_deliveries_together(
        self, reports: Sequence[tuple[str, DeliveryReport]]
    ) -> list[ReportResult]:
        """Process (account slug, report) pairs in one transaction; all or nothing, like
        `receive_together`."""
        from heed.inbound.receipts import process_reports_together

        with self._write() as session:
            return process_reports_together(session, self.configs, reports, self.clock)

    def _once(self, process: Callable[[Session, bool], R]) -> R:
        """Run `process` in a write transaction, exactly once per provider message.

        The first attempt assumes the message is new. A unique-index collision means another
        delivery of it (or an identical opt-out) committed first: the transaction rolls back
        whole, and the next attempt looks for what was stored and changes nothing.
        """
        for attempt in range(_RACE_RETRIES):
            try:
                with self._write() as session:
                    return process(session, attempt == 0)
            except DuplicateRow:
                if attempt == _RACE_RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def provider_secrets(self, slug: str, provider: str) -> list[tuple[str, dict[str, Any]]]:
        """The distinct signing secrets (with their options) of the account's senders of
        `provider`; a webhook verifies against these before anything is stored."""
        with self._read() as session:
            # An unknown account is read as one without secrets, after the same queries:
            # webhooks must not tell which accounts exist.
            account, _exists = accounts.account_or_stand_in(session, slug)
            return accounts.provider_secrets(session, account, provider)

    def take_attempt(
        self, limits: Sequence[tuple[tuple[str, ...], int]], window: int = 600
    ) -> bool:
        """Count one attempt in each (bucket, limit) for the current `window` of seconds; True
        if none is over its limit. Atomic and shared by every process on the database
        (heed.store.throttle): of 40 concurrent attempts against a limit of 10, 10 pass."""
        with self._write() as session:
            counts = [
                throttle.take(session, throttle.bucket(*parts), window) for parts, _ in limits
            ]
        return all(count <= limit for count, (_, limit) in zip(counts, limits, strict=True))

    def forget_attempts(self, *parts: str) -> None:
        """Clear one bucket's attempts (a successful sign-in clears its own failures)."""
        with self._write() as session:
            throttle.forget(session, throttle.bucket(*parts))

    def authenticate(self, token: str) -> ApiPrincipal:
        """The account and role an API key acts for, or PermissionDenied (never says why).

        Records the key's last use, at most once a minute, so a busy key costs no extra write
        per request.
        """
        with self._read() as session:
            principal, last_used = accounts.authenticate(session, token)
        now = utcnow()
        if last_used is None or now - last_used > timedelta(minutes=1):
            with self._write() as session:
                accounts.touch_api_key(session, principal, now)
        return principal

    def unsubscribe_token(self, slug: str, address: str) -> str:
        """A signed, opaque token for an RFC 8058 one-click unsubscribe link of `address`."""
        with self._read() as session:
            account = accounts.load_account(session, slug)
            normalised = normalise_address(Channel.EMAIL, address)
            return email_links.make_token(account.keys.links[0], account.id, normalised)

    def unsubscribe_headers(
        self, slug: str, address: str, base_url: str, mailto: str | None = None
    ) -> dict[str, str]:
        """The `List-Unsubscribe` and `List-Unsubscribe-Post` headers for one recipient."""
        token = self.unsubscribe_token(slug, address)
        url = f"{base_url.rstrip('/')}/unsubscribe/{slug}/{token}"
        return email_links.list_unsubscribe_headers(url, mailto)

    def read_unsubscribe_token(self, slug: str, token: str) -> str:
        """The email address a token was made for, or SignatureInvalid.

        An unknown account gets the answer a wrong signature gets, after the same work (the
        token is checked against the stand-in's keys): the link never says which accounts exist.
        """
        with self._read() as session:
            account, exists = accounts.account_or_stand_in(session, slug)
            account_id, address, _scope = email_links.read_any(account.keys.links, token)
            if account_id != account.id or not exists:
                raise SignatureInvalid("this unsubscribe link belongs to another account")
            return address

"""The library API: every change and every question goes through `Engine`.

The CLI, the HTTP API and the web UI all call these methods, so a rule is enforced in one place.
Each method is one transaction: the change, its events and its consequences commit together.
`Engine` owns none of them: each belongs to a service (heed.engine's modules), composed here.
"""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path

from heed.bulk.index import Indexes
from heed.engine.accounts import Accounts
from heed.engine.attempts import Attempts
from heed.engine.base import Checker, Forward
from heed.engine.contacts import Contacts
from heed.engine.conversations import Conversations
from heed.engine.dashboard import Dashboard
from heed.engine.exports import Exports
from heed.engine.idempotency import IdempotencyKeys
from heed.engine.imports import Imports
from heed.engine.keys import ApiKeys
from heed.engine.links import UnsubscribeLinks
from heed.engine.lists import ListsAndConsents
from heed.engine.opt_outs import OptOuts
from heed.engine.outbox import Outbox
from heed.engine.proof import Proof
from heed.engine.receiving import Receiving
from heed.engine.registries import Registries
from heed.engine.review import ReviewQueue
from heed.engine.senders import Senders
from heed.engine.sign_ins import SignIns
from heed.engine.suppressions import Suppressions
from heed.engine.users import Users
from heed.server_key import Keyring
from heed.store.config import ConfigCache


class Engine(Checker):
    """heed's consent engine over one database (SQLite by default, or PostgreSQL).

    Each service is built on first use with what it needs: `self.transactions` (the
    database's read and write transactions), and for some what this process shares (the
    suppression indexes, the account configs, the signal that wakes the sender). Its methods
    are forwarded as the engine's own, one line each (`Forward`), so `engine.opt_out(...)`
    is `OptOuts.opt_out`. The check comes from `Checker`, the engine that only checks.
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
        #: Each account's configuration as inbound processing reads it (heed.store.config).
        self.configs = ConfigCache()
        #: Set when a message is queued to be sent, to wake the sender (heed.outbound.worker).
        self.outbox_signal = threading.Event()

    def close(self) -> None:
        if "_outbox" in self.__dict__:
            self._outbox.close()
        super().close()

    @cached_property
    def _accounts(self) -> Accounts:
        return Accounts(self.transactions)

    @cached_property
    def _opt_outs(self) -> OptOuts:
        return OptOuts(self.transactions)

    @cached_property
    def _suppressions(self) -> Suppressions:
        return Suppressions(self.transactions)

    @cached_property
    def _contacts(self) -> Contacts:
        return Contacts(self.transactions)

    @cached_property
    def _lists(self) -> ListsAndConsents:
        return ListsAndConsents(self.transactions)

    @cached_property
    def _senders(self) -> Senders:
        return Senders(self.transactions)

    @cached_property
    def _registries(self) -> Registries:
        return Registries(self.transactions, self.registry_store)

    @cached_property
    def _receiving(self) -> Receiving:
        return Receiving(
            self.transactions, self.configs, self.clock, self.outbox_signal, self.part_wait
        )

    @cached_property
    def _review(self) -> ReviewQueue:
        return ReviewQueue(self.transactions)

    @cached_property
    def _outbox(self) -> Outbox:
        return Outbox(self.transactions, self.outbox_signal)

    @cached_property
    def _imports(self) -> Imports:
        return Imports(self.transactions, self.indexes)

    @cached_property
    def _exports(self) -> Exports:
        return Exports(self.transactions, self.indexes, self._registries)

    @cached_property
    def _api_keys(self) -> ApiKeys:
        return ApiKeys(self.transactions)

    @cached_property
    def _idempotency(self) -> IdempotencyKeys:
        return IdempotencyKeys(self.transactions)

    @cached_property
    def _users(self) -> Users:
        return Users(self.transactions)

    @cached_property
    def _sign_ins(self) -> SignIns:
        return SignIns(self.transactions)

    @cached_property
    def _attempts(self) -> Attempts:
        return Attempts(self.transactions)

    @cached_property
    def _links(self) -> UnsubscribeLinks:
        return UnsubscribeLinks(self.transactions)

    @cached_property
    def _dashboard(self) -> Dashboard:
        return Dashboard(self.transactions)

    @cached_property
    def _conversations(self) -> Conversations:
        return Conversations(self.transactions)

    @cached_property
    def _proof(self) -> Proof:
        return Proof(self.transactions)

    create_account = Forward("_accounts", Accounts.create_account)
    list_accounts = Forward("_accounts", Accounts.list_accounts)
    account = Forward("_accounts", Accounts.account)
    account_or_stand_in = Forward("_accounts", Accounts.account_or_stand_in)
    update_settings = Forward("_accounts", Accounts.update_settings)

    opt_out = Forward("_opt_outs", OptOuts.opt_out)
    resubscribe_refusal = Forward("_opt_outs", OptOuts.resubscribe_refusal)
    resubscribe = Forward("_opt_outs", OptOuts.resubscribe)
    block = Forward("_opt_outs", OptOuts.block)
    blacklist = Forward("_opt_outs", OptOuts.blacklist)
    unblock = Forward("_opt_outs", OptOuts.unblock)
    lift_blacklist = Forward("_opt_outs", OptOuts.lift_blacklist)
    record_consent = Forward("_opt_outs", OptOuts.record_consent)
    erase_contact = Forward("_opt_outs", OptOuts.erase_contact)

    list_suppressions = Forward("_suppressions", Suppressions.list_suppressions)
    count_suppressions = Forward("_suppressions", Suppressions.count_suppressions)
    get_suppression = Forward("_suppressions", Suppressions.get_suppression)
    lift_suppression = Forward("_suppressions", Suppressions.lift_suppression)
    list_events = Forward("_suppressions", Suppressions.list_events)

    add_contact = Forward("_contacts", Contacts.add_contact)
    list_contacts = Forward("_contacts", Contacts.list_contacts)
    count_contacts = Forward("_contacts", Contacts.count_contacts)
    get_contact = Forward("_contacts", Contacts.get_contact)
    update_contact = Forward("_contacts", Contacts.update_contact)

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

    load_registry = Forward("_registries", Registries.load_registry)
    list_registries = Forward("_registries", Registries.list_registries)
    stale_registries = Forward("_registries", Registries.stale_registries)
    drop_registry = Forward("_registries", Registries.drop_registry)
    registry_view = Forward("_registries", Registries.registry_view)

    receive = Forward("_receiving", Receiving.receive)
    receive_together = Forward("_receiving", Receiving.receive_together)
    receive_part = Forward("_receiving", Receiving.receive_part)
    flush_expired_parts = Forward("_receiving", Receiving.flush_expired_parts)
    record_delivery = Forward("_receiving", Receiving.record_delivery)
    record_deliveries_together = Forward("_receiving", Receiving.record_deliveries_together)
    provider_secrets = Forward("_receiving", Receiving.provider_secrets)

    list_review = Forward("_review", ReviewQueue.list_review)
    decide_review = Forward("_review", ReviewQueue.decide_review)
    apply_due_reviews = Forward("_review", ReviewQueue.apply_due_reviews)

    send_reply = Forward("_outbox", Outbox.send_reply)
    list_outbound = Forward("_outbox", Outbox.list_outbound)
    get_outbound = Forward("_outbox", Outbox.get_outbound)
    send_due_messages = Forward("_outbox", Outbox.send_due_messages)

    start_import = Forward("_imports", Imports.start_import)
    run_import = Forward("_imports", Imports.run_import)
    import_optouts = Forward("_imports", Imports.import_optouts)
    import_contacts = Forward("_imports", Imports.import_contacts)
    preview_import = Forward("_imports", Imports.preview_import)
    get_import = Forward("_imports", Imports.get_import)
    list_imports = Forward("_imports", Imports.list_imports)
    recent_imports = Forward("_imports", Imports.recent_imports)

    export_suppressions = Forward("_exports", Exports.export_suppressions)
    audience = Forward("_exports", Exports.audience)
    filter_audience = Forward("_exports", Exports.filter_audience)

    create_api_key = Forward("_api_keys", ApiKeys.create_api_key)
    list_api_keys = Forward("_api_keys", ApiKeys.list_api_keys)
    revoke_api_key = Forward("_api_keys", ApiKeys.revoke_api_key)
    authenticate = Forward("_api_keys", ApiKeys.authenticate)

    claim_idempotency_key = Forward("_idempotency", IdempotencyKeys.claim_idempotency_key)
    stored_response = Forward("_idempotency", IdempotencyKeys.stored_response)
    store_response = Forward("_idempotency", IdempotencyKeys.store_response)
    release_idempotency_key = Forward("_idempotency", IdempotencyKeys.release_idempotency_key)

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

    take_attempt = Forward("_attempts", Attempts.take_attempt)
    forget_attempts = Forward("_attempts", Attempts.forget_attempts)

    unsubscribe_token = Forward("_links", UnsubscribeLinks.unsubscribe_token)
    unsubscribe_headers = Forward("_links", UnsubscribeLinks.unsubscribe_headers)
    read_unsubscribe_token = Forward("_links", UnsubscribeLinks.read_unsubscribe_token)

    opt_outs_since = Forward("_dashboard", Dashboard.opt_outs_since)
    account_totals = Forward("_dashboard", Dashboard.account_totals)
    review_due = Forward("_dashboard", Dashboard.review_due)

    conversations = Forward("_conversations", Conversations.conversations)
    thread = Forward("_conversations", Conversations.thread)

    backup = Forward("_proof", Proof.backup)
    restore = Forward("_proof", Proof.restore)
    verify_audit = Forward("_proof", Proof.verify_audit)
    event_count = Forward("_proof", Proof.event_count)
    proof_size = Forward("_proof", Proof.proof_size)
    last_verification = Forward("_proof", Proof.last_verification)
    verify_all = Forward("_proof", Proof.verify_all)
    last_verifications = Forward("_proof", Proof.last_verifications)
    write_checkpoints = Forward("_proof", Proof.write_checkpoints)

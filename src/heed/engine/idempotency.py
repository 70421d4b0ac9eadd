"""Idempotency-Key for POSTs: a retried request gets the stored answer instead of a twin."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete

from heed.engine.base import Transactions
from heed.engine.results import StoredResponse
from heed.errors import DuplicateRow
from heed.store import accounts
from heed.store.tables import IdempotencyKey
from heed.store.types import utcnow

#: The status of a claimed Idempotency-Key whose request has not answered yet.
PENDING = 0
#: How long a key and its answer are kept: a client's retries come within minutes; after a
#: day the key may name a new request, and the stored answer is deleted.
KEPT = timedelta(hours=24)


class IdempotencyKeys:
    """An account's Idempotency-Keys and the answers stored for them; `heed.Engine` forwards
    its methods."""

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions

    def claim_idempotency_key(
        self, slug: str, key: str, request_hash: str
    ) -> StoredResponse | None:
        """Claim an Idempotency-Key for one request: None if this request now holds it (it
        must then `store_response` or `release_idempotency_key`), else what is stored under
        it, which may still be PENDING while a concurrent twin runs.

        Claiming before creating, in its own committed transaction, is what makes twins
        sent at the same moment create one thing: the second claim hits the primary key.
        """
        try:
            with self.transactions.write() as session:
                account = accounts.load_account(session, slug)
                session.execute(
                    delete(IdempotencyKey).where(
                        IdempotencyKey.account_id == account.id,
                        IdempotencyKey.created_at < utcnow() - KEPT,
                    )
                )
                session.add(
                    IdempotencyKey(
                        account_id=account.id,
                        key=key,
                        request_hash=request_hash,
                        status_code=PENDING,
                        response={},
                        created_at=utcnow(),
                    )
                )
        except DuplicateRow:
            return self.stored_response(slug, key)
        return None

    def stored_response(self, slug: str, key: str) -> StoredResponse | None:
        """The (request hash, status, body) stored under an Idempotency-Key, if any."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            row = session.get(IdempotencyKey, (account.id, key))
            if row is None or row.created_at < utcnow() - KEPT:
                return None
            return StoredResponse(row.request_hash, row.status_code, row.response)

    def store_response(self, slug: str, key: str, status: int, body: dict[str, Any]) -> None:
        """Store the answer of the request that claimed `key`, for its retries."""
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            row = session.get(IdempotencyKey, (account.id, key))
            assert row is not None and row.status_code == PENDING, "store only a claimed key"
            row.status_code, row.response = status, body

    def release_idempotency_key(self, slug: str, key: str) -> None:
        """Forget a claimed key whose request failed, so a retry may run it again."""
        with self.transactions.write() as session:
            account = accounts.load_account(session, slug)
            row = session.get(IdempotencyKey, (account.id, key))
            if row is not None and row.status_code == PENDING:
                session.delete(row)

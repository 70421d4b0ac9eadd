"""Proof that the log and the state are what heed recorded: verification and checkpoints.

`verify_audit` walks an account's hash chain, checks it against signed checkpoints kept
outside the database (heed.audit.checkpoints), and replays it against the current tables
(heed.store.audit). `write_checkpoints` signs every account's chain head with the server key.

The latest result of each account is stored (`verifications`) for /healthz and the dashboard,
sealed with an HMAC under a key derived from the server key (KeyPurpose.VERIFICATIONS), which
the database does not hold: someone who can write the database but not read the key file cannot
turn a failed verification into an ok one. What they can still do is put back an older sealed
row of the same account; its `checked_at` then stops advancing, which /healthz shows.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from sqlalchemy import func, select

from heed.audit import checkpoints
from heed.audit.checkpoints import Checkpoint
from heed.core.chain import canonical_json
from heed.engine.base import Transactions
from heed.engine.collector import collector_paused
from heed.engine.results import LastVerification
from heed.environment import cores
from heed.server_key import KeyPurpose, Keyring
from heed.store import accounts, backup
from heed.store.audit import AuditReport, Progress, Signed, verify
from heed.store.tables import Account, EventHead, Suppression, Verification
from heed.store.types import utcnow

__all__ = ["AuditReport", "LastVerification", "Proof"]


def usable_cores() -> int:
    """The most processes `Proof.verify_audit` gains from (heed.store.ranges)."""
    return cores()


class Proof:
    """Verification of accounts' logs, and the signed checkpoints that anchor them.

    Needs the database itself (backups) and its server key (checkpoints), both reached
    through `transactions.db`; the key is read only when a checkpoint is signed or read.
    """

    def __init__(self, transactions: Transactions) -> None:
        self.transactions = transactions
        self.db = transactions.db

    def backup(self, path: str | Path) -> str:
        """Copy the database to `path` while heed runs; returns the format ("sqlite" or
        "pg_dump"). The server key is not in it."""
        return backup.backup(self.db, path)

    def restore(self, path: str | Path) -> str:
        """Restore a backup into this (empty) database; returns the format it was in."""
        return backup.restore(self.db, path)

    def verify_audit(
        self,
        slug: str,
        *,
        checkpoint_file: str | Path | None = None,
        reconcile: bool = True,
        progress: Progress | None = None,
        jobs: int | None = None,
    ) -> AuditReport:
        """Verify the account's log (against `checkpoint_file`'s checkpoints, if given) and,
        with `reconcile`, that the tables hold what the log says; record the result.

        `jobs` processes walk the log (None: one per core when the log is long and this
        process runs no other thread; heed.store.ranges)."""
        with self.transactions.read() as session:
            if session.get_bind().dialect.name == "postgresql":  # one snapshot throughout
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            account = accounts.load_account(session, slug)
            signed: list[Signed] = []
            problems: list[str] = []
            if checkpoint_file is not None:
                reading = checkpoints.read(checkpoint_file, account.id, self.db.keyring)
                signed = [Signed(c.seq, c.head, c.signed_at) for c in reading.checkpoints]
                problems = reading.problems
            with collector_paused():
                report = verify(
                    session,
                    account.id,
                    signed=signed,
                    file_problems=problems,
                    reconcile=reconcile,
                    progress=progress,
                    jobs=jobs,
                    url=self.db.url,
                )
        self._record(account.id, report)
        return report

    def event_count(self, slug: str) -> int:
        """How many events the account's log holds, as its chain head says."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            head = session.get(EventHead, account.id)
            return head.seq if head is not None else 0

    def proof_size(self, slug: str) -> int:
        """What `verify_audit` reads: the events, and the rows batch events wrote."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            head = session.get(EventHead, account.id)
            rows = session.scalar(
                select(func.count())
                .select_from(Suppression)
                .where(Suppression.account_id == account.id, Suppression.row_digest.is_not(None))
            )
            return (head.seq if head is not None else 0) + int(rows or 0)

    def _record(self, account_id: str, report: AuditReport) -> None:
        with self.transactions.write() as session:
            row = session.get(Verification, account_id) or Verification(account_id=account_id)
            row.checked_at = report.checked_at or utcnow()
            row.ok, row.events_checked = report.ok, report.events_checked
            row.checkpoints, row.covered_to = report.checkpoints, report.covered_to
            row.tampering = report.tampering.value if report.tampering else None
            row.problem, row.head = report.problem, report.head
            row.seal = _seals(self.db.keyring, row)[0]
            session.add(row)

    def last_verification(self, slug: str) -> LastVerification | None:
        """The account's latest verification, or None if it was never verified."""
        with self.transactions.read() as session:
            account = accounts.load_account(session, slug)
            row = session.get(Verification, account.id)
            return None if row is None else _unsealed(self.db.keyring, row)

    def verify_all(self, checkpoint_file: str | Path | None = None) -> dict[str, AuditReport]:
        """Verify every account (what `heed serve` runs on its schedule)."""
        with self.transactions.read() as session:
            slugs = list(session.scalars(select(Account.slug).order_by(Account.slug)))
        return {slug: self.verify_audit(slug, checkpoint_file=checkpoint_file) for slug in slugs}

    def last_verifications(self) -> dict[str, LastVerification]:
        """Every account's latest verification, by slug."""
        with self.transactions.read() as session:
            rows = session.execute(
                select(Account.slug, Verification).join(
                    Verification, Verification.account_id == Account.id
                )
            ).all()
            return {slug: _unsealed(self.db.keyring, row) for slug, row in rows}

    def write_checkpoints(
        self, checkpoint_file: str | Path, slugs: Sequence[str] = ()
    ) -> list[Checkpoint]:
        """Sign each account's chain head (or only these accounts') and append the
        checkpoints to `checkpoint_file`."""
        with self.transactions.read() as session:
            query = select(Account.id, Account.slug, EventHead.seq, EventHead.hash).join(
                EventHead, EventHead.account_id == Account.id
            )
            for slug in slugs:
                accounts.load_account(session, slug)  # UnknownAccount, clearly
            if slugs:
                query = query.where(Account.slug.in_(list(slugs)))
            heads = [
                (row.id, row.slug, row.seq, row.hash)
                for row in session.execute(query.order_by(Account.slug))
            ]
        return checkpoints.append(
            checkpoint_file,
            heads,
            self.db.keyring,
            utcnow().isoformat(),
        )


def _seals(keyring: Keyring, row: Verification) -> list[str]:
    """The row's seal under every server key, current first: an HMAC of the whole result and
    whose it is, so no column can change and no row can move to another account unnoticed."""
    sealed = canonical_json(
        {
            "account_id": row.account_id,
            "checked_at": row.checked_at.astimezone(UTC).isoformat(timespec="microseconds"),
            "ok": row.ok,
            "events_checked": row.events_checked,
            "checkpoints": row.checkpoints,
            "covered_to": row.covered_to,
            "tampering": row.tampering,
            "problem": row.problem,
            "head": row.head,
        }
    ).encode()
    keys = keyring.derived(KeyPurpose.VERIFICATIONS, row.account_id)
    return [hmac.new(key, sealed, hashlib.sha256).hexdigest() for key in keys]


def _unsealed(keyring: Keyring, row: Verification) -> LastVerification:
    """The stored result, `ok` only if its seal holds under one of the server keys (the one
    rule every reader of a verification goes through)."""
    sealed = row.seal is not None and any(
        hmac.compare_digest(seal, row.seal) for seal in _seals(keyring, row)
    )
    return LastVerification(
        checked_at=row.checked_at,
        ok=row.ok and sealed,
        sealed=sealed,
        events_checked=row.events_checked,
        checkpoints=row.checkpoints,
        covered_to=row.covered_to,
        tampering=row.tampering,
        problem=row.problem,
        head=row.head,
    )

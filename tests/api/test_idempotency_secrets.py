"""Idempotency records hold no credentials and expire (issue 16, row 7).

Before: `POST /v1/keys` with an Idempotency-Key kept the new key's token in clear in
`idempotency_keys.response` and handed it out again on every replay, even after the key was
revoked, and those rows never expired.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from heed.store.tables import IdempotencyKey
from heed.store.types import utcnow
from helpers.api import Tenant


def stored_rows(tenant: Tenant) -> list[IdempotencyKey]:
    account_id = tenant.engine.account(tenant.slug).id
    with tenant.engine.db.read() as session:
        query = select(IdempotencyKey).where(IdempotencyKey.account_id == account_id)
        return list(session.scalars(query))


def test_a_replayed_key_creation_never_returns_the_token_nor_stores_it(tenant: Tenant) -> None:
    body, headers = {"name": "ops", "role": "agent"}, {"Idempotency-Key": "make-ops"}
    made = tenant.admin.post("/v1/keys", json=body, headers=headers)
    assert made.status_code == 201
    token = made.json()["token"]
    assert token.startswith("heed_")

    [row] = stored_rows(tenant)
    assert token not in str(row.response) and row.response["token"] is None

    tenant.admin.post(f"/v1/keys/{made.json()['key']['id']}/revoke")
    replay = tenant.admin.post("/v1/keys", json=body, headers=headers)
    assert replay.status_code == 201 and replay.headers["idempotent-replayed"] == "true"
    assert token not in replay.text and replay.json()["token"] is None
    assert replay.json()["key"]["id"] == made.json()["key"]["id"]


def test_idempotency_records_expire_after_a_day(tenant: Tenant) -> None:
    body, headers = {"phone": "+14155550100"}, {"Idempotency-Key": "yesterday"}
    first = tenant.admin.post("/v1/contacts", json=body, headers=headers)
    assert first.status_code == 201
    account_id = tenant.engine.account(tenant.slug).id
    with tenant.engine.db.write() as session:
        session.execute(
            update(IdempotencyKey)
            .where(IdempotencyKey.account_id == account_id)
            .values(created_at=utcnow() - timedelta(hours=25))
        )
    # A day later the key names a new request: not a replay (here a conflict: the contact
    # exists), and the old record is gone once the account claims any key.
    again = tenant.admin.post("/v1/contacts", json=body, headers=headers)
    assert "idempotent-replayed" not in again.headers
    tenant.admin.post("/v1/lists", json={"name": "promos"}, headers={"Idempotency-Key": "new"})
    rows = stored_rows(tenant)
    assert rows and all(row.created_at > utcnow() - timedelta(hours=1) for row in rows)

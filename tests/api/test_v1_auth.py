"""API keys, errors as problems, and Idempotency-Key, over HTTP on a real `heed serve`."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from heed.store.tables import ApiKey
from helpers.api import PROBLEM, Api, Tenant, app_spec, assert_problem, operations
from helpers.live import Live

V1 = operations(app_spec(), "/v1/")


def _url(path: str) -> str:
    return path.replace("{", "").replace("}", "")  # any id: auth comes before the lookup


# -- keys ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Basic YWRtaW46YWRtaW4=",
        "Bearer heed_nope_nope",
        "Bearer heed_",
        "Token x",
    ],
)
def test_every_v1_route_needs_a_valid_key(server: Live, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    with httpx.Client(base_url=server.base, headers=headers) as client:
        for method, path in V1:
            response = client.request(method, _url(path))
            body = assert_problem(response, 401, "unauthenticated")
            assert response.headers["www-authenticate"] == "Bearer", (method, path)
            assert "heed_" not in body["detail"]


def test_a_key_is_shown_once_stored_hashed_and_revocable(tenant: Tenant) -> None:
    admin = tenant.admin
    created = admin.post("/v1/keys", json={"name": "crm", "role": "agent"})
    assert created.status_code == 201, created.text
    key, token = created.json()["key"], created.json()["token"]
    assert token.startswith("heed_") and len(token) > 40
    assert (key["name"], key["role"], key["last_used_at"], key["revoked_at"]) == (
        "crm",
        "agent",
        None,
        None,
    )

    listed = admin.get("/v1/keys")
    assert token not in listed.text and "key_hash" not in listed.text
    assert listed.json()["next_cursor"] is None  # the shape of every list
    assert key in listed.json()["items"] and len(listed.json()["items"]) == 4  # +crm
    with tenant.engine.db.read() as session:
        row = session.scalars(select(ApiKey).where(ApiKey.id == key["id"])).one()
        assert row.key_hash == hashlib.sha256(token.encode()).hexdigest()
        assert token not in repr([getattr(row, c.key) for c in ApiKey.__table__.c])

    before = datetime.now(UTC) - timedelta(seconds=5)
    with Api(tenant.live.base, token) as crm:
        assert crm.get("/v1/contacts").status_code == 200
        assert_problem(
            crm.post("/v1/senders", json={"channel": "sms", "address": "+15005550006"}),
            403,
            "permission-denied",
        )
        used = next(k for k in admin.get("/v1/keys").json()["items"] if k["id"] == key["id"])
        assert used["last_used_at"] and datetime.fromisoformat(used["last_used_at"]) >= before
        assert (
            next(
                k
                for k in admin.get("/v1/keys").json()["items"]
                if k["id"] == tenant.key_ids["support"]
            )["last_used_at"]
            is None
        )

        revoked = admin.post(f"/v1/keys/{key['id']}/revoke")
        assert revoked.status_code == 200 and revoked.json()["revoked_at"]
        assert_problem(crm.get("/v1/contacts"), 401, "unauthenticated")
        again = admin.post(f"/v1/keys/{key['id']}/revoke")
        assert again.json()["revoked_at"] == revoked.json()["revoked_at"]
    assert_problem(admin.post("/v1/keys/01NOSUCHKEY000000000000000/revoke"), 404, "not-found")
    assert_problem(admin.post("/v1/keys", json={"name": "x", "role": "owner"}), 422)


def test_revoking_its_own_key_locks_the_caller_out(tenant: Tenant) -> None:
    admin = tenant.admin
    assert admin.post(f"/v1/keys/{tenant.key_ids['admin']}/revoke").status_code == 200
    assert_problem(admin.get("/v1/keys"), 401)


# -- problems ------------------------------------------------------------------------------


def test_errors_are_problems_with_stable_types(tenant: Tenant) -> None:
    api = tenant.admin
    assert_problem(api.get("/v1/contacts/01NOSUCHCONTACT00000000000"), 404, "not-found")
    assert_problem(api.get("/v1/no-such-route"), 404, "not-found")
    assert_problem(api.request("DELETE", "/v1/senders"), 405, "method-not-allowed")
    invalid = assert_problem(
        api.post("/v1/contacts", json={"phone": 5, "name": ["x"]}), 422, "validation-error"
    )
    assert {e["field"] for e in invalid["errors"]} == {"phone", "name"}
    not_json = api.request(
        "POST", "/v1/contacts", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert_problem(not_json, 422, "validation-error")
    nul = assert_problem(api.get("/v1/contacts", q="a\x00b"), 422, "validation-error")
    assert nul["errors"][0]["field"] == "query.q"
    nul_body = api.post("/v1/contacts", json={"phone": "+14155550100", "name": "a\x00"})
    assert_problem(nul_body, 422, "validation-error")
    nested = api.post(
        "/v1/suppressions",
        json={"channel": "sms", "address": "+14155550100", "reason": "x", "evidence": {"k\x00": 1}},
    )
    assert_problem(nested, 422, "validation-error")
    assert api.get("/v1/suppressions").json()["items"] == []


def test_the_spec_documents_auth_and_problems(server: Live) -> None:
    spec = httpx.get(f"{server.base}/openapi.json").json()
    assert spec["components"]["securitySchemes"]["ApiKey"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["ApiKey"]["description"],
    }
    for method, path in V1:
        operation = spec["paths"][path][method.lower()]
        assert operation.get("security") == [{"ApiKey": []}], (method, path)
        for status in ("401", "403", "422"):
            content = operation["responses"][status]["content"]
            assert list(content) == [PROBLEM], (method, path, status)
    docs = httpx.get(f"{server.base}/docs")
    start = httpx.get(f"{server.base}/docs/start.js")
    assert docs.status_code == 200 and "docs/start.js" in docs.text
    assert start.status_code == 200 and '"openapi.json"' in start.text


# -- Idempotency-Key -----------------------------------------------------------------------

CREATES = [(m, p) for m, p in V1 if "201" in app_spec()["paths"][p][m.lower()]["responses"]]


def _body_schema(path: str, method: str) -> Any:
    content = app_spec()["paths"][path][method.lower()]["requestBody"]["content"]
    ref = content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    return app_spec()["components"]["schemas"][ref]


def _example(path: str, method: str) -> Any:
    return _body_schema(path, method)["examples"][0]


def test_creates_are_documented_with_the_header() -> None:
    assert {p for _, p in CREATES} >= {
        "/v1/contacts",
        "/v1/suppressions",
        "/v1/senders",
        "/v1/lists",
        "/v1/consents",
        "/v1/keys",
    }
    for method, path in CREATES:
        parameters = app_spec()["paths"][path][method.lower()].get("parameters", [])
        assert {"name": "Idempotency-Key", "in": "header"}.items() <= next(
            (p for p in parameters if p["name"] == "Idempotency-Key"), {}
        ).items(), f"{method} {path} does not document Idempotency-Key"


@pytest.mark.parametrize(("method", "path"), CREATES, ids=[f"{m} {p}" for m, p in CREATES])
def test_a_retried_create_creates_nothing_twice(tenant: Tenant, method: str, path: str) -> None:
    api, body = tenant.admin, _example(path, method)
    if path == "/v1/suppressions" and body.get("sender"):  # opt-outs name a sender it has
        added = api.post(
            "/v1/senders", json={"channel": body["channel"], "address": body["sender"]}
        )
        assert added.status_code == 201, added.text
    headers = {"Idempotency-Key": "retry-1"}
    first = api.request(method, path, json=body, headers=headers)
    events = tenant.event_count()
    assert first.status_code == 201, first.text
    assert "idempotent-replayed" not in first.headers
    retry = api.request(method, path, json=body, headers=headers)
    # A created API key's token is shown once and never stored: its replay has none.
    expected = first.json() | ({"token": None} if path == "/v1/keys" else {})
    assert (retry.status_code, retry.json()) == (201, expected)
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.headers["content-type"] == "application/json"
    assert tenant.event_count() == events, "the retry changed something"

    # The same key with a changed field the create reads (an unread one is refused first).
    named = "name" in _body_schema(path, method)["properties"]
    other = {"name": "other"} if named else {"evidence": {"form": "other"}}
    changed = api.request(method, path, json=body | other, headers=headers)
    assert_problem(changed, 422, "idempotency-key-reused")
    elsewhere = api.request("POST", "/v1/lists", json={"name": "x"}, headers=headers)
    if path != "/v1/lists":
        assert_problem(elsewhere, 422, "idempotency-key-reused")
    assert tenant.event_count() == events

    # Without the header the same body is a new request (and a second create where allowed).
    fresh = api.request(method, path, json=body, headers={"Idempotency-Key": "retry-2"})
    assert "idempotent-replayed" not in fresh.headers


def test_idempotency_keys_belong_to_one_account(make_tenant: Any) -> None:
    a, b = make_tenant("alpha"), make_tenant("bravo")
    headers, body = {"Idempotency-Key": "shared"}, {"phone": "+14155550100"}
    first = a.admin.post("/v1/contacts", json=body, headers=headers)
    second = b.admin.post("/v1/contacts", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert "idempotent-replayed" not in second.headers
    assert first.json()["id"] != second.json()["id"]
    assert [c["id"] for c in b.admin.all("/v1/contacts")] == [second.json()["id"]]


def test_a_failed_create_is_not_remembered(tenant: Tenant) -> None:
    api, headers = tenant.admin, {"Idempotency-Key": "k"}
    assert_problem(api.post("/v1/contacts", json={"phone": "nope"}, headers=headers), 422)
    fixed = api.post("/v1/contacts", json={"phone": "+14155550100"}, headers=headers)
    assert fixed.status_code == 201 and "idempotent-replayed" not in fixed.headers
    too_long = {"Idempotency-Key": "x" * 201}
    assert_problem(api.post("/v1/contacts", json={}, headers=too_long), 422, "validation-error")


def test_concurrent_retries_create_once(tenant: Tenant) -> None:
    """A client that times out and retries at once sends twins: one key is made, not eight."""
    body, headers = {"name": "twin", "role": "agent"}, {"Idempotency-Key": "twins"}
    keys_before = len(tenant.admin.get("/v1/keys").json()["items"])

    def send(_: int) -> httpx.Response:
        with Api(tenant.live.base, tenant.tokens["admin"]) as api:
            return api.post("/v1/keys", json=body, headers=headers)

    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(send, range(8)))
    created = [r for r in responses if r.status_code == 201]
    assert {r.status_code for r in responses} <= {201, 409}, [r.text for r in responses]
    assert created and len({r.json()["key"]["id"] for r in created}) == 1
    for response in responses:
        if response.status_code == 409:
            assert_problem(response, 409, "idempotency-key-in-use")
    assert len(tenant.admin.get("/v1/keys").json()["items"]) == keys_before + 1


def test_a_replay_is_only_for_the_key_that_made_the_request(tenant: Tenant) -> None:
    """Another key of the account resending the same request with the same Idempotency-Key
    must not be handed the first answer: here, an admin key's token to an agent."""
    body, headers = {"name": "ops", "role": "admin"}, {"Idempotency-Key": "new-admin-key"}
    made = tenant.admin.post("/v1/keys", json=body, headers=headers)
    assert made.status_code == 201
    stolen = tenant.api("agent").post("/v1/keys", json=body, headers=headers)
    assert_problem(stolen, 403, "permission-denied")
    assert made.json()["token"] not in stolen.text
    # Another admin key sending it is a new request of its own, not a replay.
    with Api(tenant.live.base, made.json()["token"]) as other_admin:
        second = other_admin.post("/v1/keys", json=body, headers=headers)
    assert second.status_code == 201 and "idempotent-replayed" not in second.headers
    assert second.json()["key"]["id"] != made.json()["key"]["id"]

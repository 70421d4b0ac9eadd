"""The /v1 resources over HTTP: pagination, filters, bulk checks, the past, and each resource's
own rules, on a real `heed serve` with SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from helpers.actors import ADMIN, SUPPORT
from helpers.api import Api, Tenant, assert_problem


def _phone(n: int) -> str:
    return f"+1415555{n:04d}"


def _contact(api: Api, **fields: Any) -> dict[str, Any]:
    response = api.post("/v1/contacts", json=fields)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _inbound(api: Api, body: str, at: datetime, phone: str, n: int) -> dict[str, Any]:
    response = api.post(
        "/v1/inbound",
        json={
            "channel": "sms",
            "from": phone,
            "to": "+15005550006",
            "body": body,
            "provider_message_id": f"msg-{n}",
            "received_at": at.isoformat(),
        },
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


# -- cursor pagination ---------------------------------------------------------------------


def test_contact_pages_cover_every_contact_once_in_order(tenant: Tenant) -> None:
    api = tenant.admin
    created = [_contact(api, phone=_phone(n))["id"] for n in range(23)]
    pages = api.pages("/v1/contacts", limit=5)
    assert [len(page) for page in pages] == [5, 5, 5, 5, 3]
    seen = [c["id"] for page in pages for c in page]
    assert seen == sorted(created) and len(set(seen)) == 23

    # A contact created mid-walk is picked up at the end; none is seen twice or skipped.
    walked, cursor, late = [], None, None
    while True:
        page = api.get("/v1/contacts", limit=10, cursor=cursor).json()
        walked += [c["id"] for c in page["items"]]
        if late is None:
            late = _contact(api, phone=_phone(99))["id"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert walked == sorted([*created, late])


def test_suppression_and_event_pages_match_one_big_page(tenant: Tenant) -> None:
    api = tenant.admin
    for n in range(12):
        response = api.post(
            "/v1/suppressions", json={"channel": "sms", "address": _phone(n), "reason": "asked"}
        )
        assert response.status_code == 201
    for path in ("/v1/suppressions", "/v1/events"):
        whole = api.get(path, limit=500).json()
        assert whole["next_cursor"] is None
        key = "id"
        paged = [item[key] for item in api.all(path, limit=5)]
        assert paged == [item[key] for item in whole["items"]]
        assert len(paged) == len(set(paged)) >= 12
    seqs = [e["id"] for e in api.all("/v1/events", limit=3)]
    assert seqs == sorted(seqs)


def test_bad_cursors_and_limits_are_problems(tenant: Tenant) -> None:
    api = tenant.admin
    for path in ("/v1/contacts", "/v1/events", "/v1/suppressions", "/v1/consents"):
        assert_problem(api.get(path, cursor="%%%not-a-cursor"), 422)
        assert_problem(api.get(path, limit=0), 422, "validation-error")
        assert_problem(api.get(path, limit=501), 422, "validation-error")
    # A cursor of one collection is not a cursor of another (events are numbered).
    contacts = [_contact(api, phone=_phone(n)) for n in range(3)]
    cursor = api.get("/v1/contacts", limit=1).json()["next_cursor"]
    assert cursor and contacts
    assert_problem(api.get("/v1/events", cursor=cursor), 422, "bad-input")


def test_every_request_body_refuses_a_field_it_does_not_read(tenant: Tenant) -> None:
    """One rule for every body (heed.api.v1.schemas.RequestBody): a misspelt field is a 422
    naming it, never a request carried out without it."""
    api = tenant.admin
    phone = _phone(90)
    sent = {
        "/v1/contacts": {"phone": phone, "nmae": "Ann"},
        "/v1/suppressions": {"channel": "sms", "address": phone, "reasn": "asked"},
        "/v1/check/bulk": {"channel": "sms", "addresses": [phone], "purpose": "marketing", "x": 1},
        "/v1/lists": {"name": "promos", "purpose": "marketing", "colour": "red"},
    }
    for path, body in sent.items():
        problem = assert_problem(api.post(path, json=body), 422, "validation-error")
        assert "unknown field" in problem["detail"], (path, problem)
    assert api.get("/v1/contacts").json()["items"] == []
    assert api.get("/v1/suppressions").json()["items"] == []
    assert api.get("/v1/lists").json()["items"] == []
    # However many fields a body adds, it costs one error to say so (it cost one a field).
    flood = {"phone": phone} | {f"k{n}": 0 for n in range(20_000)}
    response = api.post("/v1/contacts", json=flood)
    problem = assert_problem(response, 422, "validation-error")
    assert problem["detail"].endswith("(19,999 more unknown fields)"), problem["detail"]
    assert len(response.content) < 2_000


# -- contacts: search and filters ----------------------------------------------------------


@pytest.fixture
def crowd(tenant: Tenant) -> dict[str, str]:
    """Contacts in every state the filters tell apart, by name."""
    api, engine, slug = tenant.admin, tenant.engine, tenant.slug
    engine.create_list(slug, "promos", actor=ADMIN)
    engine.add_sender(slug, "sms", "+15005550006", actor=ADMIN)
    people = {
        "sms_out": _phone(1),
        "whatsapp_out": _phone(2),
        "keyword_out": _phone(3),
        "list_out": _phone(4),
        "member": _phone(5),
        "left_list": _phone(6),
        "sender_out": _phone(7),
        "clean": _phone(8),
    }
    ids = {
        name: _contact(api, phone=phone, name=f"{name} Person", external_id=f"crm-{name}")["id"]
        for name, phone in people.items()
    }
    ids["emailed"] = _contact(api, email="Zed@Example.com", name="Zed")["id"]

    def opt_out(name: str, **body: Any) -> None:
        payload = {"channel": "sms", "address": people[name], "reason": "asked"} | body
        assert api.post("/v1/suppressions", json=payload).status_code == 201

    list_id = api.get("/v1/lists").json()["items"][0]["id"]
    for name in ("member", "left_list"):
        member = {"channel": "sms", "address": people[name]}
        assert api.post(f"/v1/lists/{list_id}/members", json=member).status_code == 204
    opt_out("sms_out")
    opt_out("whatsapp_out", channel="whatsapp")
    _inbound(api, "STOP", datetime.now(UTC), people["keyword_out"], 1)
    opt_out("list_out", list="promos")
    opt_out("sender_out", sender="+15005550006")
    opt_out("left_list", list="promos")  # leaving the list ends the membership
    return ids


def _names(api: Api, crowd: dict[str, str], **params: Any) -> set[str]:
    by_id = {v: k for k, v in crowd.items()}
    return {by_id[c["id"]] for c in api.all("/v1/contacts", **params)}


def test_contacts_filter_by_channel_status(tenant: Tenant, crowd: dict[str, str]) -> None:
    api = tenant.admin
    suppressed_sms = {"sms_out", "keyword_out", "sender_out"}  # a list opt-out is not one
    assert _names(api, crowd, channel="sms", status="suppressed") == suppressed_sms
    assert _names(api, crowd, channel="sms", status="allowed") == set(crowd) - suppressed_sms
    assert _names(api, crowd, channel="whatsapp", status="suppressed") == {"whatsapp_out"}
    assert _names(api, crowd, channel="email", status="suppressed") == set()
    assert _names(api, crowd, status="suppressed") == suppressed_sms | {"whatsapp_out"}

    # The filter and the per-channel status each contact shows always agree.
    for channel in ("sms", "whatsapp", "email", "voice"):
        for status in ("suppressed", "allowed"):
            for contact in api.all("/v1/contacts", channel=channel, status=status):
                shown = contact["channels"].get(channel)
                if shown is not None:
                    assert shown["allowed"] is (status == "allowed"), (channel, status, contact)
    assert_problem(api.get("/v1/contacts", status="maybe"), 422)


def test_contacts_filter_by_list_source_and_search(tenant: Tenant, crowd: dict[str, str]) -> None:
    api = tenant.admin
    assert _names(api, crowd, list="promos") == {"member"}
    assert _names(api, crowd, list="no-such-list") == set()
    assert _names(api, crowd, source="keyword") == {"keyword_out"}
    assert _names(api, crowd, source="manual") == {
        "sms_out",
        "whatsapp_out",
        "list_out",
        "left_list",
        "sender_out",
    }
    assert _names(api, crowd, source="manual", channel="whatsapp") == {"whatsapp_out"}
    assert _names(api, crowd, q="KEYWORD_out") == {"keyword_out"}  # name, any case
    assert _names(api, crowd, q="zed@example") == {"emailed"}  # email, normalised
    assert _names(api, crowd, q="5550005") == {"member"}  # phone digits
    assert _names(api, crowd, q="crm-clean") == {"clean"}  # external id
    assert _names(api, crowd, q="sms_out", status="suppressed", channel="sms") == {"sms_out"}
    assert _names(api, crowd, q="nobody-has-this") == set()


# -- contacts: create and update ----------------------------------------------------------


def test_contact_create_read_update(tenant: Tenant) -> None:
    api = tenant.admin
    ann = _contact(api, phone="+1 (415) 555-0100", email="Ann@Example.COM", external_id="")
    assert (ann["phone"], ann["email"], ann["external_id"]) == (
        "+14155550100",
        "ann@example.com",
        None,
    )
    assert set(ann["channels"]) == {"sms", "whatsapp", "voice", "email"}
    assert all(status["allowed"] for status in ann["channels"].values())
    assert api.get(f"/v1/contacts/{ann['id']}").json() == ann

    # Blank external ids are no ids: two contacts may both have none.
    bob = _contact(api, phone=_phone(1), external_id="  ")
    assert bob["external_id"] is None

    updated = api.patch(f"/v1/contacts/{ann['id']}", json={"name": "Ann Lee", "fields": {"a": 1}})
    assert updated.status_code == 200, updated.text
    assert (updated.json()["name"], updated.json()["fields"]) == ("Ann Lee", {"a": 1})
    cleared = api.patch(f"/v1/contacts/{ann['id']}", json={"fields": None, "external_id": ""})
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["fields"] == {} and cleared.json()["external_id"] is None
    assert api.get(f"/v1/contacts/{ann['id']}").status_code == 200

    # Unique per account: taken values are a 409, never a 500 or a silent overwrite.
    assert_problem(api.post("/v1/contacts", json={"phone": "+14155550100"}), 409, "already-exists")
    taken = api.patch(f"/v1/contacts/{bob['id']}", json={"phone": "+14155550100"})
    assert_problem(taken, 409, "already-exists")
    api.patch(f"/v1/contacts/{ann['id']}", json={"external_id": "crm-1"})
    assert_problem(api.post("/v1/contacts", json={"email": "x@y.z", "external_id": "crm-1"}), 409)
    assert_problem(api.patch(f"/v1/contacts/{bob['id']}", json={"external_id": "crm-1"}), 409)
    assert_problem(api.patch(f"/v1/contacts/{bob['id']}", json={"phone": None}), 422)
    assert_problem(api.post("/v1/contacts", json={"name": "No Address"}), 422)
    assert_problem(api.post("/v1/contacts", json={"phone": "not a number"}), 422, "invalid-address")
    assert api.get(f"/v1/contacts/{bob['id']}").json()["phone"] == _phone(1)

    # Updating the number does not carry the old number's opt-out along (keyed by address).
    api.post("/v1/suppressions", json={"channel": "sms", "address": _phone(1), "reason": "x"})
    assert api.get(f"/v1/contacts/{bob['id']}").json()["channels"]["sms"]["allowed"] is False
    moved = api.patch(f"/v1/contacts/{bob['id']}", json={"phone": _phone(2)}).json()
    assert moved["channels"]["sms"]["allowed"] is True
    assert api.get("/v1/check", channel="sms", address=_phone(1)).json()["allowed"] is False


# -- suppressions --------------------------------------------------------------------------


def test_suppression_scopes_filters_and_lifting(tenant: Tenant) -> None:
    api, engine, slug = tenant.admin, tenant.engine, tenant.slug
    engine.add_sender(slug, "sms", "+15005550006", actor=ADMIN)
    engine.create_list(slug, "promos", actor=ADMIN)

    def create(**body: Any) -> dict[str, Any]:
        payload = {"channel": "sms", "address": "+1 415 555 0100", "reason": "asked"} | body
        response = api.post("/v1/suppressions", json=payload)
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result

    account = create()
    assert [s["scope"] for s in account["changed"]] == ["account"]
    assert account["check"]["allowed"] is False
    assert (
        create()["changed"] == [] and len(create()["unchanged"]) == 1
    )  # repeating changes nothing
    sender = create(sender="+15005550006")["changed"][0]
    listed = create(list="promos", source="web_form")["changed"][0]
    assert (sender["scope"], listed["scope"]) == ("sender:+15005550006", "list:promos")
    one_scope = {"channel": "sms", "address": _phone(1), "reason": "x"}
    both = one_scope | {"sender": "+15005550006", "list": "promos"}
    assert_problem(api.post("/v1/suppressions", json=both), 422, "bad-input")
    assert_problem(api.post("/v1/suppressions", json=one_scope | {"source": "blacklist"}), 422)
    assert_problem(api.post("/v1/suppressions", json=one_scope | {"list": "nope"}), 404)

    def ids(**params: Any) -> set[str]:
        return {s["id"] for s in api.all("/v1/suppressions", **params)}

    first = account["changed"][0]["id"]
    assert ids() == {first, sender["id"], listed["id"]}
    assert ids(address="+1 (415) 555-0100", channel="sms") == ids()  # addresses are normalised
    assert ids(address="+1 (415) 555-0100") == ids()
    assert ids(scope="list:promos") == {listed["id"]}
    assert ids(source="web_form") == {listed["id"]}
    assert ids(channel="whatsapp") == set()

    lifted = api.post(f"/v1/suppressions/{first}/lift", json={"reason": "confirmed by email"})
    assert lifted.status_code == 200, lifted.text
    assert lifted.json()["lifted_at"] and lifted.json()["lift_reason"] == "confirmed by email"
    again = api.post(f"/v1/suppressions/{first}/lift", json={"reason": "twice"})
    assert again.json()["lifted_at"] == lifted.json()["lifted_at"]  # once lifted, stays as was
    assert ids(active="false") == {first}
    assert ids() == {sender["id"], listed["id"]}
    assert api.get(f"/v1/suppressions/{first}").json() == lifted.json()
    assert_problem(api.post(f"/v1/suppressions/{sender['id']}/lift", json={"reason": ""}), 422)
    assert_problem(api.post(f"/v1/suppressions/{sender['id']}/lift", json={}), 422)
    assert api.get("/v1/check", channel="sms", address=_phone(100)).json()["allowed"] is False


def test_lifting_is_refused_while_blocked_and_for_carrier_opt_outs(tenant: Tenant) -> None:
    api, engine, slug = tenant.admin, tenant.engine, tenant.slug
    opt_out = engine.opt_out(slug, "sms", _phone(1), actor=ADMIN, reason="asked").changed[0]
    engine.block(slug, "sms", _phone(1), actor=ADMIN, reason="abuse")
    refused = api.post(f"/v1/suppressions/{opt_out.id}/lift", json={"reason": "try"})
    assert_problem(refused, 409, "resubscribe-refused")
    assert api.get(f"/v1/suppressions/{opt_out.id}").json()["lifted_at"] is None

    carrier = engine.opt_out(slug, "sms", _phone(4), actor=ADMIN, source="carrier").changed[0]
    refused = api.post(f"/v1/suppressions/{carrier.id}/lift", json={"reason": "try"})
    assert_problem(refused, 409, "resubscribe-refused")

    blacklist = engine.blacklist(slug, "sms", _phone(2), actor=SUPPORT, reason="fraud")
    row = next(s for s in blacklist.changed if s.source == "blacklist" and s.channel == "sms")
    assert_problem(api.post(f"/v1/suppressions/{row.id}/lift", json={"reason": "x"}), 403)
    support = tenant.api("support")
    assert support.post(f"/v1/suppressions/{row.id}/lift", json={"reason": "ok"}).status_code == 200


# -- checks --------------------------------------------------------------------------------


def test_bulk_check_answers_10000_in_order_with_counts(tenant: Tenant) -> None:
    api, engine, slug = tenant.admin, tenant.engine, tenant.slug
    for n in range(3):
        engine.opt_out(slug, "sms", _phone(n), actor=ADMIN, reason="asked")
    engine.block(slug, "sms", _phone(3), actor=ADMIN, reason="abuse")
    addresses = [_phone(n) for n in range(9_997)] + ["nonsense", "", "+1 415 555 0001"]
    response = api.post("/v1/check/bulk", json={"channel": "sms", "addresses": addresses})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [r["address"] for r in body["results"]] == addresses
    blocked = {_phone(0), _phone(1), _phone(2), _phone(3), "nonsense", "", "+1 415 555 0001"}
    assert {r["address"] for r in body["results"] if not r["allowed"]} == blocked
    assert body["allowed"] == 10_000 - len(blocked)
    assert body["excluded"] == {
        "opted_out": 5,  # three opt-outs, the block's implied one, the same number spelt again
        "blocked": 1,
        "invalid_address": 2,
    }
    assert body["excluded"] == dict(
        Counter(reason for r in body["results"] for reason in r["reasons"])
    )
    too_many = api.post("/v1/check/bulk", json={"channel": "sms", "addresses": ["+1"] * 10_001})
    assert_problem(too_many, 422, "validation-error")
    assert_problem(api.post("/v1/check/bulk", json={"channel": "sms", "addresses": []}), 422)
    unknown = api.post("/v1/check/bulk", json={"channel": "sms", "addresses": ["+1"], "list": "x"})
    assert_problem(unknown, 404)


def test_check_answers_fail_safe(tenant: Tenant) -> None:
    api = tenant.admin
    unreadable = api.get("/v1/check", channel="sms", address="call me maybe").json()
    assert unreadable["allowed"] is False
    assert [r["code"] for r in unreadable["reasons"]] == ["invalid_address"]
    assert_problem(api.get("/v1/check", channel="fax", address=_phone(1)), 422)
    assert_problem(api.get("/v1/check", channel="sms"), 422)
    assert_problem(api.get("/v1/check", channel="sms", address=_phone(1), list="nope"), 404)


# -- the past, from the activity log -------------------------------------------------------


def test_status_at_a_past_time_follows_stop_start_stop(tenant: Tenant) -> None:
    api, phone = tenant.admin, _phone(7)
    now = datetime.now(UTC).replace(microsecond=0)
    t1, t2, t3 = now - timedelta(hours=3), now - timedelta(hours=2), now - timedelta(hours=1)
    assert _inbound(api, "STOP", t1, phone, 1)["intent"] == "opt_out"
    assert _inbound(api, "START", t2, phone, 2)["intent"] == "opt_in"
    assert _inbound(api, "STOP", t3, phone, 3)["intent"] == "opt_out"
    tiny = timedelta(microseconds=1)

    def status(at: datetime | str, known: str = "now") -> dict[str, Any]:
        when = at if isinstance(at, str) else at.isoformat()
        response = api.get("/v1/status", channel="sms", address=phone, at=when, known=known)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        same = api.get("/v1/check", channel="sms", address=phone, at=when, known=known).json()
        assert same == answer
        return answer

    expected = [
        (t1 - timedelta(days=1), True),
        (t1 - tiny, True),
        (t1, False),  # an event at T has happened by T
        (t1 + timedelta(minutes=30), False),
        (t2 - tiny, False),
        (t2, True),
        (t2 + timedelta(minutes=30), True),
        (t3 - tiny, True),
        (t3, False),
        (now, False),
    ]
    for at, allowed in expected:
        assert status(at)["allowed"] is allowed, at
        # All three were recorded after `now`, with earlier times: heed knew none of them then.
        assert status(at, known="then")["allowed"] is True, at
    first, second = status(t1)["reasons"][0], status(t3)["reasons"][0]
    assert (first["code"], first["source"], first["scope"]) == ("opted_out", "keyword", "account")
    assert datetime.fromisoformat(first["since"]) == t1
    assert datetime.fromisoformat(second["since"]) == t3
    created = {e["id"]: e for e in api.all("/v1/events", address=phone, kind="suppression.created")}
    assert {first["event_id"], second["event_id"]} == set(created)
    # A time without a zone is UTC.
    naive = (t1 + timedelta(minutes=1)).replace(tzinfo=None).isoformat()
    assert status(naive)["allowed"] is False
    # Without `at`, the log's answer for now: the same as the check's.
    now = api.get("/v1/status", channel="sms", address=phone)
    assert now.status_code == 200, now.text
    current = api.get("/v1/check", channel="sms", address=phone).json()
    assert now.json()["allowed"] is current["allowed"]
    assert_problem(api.get("/v1/status", channel="sms", address=phone, at="yesterday"), 422)


def test_a_stop_with_a_stray_nul_is_still_honoured(tenant: Tenant) -> None:
    """Providers pass on whatever the phone sent; PostgreSQL cannot store NUL. Clean it."""
    result = _inbound(tenant.admin, "STOP\x00", datetime.now(UTC), _phone(9), 1)
    assert result["intent"] == "opt_out"
    check = tenant.admin.get("/v1/check", channel="sms", address=_phone(9)).json()
    assert check["allowed"] is False


def test_events_filter_by_contact_address_source_kind_and_time(tenant: Tenant) -> None:
    api, phone = tenant.admin, _phone(5)
    ann = _contact(api, phone=phone, name="Ann")
    other = _contact(api, phone=_phone(6))
    now = datetime.now(UTC).replace(microsecond=0)
    t1, t2 = now - timedelta(hours=2), now - timedelta(hours=1)
    _inbound(api, "STOP", t1, phone, 1)
    _inbound(api, "START", t2, phone, 2)
    _inbound(api, "STOP", t1, _phone(6), 3)
    api.patch(f"/v1/contacts/{ann['id']}", json={"name": "Ann Lee"})

    def kinds(**params: Any) -> list[str]:
        return [e["kind"] for e in api.all("/v1/events", **params)]

    mine = api.all("/v1/events", contact_id=ann["id"])
    assert {e["kind"] for e in mine} >= {
        "contact.created",
        "contact.updated",
        "suppression.created",
        "suppression.lifted",
    }, "a contact's history includes what happened to its number"
    assert all(e["contact_id"] == ann["id"] or e["address"] == phone for e in mine)
    assert not [e for e in mine if e["address"] == _phone(6) or e["contact_id"] == other["id"]]
    assert kinds(address=phone, source="keyword", kind="suppression.created") == [
        "suppression.created"
    ]
    assert kinds(address=phone, kind="suppression.lifted") == ["suppression.lifted"]
    assert kinds(address="+1 (415) 555-0005") == kinds(address=phone) != []
    assert len(kinds(source="keyword", kind="suppression.created")) == 2
    assert kinds(source="carrier") == []
    window = api.all("/v1/events", since=(t1 + timedelta(minutes=1)).isoformat(), until=now)
    assert [e["kind"] for e in window if e["address"] == phone] == ["suppression.lifted"]
    at_t1 = api.all("/v1/events", since=t1.isoformat(), until=(t1 + timedelta(seconds=1)))
    assert {e["address"] for e in at_t1} == {phone, _phone(6)}
    naive = api.get("/v1/events", since=t1.replace(tzinfo=None).isoformat())
    assert naive.status_code == 200, naive.text
    assert len(naive.json()["items"]) == len(api.all("/v1/events", since=t1.isoformat()))
    for event in api.all("/v1/events"):
        assert datetime.fromisoformat(event["occurred_at"]).tzinfo is not None
        assert len(event["hash"]) == 64


# -- senders, lists, membership, consents --------------------------------------------------


def test_senders_never_show_their_secret(tenant: Tenant) -> None:
    api = tenant.admin
    body = {
        "channel": "sms",
        "address": "+1 500 555 0006",
        "scope": "sender",
        "provider": "twilio",
        "secret": "very-secret-token",
        "keywords": ["end", " Cancel "],
    }
    created = api.post("/v1/senders", json=body)
    assert created.status_code == 201, created.text
    sender = created.json()
    assert (sender["address"], sender["scope"], sender["extra_keywords"]) == (
        "+15005550006",
        "sender",
        ["CANCEL", "END"],
    )
    listed, one = api.get("/v1/senders"), api.get(f"/v1/senders/{sender['id']}")
    for response in (created, listed, one):
        assert "very-secret-token" not in response.text
    assert one.json() == sender and listed.json() == {"items": [sender], "next_cursor": None}
    assert_problem(api.post("/v1/senders", json=body), 409, "already-exists")
    assert_problem(api.post("/v1/senders", json=body | {"scope": "everywhere"}), 422)


def test_lists_and_membership(tenant: Tenant) -> None:
    api = tenant.admin
    created = api.post("/v1/lists", json={"name": "promos", "purpose": "marketing"})
    assert created.status_code == 201, created.text
    promos = created.json()
    assert api.get(f"/v1/lists/{promos['id']}").json() == promos
    assert api.get("/v1/lists").json() == {"items": [promos], "next_cursor": None}
    assert_problem(api.post("/v1/lists", json={"name": "promos"}), 409, "already-exists")
    assert_problem(api.post("/v1/lists", json={"name": "a:b"}), 422)

    ann = _contact(api, phone=_phone(1))
    members = f"/v1/lists/{promos['id']}/members"
    agent = tenant.api("agent")
    assert (
        agent.post(members, json={"channel": "sms", "address": "+1 (415) 555-0001"}).status_code
        == 204
    )
    assert [c["id"] for c in api.all("/v1/contacts", list="promos")] == [ann["id"]]
    assert agent.post(members, json={"channel": "sms", "address": _phone(1)}).status_code == 204
    joined = api.all("/v1/events", contact_id=ann["id"], kind="list.subscribed")
    assert len(joined) == 1, "joining twice is one membership"
    # Membership is a roster of contacts: an unknown address or list is a 404, not a no-op.
    assert_problem(agent.post(members, json={"channel": "sms", "address": _phone(2)}), 404)
    # Adding back someone who left the list would be resubscribing them: refused.
    api.post(
        "/v1/suppressions",
        json={"channel": "sms", "address": _phone(1), "reason": "x", "list": "promos"},
    )
    assert api.all("/v1/contacts", list="promos") == []
    again = agent.post(members, json={"channel": "sms", "address": _phone(1)})
    assert_problem(again, 409, "resubscribe-refused")
    # The roster keeps who left, with when.
    roster = agent.all(members)
    assert [(m["contact_id"], m["status"]) for m in roster] == [(ann["id"], "unsubscribed")]
    assert roster[0]["subscribed_at"] and roster[0]["unsubscribed_at"]
    assert api.all("/v1/contacts", list="promos") == []
    missing = agent.post(
        "/v1/lists/01NOSUCHLIST0000000000000/members", json={"channel": "sms", "address": _phone(1)}
    )
    assert_problem(missing, 404, "not-found")


def test_consents_are_recorded_and_listed(tenant: Tenant) -> None:
    api, engine, slug = tenant.admin, tenant.engine, tenant.slug
    engine.update_settings(slug, ADMIN, require_consent_for=["marketing"])
    phone = _phone(3)
    assert api.get("/v1/check", channel="sms", address=phone).json()["reasons"][0]["code"] == (
        "no_consent"
    )
    body = {
        "channel": "sms",
        "address": "+1 (415) 555-0003",
        "purpose": "marketing",
        "evidence": {"form": "signup"},
    }
    recorded = api.post("/v1/consents", json=body)
    assert recorded.status_code == 201, recorded.text
    consent = recorded.json()
    assert (consent["address"], consent["purpose"], consent["source"]) == (
        phone,
        "marketing",
        "api",
    )
    assert api.all("/v1/consents", address=phone) == [consent]
    assert api.all("/v1/consents", address="+1 415 555 0003") == [consent]
    assert api.all("/v1/consents", address=_phone(4)) == []
    assert api.get("/v1/check", channel="sms", address=phone).json()["allowed"] is True
    event = api.all("/v1/events", kind="consent.recorded")[0]
    assert event["id"] == consent["event_id"] and event["evidence"] == {"form": "signup"}

    # Where consent is required, the status filter reads as each contact's status does.
    consented, unconsented = _contact(api, phone=phone), _contact(api, phone=_phone(4))
    assert consented["channels"]["sms"]["allowed"] is True
    assert unconsented["channels"]["sms"]["reasons"] == ["no_consent"]
    allowed = api.all("/v1/contacts", channel="sms", status="allowed")
    barred = api.all("/v1/contacts", channel="sms", status="suppressed")
    assert [c["id"] for c in allowed] == [consented["id"]]
    assert [c["id"] for c in barred] == [unconsented["id"]]
    assert [c["id"] for c in api.all("/v1/contacts", channel="whatsapp", status="allowed")] == []


def test_an_opt_out_for_an_unknown_sender_is_a_problem_naming_the_senders(
    tenant: Tenant,
) -> None:
    tenant.engine.add_sender(tenant.slug, "sms", "+15005550006", actor=ADMIN)
    api = tenant.admin
    payload = {"channel": "sms", "address": _phone(1), "sender": "+19999999999", "reason": "x"}
    body = assert_problem(api.post("/v1/suppressions", json=payload), 404, "unknown-sender")
    assert body["senders"] == ["+15005550006"]
    assert body["detail"].endswith("has no sms sender +19999999999; its sms senders: +15005550006")
    assert api.get("/v1/suppressions").json()["items"] == []

    check = api.get("/v1/check", channel="sms", address=_phone(1), sender="+19999999999").json()
    assert check["allowed"] is False
    assert [r["code"] for r in check["reasons"]] == ["unknown_sender"]

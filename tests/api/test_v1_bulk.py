"""Imports, the export and the audience filter over HTTP, on a real `heed serve`."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable
from typing import Any

from helpers.actors import ADMIN
from helpers.api import Api, Tenant, assert_problem

BAD_ROWS = "Name;Mobile;Note\r\nAnn;+14155550100;asked\r\nBob;0101;\r\n\r\nCy;+14155550102;\r\n"


def finished(api: Api, location: str) -> dict[str, Any]:
    """Follow an import's Location until it is no longer running."""
    for _ in range(200):
        body: dict[str, Any] = api.get(location).json()
        if body["status"] != "running":
            return body
        time.sleep(0.05)
    raise AssertionError(f"{location} still running")


def csv_body(api: Api, text: str, **params: Any) -> Any:
    return api.client.post(
        "/v1/imports", params=params, content=text, headers={"Content-Type": "text/csv"}
    )


def test_an_upload_with_bad_rows(tenant: Tenant) -> None:
    api = tenant.admin
    response = api.client.post(
        "/v1/imports",
        params={"channel": "sms"},
        files={"file": ("crm export.csv", BAD_ROWS.encode(), "text/csv")},
    )
    assert response.status_code == 202, response.text
    started = response.json()
    assert started["rows_total"] == 3 and started["file_name"] == "crm export.csv"
    assert response.headers["location"] == f"/v1/imports/{started['id']}"

    done = finished(api, response.headers["location"])

    assert (done["status"], done["progress"], done["rows_processed"]) == ("done", 1.0, 3)
    assert (done["created"], done["unchanged"], done["error_count"]) == (2, 0, 1)
    assert done["columns"] == {"address": "Mobile", "reason": "Note"}
    assert done["row_errors"][0]["line"] == 3 and "'0101'" in done["row_errors"][0]["message"]
    for phone in ("+14155550100", "+14155550102"):
        reasons = api.get("/v1/check", channel="sms", address=phone).json()["reasons"]
        assert [(r["code"], r["source"]) for r in reasons] == [("opted_out", "import")]
    (listed,) = api.all("/v1/imports")
    assert listed["id"] == started["id"] and "row_errors" not in listed
    assert tenant.api("agent").get(response.headers["location"]).status_code == 200


def test_raw_csv_with_a_mapping_a_list_and_contacts(tenant: Tenant) -> None:
    api = tenant.admin
    assert api.post("/v1/lists", json={"name": "promos"}).status_code == 201
    text = "Cell,Why\n+14155550110,no promos\n"
    made = csv_body(api, text, channel="sms", list="promos", column=["address=Cell", "reason=Why"])
    assert made.status_code == 202, made.text
    assert finished(api, made.headers["location"])["created"] == 1
    left = api.get("/v1/check", channel="sms", address="+14155550110", list="promos").json()
    assert [r["code"] for r in left["reasons"]] == ["list_unsubscribed"]

    people = csv_body(api, "phone,name\n+14155550110,Ann\n+14155550111,Bo\n", kind="contacts")
    done = finished(api, people.headers["location"])
    assert (done["kind"], done["created"], done["flagged"]) == ("contacts", 2, 0)
    joined = csv_body(api, "phone\n+14155550110\n", kind="contacts", list="promos")
    flagged = finished(api, joined.headers["location"])["flagged_rows"]
    assert flagged == [
        {"line": 2, "address": "+14155550110", "reasons": {"list:promos": ["list_unsubscribed"]}}
    ]


def test_refused_uploads_change_nothing(tenant: Tenant) -> None:
    api = tenant.admin
    before = tenant.event_count()
    no_column = csv_body(api, "Name,Number\nAnn,1\n", channel="sms")
    body = assert_problem(no_column, 422, "bad-input")
    assert "no address column" in body["detail"] and "'Name', 'Number'" in body["detail"]
    assert_problem(
        api.client.post("/v1/imports?channel=sms", json={"address": "+1"}),
        415,
        "unsupported-media-type",
    )
    no_file = api.client.post("/v1/imports?channel=sms", files={"upload": ("a.csv", b"phone\n")})
    assert "the CSV file as the multipart field `file`" in assert_problem(no_file, 422)["detail"]
    assert_problem(csv_body(api, 'phone\n"+1"x\n', channel="sms"), 422, "invalid-file")
    assert_problem(csv_body(api, "phone\n+1\n", channel="sms", list="nope"), 404, "not-found")
    assert_problem(csv_body(tenant.api("agent"), "phone\n+1\n", channel="sms"), 403)
    assert api.get("/v1/imports").json()["items"] == []
    assert tenant.event_count() == before
    assert_problem(api.get("/v1/imports/01HZZZZZZZZZZZZZZZZZZZZZZZ"), 404, "not-found")


def test_export_download_and_round_trip(make_tenant: Callable[..., Tenant]) -> None:
    source, target = make_tenant("src"), make_tenant("dst")
    for tenant, senders in ((source, ["+15005550006"]), (target, ["+15005550006", "+15005550007"])):
        for sender in senders:  # a sender scope must name one of the account's senders
            tenant.engine.add_sender(tenant.slug, "sms", sender, actor=ADMIN)
    api = source.admin
    for body in (
        {"channel": "sms", "address": "+14155550120", "reason": "asked"},
        {"channel": "sms", "address": "+14155550121", "reason": "STOP", "sender": "+15005550006"},
        {"channel": "email", "address": "ann@example.com", "reason": "asked"},
    ):
        assert api.post("/v1/suppressions", json=body).status_code == 201

    exported = tenant_get(api, "/v1/suppressions/export")
    assert exported.headers["content-type"].startswith("text/csv")
    assert "attachment" in exported.headers["content-disposition"]
    # streamed as it is read, never held whole: no length known in advance
    assert exported.headers["transfer-encoding"] == "chunked"
    assert "content-length" not in exported.headers
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["address"], r["scope"]) for r in rows] == [
        ("+14155550120", "account"),
        ("+14155550121", "sender:+15005550006"),
        ("ann@example.com", "account"),
    ]
    as_json = tenant_get(api, "/v1/suppressions/export", format="json", channel="email").json()
    assert [s["address"] for s in as_json] == ["ann@example.com"]
    assert_problem(api.get("/v1/suppressions/export", source="stop"), 422)

    moved = csv_body(target.admin, exported.text)
    assert finished(target.admin, moved.headers["location"])["created"] == 3
    check = target.admin.get("/v1/check", channel="sms", address="+14155550121")
    assert check.json()["allowed"] is False
    other = target.admin.get(
        "/v1/check", channel="sms", address="+14155550121", sender="+15005550007"
    )
    assert other.json()["allowed"] is True


def tenant_get(api: Api, path: str, **params: Any) -> Any:
    response = api.get(path, **params)
    assert response.status_code == 200, response.text
    return response


def test_the_filter_says_what_it_reads(tenant: Tenant) -> None:
    api = tenant.api("agent")
    xml = api.client.post(
        "/v1/filter?channel=sms", content=b"<a/>", headers={"Content-Type": "application/xml"}
    )
    body = assert_problem(xml, 415, "unsupported-media-type")
    assert "cannot read a application/xml" in body["detail"] and "JSON Lines" in body["detail"]
    no_file = api.client.post("/v1/filter?channel=sms", files={"upload": ("a.csv", b"phone\n")})
    body = assert_problem(no_file, 422, "bad-input")
    assert body["detail"] == "send the recipients as the multipart field `file`"


def test_filter_counts_and_allowed_rows(make_tenant: Callable[..., Tenant]) -> None:
    ours, theirs = make_tenant("ours"), make_tenant("theirs")
    for tenant in (ours, theirs):
        made = tenant.admin.post(
            "/v1/suppressions", json={"channel": "sms", "address": "+14155550130", "reason": "x"}
        )
        assert made.status_code == 201
    theirs.admin.post(
        "/v1/suppressions", json={"channel": "sms", "address": "+14155550131", "reason": "x"}
    )
    recipients = "phone,name\n+14155550130,Ann\n+14155550131,Bo\n+14155550131,Bo\nnope,N\n"
    api = ours.api("agent")

    counted = api.client.post(
        "/v1/filter",
        params={"channel": "sms"},
        content=recipients,
        headers={"Content-Type": "text/csv"},
    )
    assert counted.status_code == 200, counted.text
    assert counted.json() == {
        "total": 4,
        "allowed": 1,
        "excluded": {"opted_out": 1, "invalid_address": 1},
        "duplicates": 1,
    }
    rows = api.client.post(
        "/v1/filter",
        params={"channel": "sms", "output": "allowed"},
        files={"file": ("campaign.csv", recipients.encode())},
    )
    assert rows.text.splitlines() == ["phone,name", "+14155550131,Bo"]  # theirs opted out, not ours
    assert json.loads(rows.headers["heed-filter-counts"])["allowed"] == 1
    listed = api.client.post(
        "/v1/filter",
        params={"channel": "sms", "output": "allowed"},
        json=["+14155550130", {"phone": "+14155550132", "id": 7}],
    )
    assert listed.headers["content-type"] == "application/json"
    assert listed.json() == [{"phone": "+14155550132", "id": 7}]
    excluded = api.client.post(
        "/v1/filter",
        params={"channel": "sms", "output": "excluded"},
        content=recipients,
        headers={"Content-Type": "text/csv"},
    )
    assert excluded.text.splitlines() == [
        "phone,name,heed_reasons",
        "+14155550130,Ann,opted_out",
        "nope,N,invalid_address",
    ]
    assert json.loads(excluded.headers["heed-filter-counts"])["allowed"] == 1
    lines = api.client.post(
        "/v1/filter",
        params={"channel": "sms", "output": "excluded"},
        content=b'{"phone": "+14155550130"}\n{"phone": "+14155550132"}\n',
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert lines.headers["content-type"] == "application/x-ndjson"
    assert [json.loads(line) for line in lines.text.splitlines()] == [
        {"recipient": {"phone": "+14155550130"}, "reasons": ["opted_out"]}
    ]

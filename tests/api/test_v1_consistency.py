"""One API (issue 18, item 13): every list is `{items, next_cursor}`, every input heed cannot
use is one status (422) with a title in words, numbers JSON cannot carry exactly are refused
rather than stored as null, and a body that is not JSON says so in words."""

from __future__ import annotations

from typing import Any

import pytest

from helpers.api import Tenant, assert_problem


@pytest.mark.parametrize("path", ["/v1/lists", "/v1/senders", "/v1/keys"])
def test_small_collections_have_the_shape_of_every_list(tenant: Tenant, path: str) -> None:
    """Before: bare arrays, while contacts, events and the rest were pages."""
    body = tenant.admin.get(path).json()
    assert set(body) == {"items", "next_cursor"} and body["next_cursor"] is None
    assert isinstance(body["items"], list)
    assert tenant.admin.all(path) == body["items"]


def test_a_contact_is_created_with_its_fields(tenant: Tenant) -> None:
    """Before: POST silently dropped `fields` (PATCH took them)."""
    fields = {"tier": "gold", "visits": 3, "vip": True}
    created = tenant.admin.post("/v1/contacts", json={"phone": "+14155550100", "fields": fields})
    assert created.status_code == 201, created.text
    assert created.json()["fields"] == fields
    assert tenant.admin.get(f"/v1/contacts/{created.json()['id']}").json()["fields"] == fields


def raw(tenant: Tenant, method: str, path: str, text: str, media: str) -> Any:
    return tenant.admin.request(method, path, content=text, headers={"Content-Type": media})


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_numbers_json_cannot_carry_are_refused_not_stored_as_null(
    tenant: Tenant, number: str
) -> None:
    text = '{"phone": "+14155550100", "fields": {"score": NUMBER}}'.replace("NUMBER", number)
    refused = assert_problem(
        raw(tenant, "POST", "/v1/contacts", text, "application/json"), 422, "validation-error"
    )
    assert [e["field"] for e in refused["errors"]] == ["fields.score"]
    assert "finite number" in refused["errors"][0]["message"]
    assert tenant.admin.all("/v1/contacts") == []


@pytest.mark.parametrize(
    "setting,value",
    [
        ("soft_bounce_limit", "99999999999999999999999"),  # before: accepted and stored
        ("soft_bounce_limit", "1001"),
        ("soft_bounce_window_days", "366"),
        ("detect_high", "NaN"),
        ("soft_bounce_limit", "0"),
        ("soft_bounce_limit", '"many"'),
    ],
)
def test_every_number_has_bounds_and_every_bad_setting_is_422(
    tenant: Tenant, setting: str, value: str
) -> None:
    before = tenant.admin.get("/v1/account/settings").json()
    text = f'{{"{setting}": {value}}}'
    refused = assert_problem(
        raw(tenant, "PATCH", "/v1/account/settings", text, "application/json"), 422
    )
    assert [e["field"] for e in refused["errors"]] == [setting]
    assert tenant.admin.get("/v1/account/settings").json() == before


def test_settings_refused_by_meaning_have_the_same_status_as_by_type(tenant: Tenant) -> None:
    """Before: a wrong type was 422 and a wrong meaning (low above high) 400."""
    by_type = tenant.admin.patch("/v1/account/settings", json={"detect_low": "high"})
    by_meaning = tenant.admin.patch(
        "/v1/account/settings", json={"detect_low": 0.95, "detect_high": 0.9}
    )
    assert_problem(by_type, 422, "validation-error")
    assert_problem(by_meaning, 422, "invalid-setting")


def test_problem_titles_are_words_not_class_names(tenant: Tenant) -> None:
    api = tenant.admin
    missing = assert_problem(api.get("/v1/contacts/01NOSUCHCONTACT00000000000"), 404, "not-found")
    assert missing["title"] == "Not found"  # before: "NotFound"
    csv = api.request(
        "POST",
        "/v1/imports",
        params={"channel": "sms"},
        content=b'phone\n"+1"x\n',
        headers={"Content-Type": "text/csv"},
    )
    assert assert_problem(csv, 422, "invalid-file")["title"] == "Invalid file"  # "CsvError"
    address = api.post("/v1/contacts", json={"phone": "not a number"})
    assert assert_problem(address, 422, "invalid-address")["title"] == "Invalid address"


def test_a_malformed_json_body_is_named_in_words(tenant: Tenant) -> None:
    """Before: the field was "12" (a character offset) and the message "JSON decode error"."""
    text = '{"phone": "+14155550100", }'
    refused = assert_problem(raw(tenant, "POST", "/v1/contacts", text, "application/json"), 422)
    [error] = refused["errors"]
    assert error["field"] == "body"
    assert error["message"].startswith("the body is not valid JSON at character ")


def test_a_body_that_is_not_utf8_is_a_validation_error_too(tenant: Tenant) -> None:
    """Before: FastAPI's own 400 "There was an error parsing the body" (schemathesis found it)."""
    sent = tenant.admin.request(
        "POST",
        "/v1/contacts",
        content=b"\x07\xff\x06",
        headers={"Content-Type": "application/json"},
    )
    refused = assert_problem(sent, 422, "validation-error")
    assert refused["errors"] == [
        {"field": "body", "message": "the body is not valid JSON: it is not UTF-8 text"}
    ]


def test_a_body_nested_past_the_parser_says_so(tenant: Tenant) -> None:
    """Before: 30,000 nested arrays to a v1 route (FastAPI parses the body before heed's depth
    guard runs) were refused as "not UTF-8 text", which they are."""
    sent = tenant.admin.request(
        "POST",
        "/v1/contacts",
        content="[" * 30_000 + "]" * 30_000,
        headers={"Content-Type": "application/json"},
    )
    refused = assert_problem(sent, 422, "validation-error")
    assert refused["errors"] == [
        {
            "field": "body",
            "message": "the body is not valid JSON: it is nested deeper than 32 levels",
        }
    ]


def test_a_form_encoded_body_is_told_to_send_json(tenant: Tenant) -> None:
    """Before: "Input should be a valid dictionary", with no word about Content-Type."""
    form = raw(
        tenant,
        "POST",
        "/v1/contacts",
        "phone=%2B14155550100",
        "application/x-www-form-urlencoded",
    )
    [error] = assert_problem(form, 422, "validation-error")["errors"]
    assert error["field"] == "body"
    assert "Content-Type: application/json" in error["message"]
    assert "application/x-www-form-urlencoded" in error["message"]

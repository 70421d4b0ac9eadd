"""Imports, exports and the audience page, driven in Chromium against a real `heed serve`.

Runs once on SQLite and once on PostgreSQL (the module-scoped `live` server).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Page, expect

from helpers.web import Site, check, log_in, shot, sign_out

OPTOUTS = (
    "Name;Mobile;Note\r\n"
    "Gina;+14155550150;asked at the counter\r\n"
    "Hal;555 0151;\r\n"  # a national number: the account has no default country
    "\r\n"
    "Ivy;+14155550152;\r\n"
    "Gina again;+14155550150;\r\n"
)


def upload(page: Page, label: str, name: str, content: str) -> None:
    page.get_by_label(label).set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": content.encode()}]
    )


def test_import_with_bad_rows_shows_their_lines_and_lands_the_good_ones(
    page: Page, site: Site
) -> None:
    log_in(page, site, site.admin_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Suppressions").click()
    page.get_by_role("link", name="Import", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import opt-outs")
    upload(page, "CSV file", "front-desk.csv", OPTOUTS)
    shot(page, site, "import-upload")
    page.get_by_role("button", name="Upload and map columns").click()

    expect(page.get_by_label("Address column (phone or email)")).to_have_value("Mobile")
    expect(page.get_by_label("Reason column")).to_have_value("Note")
    rows = page.locator("table.import-preview tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.nth(0)).to_contain_text("opts out sms +14155550150")
    expect(rows.nth(1)).to_contain_text("Refused")
    expect(rows.nth(1)).to_contain_text("'555 0151' is not a valid phone number")
    expect(rows.nth(3)).to_contain_text("repeats line 2: no change")
    shot(page, site, "import-preview")
    assert check(site, "sms", "+14155550150")["allowed"] is True  # a preview changes nothing

    page.get_by_role("button", name="Import 4 rows").click()
    expect(page).to_have_url(re.compile(r"/imports/[0-9A-Z]{26}$"))
    expect(page.locator("#status-h")).to_contain_text("Done: 1 of 4 rows refused", timeout=15_000)
    errors = page.locator("table.row-errors tbody tr")
    expect(errors).to_have_count(1)
    expect(errors.first.locator("th")).to_have_text("3")
    expect(errors.first).to_contain_text("not a valid phone number")
    expect(page.locator('[data-field="created"]')).to_have_text("2")
    shot(page, site, "import-result")
    for phone in ("+14155550150", "+14155550152"):
        body = check(site, "sms", phone)
        assert body["allowed"] is False
        assert [r["code"] for r in body["reasons"]] == ["opted_out"]  # type: ignore[attr-defined]
    page.get_by_role("link", name="← Imports").click()
    expect(page.locator("tbody")).to_contain_text("front-desk.csv")
    shot(page, site, "imports")


def test_mapping_a_column_and_a_sender_scope(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/imports/new?kind=optouts")
    upload(page, "CSV file", "sender.csv", "Who,Number\nJo,+14155550160\n")
    page.get_by_role("button", name="Upload and map columns").click()
    expect(page.locator("#map-error")).to_contain_text("no address column")
    expect(page.locator("#map-error")).to_contain_text("'Who', 'Number'")
    page.get_by_label("Address column (phone or email)").select_option("Number")
    page.get_by_label("Where the opt-outs apply").select_option("sender:+15005550006")
    page.get_by_role("button", name="Update preview").click()
    expect(page.locator("table.import-preview tbody")).to_contain_text("(sender:+15005550006)")
    token = page.url.split("/imports/new/")[1].split("?")[0]
    # A sender the account does not have (a hand-edited URL): refused, naming its senders.
    stranger = {"kind": "optouts", "channel": "sms", "col_address": "Number"}
    page.goto(
        f"{site.base}/imports/new/{token}?"
        + urlencode({**stranger, "scope": "sender:+19999999999"})
    )
    expect(page.locator("#map-error")).to_contain_text(
        "has no sms sender +19999999999; its sms senders: +15005550006"
    )
    page.go_back()
    page.get_by_role("button", name="Import 1 rows").click()
    expect(page.locator("#status-h")).to_contain_text("every row landed", timeout=15_000)
    assert check(site, "sms", "+14155550160")["allowed"] is False  # no sender named: fail safe
    csrf = page.locator('form[action="/logout"] input[name="csrf"]').input_value()
    twice = page.request.post(
        f"{site.base}/imports/new/{token}",
        form={"csrf": csrf, "kind": "optouts", "col_address": "Number"},
        max_redirects=0,
    )
    assert twice.status == 404  # the form posted again imports nothing twice


def test_export_downloads_csv_and_json(page: Page, site: Site, tmp_path: Path) -> None:
    log_in(page, site, site.agent_email)
    page.goto(f"{site.base}/suppressions")
    expect(page.get_by_role("link", name="Import", exact=True)).to_have_count(0)
    status = page.get_by_role("status")
    expect(status).to_have_text("")
    with page.expect_download() as done:
        page.get_by_role("link", name="Export CSV").click()
    expect(status).to_contain_text("Exporting: the file downloads as it is written")
    saved = tmp_path / "export.csv"
    done.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text())))
    by_address = {r["address"]: r for r in rows}
    assert by_address["+14155550101"]["source"] == "keyword"
    assert json.loads(by_address["+14155550101"]["evidence"])["provider"] == "twilio"
    assert by_address["monica@example.com"]["source"] == "bounce"
    with page.expect_download() as done:
        page.get_by_role("link", name="Export JSON").click()
    done.value.save_as(tmp_path / "export.json")
    exported = json.loads((tmp_path / "export.json").read_text())
    assert {s["address"] for s in exported} == set(by_address)
    streamed = page.request.get(f"{site.base}/suppressions/export")  # as it is read, not whole
    assert streamed.ok and streamed.headers["transfer-encoding"] == "chunked"
    assert "content-length" not in streamed.headers


RECIPIENTS = (
    "phone,first_name\n"
    "+14155550100,Dana\n"  # may be messaged
    "+14155550101,Fox\n"  # replied STOP
    "+14155550105,Alex\n"  # blocked
    "+14155550102,Walter\n"
    "+14155550102,Walter\n"  # a repeat
    "call me,Nobody\n"
)


def test_audience_counts_in_words_and_the_allowed_list(
    page: Page, site: Site, tmp_path: Path
) -> None:
    log_in(page, site, site.agent_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Audience").click()
    upload(page, "Recipients file", "spring-sale.csv", RECIPIENTS)
    page.get_by_label("Channel").select_option("sms")
    page.get_by_role("button", name="Filter").click()

    expect(page.locator(".summary")).to_have_text("2 of 6 recipients may be sent to.")
    reasons = page.locator("dl.reasons")
    expect(reasons.locator('[data-reason="opted_out"]')).to_have_text("Opted out")
    expect(reasons.locator('[data-reason="blocked"]')).to_have_text("Blocked")
    expect(reasons.locator('[data-reason="invalid_address"]')).to_have_text("Invalid address")
    expect(page.locator("main")).to_contain_text("1 row repeats a recipient")
    shot(page, site, "audience")
    with page.expect_download() as done:
        page.get_by_role("link", name="Download the allowed list").click()
    saved = tmp_path / "allowed.csv"
    done.value.save_as(saved)
    assert done.value.suggested_filename == "spring-sale-allowed.csv"
    assert saved.read_text().splitlines() == [
        "phone,first_name",
        "+14155550100,Dana",
        "+14155550102,Walter",
    ]


def test_long_forms_say_they_are_working_and_take_one_click(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    for path, button, notice in (
        ("/audience", "Filter", "Filtering…"),
        ("/imports/new", "Upload and map columns", "Uploading and reading the file…"),
    ):
        page.goto(f"{site.base}{path}")
        status = page.get_by_role("status")
        expect(status).to_have_text("")
        upload(page, "Recipients file" if path == "/audience" else "CSV file", "a.csv", RECIPIENTS)
        # Hold the submission on the page, so what it shows while the server works stays.
        page.evaluate(
            "document.querySelector('form[data-busy]')"
            ".addEventListener('submit', (e) => e.preventDefault())"
        )
        page.get_by_role("button", name=button).click()
        expect(status).to_contain_text(notice)
        expect(page.get_by_role("button", name=button)).to_be_disabled()


def test_an_agent_cannot_import_even_with_a_forged_post(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)  # an admin's upload, waiting on its mapping step
    page.goto(f"{site.base}/imports/new?kind=optouts")
    upload(page, "CSV file", "x.csv", "phone\n+14155550170\n")
    page.get_by_role("button", name="Upload and map columns").click()
    token = page.url.split("/imports/new/")[1].split("?")[0]
    sign_out(page, site, site.admin_email)

    log_in(page, site, site.agent_email)
    page.goto(f"{site.base}/imports")
    expect(page.get_by_role("link", name="Import opt-outs")).to_have_count(0)
    assert page.request.get(f"{site.base}/imports/new").status == 403
    csrf = page.locator('form[action="/logout"] input[name="csrf"]').input_value()
    forged_upload = page.request.post(
        f"{site.base}/imports/new",
        multipart={
            "csrf": csrf,
            "kind": "optouts",
            "file": {"name": "x.csv", "mimeType": "text/csv", "buffer": b"phone\n+14155550170\n"},
        },
        max_redirects=0,
    )
    assert forged_upload.status == 403
    forged_run = page.request.post(
        f"{site.base}/imports/new/{token}",
        form={"csrf": csrf, "kind": "optouts", "channel": "sms", "col_address": "phone"},
        max_redirects=0,
    )
    assert forged_run.status == 403
    no_token = page.request.post(
        f"{site.base}/imports/new/{token}", form={"kind": "optouts"}, max_redirects=0
    )
    assert no_token.status == 403 and "Request refused" in no_token.text()
    assert check(site, "sms", "+14155550170")["allowed"] is True
    assert site.live.engine.recent_imports(site.slug, 100) == [] or all(
        i.file_name != "x.csv" for i in site.live.engine.recent_imports(site.slug, 100)
    )


def test_the_import_page_follows_a_running_import_to_its_end(page: Page, site: Site) -> None:
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/imports/new?kind=optouts")
    rows = "".join(f"+1415556{n:04d},bulk\n" for n in range(3000))
    upload(page, "CSV file", "big.csv", "phone,note\n" + rows)
    page.get_by_role("button", name="Upload and map columns").click()
    page.get_by_role("button", name="Import 3,000 rows").click()  # thousands separated
    expect(page.locator("#status-h")).to_contain_text("every row landed", timeout=60_000)
    expect(page.locator("#progress")).to_have_attribute("value", "3000")
    import_id = page.url.rsplit("/", 1)[1]
    progress = page.request.get(f"{site.base}/imports/{import_id}/progress").json()
    assert progress == {
        "status": "done",
        "rows_total": 3000,
        "rows_processed": 3000,
        "created": 3000,
        "unchanged": 0,
        "error_count": 0,
        "progress": 1.0,
    }
    assert errors == []


def test_the_bulk_pages_fit_a_phone(page: Page, site: Site) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, site, site.admin_email)
    for path in ("/imports", "/imports/new", "/audience", "/suppressions"):
        page.goto(f"{site.base}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} scrolls sideways on a phone ({width}px)"
    shot(page, site, "phone-suppressions", full_page=False)

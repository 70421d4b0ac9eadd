"""The admin pages (senders, settings, lifting a suppression, the review card) and signing out
for good, driven in Chromium against a real `heed serve`, on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
from playwright.sync_api import Page, expect
from twilio.request_validator import RequestValidator

from heed.core.account_settings import AccountSettings
from heed.core.vocabulary import Source
from helpers.actors import SUPPORT
from helpers.web import PASSWORD, Site, csrf_of, log_in, seed, shot, sign_out

X = "+15005550006"


def inbound(site: Site, sender: str, body: str, n: str, to: str = X) -> dict[str, object]:
    response = httpx.post(
        f"{site.base}/v1/inbound",
        json={"channel": "sms", "from": sender, "to": to, "body": body, "provider_message_id": n},
        headers={"Authorization": f"Bearer {site.api_key}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    result: dict[str, object] = response.json()
    return result


def codes(site: Site, address: str, sender: str | None = None) -> list[str]:
    return site.live.engine.check(site.slug, "sms", address, sender=sender).codes


def test_admin_edits_a_sender_then_a_reply_with_its_new_keyword_opts_out(
    page: Page, site: Site
) -> None:
    log_in(page, site, site.admin_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Senders").click()
    row = page.locator("tbody tr", has_text=X)
    expect(row).to_contain_text("Inherit account default")
    row.get_by_role("link", name=re.compile(re.escape(X))).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(X)
    page.get_by_label("Opt-outs apply to this number only").check()
    page.get_by_label("Extra opt-out keywords").fill("halt, Enough")
    page.get_by_label("Help reply").fill("{account} help desk: call 555-0100. Reply STOP to stop.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_have_text(re.compile("Changes saved"))
    expect(page.get_by_label("Opt-outs apply to this number only")).to_be_checked()
    expect(page.get_by_label("Extra opt-out keywords")).to_have_value("ENOUGH, HALT")
    expect(page.locator(".preview").nth(2)).to_have_text(
        "Acme Inc help desk: call 555-0100. Reply STOP to stop."
    )
    shot(page, site, "sender")

    assert inbound(site, "+14155550120", "Halt!", "halt-1")["intent"] == "opt_out"
    assert codes(site, "+14155550120", sender=X) == ["opted_out"]
    other = site.live.engine.add_sender(site.slug, "sms", "+15005550007", actor=SUPPORT)
    assert codes(site, "+14155550120", sender="+15005550007") == []  # this number only
    site.live.engine.remove_sender(site.slug, other.id, actor=SUPPORT)  # the site has one
    assert inbound(site, "+14155550121", "HELP", "help-1")["reply"] == (
        "Acme Inc help desk: call 555-0100. Reply STOP to stop."
    )
    event = site.live.engine.list_events(site.slug, kind="sender.updated").items[-1]
    assert event.actor.startswith("user:") and event.after and event.after["scope"] == "sender"
    assert event.credential == event.actor  # the signed-in user's session proved it (#13)


def test_adding_a_sender_shows_each_error_next_to_its_field(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/senders")
    page.get_by_role("link", name="Add a sender").click()
    page.get_by_label("Address").fill("+1 500 555 0031")
    page.get_by_label("Extra opt-out keywords").fill("START")
    page.get_by_label("Opt-out reply").fill("{acount}: stopped")
    page.get_by_role("button", name="Add sender").click()
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("2 settings need fixing. Nothing was saved.")
    expect(page.locator("#extra_keywords-error")).to_contain_text("opt-in")
    expect(page.get_by_label("Extra opt-out keywords")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#reply_opt_out-error")).to_contain_text("{acount} is not a placeholder")
    expect(page.get_by_label("Opt-out reply")).to_have_value("{acount}: stopped")
    expect(page.get_by_label("Opt-out reply")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Opt-in reply")).not_to_have_attribute("aria-invalid", "true")
    shot(page, site, "sender-errors")
    assert site.live.engine.list_senders(site.slug)[-1].address == X  # nothing was added

    page.get_by_label("Extra opt-out keywords").fill("ENOUGH")
    page.get_by_label("Opt-out reply").fill("")
    page.get_by_label("Address").fill("call me")
    page.get_by_role("button", name="Add sender").click()
    expect(page.locator("#address-error")).to_be_visible()

    page.get_by_label("Address").fill("+1 500 555 0031")
    page.get_by_label("Provider", exact=True).select_option("twilio")
    page.get_by_label("Signing secret or auth token").fill("ui-twilio-token")
    page.get_by_label("Account SID").fill("AC" + "5" * 32)  # to send replies from the inbox
    page.get_by_role("button", name="Add sender").click()
    expect(page.get_by_role("status")).to_have_text(re.compile("Sender added"))
    expect(page.locator(".state-set")).to_contain_text("Set")
    expect(page.get_by_label("Account SID")).to_have_value("AC" + "5" * 32)
    expect(page.get_by_label("Send URL")).to_have_value("")  # another provider's: not set
    assert "ui-twilio-token" not in page.content()
    url = f"{site.base}/hooks/twilio/{site.slug}"
    form = {"MessageSid": "SMui1", "From": "+14155550130", "To": "+15005550031", "Body": "END"}
    signature = RequestValidator("ui-twilio-token").compute_signature(url, form)
    hook = httpx.post(url, data=form, headers={"X-Twilio-Signature": signature}, timeout=10)
    assert hook.status_code == 200 and "<Message>" in hook.text
    page.get_by_role("link", name="← Senders").click()
    expect(page.locator("tbody tr")).to_have_count(2)
    shot(page, site, "senders")


def test_agents_read_senders_and_settings_and_forged_or_tokenless_posts_fail(
    page: Page, site: Site
) -> None:
    sender_id = site.live.engine.find_sender(site.slug, "sms", X).id
    before = site.live.engine.get_sender(site.slug, sender_id)
    senders = len(site.live.engine.list_senders(site.slug))
    log_in(page, site, site.agent_email)
    page.goto(f"{site.base}/senders")
    expect(page.get_by_role("link", name="Add a sender")).to_have_count(0)
    expect(page.get_by_role("note")).to_contain_text("Only an admin can add or change them")
    page.goto(f"{site.base}/senders/{sender_id}")
    expect(page.get_by_label("Extra opt-out keywords")).to_be_disabled()
    expect(page.get_by_role("button", name="Save changes")).to_have_count(0)
    page.goto(f"{site.base}/settings")
    expect(page.get_by_label("Country for national numbers")).to_be_disabled()
    expect(page.get_by_role("button", name="Save settings")).to_have_count(0)
    shot(page, site, "settings-as-agent")

    csrf = csrf_of(page)
    forged = {
        f"/senders/{sender_id}": {"csrf": csrf, "scope": "account", "provider": "generic"},
        "/senders": {"csrf": csrf, "channel": "sms", "address": "+15005550040"},
        "/settings": {"csrf": csrf, "opt_out_channels": "all"},
    }
    for path, form in forged.items():
        response = page.request.post(f"{site.base}{path}", form=form, max_redirects=0)
        assert response.status == 403, path
        assert "Not allowed" in response.text()
    assert page.request.get(f"{site.base}/senders/new").status == 403
    sign_out(page, site, site.agent_email)

    log_in(page, site, site.admin_email)
    for path, form in forged.items():
        for tokenless in ({k: v for k, v in form.items() if k != "csrf"}, form | {"csrf": "x"}):
            response = page.request.post(f"{site.base}{path}", form=tokenless, max_redirects=0)
            assert response.status == 403 and "Request refused" in response.text(), path
    assert site.live.engine.get_sender(site.slug, sender_id) == before
    assert site.live.engine.account(site.slug).settings == AccountSettings()
    assert len(site.live.engine.list_senders(site.slug)) == senders


def test_a_bad_setting_shows_its_error_and_changes_nothing(page: Page, site: Site) -> None:
    other = seed(site.live)
    log_in(page, other, other.admin_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Settings").click()
    expect(page.locator(".preview").first).to_have_text(re.compile("^Acme Inc: You are unsub"))
    shot(page, other, "settings", full_page=False)
    shot(page, other, "settings-full")
    page.get_by_label("Every channel of the person").check()
    page.get_by_label("Temporary failures").fill("0")
    page.get_by_label("Help reply").fill("{acount}: call us")
    page.get_by_label("Send to review from").fill("0.95")
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator("#error-summary")).to_contain_text("3 settings need fixing")
    expect(page.locator("#soft_bounce_limit-error")).to_have_text(
        "must be greater than or equal to 1"
    )
    expect(page.get_by_label("Temporary failures")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#reply_help-error")).to_contain_text("{acount} is not a placeholder")
    expect(page.locator("#detect_low-error")).to_contain_text("above “Apply at once from” (0.9)")
    expect(page.get_by_label("Every channel of the person")).to_be_checked()  # as typed
    shot(page, other, "settings-errors")
    assert other.live.engine.account(other.slug).settings == AccountSettings()

    page.get_by_label("Temporary failures").fill("5")
    page.get_by_label("Help reply").fill("{account}: call 555-0100.")
    page.get_by_label("Send to review from").fill("0.6")
    page.get_by_label("Country for national numbers").fill("gb")
    page.get_by_label("Marketing", exact=True).check()
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_role("status")).to_contain_text("Settings saved")
    expect(page.get_by_label("Country for national numbers")).to_have_value("GB")
    settings = other.live.engine.account(other.slug).settings
    assert (settings.opt_out_channels, settings.soft_bounce_limit) == ("all", 5)
    assert (settings.default_country, settings.require_consent_for) == ("GB", ["marketing"])
    assert settings.reply_help == "{account}: call 555-0100." and settings.detect_low == 0.6
    event = other.live.engine.list_events(other.slug, kind="account.settings_changed").items
    assert len(event) == 1 and event[0].actor.startswith("user:")


def test_lifting_a_suppression_from_its_row(page: Page, site: Site) -> None:
    other = seed(site.live)
    engine = other.live.engine
    engine.opt_out(
        other.slug, "sms", "+14155550140", actor=SUPPORT, reason="21610", source="carrier"
    )
    engine.blacklist(other.slug, "sms", "+14155550141", actor=SUPPORT, reason="fraud")
    log_in(page, other, other.admin_email)
    page.goto(f"{other.base}/suppressions")
    rows = page.locator("tbody tr")
    expect(rows.filter(has_text="+14155550140")).to_contain_text("Only the person's own START")
    source = page.locator('td[data-label="Source"]', has_text="blacklist")
    expect(rows.filter(has=source).first).to_contain_text("Only support may lift")

    melvin = rows.filter(has_text="+14155550107")
    melvin.get_by_role("link", name=re.compile("^Lift")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lift this suppression?")
    expect(page.get_by_label("Reason")).to_have_attribute("required", "")
    shot(page, other, "lift")
    page.get_by_label("Reason").fill("   ")
    page.get_by_role("button", name="Confirm: lift").click()
    expect(page.get_by_role("alert")).to_contain_text("a reason is required")
    page.get_by_label("Reason").fill("asked on the phone to hear from us again")
    page.get_by_role("button", name="Confirm: lift").click()
    expect(page.get_by_role("status").filter(has_text="Suppression lifted")).to_be_visible()
    assert engine.check(other.slug, "whatsapp", "+14155550107").allowed

    # Alex is blocked: their opt-out cannot be lifted before the block; the page says why.
    alex = engine.list_suppressions(other.slug, address="+14155550105", source="manual")
    page.goto(f"{other.base}/suppressions/{alex.items[0].id}/lift")
    page.get_by_label("Reason").fill("they asked")
    page.get_by_role("button", name="Confirm: lift").click()
    expect(page.get_by_role("alert")).to_contain_text("lift that first")
    carrier = engine.list_suppressions(other.slug, source="carrier").items[0]
    refused = page.request.get(f"{other.base}/suppressions/{carrier.id}/lift")
    assert refused.status == 403 and "text START to that number" in refused.text()
    csrf = csrf_of(page)
    forged = page.request.post(
        f"{other.base}/suppressions/{carrier.id}/lift",
        form={"csrf": csrf, "reason": "forged"},
        max_redirects=0,
    )
    assert forged.status == 409 and engine.get_suppression(other.slug, carrier.id).lifted_at is None


def test_the_dashboard_shows_review_items_due(page: Page, site: Site) -> None:
    other = seed(site.live)
    assert inbound(other, "+14155550104", "no more texts, WhatsApp only", "r-1")["intent"] == (
        "review"
    )
    log_in(page, other, other.agent_email)
    card = page.locator("section", has=page.get_by_role("heading", name="Review items due"))
    expect(card.locator(".big")).to_have_text("1")
    deadline = other.live.engine.list_review(other.slug).items[0].deadline
    expect(card).to_contain_text(deadline.strftime("%Y-%m-%d %H:%M UTC"))
    expect(card.locator("dd").nth(1)).to_have_text("0")
    shot(page, other, "dashboard-review")
    card.get_by_role("link", name="Open the review queue (1)").click()
    expect(page).to_have_url(f"{other.base}/review")
    later = other.live.engine.review_due(other.slug, datetime.now(UTC) + timedelta(30))
    assert (later.pending, later.overdue, later.nearest) == (1, 1, deadline)


def test_signing_out_ends_the_session_for_every_copy_of_its_cookie(page: Page, site: Site) -> None:
    page.goto(f"{site.base}/login")
    page.get_by_label("Account").fill(site.slug)
    page.get_by_label("Email").fill(site.admin_email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{site.base}/")
    cookie = next(c for c in page.context.cookies() if c["name"] == "heed_session")
    csrf = csrf_of(page)
    with httpx.Client(base_url=site.base, cookies={"heed_session": cookie["value"]}) as copied:
        assert copied.get("/settings").status_code == 200
        page.get_by_role("button", name="Sign out").click()
        expect(page).to_have_url(f"{site.base}/login")
        for path in ("/", "/settings", "/senders"):
            replay = copied.get(path)
            assert replay.status_code == 303 and replay.headers["location"] == "/login", path
        replayed = copied.post("/settings", data={"csrf": csrf, "opt_out_channels": "all"})
        assert replayed.status_code == 303 and replayed.headers["location"] == "/login"
    assert site.live.engine.account(site.slug).settings.opt_out_channels == "same"
    log_in(page, site, site.agent_email)  # another session lives on
    expect(page.get_by_role("heading", name="Acme Inc")).to_be_visible()


def test_the_admin_pages_fit_a_phone_and_every_page_has_a_screenshot(
    page: Page, site: Site
) -> None:
    sender_id = site.live.engine.find_sender(site.slug, "sms", X).id
    melvin = site.live.engine.list_suppressions(site.slug, address="+14155550107").items[0]
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, site, site.admin_email)
    for name, path in (
        ("phone-senders", "/senders"),
        ("phone-sender", f"/senders/{sender_id}"),
        ("phone-settings", "/settings"),
        ("phone-suppressions", "/suppressions"),
        ("phone-lift", f"/suppressions/{melvin.id}/lift"),
        ("phone-dashboard", "/"),
    ):
        page.goto(f"{site.base}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} scrolls sideways on a phone ({width}px)"
        shot(page, site, name, full_page=False)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{site.base}/senders/new")
    shot(page, site, "sender-new")
    page.goto(f"{site.base}/contacts/no-such-contact")
    expect(page.get_by_role("heading", level=1)).to_have_text("No such contact")
    shot(page, site, "error")
    token = site.live.engine.unsubscribe_token(site.slug, "dana@example.com")
    page.goto(f"{site.base}/unsubscribe/{site.slug}/{token}")
    shot(page, site, "unsubscribe")
    page.goto(f"{site.base}/review")
    shot(page, site, "review-empty")


def test_a_support_user_lifts_a_blacklist(page: Page, site: Site) -> None:
    other = seed(site.live)
    engine = other.live.engine
    change = engine.blacklist(other.slug, "sms", "+14155550150", actor=SUPPORT, reason="fraud")
    blacklist = next(s for s in change.changed if s.source == Source.BLACKLIST)
    support = f"sue@{other.slug}.example"
    engine.create_user(other.slug, support, "support", PASSWORD, actor=SUPPORT)
    log_in(page, other, support)
    page.goto(f"{other.base}/suppressions/{blacklist.id}/lift")
    page.get_by_label("Reason").fill("not fraud after all, ticket 42")
    page.get_by_role("button", name="Confirm: lift").click()
    expect(page.get_by_role("status").filter(has_text="Suppression lifted")).to_be_visible()
    assert engine.get_suppression(other.slug, blacklist.id).lifted_at is not None

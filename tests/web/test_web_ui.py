"""The admin UI and the public opt-out page, driven in Chromium against a real `heed serve`.

Runs once on SQLite and once on PostgreSQL (the module-scoped `live` server).
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from playwright.sync_api import Locator, Page, expect

from heed.core.vocabulary import Source
from helpers.actors import ADMIN, SUPPORT
from helpers.provider_api import ProviderApi
from helpers.web import PASSWORD, Site, check, log_in, seed, shot, sign_out


def channel_card(page: Page, channel: str) -> Locator:
    return page.locator(f'.channel-card[data-channel="{channel}"]')


def test_login_wrong_password_then_right_then_sign_out(page: Page, site: Site) -> None:
    page.goto(f"{site.base}/")
    expect(page).to_have_url(f"{site.base}/login")
    shot(page, site, "login")
    page.get_by_label("Account").fill(site.slug)
    page.get_by_label("Email").fill(site.admin_email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match")
    log_in(page, site, site.admin_email)
    expect(page.get_by_role("heading", name="Acme Inc")).to_be_visible()
    cookie = next(c for c in page.context.cookies() if c["name"] == "heed_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    sign_out(page, site, site.admin_email)
    page.goto(f"{site.base}/contacts")
    expect(page).to_have_url(f"{site.base}/login")


def test_filter_contacts_to_unsubscribed(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Contacts").click()
    rows = page.locator("table.contacts tbody tr")
    expect(rows).to_have_count(8)
    fox = rows.filter(has_text="Fox Mulder")
    expect(fox.locator('td[data-channel="sms"]')).to_contain_text("May not")
    expect(fox.locator('td[data-channel="sms"] .status')).to_have_attribute(
        "title", re.compile("opted out")
    )
    expect(fox.locator('td[data-channel="whatsapp"]')).to_contain_text("May message")
    shot(page, site, "contacts")
    page.get_by_label("Status").select_option("suppressed")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"status=suppressed"))
    names = rows.locator("th a")
    expect(names).to_have_text(
        ["Fox Mulder", "Monica Reyes", "Alex Krycek", "Melvin Frohike"], timeout=5000
    )
    page.get_by_label("Channel").select_option("email")
    page.get_by_role("button", name="Filter").click()
    expect(names).to_have_text(["Monica Reyes", "Alex Krycek"])
    page.get_by_label("Search").fill("krycek")
    page.get_by_role("button", name="Filter").click()
    expect(names).to_have_text(["Alex Krycek"])
    shot(page, site, "contacts-filtered")
    page.get_by_role("link", name="Clear").click()
    page.get_by_label("List").select_option("promos")
    page.get_by_role("button", name="Filter").click()
    expect(names).to_have_text(["Dana Scully"])
    page.get_by_label("List").select_option("")
    page.get_by_label("Opt-out source").select_option("bounce")
    page.get_by_role("button", name="Filter").click()
    expect(names).to_have_text(["Monica Reyes"])


def test_contacts_paginate(page: Page, site: Site) -> None:
    for n in range(30):
        site.live.engine.add_contact(
            site.slug, actor=SUPPORT, name=f"Page filler {n:02}", phone=f"+1415555{2000 + n}"
        )
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/contacts?q=filler")
    rows = page.locator("table.contacts tbody tr")
    expect(rows).to_have_count(25)
    page.get_by_role("link", name="Next page").click()
    expect(rows).to_have_count(5)
    expect(rows.first).to_contain_text("Page filler 25")
    page.get_by_role("link", name="First page").click()
    expect(rows).to_have_count(25)


def test_unsubscribe_sms_only_keeps_whatsapp_green(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/contacts/{site.contacts['dana']}")
    expect(channel_card(page, "sms")).to_contain_text("May message")
    shot(page, site, "contact-before")
    channel_card(page, "sms").get_by_role("link", name="Unsubscribe from SMS").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Unsubscribe Dana Scully from SMS")
    reason = page.get_by_label("Reason")
    expect(reason).to_have_attribute("required", "")
    expect(reason).to_have_attribute("maxlength", "2000")  # the engine's bound, as a number
    shot(page, site, "confirm-unsubscribe")
    reason.fill("asked on the phone, call 2026-11-23")
    page.get_by_role("button", name="Confirm: unsubscribe").click()
    expect(page.get_by_role("status")).to_contain_text("Unsubscribed from SMS")
    expect(channel_card(page, "sms")).to_contain_text("May not")
    expect(channel_card(page, "sms")).to_contain_text("opted out")
    expect(channel_card(page, "whatsapp")).to_contain_text("May message")
    expect(channel_card(page, "email")).to_contain_text("May message")
    suppressions = page.locator(
        "section", has=page.get_by_role("heading", name="Active suppressions")
    )
    expect(suppressions).to_contain_text("asked on the phone")
    expect(page.locator(".timeline")).to_contain_text("asked on the phone")
    shot(page, site, "contact")
    assert check(site, "sms", "+14155550100")["allowed"] is False
    assert check(site, "whatsapp", "+14155550100")["allowed"] is True


def test_a_blocked_contact_shows_why_instead_of_resubscribe(page: Page, site: Site) -> None:
    """On every channel: the block covers the person, so no card offers an action that
    would be refused only after a reason is typed."""
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/contacts/{site.contacts['alex']}")
    expect(page.locator(".heading-row")).to_contain_text("Blocked")
    expect(page.get_by_role("link", name=re.compile("Resubscribe"))).to_have_count(0)
    for channel in ("sms", "whatsapp", "email"):
        why = channel_card(page, channel).locator("[data-refusal]")
        expect(why).to_contain_text("Cannot resubscribe")
        expect(why).to_contain_text("reason: abusive replies")
        expect(why).to_contain_text("unblock them first")
    shot(page, site, "blocked-contact")

    # The engine refuses it all the same when the confirm page is reached directly.
    page.goto(
        f"{site.base}/contacts/{site.contacts['alex']}/confirm?action=resubscribe&channel=sms"
    )
    page.get_by_label("Reason").fill("they asked to come back")
    page.get_by_role("button", name="Confirm: resubscribe").click()
    expect(page.get_by_role("alert")).to_contain_text("unblock them first")
    shot(page, site, "resubscribe-refused")
    assert check(site, "sms", "+14155550105")["allowed"] is False


def test_the_timeline_shows_each_events_own_actor_and_reason(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/contacts/{site.contacts['fox']}")
    channel_card(page, "sms").get_by_role("link", name="Resubscribe to SMS").click()
    page.get_by_label("Reason").fill("Texted us START by mistake")
    page.get_by_role("button", name="Confirm: resubscribe").click()
    expect(channel_card(page, "sms")).to_contain_text("May message")
    entries = page.locator(".timeline li")
    lifted = entries.filter(has_text="suppression lifted")
    expect(lifted).to_contain_text("“Texted us START by mistake”")
    expect(lifted).to_contain_text(f"by {site.admin_email}")
    expect(lifted).not_to_contain_text("replied STOP")
    created = entries.filter(has_text="suppression created")
    expect(created).to_contain_text("“replied STOP”")
    shot(page, site, "timeline-reasons")


def test_an_admin_blacklists_and_only_support_lifts_it(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/contacts/{site.contacts['melvin']}")
    page.get_by_role("link", name="Blacklist").click()
    page.get_by_label("Reason").fill("card fraud, ticket 4411")
    page.get_by_role("button", name="Confirm: blacklist").click()
    expect(page.get_by_role("status")).to_contain_text("only support can lift it")
    expect(page.locator(".heading-row")).to_contain_text("Blacklisted")
    expect(page.get_by_role("link", name="Lift blacklist")).to_have_count(0)  # admins may not
    assert check(site, "sms", "+14155550107")["reasons"][0]["code"] == "blacklisted"

    support = f"sue@{site.slug}.example"
    site.live.engine.create_user(site.slug, support, "support", PASSWORD, actor=SUPPORT)
    page.context.clear_cookies()
    log_in(page, site, support)
    page.goto(f"{site.base}/contacts/{site.contacts['melvin']}")
    page.get_by_role("link", name="Lift blacklist").click()
    page.get_by_label("Reason").fill("chargeback reversed: not fraud")
    page.get_by_role("button", name="Confirm: lift the blacklist").click()
    expect(page.get_by_role("status")).to_contain_text("Blacklist lifted")
    codes = [r["code"] for r in check(site, "sms", "+14155550107")["reasons"]]
    assert codes == ["opted_out"]  # the opt-out that came with it stays


def test_agent_sees_no_unsubscribe_and_a_forged_post_is_refused(page: Page, site: Site) -> None:
    log_in(page, site, site.agent_email)
    page.goto(f"{site.base}/contacts/{site.contacts['walter']}")
    expect(channel_card(page, "sms")).to_contain_text("May message")
    expect(
        page.get_by_role("link", name=re.compile("Unsubscribe|Resubscribe|Block"))
    ).to_have_count(0)
    shot(page, site, "contact-as-agent")
    csrf = page.locator('form[action="/logout"] input[name="csrf"]').input_value()
    forged = page.request.post(
        f"{site.base}/contacts/{site.contacts['walter']}/actions",
        form={"csrf": csrf, "action": "unsubscribe", "channel": "sms", "reason": "forged"},
        max_redirects=0,
    )
    assert forged.status == 403
    confirm = page.request.get(
        f"{site.base}/contacts/{site.contacts['walter']}/confirm?action=unsubscribe&channel=sms"
    )
    assert confirm.status == 403
    assert check(site, "sms", "+14155550102")["allowed"] is True


def test_posts_without_a_csrf_token_are_refused(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    target = f"{site.base}/contacts/{site.contacts['john']}/actions"
    fields = {"action": "unsubscribe", "channel": "sms", "reason": "no token"}
    for form in (fields, {**fields, "csrf": "forged-token"}):
        response = page.request.post(target, form=form, max_redirects=0)
        assert response.status == 403
        assert "Request refused" in response.text()
    assert page.request.post(f"{site.base}/logout", max_redirects=0).status == 403
    login = httpx.post(
        f"{site.base}/login",
        data={"account": site.slug, "email": site.admin_email, "password": PASSWORD},
    )
    assert login.status_code == 403 and "heed_session" not in login.cookies
    optout = httpx.post(f"{site.base}/optout/{site.slug}", data={"address": "+14155550104"})
    assert optout.status_code == 403
    assert check(site, "sms", "+14155550104")["allowed"] is True


def test_public_optout_records_evidence_and_never_tells_if_known(page: Page, site: Site) -> None:
    answers = []
    for address in ("+14155550199", "jeffrey@example.com"):  # unknown, then a contact
        page.goto(f"{site.base}/optout/{site.slug}")
        expect(page.get_by_role("heading", level=1)).to_have_text("Stop messages from Acme Inc")
        if not answers:
            shot(page, site, "optout")
        page.get_by_label("Mobile number or email").fill(address)
        page.get_by_role("button", name="Stop messages").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Request received")
        answers.append(page.locator("main").inner_text())
    shot(page, site, "optout-done")
    assert answers[0] == answers[1]
    for channel in ("sms", "whatsapp", "voice"):
        body = check(site, channel, "+14155550199")
        assert body["allowed"] is False
        assert [(r["code"], r["source"]) for r in body["reasons"]] == [("opted_out", "web_form")]  # type: ignore[attr-defined]
    assert check(site, "email", "jeffrey@example.com")["allowed"] is False
    events = site.live.engine.list_events(site.slug, address="+14155550199").items
    evidence = events[-1].evidence
    assert evidence["ip"] == "127.0.0.1" and "Chrome" in evidence["user_agent"]


def test_public_optout_rejects_an_unreadable_address(page: Page, site: Site) -> None:
    page.goto(f"{site.base}/optout/{site.slug}")
    page.get_by_label("Mobile number or email").fill("call me maybe")
    page.get_by_role("button", name="Stop messages").click()
    expect(page.get_by_role("alert")).to_contain_text("We could not read that")
    expect(page.get_by_label("Mobile number or email")).to_have_attribute("aria-invalid", "true")
    # A page for an account that does not exist looks the same: it names no accounts (#16).
    assert page.request.get(f"{site.base}/optout/no-such-account").status == 200


def wait_out_midnight(margin: float = 15.0) -> None:
    """Sleep past 00:00 UTC if it is less than `margin` seconds away, so "today" stays one day."""
    now = datetime.now(UTC)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    if (left := (midnight - now).total_seconds()) < margin:
        time.sleep(left + 1)


def test_dashboard_and_suppressions(page: Page, site: Site) -> None:
    # A fresh account seeded now: the module's own was seeded minutes ago, maybe yesterday.
    wait_out_midnight()
    fresh = seed(site.live)
    site.live.engine.opt_out(
        fresh.slug, "sms", "+14155550199", actor=SUPPORT, source=Source.WEB_FORM, reason="form"
    )
    log_in(page, fresh, fresh.admin_email)
    today = page.locator("section", has=page.get_by_role("heading", name="Opt-outs today"))
    for source in ("keyword", "web form", "bounce", "manual"):
        expect(today.locator(".counts").first).to_contain_text(source)
    shot(page, fresh, "dashboard")
    sign_out(page, fresh, fresh.admin_email)
    log_in(page, site, site.admin_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Suppressions").click()
    # Newest first: earlier tests' suppressions come before the seed's, so search for one
    # (in any state: the timeline test lifts it).
    page.get_by_label("Address").fill("+14155550101")
    page.get_by_label("State").select_option("all")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("tbody")).to_contain_text("+14155550101")
    page.get_by_label("Address").fill("")
    page.get_by_label("State").select_option("active")
    page.get_by_label("Source").select_option("bounce")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.locator("tbody")).to_contain_text("monica@example.com")
    page.get_by_label("Source").select_option("")
    page.get_by_role("button", name="Filter").click()
    shot(page, site, "suppressions")


def test_pages_fit_a_phone(page: Page, site: Site) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, site, site.admin_email)
    for name, path in (
        ("phone-contacts", "/contacts"),
        ("phone-contact", f"/contacts/{site.contacts['fox']}"),
        ("phone-optout", f"/optout/{site.slug}"),
    ):
        page.goto(f"{site.base}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} scrolls sideways on a phone ({width}px)"
        shot(page, site, name, full_page=False)


def test_inbox_flags_who_may_not_be_messaged_and_hides_the_blocked(page: Page, site: Site) -> None:
    messages = [
        ("+14155550102", "What time do you open tomorrow?"),
        ("+14155550110", "STOP"),
        ("+14155550105", "blocked person writing again"),
    ]
    for n, (sender, body) in enumerate(messages):
        response = httpx.post(
            f"{site.base}/v1/inbound",
            json={
                "channel": "sms",
                "from": sender,
                "to": "+15005550006",
                "body": body,
                "provider_message_id": f"web-{n}",
            },
            headers={"Authorization": f"Bearer {site.api_key}"},
        )
        assert response.status_code == 200, response.text
    log_in(page, site, site.agent_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Inbox").click()
    shown = page.locator(".message")
    expect(shown).to_have_count(2)
    expect(shown.first).to_contain_text("+14155550110")
    expect(shown.first).to_contain_text("Unsubscribed")
    expect(shown.nth(1)).to_contain_text("May message")
    expect(page.locator(".inbox")).not_to_contain_text("blocked person")
    shot(page, site, "inbox")


def inbound(site: Site, sender: str, body: str, to: str = "+15005550006") -> None:
    response = httpx.post(
        f"{site.base}/v1/inbound",
        json={
            "channel": "sms",
            "from": sender,
            "to": to,
            "body": body,
            "provider_message_id": f"web-{time.monotonic_ns()}",
        },
        headers={"Authorization": f"Bearer {site.api_key}"},
    )
    assert response.status_code == 200, response.text


def test_an_agent_replies_in_a_conversation_and_sees_it_sent(page: Page, site: Site) -> None:
    vonage_number = "+15005550020"
    with ProviderApi() as api:
        site.live.engine.add_sender(
            site.slug,
            "sms",
            vonage_number,
            actor=SUPPORT,
            provider="vonage",
            secret="signature-secret",
            provider_options={"api_base_url": api.base, "api_key": "k", "api_secret": "s"},
        )
        inbound(site, "+14155550104", "Is my order ready?", to=vonage_number)
        log_in(page, site, site.agent_email)
        page.goto(f"{site.base}/inbox")
        page.get_by_role("link", name="John Doggett").click()
        expect(page.locator(".bubble.in")).to_contain_text("Is my order ready?")
        page.get_by_label("From").select_option(vonage_number)
        page.get_by_label("Message to John Doggett").fill("Yes, ready for pickup today.")
        page.get_by_role("button", name="Send reply").click()
        expect(page.get_by_role("status")).to_contain_text("Reply queued")
        deadline = time.monotonic() + 10
        outbox = site.live.engine.list_outbound
        while outbox(site.slug, address="+14155550104").items[-1].status != "sent":
            assert time.monotonic() < deadline, "the reply was never sent"
            time.sleep(0.05)
        [sent] = api.received
        assert sent.form["to"] == "14155550104"
        assert sent.form["text"] == "Yes, ready for pickup today."
        page.reload()
        expect(page.locator(".bubble.out").last).to_contain_text("sent")
        shot(page, site, "thread")


def test_an_unsubscribed_thread_shows_an_alert_instead_of_the_reply_box(
    page: Page, site: Site
) -> None:
    inbound(site, "+14155550111", "STOP")
    log_in(page, site, site.agent_email)
    page.goto(f"{site.base}/inbox")
    conversation = page.locator(".conversation", has_text="+14155550111")
    expect(conversation.locator(".status-icon")).to_have_count(1)  # the icon by the name
    conversation.get_by_role("link").click()
    expect(page.get_by_role("alert")).to_contain_text("may not be messaged")
    expect(page.get_by_role("alert")).to_contain_text("Opted out since")
    expect(page.get_by_role("textbox")).to_have_count(0)
    expect(page.locator(".bubble.out")).to_contain_text("automatic reply")  # the confirmation
    shot(page, site, "thread-unsubscribed")

    csrf = page.locator('form[action="/logout"] input[name="csrf"]').input_value()
    forged = page.request.post(
        f"{site.base}/inbox/sms/%2B14155550111/reply",
        form={"csrf": csrf, "body": "come back!", "sender": "+15005550006"},
        max_redirects=0,
    )
    assert forged.status == 409 and "may not be messaged" in forged.text()
    # Only the STOP confirmation, returned in the webhook's answer (#18 item 8); nothing queued.
    outbox = site.live.engine.list_outbound(site.slug, address="+14155550111").items
    assert [message.status for message in outbox] == ["returned"]


def test_agents_may_unsubscribe_when_the_account_allows_it_but_never_resubscribe(
    page: Page, site: Site
) -> None:
    other = seed(site.live)
    other.live.engine.update_settings(other.slug, SUPPORT, agents_may_unsubscribe=True)
    log_in(page, other, other.agent_email)
    page.goto(f"{other.base}/contacts/{other.contacts['fox']}")
    expect(channel_card(page, "sms")).to_contain_text("May not")
    expect(page.get_by_role("link", name=re.compile("Resubscribe|Block"))).to_have_count(0)
    channel_card(page, "whatsapp").get_by_role("link", name="Unsubscribe from WhatsApp").click()
    page.get_by_label("Reason").fill("asked the agent in chat")
    page.get_by_role("button", name="Confirm: unsubscribe").click()
    expect(channel_card(page, "whatsapp")).to_contain_text("May not")
    csrf = page.locator('form[action="/logout"] input[name="csrf"]').input_value()
    forged = page.request.post(
        f"{other.base}/contacts/{other.contacts['fox']}/actions",
        form={"csrf": csrf, "action": "resubscribe", "channel": "sms", "reason": "forged"},
        max_redirects=0,
    )
    assert forged.status == 403
    assert check(other, "sms", "+14155550101")["allowed"] is False


def test_review_queue_approve_stops_the_channel_asked_and_agents_only_read(
    page: Page, site: Site
) -> None:
    other = seed(site.live)
    response = httpx.post(
        f"{other.base}/v1/inbound",
        json={
            "channel": "sms",
            "from": "+14155550104",
            "to": "+15005550006",
            "body": "no more texts, WhatsApp only",
            "provider_message_id": "web-review-1",
        },
        headers={"Authorization": f"Bearer {other.api_key}"},
    )
    assert response.json()["intent"] == "review"

    log_in(page, other, other.agent_email)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Review").click()
    item = page.locator(".message")
    expect(item).to_contain_text("no more texts, WhatsApp only")
    expect(item).to_contain_text("heed thinks it asks to stop text messages only")
    expect(item).to_contain_text("unless decided")
    expect(item.locator(".message-from")).to_have_attribute("href", "/inbox/sms/%2B14155550104")
    expect(item.locator("details pre")).not_to_be_visible()  # raw evidence: one click away
    item.locator("details summary").click()
    expect(item.locator("details pre")).to_contain_text("confidence")
    expect(page.get_by_role("button", name="Approve as opt-out")).to_have_count(0)
    csrf = page.locator('form[action="/logout"] input[name="csrf"]').input_value()
    item_id = other.live.engine.list_review(other.slug).items[0].id
    forged = page.request.post(
        f"{other.base}/review/{item_id}", form={"csrf": csrf, "decision": "approve"}
    )
    assert forged.status == 403

    sign_out(page, other, other.agent_email)
    log_in(page, other, other.admin_email)
    page.goto(f"{other.base}/review")
    shot(page, other, "review")
    page.get_by_role("button", name="Approve as opt-out").click()
    expect(page.get_by_role("status")).to_contain_text("approved")
    expect(page.locator(".message")).to_have_count(0)
    assert check(other, "sms", "+14155550104")["allowed"] is False
    assert check(other, "whatsapp", "+14155550104")["allowed"] is True


def test_an_agent_allowed_to_unsubscribe_approves_but_never_rejects_a_pending_opt_out(
    page: Page, site: Site
) -> None:
    """Before: with agents_may_unsubscribe an agent rejected a pending opt-out, which keeps the
    person messageable (resubscribing is admin-only). After: the page offers approve only, and
    the server refuses a forged reject (heed.core.permissions.review_action)."""
    other = seed(site.live)
    other.live.engine.update_settings(other.slug, SUPPORT, agents_may_unsubscribe=True)
    response = httpx.post(
        f"{other.base}/v1/inbound",
        json={
            "channel": "sms",
            "from": "+14155550109",
            "to": "+15005550006",
            "body": "wrong number",
            "provider_message_id": "web-review-agent",
        },
        headers={"Authorization": f"Bearer {other.api_key}"},
    )
    assert response.json()["intent"] == "review"
    log_in(page, other, other.agent_email)
    page.goto(f"{other.base}/review")
    expect(page.get_by_role("button", name="Approve as opt-out")).to_have_count(1)
    expect(page.get_by_role("button", name="Reject")).to_have_count(0)
    csrf = page.locator('form[action="/logout"] input[name="csrf"]').input_value()
    item_id = other.live.engine.list_review(other.slug).items[0].id
    forged = page.request.post(
        f"{other.base}/review/{item_id}", form={"csrf": csrf, "decision": "reject"}
    )
    assert forged.status == 403
    assert other.live.engine.list_review(other.slug).items[0].status == "pending"
    page.get_by_role("button", name="Approve as opt-out").click()
    expect(page.get_by_role("status")).to_contain_text("approved")
    assert check(other, "sms", "+14155550109")["allowed"] is False


def test_public_optout_is_rate_limited_per_ip(site: Site) -> None:
    """Runs last in the module: it spends this server's budget for 127.0.0.1."""
    statuses = []
    with httpx.Client(base_url=site.base) as client:
        for n in range(11):
            form = client.get(f"/optout/{site.slug}").text
            token = re.search(r'name="csrf" value="([^"]+)"', form)
            assert token
            response = client.post(
                f"/optout/{site.slug}",
                data={"csrf": token.group(1), "address": f"+1415555{3000 + n}"},
            )
            statuses.append(response.status_code)
    assert 429 in statuses and set(statuses) <= {200, 429}
    assert statuses.index(429) <= 10


def test_failed_sign_ins_are_rate_limited_per_ip(site: Site) -> None:
    """Runs last in the module: afterwards this server refuses sign-ins from 127.0.0.1."""
    statuses = []
    with httpx.Client(base_url=site.base) as client:
        for _ in range(11):
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
            assert token
            response = client.post(
                "/login",
                data={
                    "csrf": token.group(1),
                    "account": site.slug,
                    "email": site.admin_email,
                    "password": "guessing",
                },
            )
            statuses.append(response.status_code)
    first = statuses.index(429)  # the sign-in test's wrong password counts too
    assert first >= 9 and statuses == [401] * first + [429] * (11 - first)


def test_every_asset_a_page_names_is_served(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    assets: set[str] = set()
    for path in ("/", "/contacts", "/audience", "/imports/new", f"/optout/{site.slug}", "/login"):
        page.goto(f"{site.base}{path}")
        assets |= set(
            page.locator("link[href^='/static/'], script[src^='/static/']").evaluate_all(
                "els => els.map(e => e.getAttribute('href') || e.getAttribute('src'))"
            )
        )
    assert {"/static/heed.css", "/static/icon.svg", "/static/busy.js"} <= assets
    for asset in sorted(assets):
        response = page.request.get(f"{site.base}{asset}")
        assert response.status == 200, asset
    assert page.request.get(f"{site.base}/static/..%2Frender.py").status == 404


def test_the_timeline_shows_the_import_that_created_a_contact(
    page: Page, site: Site, tmp_path: Path
) -> None:
    path = tmp_path / "crm-export.csv"
    path.write_text("phone,name\n+14155550190,Dale Cooper\n+14155550191,Audrey Horne\n")
    site.live.engine.import_contacts(site.slug, path, actor=ADMIN)
    (dale,) = site.live.engine.list_contacts(site.slug, q="Dale Cooper").items

    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/contacts/{dale.id}")
    created = page.locator(".timeline li").filter(has_text="contacts imported")
    expect(created).to_contain_text("from crm-export.csv, line 2")

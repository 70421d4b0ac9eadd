"""Registries in the web UI: the registries page lists them, the audience page counts the
recipients a registry holds back, and /healthz names a stale one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect

from helpers.actors import SUPPORT
from helpers.web import Site, log_in


def test_registries_page_audience_counts_and_health(page: Page, site: Site, tmp_path: Path) -> None:
    engine = site.live.engine
    listed = tmp_path / "dnc.txt"
    listed.write_text("AreaCode,PhoneNumber\n415,5550102\n415,5550103\n")
    old = datetime.now(UTC).date() - timedelta(days=45)
    engine.load_registry("acme-dnc", listed, account=site.slug, version=old, actor=SUPPORT)
    engine.update_settings(site.slug, SUPPORT, registry_stale_blocks=False)
    health = httpx.get(f"{site.base}/healthz").json()
    assert {"name": "acme-dnc", "version": old.isoformat(), "age_days": 45} in health[
        "stale_registries"
    ]

    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/registries")
    row = page.locator('tr[data-registry="acme-dnc"]')
    expect(row).to_contain_text("2")
    expect(row).to_contain_text("45 days: over 31")

    recipients = tmp_path / "campaign.csv"
    recipients.write_text("phone\n+14155550102\n+14155550103\n+14155550104\n")
    page.goto(f"{site.base}/audience")
    page.get_by_label("Recipients file").set_input_files(str(recipients))
    page.get_by_role("button", name="Filter").click()
    expect(page.locator('[data-count="allowed"]')).to_have_text("1")
    expect(page.locator('dt[data-reason="registry"] + dd')).to_have_text("2")
    engine.drop_registry("acme-dnc", account=site.slug, actor=SUPPORT)

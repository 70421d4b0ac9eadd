"""Pages that fit (issue 18, items 14 and 15), measured in Chromium: the sender page shows one
provider's fields (with and without JavaScript), numbers carry thousands separators, no word
breaks from its pair, and the header fits one row at 1280 px and a fifth of a phone."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from heed.web.render import _env
from helpers.actors import SUPPORT
from helpers.web import Site, log_in, seed, shot

#: The new-sender page at 1280 px with every provider's fields, before: 3,900 px (issue 18).
SENDER_PAGE_MAX = 3_000


def visible_labels(page: Page) -> set[str]:
    labels = page.locator("#provider_options label:visible").all_inner_texts()
    return {label.strip() for label in labels}


def test_the_sender_page_shows_only_the_chosen_providers_fields(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/senders/new")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < SENDER_PAGE_MAX, height
    assert visible_labels(page) == {"Send URL"}  # the default provider: generic
    expect(page.get_by_role("button", name="Show its settings")).to_be_hidden()
    page.get_by_label("Provider", exact=True).select_option("vonage")
    assert visible_labels(page) == {"Signature method", "API key", "API secret", "API base URL"}
    help_text = page.locator("#secret-help").inner_text()
    assert "signature secret" in help_text and "Auth Token" not in help_text
    page.get_by_label("Provider", exact=True).select_option("twilio")
    assert visible_labels(page) == {"Account SID", "API base URL"}
    assert page.evaluate("document.documentElement.scrollHeight") < SENDER_PAGE_MAX
    shot(page, site, "sender-one-provider")
    every = "document.querySelectorAll('[data-provider]').forEach(e => e.hidden = false)"
    page.evaluate(every)  # the page as it was: every provider's fields at once
    before = page.evaluate("document.documentElement.scrollHeight")
    print(f"sender page at 1280 px: {height} px with one provider, {before} px with all")
    assert before - height > 900


def test_without_javascript_the_sender_page_asks_the_server_for_another_provider(
    browser: Browser, site: Site
) -> None:
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 720}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    senders = len(site.live.engine.list_senders(site.slug))
    log_in(page, site, site.admin_email)
    page.goto(f"{site.base}/senders/new")
    assert visible_labels(page) == {"Send URL"}
    page.get_by_label("Address").fill("+15005550077")
    page.get_by_label("Provider", exact=True).select_option("whatsapp")
    page.get_by_role("button", name="Show its settings").click()
    # a form post and a new page: wait for it before reading its labels once (under load the
    # read came first and saw the old page's)
    expect(page.get_by_label("Verify token")).to_be_visible()
    assert visible_labels(page) == {
        "Verify token",
        "Phone number ID",
        "Access token",
        "API base URL",
    }
    expect(page.get_by_label("Address")).to_have_value("+15005550077")  # kept, not saved
    expect(page.get_by_label("Provider", exact=True)).to_have_value("whatsapp")
    assert len(site.live.engine.list_senders(site.slug)) == senders
    page.get_by_label("Phone number ID").fill("1234567890")
    page.get_by_role("button", name="Add sender").click()
    expect(page.get_by_role("status")).to_have_text(re.compile("Sender added"))
    added = site.live.engine.find_sender(site.slug, "sms", "+15005550077")
    assert added.provider == "whatsapp" and added.provider_options["phone_number_id"]
    context.close()


PAGES = (
    "/",
    "/contacts",
    "/suppressions",
    "/inbox",
    "/review",
    "/imports",
    "/imports/new",
    "/audience",
    "/senders",
    "/settings",
    "/registries",
)

#: Every hyphenated word and every short label (a heading, a term, a button) stays whole:
#: "opt-/outs" and "Nearest/deadline" broke across lines before.
BROKEN_WORDS = """() => {
  const broken = [];
  const lines = (ranges) => new Set(ranges.flatMap(r => [...r.getClientRects()])
    .filter(r => r.width > 0).map(r => Math.round(r.top))).size;
  const textOf = (el) => {
    const found = [], walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!n.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      found.push(range);
    }
    return found;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.checkVisibility()) continue;
    for (const m of node.data.matchAll(/[A-Za-z]+-[A-Za-z]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (lines([range]) > 1) broken.push(m[0]);
    }
  }
  for (const el of document.querySelectorAll("dt, th, label, h2, h3, legend, .btn, .status")) {
    const text = el.innerText.trim();
    if (!el.checkVisibility() || !text || text.includes("\\n")) continue;
    if (text.split(/\\s+/).length > 3) continue;
    if (lines(textOf(el)) > 1) broken.push(text);
  }
  return broken;
}"""

#: Select boxes whose widest option does not fit (Chromium's arrow takes about 20 px).
CLIPPED_SELECTS = """() => {
  const canvas = document.createElement("canvas").getContext("2d");
  return [...document.querySelectorAll("select")].filter(s => s.checkVisibility()).map(s => {
    const style = getComputedStyle(s);
    canvas.font = style.font;
    const widest = Math.max(...[...s.options].map(o => canvas.measureText(o.text).width));
    const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return [s.name, Math.round(widest), Math.round(room - 20)];
  }).filter(([, widest, room]) => widest > room);
}"""


def test_every_page_fits_its_header_words_and_select_boxes(page: Page, site: Site) -> None:
    log_in(page, site, site.admin_email)
    problems = []
    for width, height in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        for path in PAGES:
            page.goto(f"{site.base}{path}")
            where = f"{path} at {width} px"
            header = page.locator("header.top").bounding_box()
            assert header
            rows = len({round(b["y"]) for b in _boxes(page, "nav[aria-label=Main] li")})
            if width == 1280 and (rows != 1 or header["height"] > 80):
                problems.append(f"{where}: the header takes {rows} rows, {header['height']} px")
            if width == 390 and header["height"] >= height / 5:
                problems.append(f"{where}: the header is {header['height']} px high")
            if broken := sorted(set(page.evaluate(BROKEN_WORDS))):
                problems.append(f"{where}: broken across lines: {broken}")
            if clipped := page.evaluate(CLIPPED_SELECTS):
                problems.append(f"{where}: select boxes narrower than their text: {clipped}")
            name = path.strip("/").replace("/", "-") or "dashboard"
            shot(page, site, f"fit-{width}-{name}", full_page=False)
    assert problems == [], "\n".join(problems)


def _boxes(page: Page, selector: str) -> list[dict[str, float]]:
    return [b for b in (e.bounding_box() for e in page.locator(selector).all()) if b]


def test_whole_numbers_carry_thousands_separators_except_where_digits_must_stay_bare() -> None:
    template = _env.from_string('{{ n }} of {{ total }} <progress max="{{ total | string }}">')
    assert template.render(n=1234, total=597928) == '1,234 of 597,928 <progress max="597928">'
    assert _env.from_string("{{ flag }} {{ ratio }}").render(flag=True, ratio=0.9) == "True 0.9"


def test_suppressions_are_newest_first_searchable_by_address_and_counted(
    page: Page, site: Site
) -> None:
    other = seed(site.live)
    engine = site.live.engine
    for n in range(3):
        engine.opt_out(other.slug, "sms", f"+1415555019{n}", actor=SUPPORT, reason=f"r{n}")
    log_in(page, other, other.admin_email)
    page.goto(f"{other.base}/suppressions")
    count = page.locator("#result-count")
    expect(count).to_contain_text("active suppressions, newest first")
    total = engine.count_suppressions(other.slug)
    expect(count.locator("strong")).to_have_text(f"{total:,}")
    first = page.locator("tbody tr").first
    expect(first).to_contain_text("+14155550192")  # the latest
    page.get_by_label("Address").fill("+1 415 555 0191")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.locator("tbody tr")).to_contain_text("+14155550191")
    expect(count).to_contain_text("1 active suppression matches these filters")
    page.goto(f"{other.base}/contacts")
    expect(page.locator("#result-count")).to_contain_text(f"{len(other.contacts)} contacts")

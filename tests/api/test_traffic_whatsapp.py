"""Meta's WhatsApp Cloud API webhooks as Meta sends them, through a real `heed serve` on
127.0.0.1 on SQLite and PostgreSQL (issue #17 rows 1, 2, 7, 8, 9; delivery reports' clock;
phone numbers and business-scoped user ids of one person). Helpers: tests/helpers/traffic.py.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from heed.store.tables import AddressLink, ReceivedMessage, ReceivedReport, Suppression
from heed.store.types import utcnow
from helpers.actors import ADMIN, SUPPORT
from helpers.live import Live
from helpers.traffic import (
    BSUID,
    FIXTURES,
    META_NUMBER,
    PHONE,
    TWILIO_NUMBER,
    allowed,
    count,
    fixture,
    meta,
    meta_text,
    new_account,
    suppressions_of,
    twilio,
)


@pytest.fixture
def account(live: Live) -> str:
    return new_account(live)


# --- row 1: a batch with a person known by user id only -------------------------------------


def test_row1_a_user_id_in_the_batch_costs_no_stop(live: Live, account: str) -> None:
    payload = fixture("whatsapp/batch-user-id-and-stop.json")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] = "Stop"
    answer = meta(live, account, payload)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"messages": 2, "statuses": 0}
    assert not allowed(live, account, "whatsapp", "+16505550901")  # the STOP of change 2
    # A person known only by user id said Stop: the suppression is keyed by that id.
    assert live.engine.check(account, "whatsapp", BSUID).codes == ["opted_out"]
    assert meta(live, account, payload).status_code == 200  # Meta's retry: no change
    assert count(live, account, ReceivedMessage) == 2


def test_row1_an_item_without_any_person_is_kept_and_costs_nothing(
    live: Live, account: str
) -> None:
    payload = fixture("whatsapp/batch-user-id-and-stop.json")
    first = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    del first["from_user_id"]  # no `from` either: nobody to key anything on
    first["text"]["body"] = "STOP"
    answer = meta(live, account, payload)
    assert answer.status_code == 200 and answer.json() == {"messages": 2, "statuses": 0}
    assert not allowed(live, account, "whatsapp", "+16505550901")
    with live.engine.db.read() as session:
        kept = session.execute(
            select(ReceivedMessage.from_address, ReceivedMessage.intent).where(
                ReceivedMessage.account_id == live.engine.account(account).id,
                ReceivedMessage.provider_message_id == first["id"],
            )
        ).one()
    assert tuple(kept) == ("", "none")  # stored with its ids as evidence, nothing keyed on it


def test_row1_statuses_and_preferences_without_a_phone_number(live: Live, account: str) -> None:
    delivered = meta(live, account, fixture("whatsapp/status-delivered-user-id.json"))
    assert delivered.status_code == 200 and delivered.json()["statuses"] == 1
    stop = meta(live, account, fixture("whatsapp/user-preferences-stop-user-id.json"))
    assert stop.status_code == 200
    assert live.engine.check(account, "whatsapp", BSUID).codes == ["carrier_blocked"]
    assert count(live, account, ReceivedReport) == 2


# --- row 2: marketing-only stops, lifted by "resume" ----------------------------------------


def test_row2_error_131050_blocks_marketing_only(live: Live, account: str) -> None:
    assert meta(live, account, fixture("whatsapp/status-failed-131050.json")).status_code == 200
    person = "+16505551234"
    assert live.engine.check(account, "whatsapp", person).codes == ["carrier_blocked"]
    assert allowed(live, account, "whatsapp", person, "transactional")
    assert allowed(live, account, "whatsapp", person, "conversational")
    # The person's later "resume" (Nov 2024; the failure was May 2023) lifts it.
    assert meta(live, account, fixture("whatsapp/user-preferences-resume.json")).status_code == 200
    assert allowed(live, account, "whatsapp", person)


def test_row2_user_preferences_stop_then_resume(live: Live, account: str) -> None:
    person = "+16505551234"
    assert meta(live, account, fixture("whatsapp/user-preferences-stop.json")).status_code == 200
    assert not allowed(live, account, "whatsapp", person)
    assert allowed(live, account, "whatsapp", person, "transactional")
    assert meta(live, account, fixture("whatsapp/user-preferences-resume.json")).status_code == 200
    assert allowed(live, account, "whatsapp", person)


# --- row 7: buttons the business offered -----------------------------------------------------


def test_row7_a_stop_promotions_button_applies_at_once_to_marketing(
    live: Live, account: str
) -> None:
    assert meta(live, account, fixture("whatsapp/button-quick-reply.json")).status_code == 200
    person = "+16505551234"
    assert live.engine.check(account, "whatsapp", person).codes == ["opted_out"]
    assert allowed(live, account, "whatsapp", person, "transactional")
    assert live.engine.list_review(account).items == []
    # Twilio's ButtonPayload, the same way.
    reply = twilio(live, f"/hooks/twilio/{account}", fixture("twilio/inbound-whatsapp-button.json"))
    assert reply.status_code == 200
    # The confirmation says what stopped, not "no more messages from us".
    assert "You will not receive further marketing messages" in reply.text
    assert not allowed(live, account, "whatsapp", "+14155550100")
    assert allowed(live, account, "whatsapp", "+14155550100", "conversational")


def test_row7_senders_map_their_own_payloads(live: Live, account: str) -> None:
    """Set through the API as a business would (`buttons` of PATCH /v1/senders/{id}); the
    sender's meaning wins over the button's text, both ways."""
    key = live.engine.create_api_key(account, name="admin", role="admin", actor=SUPPORT).token
    with httpx.Client(base_url=live.base, headers={"Authorization": f"Bearer {key}"}) as api:
        for number, buttons in ((META_NUMBER, {"stop-promos": "opt_out"}), (TWILIO_NUMBER, {})):
            sender = live.engine.find_sender(account, "whatsapp", number)
            mapping = buttons or {"STOP_PROMOS": "none"}
            changed = api.patch(f"/v1/senders/{sender.id}", json={"buttons": mapping})
            assert changed.status_code == 200 and changed.json()["buttons"] == mapping
        refused = api.patch(f"/v1/senders/{sender.id}", json={"buttons": {"X": "maybe"}})
        assert refused.status_code == 422
    assert meta(live, account, fixture("whatsapp/interactive-button-reply.json")).status_code == 200
    for purpose in ("marketing", "transactional"):  # "opt_out" means everything here
        assert not allowed(live, account, "whatsapp", "+16505551235", purpose)
    button = fixture("twilio/inbound-whatsapp-button.json")
    tapped = twilio(live, f"/hooks/twilio/{account}", button)
    assert tapped.status_code == 200 and "<Message>" not in tapped.text
    assert allowed(live, account, "whatsapp", "+14155550100")  # "none": this one means nothing


# --- row 8: captions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("image-caption", "+16505551236"),
        ("video-caption", "+16505551237"),
        ("document-caption", "+16505551238"),
    ],
)
def test_row8_a_caption_is_text(live: Live, account: str, name: str, person: str) -> None:
    assert meta(live, account, fixture(f"whatsapp/{name}.json")).status_code == 200
    assert live.engine.check(account, "whatsapp", person).codes == ["opted_out"]


# --- row 9: groups ---------------------------------------------------------------------------


def test_row9_stop_in_a_group_goes_to_review_not_one_to_one(live: Live, account: str) -> None:
    payload = fixture("whatsapp/group-text.json")
    # Sent now: the fixture's 2025 time would put the review deadline in the past, and the
    # server's minutely sweep would apply the item (as it should) while this test looks.
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(int(time.time()))
    answer = meta(live, account, payload)
    assert answer.status_code == 200 and answer.json() == {"messages": 1, "statuses": 0}
    for purpose in ("marketing", "conversational"):
        assert allowed(live, account, "whatsapp", "+16505551239", purpose)
    [item] = live.engine.list_review(account).items
    assert item.detection["group"].startswith("Y2FwaV9ncm91cDox")
    assert item.deadline > utcnow() + timedelta(days=7)  # ten business days from the message


def test_an_ordinary_message_changes_nothing(live: Live, account: str) -> None:
    """Meta's own text example, verbatim: stored, no opt-out."""
    assert meta(live, account, fixture("whatsapp/text.json")).json() == {
        "messages": 1,
        "statuses": 0,
    }
    assert allowed(live, account, "whatsapp", "+16505551234")
    assert count(live, account, ReceivedMessage) == 1


# --- a report's own time, held to the clock bounds of a message's (heed.core.clock) ---------


def test_a_report_dated_in_the_future_counts_from_its_receipt(live: Live, account: str) -> None:
    """Meta's 131050 status dated 2033 used to make a carrier stop "since 2033", which no START
    before then could lift; it is now flagged and dated when heed received it."""
    status = fixture("whatsapp/status-failed-131050.json")
    value = status["entry"][0]["changes"][0]["value"]
    value["statuses"][0]["timestamp"] = str(int(datetime(2033, 1, 1, tzinfo=UTC).timestamp()))
    before = utcnow()
    assert meta(live, account, status).status_code == 200
    person = "+16505551234"
    assert live.engine.check(account, "whatsapp", person).codes == ["carrier_blocked"]
    account_id = live.engine.account(account).id
    with live.engine.db.read() as session:
        [actions] = session.scalars(
            select(ReceivedReport.actions).where(ReceivedReport.account_id == account_id)
        )
        [since] = session.scalars(
            select(Suppression.since).where(Suppression.account_id == account_id)
        )
    flag, suppressed = actions
    assert flag["action"] == "time_distrusted" and flag["sent_at"].startswith("2033-01-01")
    assert "after heed's clock" in flag["why"] and flag["taken_as"] is not None
    assert suppressed["action"] == "suppressed"
    assert before <= since.replace(tzinfo=UTC) <= utcnow()
    # The person's START, sent after it (Meta's times are whole seconds), lifts it.
    start = fixture("whatsapp/text.json")
    [message] = start["entry"][0]["changes"][0]["value"]["messages"]
    message |= {"id": f"wamid.{uuid.uuid4().hex}", "timestamp": str(int(time.time()) + 1)}
    message["text"]["body"] = "START"
    assert meta(live, account, start).status_code == 200
    assert allowed(live, account, "whatsapp", person)


# --- a phone number and a business-scoped user id of one person (heed.store.links) ----------


def test_bsuid_a_stop_under_either_address_blocks_both(live: Live, account: str) -> None:
    # A STOP from the person known only by user id, before heed knows their number.
    assert meta(live, account, meta_text("STOP", phone=None, user_id=BSUID)).status_code == 200
    assert not allowed(live, account, "whatsapp", BSUID)
    assert allowed(live, account, "whatsapp", PHONE)
    # Their next message shows both: linked, and the earlier STOP now holds for the number.
    both = meta_text("Where is my order?", phone=PHONE, user_id=BSUID)
    assert meta(live, account, both).status_code == 200
    assert live.engine.check(account, "whatsapp", PHONE).codes == ["opted_out"]
    [copied] = suppressions_of(live, account, PHONE)
    assert copied.evidence["address"] == BSUID and copied.evidence["link"]["provider"] == "whatsapp"
    assert copied.reason and copied.reason.startswith("linked by whatsapp webhook to")
    # One decision path: the bulk check reads the copy like any suppression.
    bulk = live.engine.check_bulk(account, "whatsapp", [PHONE, BSUID])
    assert [result.allowed for result in bulk] == [False, False]
    # An admin's resubscribe of the number lifts nothing set under the user id.
    live.engine.resubscribe(account, "whatsapp", PHONE, actor=ADMIN, reason="asked by phone")
    assert allowed(live, account, "whatsapp", PHONE)
    assert not allowed(live, account, "whatsapp", BSUID)
    # A later STOP under the number is written under the user id too (already there: no twin),
    # and the person's own START lifts both.
    assert meta(live, account, meta_text("STOP", phone=PHONE, user_id=None)).status_code == 200
    assert not allowed(live, account, "whatsapp", PHONE)
    start = meta_text("START", phone=PHONE, user_id=None)
    start["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = str(int(time.time()) + 1)
    assert meta(live, account, start).status_code == 200
    assert allowed(live, account, "whatsapp", PHONE)
    assert allowed(live, account, "whatsapp", BSUID)


def test_bsuid_a_stop_under_the_number_reaches_the_linked_user_id(live: Live, account: str) -> None:
    phone, user_id = "+16505550778", "US.10000000000000000078"
    hello = meta_text("Hi", phone=phone, user_id=user_id)
    assert meta(live, account, hello).status_code == 200
    assert allowed(live, account, "whatsapp", user_id)
    assert meta(live, account, meta_text("STOP", phone=phone, user_id=None)).status_code == 200
    assert not allowed(live, account, "whatsapp", phone)
    assert live.engine.check(account, "whatsapp", user_id).codes == ["opted_out"]
    # Erasing the person (known by their number) erases the user id linked to it too.
    contact = live.engine.add_contact(account, actor=ADMIN, phone=phone)
    live.engine.erase_contact(account, contact, actor=ADMIN, reason="GDPR request")
    account_id = live.engine.account(account).id
    with live.engine.db.read() as session:
        left = session.scalars(
            select(AddressLink.id).where(
                AddressLink.account_id == account_id,
                (AddressLink.address == phone) | (AddressLink.linked == user_id),
            )
        ).all()
        assert left == []
    assert suppressions_of(live, account, user_id) == []
    assert not allowed(live, account, "whatsapp", user_id)  # the tombstone still says no


def test_every_fixture_is_sent_somewhere_here() -> None:
    """A fixture added without a test would prove nothing."""
    source = "".join(p.read_text() for p in Path(__file__).parent.glob("test_traffic_*.py"))
    mine = [p for d in ("twilio", "vonage", "whatsapp") for p in (FIXTURES / d).glob("*.json")]
    names = {p.relative_to(FIXTURES).with_suffix("").as_posix() for p in mine}
    unsent = sorted(n for n in names if n.split("/")[1] not in source)
    assert names and not unsent, unsent


def test_bsuid_a_person_erased_twice(live: Live, account: str) -> None:
    """The person writes again after an erasure (their number and user id linked anew) and
    asks to be erased again: the link is already on the tombstones, and the second erasure
    must not fail on it (heed.store.erasure)."""
    phone, user_id = "+16505550779", "US.10000000000000000079"
    for when in ("first", "again"):
        hello = meta_text("Hi", phone=phone, user_id=user_id)
        hello["entry"][0]["changes"][0]["value"]["messages"][0]["id"] += when
        assert meta(live, account, hello).status_code == 200
        assert meta(live, account, meta_text("STOP", phone=phone, user_id=None)).status_code == 200
        contact = live.engine.add_contact(account, actor=ADMIN, phone=phone)
        live.engine.erase_contact(account, contact, actor=ADMIN, reason="GDPR request")
    assert not allowed(live, account, "whatsapp", phone)
    assert not allowed(live, account, "whatsapp", user_id)
    assert live.engine.verify_audit(account).ok

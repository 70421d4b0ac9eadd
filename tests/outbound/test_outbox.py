"""What heed sends itself, end to end over real HTTP to the providers' stand-in API:
keyword replies the webhook cannot carry, and agents' replies from the inbox."""

from __future__ import annotations

import hashlib
import hmac
import threading
from datetime import timedelta
from itertools import count

import pytest

from heed import Channel, Engine
from heed.engine.results import OutboundInfo
from heed.errors import BadInput, MessagingRefused
from heed.providers.base import InboundMessage
from heed.store.types import utcnow
from helpers.actors import ADMIN, AGENT
from helpers.provider_api import ProviderApi
from helpers.providers import SMS_GENERIC, SMS_TWILIO, SMS_VONAGE, WHATSAPP

PERSON = "+14155550100"
_ids = count()


def message(
    body: str, provider: str, to: str, *, person: str = PERSON, channel: Channel = Channel.SMS
) -> InboundMessage:
    return InboundMessage(channel, person, to, body, provider, f"{provider}-{next(_ids)}", None, {})


def outbox(engine: Engine, slug: str) -> list[OutboundInfo]:
    return engine.list_outbound(slug).items


def test_a_vonage_stop_is_confirmed_once_through_the_sms_api(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    first = engine.receive(shop, message("Stop please 🛑", "vonage", SMS_VONAGE))
    assert first.reply and first.outbound_id
    assert [m.status for m in outbox(engine, shop)] == ["queued"]

    summary = engine.send_due_messages()

    assert summary.by_status == {"sent": 1}
    [sent] = provider_api.received
    assert sent.path == "/sms/json"
    assert sent.form == {
        "api_key": "key1",
        "api_secret": "secret1",
        "from": SMS_VONAGE.removeprefix("+"),
        "to": PERSON.removeprefix("+"),
        "text": first.reply,
        "type": "text",
    }
    [row] = outbox(engine, shop)
    assert (row.status, row.kind, row.in_reply_to) == ("sent", "opt_out", first.message_id)
    assert row.provider_message_id == "V1"

    again = engine.receive(shop, message("STOP", "vonage", SMS_VONAGE))  # already opted out
    assert again.reply is None and again.outbound_id is None
    assert engine.send_due_messages().claimed == 0
    assert len(provider_api.received) == 1


def test_a_whatsapp_stop_is_confirmed_through_the_graph_api(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    result = engine.receive(shop, message("STOP", "whatsapp", WHATSAPP, channel=Channel.WHATSAPP))
    engine.send_due_messages()

    [sent] = provider_api.received
    assert sent.path == "/1234567/messages"
    assert sent.headers["authorization"] == "Bearer EAAtoken"
    assert sent.json == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": PERSON.removeprefix("+"),
        "type": "text",
        "text": {"preview_url": False, "body": result.reply},
    }
    assert outbox(engine, shop)[0].provider_message_id == "wamid.1"


@pytest.mark.parametrize("provider,to", [("twilio", SMS_TWILIO), ("generic", SMS_GENERIC)])
def test_replies_the_webhook_answer_carries_are_recorded_and_not_sent_again(
    engine: Engine, shop: str, provider_api: ProviderApi, provider: str, to: str
) -> None:
    """Twilio gets its reply as TwiML, `/v1/inbound`'s caller in the JSON answer: the outbox
    lists it as `returned` (it said "nothing sent" after a STOP was confirmed), and heed
    never sends it itself."""
    result = engine.receive(shop, message("STOP", provider, to))
    assert result.reply and result.outbound_id is None
    assert engine.send_due_messages().claimed == 0
    assert provider_api.received == []
    [row] = outbox(engine, shop)
    assert (row.status, row.kind, row.provider) == ("returned", "opt_out", provider)
    assert (row.from_address, row.to_address, row.body) == (to, PERSON, result.reply)
    assert row.in_reply_to == result.message_id and row.sent_at is not None
    assert engine.list_outbound(shop, status="returned").items == [row]

    help_reply = engine.receive(shop, message("HELP", provider, to))
    assert [m.kind for m in outbox(engine, shop)] == ["opt_out", "help"]
    assert outbox(engine, shop)[1].body == help_reply.reply
    engine.receive(shop, message("thanks", provider, to))  # no reply, nothing recorded
    assert len(outbox(engine, shop)) == 2


def test_a_provider_outage_is_retried_until_the_reply_goes_out(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    engine.receive(shop, message("HELP", "vonage", SMS_VONAGE))
    provider_api.answer_next(500, {"error": "down for maintenance"})

    engine.send_due_messages()
    [row] = outbox(engine, shop)
    assert (row.status, row.attempts) == ("queued", 1)
    assert "HTTP 500" in (row.error or "")
    assert engine.send_due_messages().claimed == 0  # not due yet: it backs off

    engine.send_due_messages(now=utcnow() + timedelta(seconds=5))
    [row] = outbox(engine, shop)
    assert (row.status, row.attempts, row.error) == ("sent", 2, None)
    assert len(provider_api.received) == 2


def test_a_confirmation_unsent_after_five_minutes_is_never_sent(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    """FCC: one confirmation, within five minutes of the opt-out; later it would be spam."""
    engine.receive(shop, message("STOP", "vonage", SMS_VONAGE))
    provider_api.answer_next(200, {"messages": [{"status": "1", "error-text": "Throttled"}]})
    engine.send_due_messages()
    assert outbox(engine, shop)[0].status == "queued"

    assert engine.send_due_messages(now=utcnow() + timedelta(minutes=6)).by_status == {"expired": 1}
    [row] = outbox(engine, shop)
    # The stand-in is not Vonage's own host: its words are not repeated, its code is.
    assert row.status == "expired" and "error code 1" in (row.error or "")
    assert len(provider_api.received) == 1


def test_an_unreachable_provider_is_a_temporary_failure(engine: Engine, shop: str) -> None:
    engine.add_sender(
        shop,
        "whatsapp",
        "+15005550010",
        actor=ADMIN,
        provider="whatsapp",
        secret="s",
        provider_options={
            "api_base_url": "http://127.0.0.1:9",  # the discard port: nothing listens
            "phone_number_id": "1",
            "access_token": "t",
        },
    )
    engine.receive(shop, message("STOP", "whatsapp", "+15005550010", channel=Channel.WHATSAPP))
    engine.send_due_messages()
    [row] = outbox(engine, shop)
    assert row.status == "queued" and "could not reach 127.0.0.1" in (row.error or "")


def test_a_sender_without_credentials_fails_saying_which_option_is_missing(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    engine.add_sender(shop, "sms", "+15005550011", actor=ADMIN, provider="vonage", secret="s")
    engine.receive(shop, message("STOP", "vonage", "+15005550011"))
    assert engine.send_due_messages().by_status == {"failed": 1}
    [row] = outbox(engine, shop)
    assert "no 'api_key' option" in (row.error or "")
    assert provider_api.received == []


def test_an_agent_replies_from_the_number_the_person_wrote_to(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    engine.receive(shop, message("is my order ready?", "twilio", SMS_TWILIO))
    queued = engine.send_reply(shop, "sms", PERSON, "Yes, ready for pickup.", actor=AGENT)
    assert (queued.from_address, queued.kind, queued.status) == (SMS_TWILIO, "reply", "queued")
    assert queued.created_by == str(AGENT)

    engine.send_due_messages()

    [sent] = provider_api.received
    assert sent.path == f"/2010-04-01/Accounts/AC{'1' * 32}/Messages.json"
    assert sent.form == {"To": PERSON, "From": SMS_TWILIO, "Body": "Yes, ready for pickup."}
    assert sent.headers["authorization"].startswith("Basic ")
    assert outbox(engine, shop)[0].status == "sent"
    written = engine.list_outbound(shop, address="+1 (415) 555-0100", channel="sms").items
    assert [m.id for m in written] == [queued.id]  # found as heed stores the number


def test_an_agent_may_not_reply_to_someone_who_opted_out(engine: Engine, shop: str) -> None:
    engine.receive(shop, message("STOP", "twilio", SMS_TWILIO))
    with pytest.raises(MessagingRefused, match="opted_out"):
        engine.send_reply(shop, "sms", PERSON, "but wait", actor=AGENT)
    assert [m.kind for m in outbox(engine, shop)] == ["opt_out"]  # only the STOP's TwiML reply


def test_an_opt_out_arriving_after_the_reply_was_written_stops_it(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    engine.receive(shop, message("hello", "twilio", SMS_TWILIO))
    engine.send_reply(shop, "sms", PERSON, "Hi! Anything else?", actor=AGENT)
    engine.receive(shop, message("STOP", "twilio", SMS_TWILIO))

    assert engine.send_due_messages().by_status == {"refused": 1}
    assert provider_api.received == []
    assert "opted_out" in (outbox(engine, shop)[0].error or "")


def test_a_twilio_refusal_because_the_person_replied_stop_suppresses_them(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    """Twilio 21610: the person sent STOP to this number, which Twilio enforces itself."""
    engine.receive(shop, message("hello", "twilio", SMS_TWILIO))
    engine.send_reply(shop, "sms", PERSON, "Hi!", actor=AGENT)
    provider_api.answer_next(
        400, {"code": 21610, "message": "Attempt to send to unsubscribed recipient", "status": 400}
    )
    engine.send_due_messages()

    [row] = outbox(engine, shop)
    assert (row.status, row.error) == (
        "failed",
        "the provider's endpoint answered HTTP 400, error code 21610",
    )
    check = engine.check(shop, "sms", PERSON, sender=SMS_TWILIO)
    assert check.codes == ["carrier_blocked"]


def test_the_generic_sender_posts_signed_json_to_its_send_url(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    engine.receive(shop, message("hi", "generic", SMS_GENERIC))
    queued = engine.send_reply(shop, "sms", PERSON, "Hello there", actor=AGENT)
    engine.send_due_messages()

    [sent] = provider_api.received
    expected = hmac.new(b"generic-secret", sent.body, hashlib.sha256).hexdigest()
    assert sent.headers["x-heed-signature"] == f"sha256={expected}"
    assert sent.json == {
        "id": queued.id,
        "channel": "sms",
        "from": SMS_GENERIC,
        "to": PERSON,
        "body": "Hello there",
    }
    assert outbox(engine, shop)[0].provider_message_id == "G1"


def test_two_senders_at_once_send_each_message_once(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    """Two server processes (two engines on one database) sweeping the same queue."""
    people = [f"+1415555{n:04d}" for n in range(12)]
    for person in people:
        engine.receive(shop, message("STOP", "vonage", SMS_VONAGE, person=person))
    with Engine(engine.database_url) as other:
        start = threading.Barrier(2)

        def sweep(each: Engine) -> None:
            start.wait()
            while each.send_due_messages(limit=3).claimed:
                pass

        threads = [threading.Thread(target=sweep, args=(e,)) for e in (engine, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)

    assert sorted(r.form["to"] for r in provider_api.received) == sorted(
        p.removeprefix("+") for p in people
    )
    assert {m.status for m in outbox(engine, shop)} == {"sent"}


def test_bad_replies_are_refused_with_the_reason(engine: Engine, shop: str) -> None:
    with pytest.raises(BadInput, match="never wrote on sms: name the sender"):
        engine.send_reply(shop, "sms", PERSON, "hi", actor=AGENT)
    engine.receive(shop, message("hi", "twilio", SMS_TWILIO))
    for body, error in (("  ", "the reply is empty"), ("x" * 1601, "has 1601 characters")):
        with pytest.raises(BadInput, match=error):
            engine.send_reply(shop, "sms", PERSON, body, actor=AGENT)
    with pytest.raises(BadInput, match="not one of the account's sms senders"):
        engine.send_reply(shop, "sms", PERSON, "hi", actor=AGENT, sender="+15005550999")
    with pytest.raises(BadInput, match="unknown channel 'fax'"):
        engine.send_reply(shop, "fax", PERSON, "hi", actor=AGENT)
    assert outbox(engine, shop) == []


def test_a_sandbox_sender_records_replies_and_sends_nothing(
    engine: Engine, shop: str, provider_api: ProviderApi
) -> None:
    """For demos and staging: the whole flow, nobody messaged."""
    engine.add_sender(shop, "sms", "+15005550012", actor=ADMIN, provider="sandbox")
    engine.receive(shop, message("hi", "generic", "+15005550012"))
    queued = engine.send_reply(shop, "sms", PERSON, "Hello!", actor=AGENT)
    assert engine.send_due_messages().by_status == {"sent": 1}
    [row] = outbox(engine, shop)
    assert (row.status, row.provider, row.provider_message_id) == (
        "sent",
        "sandbox",
        f"sandbox:{queued.id}",
    )
    assert provider_api.received == []

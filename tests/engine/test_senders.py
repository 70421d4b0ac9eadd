"""Changing a sender and an account's settings through the library, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid

import pytest

from heed import Channel, Engine, NotFound, PermissionDenied
from heed.errors import InvalidSetting
from heed.inbound.messages import InboundResult
from heed.providers.base import InboundMessage
from helpers.actors import ADMIN, AGENT

X = "+15005550006"


def receive(engine: Engine, body: str, sender: str = "+14155550100", to: str = X) -> InboundResult:
    message = InboundMessage(Channel.SMS, sender, to, body, "generic", uuid.uuid4().hex, None, {})
    return engine.receive("acme", message)


def events_text(engine: Engine) -> str:
    events = engine.list_events("acme", limit=500).items
    return json.dumps([e.__dict__ for e in events], default=str)


def sender_x(engine: Engine) -> str:
    return engine.find_sender("acme", "sms", "+1 500 555 0006").id


def test_a_new_keyword_and_scope_apply_to_the_next_message(engine: Engine, acme: str) -> None:
    assert receive(engine, "HALT").intent == "none"
    updated = engine.update_sender(
        acme,
        sender_x(engine),
        actor=ADMIN,
        scope="sender",
        extra_keywords=["halt", " Halt "],
        replies={"opt_out": "{account}: stopped on this number only."},
    )
    assert (updated.scope, updated.extra_keywords) == ("sender", ("HALT",))

    result = receive(engine, "halt!", sender="+14155550101")
    assert result.intent == "opt_out" and result.reply == "Acme: stopped on this number only."
    assert engine.check(acme, "sms", "+14155550101", sender=X).codes == ["opted_out"]
    assert engine.check(acme, "sms", "+14155550101", sender="+15005550007").allowed


def test_the_update_is_one_event_with_before_and_after_and_no_secret(
    engine: Engine, acme: str
) -> None:
    sender = engine.add_sender(
        acme, "sms", "+15005550020", actor=ADMIN, provider="twilio", secret="first-token"
    )
    assert sender.secrets_set == ("secret",)
    engine.update_sender(acme, sender.id, actor=ADMIN, secret="second-token", name="Support line")
    event = engine.list_events(acme, kind="sender.updated").items[-1]
    assert event.actor == "user:admin-1"
    assert event.before is not None and event.after is not None
    assert (event.before["name"], event.after["name"]) == (None, "Support line")
    assert event.after["secrets_changed"] == ["secret"]
    assert "first-token" not in events_text(engine)
    assert "second-token" not in events_text(engine)

    removed = engine.update_sender(acme, sender.id, actor=ADMIN, secret=None)
    assert removed.secrets_set == ()
    assert engine.provider_secrets(acme, "twilio") == []


def test_changing_nothing_records_nothing(engine: Engine, acme: str) -> None:
    sender_id = sender_x(engine)
    engine.update_sender(acme, sender_id, actor=ADMIN, scope="account")
    count = len(engine.list_events(acme, limit=500).items)
    engine.update_sender(acme, sender_id, actor=ADMIN, scope="account", extra_keywords=[])
    engine.update_settings(acme, ADMIN, opt_out_channels="same")
    assert len(engine.list_events(acme, limit=500).items) == count


def test_bad_settings_name_each_field_and_change_nothing(engine: Engine, acme: str) -> None:
    sender_id = sender_x(engine)
    before = engine.get_sender(acme, sender_id)
    count = len(engine.list_events(acme, limit=500).items)
    with pytest.raises(InvalidSetting) as caught:
        engine.update_sender(
            acme,
            sender_id,
            actor=ADMIN,
            scope="everywhere",
            extra_keywords=["START"],
            removed_keywords=["PLEASE"],
            replies={"help": "{acount}: reply STOP"},
            provider_options={"verify_token": "x"},
            colour="red",
        )
    assert set(caught.value.errors) == {"colour"}  # an unknown setting stops everything first
    with pytest.raises(InvalidSetting) as caught:
        engine.update_sender(
            acme,
            sender_id,
            actor=ADMIN,
            scope="everywhere",
            extra_keywords=["START"],
            removed_keywords=["PLEASE"],
            replies={"help": "{acount}: reply STOP"},
            provider_options={"verify_token": "x"},
        )
    errors = caught.value.errors
    assert set(errors) == {
        "scope",
        "extra_keywords",
        "removed_keywords",
        "replies",
        "provider_options",
    }
    assert "opt-in" in errors["extra_keywords"]
    assert "nothing to remove" in errors["removed_keywords"]
    assert "{acount}" in errors["replies"]
    assert "generic has no option 'verify_token'" in errors["provider_options"]
    assert engine.get_sender(acme, sender_id) == before
    assert len(engine.list_events(acme, limit=500).items) == count


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"removed_keywords": ["END"], "extra_keywords": ["END"]}, "removed_keywords", "both"),
        ({"extra_keywords": ["!!!"]}, "extra_keywords", "no letters or digits"),
        ({"extra_keywords": ["HELP"]}, "extra_keywords", "already means help"),
        ({"replies": {"opt_out": "{account"}}, "replies", "without its pair"),
        ({"replies": {"list_opt_out": "x"}}, "replies", "no reply 'list_opt_out'"),
        ({"provider": "twillio"}, "provider", "must be 'twilio'"),
        (
            {"provider": "vonage", "provider_options": {"signature_method": "rot13"}},
            "provider_options",
            "must be one of md5hash",
        ),
    ],
)
def test_sender_setting_refusals(
    engine: Engine, acme: str, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(InvalidSetting) as caught:
        engine.update_sender(acme, sender_x(engine), actor=ADMIN, **changes)
    assert words in caught.value.errors[field], caught.value.errors


def test_removing_a_default_keyword_and_wording_the_help_reply(engine: Engine, acme: str) -> None:
    engine.update_sender(
        acme,
        sender_x(engine),
        actor=ADMIN,
        removed_keywords=["cancel"],
        replies={"help": "{account} help desk: call 555-0100. Reply STOP to stop."},
    )
    assert receive(engine, "CANCEL").intent == "none"
    assert receive(engine, "STOP").intent == "opt_out"
    help_reply = receive(engine, "HELP", sender="+14155550199").reply
    assert help_reply == "Acme help desk: call 555-0100. Reply STOP to stop."
    # A blank reply goes back to the account's wording.
    engine.update_sender(acme, sender_x(engine), actor=ADMIN, replies={"help": " "})
    assert engine.get_sender(acme, sender_x(engine)).replies == {}


def test_options_merge_and_go_with_their_provider(engine: Engine, acme: str) -> None:
    whatsapp = engine.add_sender(
        acme,
        "whatsapp",
        "+15005550010",
        actor=ADMIN,
        provider="whatsapp",
        secret="app-secret",
        provider_options={"verify_token": "verify-me"},
    )
    assert (whatsapp.provider_options, whatsapp.secrets_set) == ({}, ("secret", "verify_token"))
    kept = engine.update_sender(acme, whatsapp.id, actor=ADMIN, provider_options={})
    assert kept.secrets_set == ("secret", "verify_token")
    assert engine.provider_secrets(acme, "whatsapp") == [
        ("app-secret", {"verify_token": "verify-me"})
    ]
    moved = engine.update_sender(
        acme,
        whatsapp.id,
        actor=ADMIN,
        provider="vonage",
        provider_options={"signature_method": "sha256"},
    )
    # The Meta app secret and verify token mean nothing to Vonage: they go with WhatsApp.
    assert (moved.provider_options, moved.secrets_set) == ({"signature_method": "sha256"}, ())
    event = engine.list_events(acme, kind="sender.updated").items[-1]
    assert event.after is not None
    assert event.after["secrets_changed"] == ["secret", "verify_token"]
    assert "verify-me" not in events_text(engine) and "app-secret" not in events_text(engine)
    assert engine.provider_secrets(acme, "whatsapp") == []


def test_only_admins_change_senders_and_only_their_accounts(engine: Engine, acme: str) -> None:
    sender_id = sender_x(engine)
    with pytest.raises(PermissionDenied):
        engine.update_sender(acme, sender_id, actor=AGENT, scope="sender")
    engine.create_account("other", "Other")
    with pytest.raises(NotFound):
        engine.update_sender("other", sender_id, actor=ADMIN, scope="sender")
    with pytest.raises(NotFound):
        engine.find_sender("other", "sms", X)
    assert engine.get_sender(acme, sender_id).scope == "inherit"


def test_account_settings_errors_are_by_setting_and_change_nothing(
    engine: Engine, acme: str
) -> None:
    with pytest.raises(InvalidSetting) as caught:
        engine.update_settings(
            acme,
            ADMIN,
            reply_help="{oops",
            soft_bounce_limit="three",
            detect_low=0.95,
            default_country="Atlantis",
            opt_out_chanels="all",
        )
    assert set(caught.value.errors) == {
        "reply_help",
        "soft_bounce_limit",
        "detect_low",
        "default_country",
        "opt_out_chanels",
    }
    assert caught.value.errors["soft_bounce_limit"] == "must be a whole number"
    assert "detect_high (0.9)" in caught.value.errors["detect_low"]
    assert "two letters" in caught.value.errors["default_country"]
    assert engine.account(acme).settings == type(engine.account(acme).settings)()
    with pytest.raises(PermissionDenied):
        engine.update_settings(acme, AGENT, opt_out_channels="all")

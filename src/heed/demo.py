"""`heed demo`: an account full of realistic activity, so a first look shows a living system.

Everything goes through the same engine paths real traffic takes (inbound messages, delivery
reports, admin actions), so the demo's activity log, inbox and review queue are the real thing.
Deterministic for a given seed.
"""

from __future__ import annotations

import io
import random
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from heed.core.delivery import classify
from heed.core.vocabulary import Actor, ActorKind, Channel, Role
from heed.engine import Engine
from heed.providers.base import DeliveryReport, InboundMessage

FIRST = [
    "Ava",
    "Ben",
    "Chloe",
    "Dev",
    "Ema",
    "Finn",
    "Gia",
    "Hugo",
    "Iris",
    "Jon",
    "Kai",
    "Lena",
    "Milo",
    "Nora",
    "Omar",
    "Pia",
    "Quinn",
    "Rosa",
    "Sam",
    "Tara",
    "Uma",
    "Vik",
    "Wes",
    "Yara",
    "Zoe",
]
LAST = [
    "Alvarez",
    "Brooks",
    "Chen",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Moreau",
    "Nguyen",
    "Okafor",
    "Patel",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Weber",
]
SMS_SENDER, SHORT_CODE, WHATSAPP_SENDER = "+15005550006", "73822", "+15005550010"
ORDINARY = [
    "Thanks, see you tomorrow!",
    "What time do you open on Saturday?",
    "Is my order shipped yet?",
    "Great, thank you",
    "I'll stop by at 5",
    "Can you cancel my appointment on Friday?",
]
STOPS = ["STOP", "Stop please 🛑", "stop", "UNSUBSCRIBE", "S T O P", "Arrêt", "BAJA", "quit", "End"]
DOUBTFUL = [
    "wrong number",
    "no more promos, but keep my order updates",
    "no more texts, WhatsApp only",
]
FREE_FORM = ["please don't text me anymore", "Take me off your list", "stop sending me these"]


#: The demo's activity: within the last week, the most a provider's time may lie in the past
#: before heed flags it (heed.core.clock), ending an hour ago.
ACTIVITY, QUIET = timedelta(days=7) - timedelta(minutes=5), timedelta(hours=1)

#: Upper bounds of the share of each kind of history in `_activity`, in its order.
_KINDS = (0.40, 0.58, 0.63, 0.68, 0.72, 0.76, 0.80, 0.83, 0.86, 0.89, 0.91, 0.92, 0.96, 1.0)
_SHOWCASE = tuple(bound - 0.001 for bound in _KINDS)


@dataclass(frozen=True)
class DemoAccount:
    slug: str
    email: str
    password: str
    api_key: str
    contacts: int


def populate(engine: Engine, slug: str = "demo", contacts: int = 300, seed: int = 7) -> DemoAccount:
    """Create account `slug` with `contacts` people and a week of opt-out activity."""

    rng = random.Random(seed)
    admin = Actor(ActorKind.SYSTEM, "demo", Role.SUPPORT)
    created = engine.create_account(slug, "Northwind Coffee", admin)
    # Sandbox senders: replies written in the inbox are recorded as sent, and nobody is
    # messaged. A real sender is one `heed sender update` away.
    engine.add_sender(slug, "sms", SMS_SENDER, actor=admin, provider="sandbox")
    engine.add_sender(slug, "sms", SHORT_CODE, actor=admin, scope="sender", provider="sandbox")
    engine.add_sender(slug, "whatsapp", WHATSAPP_SENDER, actor=admin, provider="sandbox")
    engine.create_list(slug, "promos", actor=admin)
    engine.create_list(slug, "order updates", actor=admin, purpose="transactional")
    phones = [f"+1415555{1000 + i:04d}" for i in range(contacts)]
    now = datetime.now(UTC)
    start = now - ACTIVITY
    for i, phone in enumerate(phones):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first}.{last}{i}@example.com".lower() if rng.random() < 0.7 else None
        joined = start - timedelta(days=rng.uniform(1, 90))  # signed up before anything happened
        name = f"{first} {last}"
        engine.add_contact(slug, actor=admin, phone=phone, email=email, name=name, at=joined)
        engine.add_to_list(slug, "promos", "sms", phone, actor=admin)
    # One person's history each, spread evenly over the window and ending before now: no
    # message is dated in the future, and every reply follows the message it answers.
    step = (ACTIVITY - QUIET) / contacts
    imported: list[str] = []
    for i, phone in enumerate(phones):
        at = start + step * i
        _activity(engine, slug, admin, rng, phone, i, at, now - at, imported)
    if imported:  # through a real import, so the Imports page shows what the dashboard counts
        rows = "phone,reason\n" + "".join(f"{p},old system's list\n" for p in imported)
        engine.import_optouts(
            slug,
            io.BytesIO(rows.encode()),
            actor=admin,
            channel="sms",
            file_name="old-system-optouts.csv",
        )
    password = secrets.token_urlsafe(12)
    email = f"admin@{slug}.example"
    engine.create_user(slug, email, "admin", password, actor=admin)
    engine.create_user(slug, f"agent@{slug}.example", "agent", password, actor=admin)
    return DemoAccount(slug, email, password, created.api_key, contacts)


def _activity(
    engine: Engine,
    slug: str,
    admin: Actor,
    rng: random.Random,
    phone: str,
    i: int,
    at: datetime,
    left: timedelta,
    imported: list[str],
) -> None:
    """One person's history at `at` (`left` before now): most just chat, some opt out in one
    of the ways people do; those whose opt-out came in an import are added to `imported`.

    The first few people take each kind of history in turn, so every kind is in the demo.
    """
    roll = _SHOWCASE[i] if i < len(_SHOWCASE) else rng.random()
    to = SHORT_CODE if rng.random() < 0.2 else SMS_SENDER
    if roll < 0.40:
        _say(engine, slug, phone, to, rng.choice(ORDINARY), at)
    elif roll < 0.58:
        _say(engine, slug, phone, to, rng.choice(STOPS), at)
    elif roll < 0.63:
        _say(engine, slug, phone, to, rng.choice(FREE_FORM), at)
    elif roll < 0.68:
        _say(engine, slug, phone, to, rng.choice(DOUBTFUL), at)
    elif roll < 0.72:
        _say(engine, slug, phone, to, "STOP promos", at)
    elif roll < 0.76:
        _say(engine, slug, phone, WHATSAPP_SENDER, "STOP", at, Channel.WHATSAPP)
    elif roll < 0.80:
        _report(engine, slug, phone, "21610", at)  # opted out at the carrier
    elif roll < 0.83:
        _report(engine, slug, phone, "21614", at)  # a landline: undeliverable
    elif roll < 0.86:
        engine.opt_out(
            slug, "sms", phone, actor=admin, reason="asked on the phone", source="manual", at=at
        )
    elif roll < 0.89:
        engine.opt_out(
            slug, "sms", phone, actor=admin, reason="signup form", source="web_form", at=at
        )
    elif roll < 0.91:
        imported.append(phone)
    elif roll < 0.92:
        engine.block(slug, "sms", phone, actor=admin, reason="abusive messages")
    elif roll < 0.96:
        _say(engine, slug, phone, to, "STOP", at)
        _say(engine, slug, phone, to, "START", at + min(timedelta(days=2), left / 2))
    else:
        _say(engine, slug, phone, to, "HELP", at)


def _say(
    engine: Engine,
    slug: str,
    phone: str,
    to: str,
    body: str,
    at: datetime,
    channel: Channel = Channel.SMS,
) -> None:
    message_id = f"SM{secrets.token_hex(16)}"
    engine.receive(slug, InboundMessage(channel, phone, to, body, "twilio", message_id, at, {}))


def _report(engine: Engine, slug: str, phone: str, code: str, at: datetime) -> None:
    engine.record_delivery(
        slug,
        DeliveryReport(
            Channel.SMS,
            "twilio",
            f"SM{secrets.token_hex(16)}",
            "undelivered",
            code,
            classify("twilio", "undelivered", code),
            phone,
            SMS_SENDER,
            at,
            {},
        ),
    )

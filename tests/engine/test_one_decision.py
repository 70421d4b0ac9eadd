"""Every path that answers "may we message this person?" gives `Engine.check`'s answer.

The check is asked in many places: one address (`check`), many (`check_bulk`, which the inbox's
status column uses), as of a moment (`status?at=`), a whole audience (the filter: its index row
by row, and a CSV file a column at a time, heed.bulk.columnar), an import's flags, the contacts
page and its status filter, and the outbox's refusal of a reply.
Hypothesis builds random account states — opt-outs of every scope and source, lifts, blocks,
blacklists, list unsubscribes, consents, erasures, addresses written in national and E.164
form — and every path must give the same verdict and the same reason codes as `check`.
`heed check` reads the same statements through a bare driver connection instead of the
engine's SQLAlchemy session (heed.engine.checker.QuickChecker): it is one of the paths; so is
`heed filter`'s, which maps the index the engine saved (heed.engine.quick_filter).
"""

from __future__ import annotations

import contextlib
import io
import itertools
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, example, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from heed import Engine
from heed.bulk.columnar import filter_columnar, readable
from heed.bulk.indexed import IndexedAudience
from heed.engine.checker import QuickChecker
from heed.engine.quick_filter import QuickFilter
from heed.errors import AlreadyExists, MessagingRefused, ResubscribeRefused, UnknownSender
from heed.store.bare import plain_url
from heed.store.tables import ErasureProbe
from helpers.actors import ADMIN, SUPPORT

X, Y = "+15005550006", "+15005550007"
#: A number the account does not send from: a check naming it fails safe (`unknown_sender`).
Z = "+15005550009"
P1, P2, E1 = "+14155550101", "+14155550102", "ann@example.com"
#: How a person may write each address: heed must read every spelling as the same address.
SPELLINGS = {
    P1: [P1, "(415) 555-0101", "415.555.0101"],
    P2: [P2, "4155550102"],
    E1: [E1, "Ann@Example.COM"],
}
PHONE_CHANNELS = ("sms", "whatsapp")
TARGETS = [(c, p) for p in (P1, P2) for c in PHONE_CHANNELS] + [("email", E1)]
SOURCES = ["manual", "keyword", "web_form", "import", "carrier", "bounce", "complaint", "registry"]
SCOPES = ["account", f"sender:{X}", f"sender:{Y}", "list:promos"]
#: The questions asked (sender, list, purpose): each scope, registries' marketing-only reach,
#: and the outbox's one-to-one reply.
SHAPES = [
    (None, None, "marketing"),
    (X, None, "marketing"),
    (None, "promos", "marketing"),
    (None, None, "transactional"),
    (X, None, "conversational"),
    (Z, None, "marketing"),
]
_slugs = itertools.count()

targets = st.sampled_from(TARGETS)


def spelled(address: str) -> st.SearchStrategy[str]:
    return st.sampled_from(SPELLINGS[address])


def scope_args(scope: str) -> dict[str, str]:
    if scope.startswith("sender:"):
        return {"sender": scope[7:]}
    if scope.startswith("list:"):
        return {"list_name": scope[5:]}
    return {}


@st.composite
def steps(draw: st.DrawFn) -> tuple[Any, ...]:
    channel, address = draw(targets)
    written = draw(spelled(address))
    kind = draw(
        st.sampled_from(
            ["opt_out", "opt_out", "bar", "unbar", "resubscribe", "consent", "contact", "erase"]
        )
    )
    if kind == "opt_out":
        scope, source = draw(st.sampled_from(SCOPES)), draw(st.sampled_from(SOURCES))
        return (kind, channel, written, scope, source)
    if kind in ("bar", "unbar"):
        return (kind, channel, written, draw(st.sampled_from(["block", "blacklist"])))
    if kind == "resubscribe":
        return (kind, channel, written, draw(st.sampled_from(SCOPES)))
    if kind == "consent":
        return (kind, channel, written, draw(st.sampled_from(["marketing", "transactional"])))
    if kind == "contact":
        return (kind, written, draw(st.sampled_from([None, E1])) if "@" not in written else None)
    return (kind, draw(st.integers(0, 3)))


def apply(engine: Engine, slug: str, contacts: list[str], step: tuple[Any, ...]) -> None:
    """Do one step; `contacts` are the ids of the contacts not yet erased."""
    kind, *args = step
    if kind == "opt_out":
        channel, address, scope, source = args
        with contextlib.suppress(UnknownSender):  # email has no sender X or Y
            engine.opt_out(
                slug, channel, address, actor=ADMIN, reason="t", source=source, **scope_args(scope)
            )
    elif kind == "bar":
        channel, address, which = args
        getattr(engine, which)(slug, channel, address, actor=ADMIN, reason="t")
    elif kind == "unbar":
        channel, address, which = args
        lift = engine.unblock if which == "block" else engine.lift_blacklist
        lift(slug, channel, address, actor=SUPPORT, reason="t")
    elif kind == "resubscribe":
        channel, address, scope = args
        with contextlib.suppress(ResubscribeRefused, UnknownSender):
            engine.resubscribe(slug, channel, address, actor=ADMIN, reason="t", **scope_args(scope))
    elif kind == "consent":
        channel, address, purpose = args
        engine.record_consent(slug, channel, address, purpose=purpose, actor=ADMIN)
    elif kind == "contact":
        address, email = args
        phone, email = (None, address) if "@" in address else (address, email)
        with contextlib.suppress(AlreadyExists):
            contacts.append(engine.add_contact(slug, actor=ADMIN, phone=phone, email=email))
    elif contacts:
        (which,) = args
        engine.erase_contact(slug, contacts.pop(which % len(contacts)), actor=ADMIN, reason="gdpr")


SPELLINGS_OF = {written: canonical for canonical, ws in SPELLINGS.items() for written in ws}


def new_account(engine: Engine, all_channels: bool, consent_required: bool) -> str:
    slug = f"acct-{next(_slugs)}"
    engine.create_account(slug)
    engine.update_settings(
        slug,
        ADMIN,
        default_country="US",
        opt_out_channels="all" if all_channels else "same",
        require_consent_for=["marketing"] if consent_required else [],
    )
    engine.create_list(slug, "promos", actor=ADMIN)
    for channel in PHONE_CHANNELS:
        for sender in (X, Y):
            engine.add_sender(slug, channel, sender, actor=ADMIN, provider="sandbox")
    return slug


def answer(result: Any) -> tuple[bool, list[str]]:
    return result.allowed, list(result.codes)


def filter_file(audience: IndexedAudience, written: list[str]) -> list[tuple[bool, list[str]]]:
    """Each row's answer from filtering a CSV file of `written` a column at a time (what
    `Engine.filter_audience` does with a plain CSV file, on the same snapshot): allowed, or
    excluded with its reasons column."""
    column = "email" if audience.channel.value == "email" else "phone"
    data = f"n,{column}\n".encode() + b"".join(f"{n},{w}\n".encode() for n, w in enumerate(written))
    assert readable(data)
    allowed, excluded = io.BytesIO(), io.BytesIO()
    counts = filter_columnar(
        audience,
        data,
        "audience.csv",
        allowed,
        excluded_out=excluded,
        keep_duplicates=True,  # every spelling is a row to decide, not a repeat
    )
    assert counts is not None and counts.total == len(written)
    rows: dict[int, tuple[bool, list[str]]] = {}
    for line in allowed.getvalue().decode().splitlines()[1:]:
        rows[int(line.split(",")[0])] = (True, [])
    for line in excluded.getvalue().decode().splitlines()[1:]:
        n, _, reasons = line.split(",")
        rows[int(n)] = (False, reasons.split())
    return [rows[n] for n in range(len(written))]


def quick_checker(engine: Engine) -> QuickChecker:
    """What `heed check` opens, over the engine's database, files and server key."""
    url = plain_url(engine.database_url)
    assert url is not None, engine.database_url  # the test databases are read without SQLAlchemy
    return QuickChecker(url, engine.data_dir, engine.keyring)


def assert_every_path_agrees(engine: Engine, slug: str) -> None:
    now = datetime.now(UTC)
    expected: dict[tuple[str, str, Any], tuple[bool, list[str]]] = {}
    quick = quick_checker(engine)
    quick_filter = QuickFilter(engine.database_url, engine.data_dir, engine.keyring)
    for channel, address in TARGETS:
        for shape in SHAPES:
            sender, list_name, purpose = shape
            result = engine.check(
                slug, channel, address, sender=sender, list_name=list_name, purpose=purpose
            )
            expected[(channel, address, shape)] = answer(result)
            bare = quick.check(
                slug,
                channel,
                SPELLINGS[address][-1],
                sender=sender,
                list_name=list_name,
                purpose=purpose,
            )
            # the whole answer: times and events come back through another driver
            assert (bare.allowed, bare.reasons) == (result.allowed, result.reasons), (
                "heed check",
                channel,
                address,
                shape,
            )
            past = engine.check(
                slug,
                channel,
                SPELLINGS[address][-1],
                sender=sender,
                list_name=list_name,
                purpose=purpose,
                at=now,
            )
            assert answer(past) == answer(result), ("check at=", channel, address, shape)

    for channel in ("sms", "whatsapp", "email"):
        addresses = [a for c, a in TARGETS if c == channel]
        written = [w for a in addresses for w in SPELLINGS[a]]
        for shape in SHAPES:
            sender, list_name, purpose = shape
            bulk = engine.check_bulk(
                slug, channel, written, sender=sender, list_name=list_name, purpose=purpose
            )
            audience = engine.audience(
                slug, channel, sender=sender, list_name=list_name, purpose=purpose
            )
            for w, one in zip(written, bulk, strict=True):
                want = expected[(channel, SPELLINGS_OF[w], shape)]
                assert (one.allowed, list(one.reasons)) == want, ("check_bulk", w, shape)
                decided = audience.decide(w).result
                assert answer(decided) == want, ("filter", w, shape)
            filtered = filter_file(audience, written)
            for w, got in zip(written, filtered, strict=True):
                want = expected[(channel, SPELLINGS_OF[w], shape)]
                assert got == want, ("filter file", w, shape)
            # `heed filter`'s way: the index the engine just saved, mapped without the engine
            mapped = quick_filter.audience(slug, channel, sender, list_name, purpose)
            assert mapped is not None, ("the saved index is current", channel, shape)
            assert filter_file(mapped, written) == filtered, ("heed filter", channel, shape)

    marketing = (None, None, "marketing")
    for info in engine.list_contacts(slug, limit=500).items:
        for channel, status in info.channels.items():
            address = info.email if channel == "email" else info.phone
            if channel in ("sms", "whatsapp", "email"):
                want = expected[(channel, address, marketing)]
                assert (status.allowed, list(status.reasons)) == want, ("contacts page", channel)
    for channel in ("sms", "whatsapp", "email"):
        suppressed = {
            c.id for c in engine.list_contacts(slug, channel=channel, status="suppressed").items
        }
        for info in engine.list_contacts(slug, limit=500).items:
            address = info.email if channel == "email" else info.phone
            if address is not None:
                allowed = expected[(channel, address, marketing)][0]
                assert (info.id in suppressed) is not allowed, ("contacts filter", channel)

    for address in (P1, P2):
        want = expected[("sms", address, (X, None, "conversational"))]
        try:
            engine.send_reply(slug, "sms", SPELLINGS[address][-1], "hi", actor=ADMIN, sender=X)
        except MessagingRefused:
            assert not want[0], ("outbox", address)
        else:
            assert want[0], ("outbox", address)

    # a contact import clears its flags with the index and asks the check for the rest
    for channel in ("sms", "whatsapp", "email"):
        addresses = [a for c, a in TARGETS if c == channel]
        header = "email" if channel == "email" else "phone"
        rows = f"{header}\n" + "".join(f"{SPELLINGS[a][-1]}\n" for a in addresses)
        info = engine.import_contacts(slug, io.BytesIO(rows.encode()), actor=ADMIN, channel=channel)
        flagged = {f["line"]: f["reasons"] for f in info.flagged_rows}
        for line, address in enumerate(addresses, start=2):
            allowed, codes = expected[(channel, address, marketing)]
            want = None if allowed else {channel: codes}
            assert flagged.get(line) == want, ("import", channel, address)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(  # the bug this test was written for: an erased person passed the bulk check
    all_channels=False,
    consent_required=False,
    plan=[("opt_out", "sms", P1, "account", "keyword"), ("erase", 0)],
)
@example(  # the contacts status filter read suppressions in SQL, blind to tombstones: a
    # contact re-added with an erased person's address was listed as allowed
    all_channels=False,
    consent_required=False,
    plan=[
        ("opt_out", "email", E1, "account", "manual"),
        ("erase", 0),
        ("contact", SPELLINGS[E1][1], None),
    ],
)
@example(  # the same opt-out again after an erasure, then the next person with the number
    # erased: their suppression's twin was on the tombstone already, and the erasure failed
    # (DuplicateRow) until the twin was lifted (heed.store.erasure._lift_twins)
    all_channels=True,
    consent_required=True,
    plan=[
        ("opt_out", "sms", P1, "list:promos", "carrier"),
        ("erase", 0),
        ("opt_out", "sms", P1, "list:promos", "carrier"),
        ("contact", P1, None),
        ("erase", 1),
    ],
)
@given(
    all_channels=st.booleans(),
    consent_required=st.booleans(),
    plan=st.lists(steps(), min_size=1, max_size=8),
)
def test_every_decision_path_gives_the_checks_answer(
    engine: Engine, all_channels: bool, consent_required: bool, plan: list[tuple[Any, ...]]
) -> None:
    note(f"all_channels={all_channels} consent_required={consent_required} plan={plan}")
    slug = new_account(engine, all_channels, consent_required)
    contacts = [
        engine.add_contact(slug, actor=ADMIN, phone=P1, email=E1),
        engine.add_contact(slug, actor=ADMIN, phone=P2),
    ]
    for step in plan:
        apply(engine, slug, contacts, step)
    assert_every_path_agrees(engine, slug)


def test_an_erased_person_stays_suppressed_on_every_path(engine: Engine) -> None:
    slug = new_account(engine, all_channels=False, consent_required=False)
    contact_id = engine.add_contact(slug, actor=ADMIN, phone=P1)
    engine.opt_out(slug, "sms", P1, actor=ADMIN, reason="asked")
    engine.erase_contact(slug, contact_id, actor=ADMIN, reason="gdpr")

    assert engine.check(slug, "sms", P1).codes == ["opted_out"]
    [bulk] = engine.check_bulk(slug, "sms", [P1])
    assert (bulk.allowed, bulk.reasons) == (False, ("opted_out",))
    assert_every_path_agrees(engine, slug)


def test_an_erasure_without_probes_still_holds_on_every_path(engine: Engine) -> None:
    """An erasure made before migration 0020 left its tombstones without probes
    (heed.core.tombstones): the paths of many recipients then tombstone every one."""
    slug = new_account(engine, all_channels=False, consent_required=True)
    contact_id = engine.add_contact(slug, actor=ADMIN, phone=P1, email=E1)
    engine.opt_out(slug, "sms", P1, actor=ADMIN, reason="asked")
    engine.record_consent(slug, "email", E1, purpose="marketing", actor=ADMIN)
    engine.erase_contact(slug, contact_id, actor=ADMIN, reason="gdpr")
    with engine.db.engine.begin() as connection:
        assert connection.execute(delete(ErasureProbe)).rowcount
    assert_every_path_agrees(engine, slug)

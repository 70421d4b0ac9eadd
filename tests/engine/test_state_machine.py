"""The engine against a small reference model of the rules, driven by hypothesis.

The model is written from docs/design.md, not from the engine's code: a set of active suppressions
and consents, and the rules in their plainest form. Hypothesis runs random sequences of
opt-outs, resubscriptions, blocks, blacklists, setting changes and consents, and after every
step asks both the same random question; every answer must agree.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from heed import Engine, ResubscribeRefused
from heed.errors import UnknownSender
from helpers.actors import ADMIN, SUPPORT

PHONE, OTHER_PHONE, EMAIL = "+14155550101", "+14155550102", "ann@example.com"
X, Y = "+15005550006", "+15005550007"
PHONE_CHANNELS = ("sms", "whatsapp", "voice")
#: Where X and Y are the account's senders: a scope or check naming them elsewhere (email) is
#: a sender the account does not have.
SENDER_CHANNELS = PHONE_CHANNELS
TARGETS = [(c, a) for a in (PHONE, OTHER_PHONE) for c in PHONE_CHANNELS] + [("email", EMAIL)]
OPT_OUT = {"manual", "keyword", "web_form", "import"}
CODE = {
    "blacklist": "blacklisted",
    "block": "blocked",
    "carrier": "carrier_blocked",
    "bounce": "bounced",
    "complaint": "complained",
    "registry": "registry",
} | dict.fromkeys(OPT_OUT, "opted_out")

targets = st.sampled_from(TARGETS)
scopes = st.sampled_from(["account", f"sender:{X}", f"sender:{Y}", "list:promos", "list:news"])
sources = st.sampled_from(sorted(CODE))
_slugs = itertools.count()


@dataclass
class Model:
    """What docs/design.md says should be true, with nothing clever in it."""

    all_channels: bool = False
    consent_required: bool = False
    active: set[tuple[str, str, str, str]] = field(
        default_factory=set
    )  # channel, address, scope, source
    consents: set[tuple[str, str]] = field(default_factory=set)  # channel, address (marketing)

    def person(self, channel: str, address: str) -> list[tuple[str, str]]:
        addresses = {address} | ({PHONE, EMAIL} if address in (PHONE, EMAIL) else set())
        return [(c, a) for a in addresses for c in (("email",) if "@" in a else PHONE_CHANNELS)]

    def reach(self, channel: str, address: str, scope: str) -> list[tuple[str, str]]:
        if self.all_channels and not scope.startswith("list:"):
            return self.person(channel, address)
        return [(channel, address)]

    def opt_out(self, channel: str, address: str, scope: str, source: str) -> None:
        for c, a in self.reach(channel, address, scope):
            self.active.add((c, a, scope, source))

    def resubscribe(self, channel: str, address: str, scope: str) -> bool:
        reached = self.reach(channel, address, scope)
        rows = {row for row in self.active if row[:2] in reached}
        sender = scope[7:] if scope.startswith("sender:") else None
        list_name = scope[5:] if scope.startswith("list:") else None
        if any(row[3] in ("block", "blacklist") for row in rows):
            return False
        if any(row[3] == "carrier" and applies(row[2], sender, list_name) for row in rows):
            return False
        for row in rows:
            lifts = row[2] == scope or (scope == "account" and not row[2].startswith("list:"))
            if row[3] in OPT_OUT and lifts:
                self.active.discard(row)
        return True

    def bar(self, channel: str, address: str, source: str) -> None:
        for c, a in self.person(channel, address):
            self.active |= {(c, a, "account", source), (c, a, "account", "manual")}

    def unbar(self, channel: str, address: str, source: str) -> None:
        reached = self.person(channel, address)
        self.active = {r for r in self.active if not (r[:2] in reached and r[3] == source)}

    def counted(self, channel: str, address: str) -> set[tuple[str, str]]:
        """(scope, source) of the rows that count for (channel, address): its own and, under
        all_channels (read now, whenever they were made), the address's opt-outs on its
        other channels, list ones excepted; one recorded on several channels counts once."""
        rows = {(s, src) for c, a, s, src in self.active if (c, a) == (channel, address)}
        if self.all_channels:
            rows |= {
                (s, src)
                for c, a, s, src in self.active
                if a == address and c != channel and src in OPT_OUT and not s.startswith("list:")
            }
        return rows

    def check(
        self, channel: str, address: str, sender: str | None, list_name: str | None, purpose: str
    ) -> list[str]:
        found = [
            "list_unsubscribed"
            if scope.startswith("list:") and CODE[source] == "opted_out"
            else CODE[source]
            for scope, source in self.counted(channel, address)
            if applies(scope, sender, list_name)
            and (source != "registry" or purpose == "marketing")
        ]
        if sender is not None and channel not in SENDER_CHANNELS:
            found.append("unknown_sender")
        if (
            self.consent_required
            and purpose == "marketing"
            and (channel, address) not in self.consents
        ):
            found.append("no_consent")
        return sorted(found)


def applies(scope: str, sender: str | None, list_name: str | None) -> bool:
    if scope == "account":
        return True
    if scope.startswith("sender:"):
        return sender is None or sender == scope[7:]
    return list_name == scope[5:]


def scope_args(scope: str) -> dict[str, str]:
    if scope.startswith("sender:"):
        return {"sender": scope[7:]}
    if scope.startswith("list:"):
        return {"list_name": scope[5:]}
    return {}


def make_machine(engine: Engine) -> type[RuleBasedStateMachine]:
    class EngineMatchesModel(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.slug = f"acct-{next(_slugs)}"
            engine.create_account(self.slug)
            engine.create_list(self.slug, "promos", actor=ADMIN)
            engine.create_list(self.slug, "news", actor=ADMIN)
            engine.add_contact(self.slug, actor=ADMIN, phone=PHONE, email=EMAIL)
            for channel in SENDER_CHANNELS:
                for sender in (X, Y):
                    engine.add_sender(self.slug, channel, sender, actor=ADMIN)
            self.model = Model()

        @rule(where=targets, scope=scopes, source=sources)
        def opt_out(self, where: tuple[str, str], scope: str, source: str) -> None:
            if source in ("block", "blacklist"):
                getattr(engine, source)(self.slug, *where, actor=ADMIN, reason="test")
                self.model.bar(*where, source)
                return
            if scope.startswith("sender:") and where[0] not in SENDER_CHANNELS:
                with pytest.raises(UnknownSender):
                    engine.opt_out(self.slug, *where, actor=ADMIN, **scope_args(scope))
                return
            engine.opt_out(
                self.slug, *where, actor=ADMIN, reason="test", source=source, **scope_args(scope)
            )
            self.model.opt_out(*where, scope, source)

        @rule(where=targets, scope=scopes)
        def resubscribe(self, where: tuple[str, str], scope: str) -> None:
            if scope.startswith("sender:") and where[0] not in SENDER_CHANNELS:
                with pytest.raises(UnknownSender):
                    engine.resubscribe(self.slug, *where, actor=ADMIN, reason="t", sender=X)
                return
            expected = self.model.resubscribe(*where, scope)
            try:
                engine.resubscribe(
                    self.slug, *where, actor=ADMIN, reason="test", **scope_args(scope)
                )
            except ResubscribeRefused:
                assert not expected, "engine refused a resubscribe the model allows"
            else:
                assert expected, "engine resubscribed someone the model says is barred"

        @rule(where=targets, which=st.sampled_from(["block", "blacklist"]))
        def lift_bar(self, where: tuple[str, str], which: str) -> None:
            if which == "block":
                engine.unblock(self.slug, *where, actor=ADMIN, reason="test")
            else:
                engine.lift_blacklist(self.slug, *where, actor=SUPPORT, reason="test")
            self.model.unbar(*where, which)

        @rule(all_channels=st.booleans(), consent_required=st.booleans())
        def change_settings(self, all_channels: bool, consent_required: bool) -> None:
            engine.update_settings(
                self.slug,
                ADMIN,
                opt_out_channels="all" if all_channels else "same",
                require_consent_for=["marketing"] if consent_required else [],
            )
            self.model.all_channels, self.model.consent_required = all_channels, consent_required

        @rule(where=targets)
        def record_consent(self, where: tuple[str, str]) -> None:
            engine.record_consent(self.slug, *where, purpose="marketing", actor=ADMIN)
            self.model.consents.add(where)

        @rule(
            where=targets,
            sender=st.sampled_from([None, X, Y]),
            list_name=st.sampled_from([None, "promos", "news"]),
            purpose=st.sampled_from(["marketing", "transactional", "conversational"]),
        )
        def check_agrees(
            self, where: tuple[str, str], sender: str | None, list_name: str | None, purpose: str
        ) -> None:
            result = engine.check(
                self.slug, *where, sender=sender, list_name=list_name, purpose=purpose
            )
            expected = self.model.check(*where, sender, list_name, purpose)
            assert sorted(result.codes) == expected
            assert result.allowed is (not expected)

    return EngineMatchesModel


def test_engine_agrees_with_the_reference_model(engine: Engine) -> None:
    run_state_machine_as_test(
        make_machine(engine),
        settings=settings(
            max_examples=30,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )

"""The role matrix: agent, admin and support keys against every /v1 route, both ways of
`agents_may_unsubscribe`.

The table below is the specification (docs/design.md §1): agents view, check and manage list
membership; admins do everything in the account; only support lifts a blacklist; the account
setting lets agents opt people out, never back in (so rejecting a pending opt-out, which keeps
the person messageable, stays with admins); only support makes or revokes support keys. Each
row names the action of heed.core.permissions.TABLE it takes, and a test checks that the rows
agree with that table and that every action in it has a row. Each row makes a fresh request
(its own objects), and a refused request must be a 403 problem that changed nothing. Every /v1
route of the spec needs a row, so a new route has to be placed in the table.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from heed import Channel
from heed.core.account_settings import AccountSettings
from heed.core.permissions import Action, may
from heed.core.vocabulary import Role
from heed.providers.base import InboundMessage
from helpers.actors import ADMIN, SUPPORT
from helpers.api import Tenant, app_spec, assert_problem, operations, outbox_settled, owned_rows

EVERYONE = frozenset({"agent", "admin", "support"})
ADMINS = frozenset({"admin", "support"})
SUPPORT_ONLY = frozenset({"support"})
_n = itertools.count(100)


def _phone() -> str:
    return f"+1415555{next(_n):04d}"


Request = tuple[str, Any]  # (url, JSON body or query parameters, or a Raw file body)


@dataclass(frozen=True)
class Raw:
    """A request body that is a CSV file, not JSON."""

    content: str
    content_type: str = "text/csv"


@dataclass(frozen=True)
class Row:
    method: str
    path: str
    action: Action  # what heed.core.permissions.TABLE names this request
    allowed: frozenset[str]
    make: Callable[[Tenant], Request]
    #: Roles allowed in addition when the account sets agents_may_unsubscribe.
    allowed_if_agents_may_unsubscribe: frozenset[str] = frozenset()
    label: str = ""


def _contact(t: Tenant) -> str:
    return t.engine.add_contact(t.slug, actor=ADMIN, phone=_phone())


def _suppression(source: str) -> Callable[[Tenant], Request]:
    def make(t: Tenant) -> Request:
        phone = _phone()
        if source == "manual":
            change = t.engine.opt_out(t.slug, "sms", phone, actor=ADMIN, reason="asked")
        elif source == "block":
            change = t.engine.block(t.slug, "sms", phone, actor=ADMIN, reason="abuse")
        else:
            change = t.engine.blacklist(t.slug, "sms", phone, actor=SUPPORT, reason="fraud")
        row = next(s for s in change.changed if s.source == source and s.channel == "sms")
        return f"/v1/suppressions/{row.id}/lift", {"reason": "confirmed by phone"}

    return make


def _list(t: Tenant) -> str:
    return t.engine.create_list(t.slug, f"list-{next(_n)}", actor=ADMIN)


def _sender(t: Tenant) -> str:
    return t.engine.add_sender(t.slug, "sms", f"+1500555{next(_n):04d}", actor=ADMIN).id


def _key(t: Tenant, role: str) -> str:
    return t.engine.create_api_key(t.slug, name="spare", role=role, actor=SUPPORT).key.id


def _import(t: Tenant) -> str:
    csv = io.BytesIO(f"address\n{_phone()}\n".encode())
    return t.engine.import_optouts(t.slug, csv, actor=ADMIN, channel="sms").id


def _review(decision: str) -> Callable[[Tenant], Request]:
    def make(t: Tenant) -> Request:
        message = InboundMessage(
            Channel.SMS,
            _phone(),
            "+15005550006",
            "wrong number",
            "generic",
            f"r{next(_n)}",
            None,
            {},
        )
        item_id = t.engine.receive(t.slug, message).actions[-1].review_id
        return f"/v1/review/{item_id}/{decision}", {"reason": "read it"}

    return make


def _held_start(decision: str) -> Callable[[Tenant], Request]:
    """A START sent through an admin key to someone a carrier opted out: held for review,
    since only the person's own START through the provider lifts a carrier opt-out."""

    def make(t: Tenant) -> Request:
        person, sender = _phone(), _sender_address(t)
        t.engine.opt_out(
            t.slug, "sms", person, actor=SUPPORT, reason="21610", source="carrier", sender=sender
        )
        message = {
            "channel": "sms",
            "from": person,
            "to": sender,
            "body": "START",
            "provider_message_id": f"held-{next(_n)}",
        }
        sent = t.admin.post("/v1/inbound", json=message)
        assert sent.status_code == 200, sent.text
        held = next(a for a in sent.json()["actions"] if a["action"] == "held_for_review")
        return f"/v1/review/{held['review_id']}/{decision}", {"reason": "read it"}

    return make


def _reply(t: Tenant) -> Request:
    """A reply to someone who just wrote to one of the account's senders."""
    person, sender = _phone(), _sender_address(t)
    hello = InboundMessage(Channel.SMS, person, sender, "hi", "generic", person, None, {})
    t.engine.receive(t.slug, hello)
    return "/v1/outbox", {"channel": "sms", "to": person, "body": "hello"}


def _sender_address(t: Tenant) -> str:
    address = f"+1500555{next(_n):04d}"
    t.engine.add_sender(t.slug, "sms", address, actor=ADMIN)
    return address


def _outbound(t: Tenant) -> Request:
    _url, body = _reply(t)
    sent = t.engine.send_reply(t.slug, "sms", body["to"], "hello", actor=ADMIN)
    return f"/v1/outbox/{sent.id}", {}


ROWS = [
    Row("GET", "/v1/review", Action.VIEW, EVERYONE, lambda t: ("/v1/review", {})),
    # Agents answer people in the inbox (docs/design.md §1: "inbox"); heed checks the person.
    Row("POST", "/v1/outbox", Action.REPLY, EVERYONE, _reply),
    Row("GET", "/v1/outbox", Action.VIEW, EVERYONE, lambda t: ("/v1/outbox", {})),
    Row("GET", "/v1/outbox/{message_id}", Action.VIEW, EVERYONE, _outbound),
    # A review decision takes the permission of its effect (heed.core.permissions):
    # approving a possible STOP opts the person out, which the setting lets agents do...
    Row(
        "POST",
        "/v1/review/{item_id}/approve",
        Action.UNSUBSCRIBE,
        ADMINS,
        _review("approve"),
        allowed_if_agents_may_unsubscribe=frozenset({"agent"}),
        label="pending opt-out",
    ),
    # ...rejecting it keeps them messageable: resubscribing, whatever the setting says.
    Row(
        "POST",
        "/v1/review/{item_id}/reject",
        Action.RESUBSCRIBE,
        ADMINS,
        _review("reject"),
        label="pending opt-out",
    ),
    # A START held back from lifting a carrier opt-out: approving it lifts, rejecting keeps.
    Row(
        "POST",
        "/v1/review/{item_id}/approve",
        Action.RESUBSCRIBE,
        ADMINS,
        _held_start("approve"),
        label="held START",
    ),
    Row(
        "POST",
        "/v1/review/{item_id}/reject",
        Action.UNSUBSCRIBE,
        ADMINS,
        _held_start("reject"),
        allowed_if_agents_may_unsubscribe=frozenset({"agent"}),
        label="held START",
    ),
    Row(
        "POST",
        "/v1/contacts/{contact_id}/erase",
        Action.ERASE,
        ADMINS,
        lambda t: (f"/v1/contacts/{_contact(t)}/erase", {"reason": "GDPR request"}),
    ),
    Row(
        "GET",
        "/v1/check",
        Action.CHECK,
        EVERYONE,
        lambda t: ("/v1/check", {"channel": "sms", "address": _phone()}),
    ),
    Row(
        "GET",
        "/v1/status",
        Action.CHECK,
        EVERYONE,
        lambda t: (
            "/v1/status",
            {"channel": "sms", "address": _phone(), "at": "2026-01-01T00:00:00Z"},
        ),
    ),
    Row(
        "POST",
        "/v1/check/bulk",
        Action.CHECK,
        EVERYONE,
        lambda t: ("/v1/check/bulk", {"channel": "sms", "addresses": [_phone()]}),
    ),
    # A message speaks for the person (a START resubscribes them): not for agents to post.
    Row(
        "POST",
        "/v1/inbound",
        Action.RECEIVE,
        ADMINS,
        lambda t: (
            "/v1/inbound",
            {
                "channel": "sms",
                "from": _phone(),
                "to": "+15005550006",
                "body": "hello",
                "provider_message_id": f"m{next(_n)}",
            },
        ),
    ),
    # A delivery report may suppress (a hard bounce, a complaint): as for inbound messages.
    Row(
        "POST",
        "/v1/deliveries",
        Action.RECEIVE,
        ADMINS,
        lambda t: ("/v1/deliveries", {"to": _phone(), "status": "delivered"}),
    ),
    Row("GET", "/v1/contacts", Action.VIEW, EVERYONE, lambda t: ("/v1/contacts", {})),
    Row(
        "POST",
        "/v1/contacts",
        Action.MANAGE_LIST_MEMBERSHIP,
        EVERYONE,
        lambda t: ("/v1/contacts", {"phone": _phone()}),
    ),
    Row(
        "GET",
        "/v1/contacts/{contact_id}",
        Action.VIEW,
        EVERYONE,
        lambda t: (f"/v1/contacts/{_contact(t)}", {}),
    ),
    Row(
        "PATCH",
        "/v1/contacts/{contact_id}",
        Action.MANAGE_LIST_MEMBERSHIP,
        EVERYONE,
        lambda t: (f"/v1/contacts/{_contact(t)}", {"name": "Ann"}),
    ),
    Row("GET", "/v1/suppressions", Action.VIEW, EVERYONE, lambda t: ("/v1/suppressions", {})),
    Row(
        "POST",
        "/v1/suppressions",
        Action.UNSUBSCRIBE,
        ADMINS,
        lambda t: ("/v1/suppressions", {"channel": "sms", "address": _phone(), "reason": "asked"}),
        allowed_if_agents_may_unsubscribe=frozenset({"agent"}),
    ),
    Row(
        "GET",
        "/v1/suppressions/{suppression_id}",
        Action.VIEW,
        EVERYONE,
        lambda t: (_suppression("manual")(t)[0].removesuffix("/lift"), {}),
    ),
    # Lifting an opt-out is resubscribing: admin-only, whatever agents_may_unsubscribe says.
    Row(
        "POST",
        "/v1/suppressions/{suppression_id}/lift",
        Action.RESUBSCRIBE,
        ADMINS,
        _suppression("manual"),
        label="opt-out",
    ),
    Row(
        "POST",
        "/v1/suppressions/{suppression_id}/lift",
        Action.UNBLOCK,
        ADMINS,
        _suppression("block"),
        label="block",
    ),
    Row(
        "POST",
        "/v1/suppressions/{suppression_id}/lift",
        Action.LIFT_BLACKLIST,
        SUPPORT_ONLY,
        _suppression("blacklist"),
        label="blacklist",
    ),
    Row("GET", "/v1/events", Action.VIEW, EVERYONE, lambda t: ("/v1/events", {})),
    Row("GET", "/v1/senders", Action.VIEW, EVERYONE, lambda t: ("/v1/senders", {})),
    Row(
        "POST",
        "/v1/senders",
        Action.MANAGE_SENDERS,
        ADMINS,
        lambda t: ("/v1/senders", {"channel": "sms", "address": f"+1500555{next(_n):04d}"}),
    ),
    Row(
        "GET",
        "/v1/senders/{sender_id}",
        Action.VIEW,
        EVERYONE,
        lambda t: (f"/v1/senders/{_sender(t)}", {}),
    ),
    Row(
        "PATCH",
        "/v1/senders/{sender_id}",
        Action.MANAGE_SENDERS,
        ADMINS,
        lambda t: (f"/v1/senders/{_sender(t)}", {"scope": "sender", "extra_keywords": ["HALT"]}),
    ),
    Row(
        "GET", "/v1/account/settings", Action.VIEW, EVERYONE, lambda t: ("/v1/account/settings", {})
    ),
    Row(
        "PATCH",
        "/v1/account/settings",
        Action.MANAGE_SETTINGS,
        ADMINS,
        lambda t: ("/v1/account/settings", {"soft_bounce_limit": next(_n)}),
    ),
    Row("GET", "/v1/lists", Action.VIEW, EVERYONE, lambda t: ("/v1/lists", {})),
    Row(
        "POST",
        "/v1/lists",
        Action.MANAGE_SETTINGS,
        ADMINS,
        lambda t: ("/v1/lists", {"name": f"list-{next(_n)}"}),
    ),
    Row(
        "GET", "/v1/lists/{list_id}", Action.VIEW, EVERYONE, lambda t: (f"/v1/lists/{_list(t)}", {})
    ),
    Row(
        "GET",
        "/v1/lists/{list_id}/members",
        Action.VIEW,
        EVERYONE,
        lambda t: (f"/v1/lists/{_list(t)}/members", {}),
    ),
    Row(
        "POST",
        "/v1/lists/{list_id}/members",
        Action.MANAGE_LIST_MEMBERSHIP,
        EVERYONE,
        lambda t: (
            f"/v1/lists/{_list(t)}/members",
            {"channel": "sms", "address": t.engine.get_contact(t.slug, _contact(t)).phone},
        ),
    ),
    Row("GET", "/v1/consents", Action.VIEW, EVERYONE, lambda t: ("/v1/consents", {})),
    Row(
        "POST",
        "/v1/consents",
        Action.RECORD_CONSENT,
        ADMINS,
        lambda t: ("/v1/consents", {"channel": "sms", "address": _phone(), "purpose": "marketing"}),
    ),
    Row("GET", "/v1/keys", Action.MANAGE_KEYS, ADMINS, lambda t: ("/v1/keys", {})),
    Row(
        "POST",
        "/v1/keys",
        Action.MANAGE_KEYS,
        ADMINS,
        lambda t: ("/v1/keys", {"name": "crm", "role": "agent"}),
        label="agent key",
    ),
    Row(
        "POST",
        "/v1/keys",
        Action.MANAGE_KEYS,
        ADMINS,
        lambda t: ("/v1/keys", {"name": "crm", "role": "admin"}),
        label="admin key",
    ),
    # Support is the platform operator: only support makes a support key.
    Row(
        "POST",
        "/v1/keys",
        Action.MANAGE_SUPPORT_ACCESS,
        SUPPORT_ONLY,
        lambda t: ("/v1/keys", {"name": "ops", "role": "support"}),
        label="support key",
    ),
    Row(
        "POST",
        "/v1/keys/{key_id}/revoke",
        Action.MANAGE_KEYS,
        ADMINS,
        lambda t: (f"/v1/keys/{_key(t, 'agent')}/revoke", None),
        label="agent key",
    ),
    # Before: an admin revoked a support key that only support may create.
    Row(
        "POST",
        "/v1/keys/{key_id}/revoke",
        Action.MANAGE_SUPPORT_ACCESS,
        SUPPORT_ONLY,
        lambda t: (f"/v1/keys/{_key(t, 'support')}/revoke", None),
        label="support key",
    ),
    Row(
        "GET",
        "/v1/suppressions/export",
        Action.CHECK,
        EVERYONE,
        lambda t: ("/v1/suppressions/export", {"format": "json"}),
    ),
    Row(
        "POST",
        "/v1/filter",
        Action.CHECK,
        EVERYONE,
        lambda t: ("/v1/filter?channel=sms", Raw(f"phone\n{_phone()}\n")),
    ),
    Row("GET", "/v1/imports", Action.VIEW, EVERYONE, lambda t: ("/v1/imports", {})),
    Row(
        "GET",
        "/v1/imports/{import_id}",
        Action.VIEW,
        EVERYONE,
        lambda t: (f"/v1/imports/{_import(t)}", {}),
    ),
    # Last: an admitted import lands in the background, after its 202.
    Row(
        "POST",
        "/v1/imports",
        Action.IMPORT,
        ADMINS,
        lambda t: ("/v1/imports?channel=sms", Raw(f"address\n{_phone()}\n")),
    ),
]


def test_every_v1_route_has_a_row() -> None:
    routes = set(operations(app_spec(), "/v1/"))
    rows = {(row.method, row.path) for row in ROWS}
    assert routes - rows == set(), "routes without a row in the role table: add them to ROWS"
    assert rows - routes == set(), "rows for routes that no longer exist"


#: Actions with no /v1 route (the web UI and the CLI take them; tests/test_engine.py checks
#: each role against them through the engine, which both go through).
NO_V1_ROUTE = frozenset({Action.BLOCK, Action.BLACKLIST})


def test_every_action_of_the_role_table_is_exercised() -> None:
    exercised = {row.action for row in ROWS}
    assert set(Action) - NO_V1_ROUTE - exercised == set(), "actions without a row in ROWS"


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.method} {r.path} {r.label}".strip())
def test_each_row_says_what_the_role_table_says(row: Row) -> None:
    """The hand-written expectations and heed.core.permissions.TABLE agree, setting or not."""
    wide = AccountSettings(agents_may_unsubscribe=True)
    assert row.allowed == {str(r) for r in Role if may(r, row.action)}
    assert row.allowed | row.allowed_if_agents_may_unsubscribe == {
        str(r) for r in Role if may(r, row.action, wide)
    }


def _expected(row: Row, role: str, agents_may_unsubscribe: bool) -> bool:
    extra = row.allowed_if_agents_may_unsubscribe if agents_may_unsubscribe else frozenset()
    return role in row.allowed | extra


@pytest.mark.parametrize(
    "agents_may_unsubscribe", [False, True], ids=["default", "agents-may-unsubscribe"]
)
@pytest.mark.parametrize("role", sorted(EVERYONE))
def test_role_matrix(tenant: Tenant, role: str, agents_may_unsubscribe: bool) -> None:
    if agents_may_unsubscribe:
        tenant.engine.update_settings(tenant.slug, ADMIN, agents_may_unsubscribe=True)
    api = tenant.api(role)
    wrong = []
    for row in ROWS:
        url, payload = row.make(tenant)
        outbox_settled(tenant.live, tenant.slug)  # row.make may have queued a message
        before = owned_rows(tenant.live, tenant.slug)
        if row.method == "GET":
            response = api.request("GET", url, params=payload)
        elif isinstance(payload, Raw):
            headers = {"Content-Type": payload.content_type}
            response = api.request(row.method, url, content=payload.content, headers=headers)
        else:
            response = api.request(row.method, url, json=payload)
        expected = _expected(row, role, agents_may_unsubscribe)
        name = f"{row.method} {row.path} {row.label}".strip()
        if expected and not 200 <= response.status_code < 300:
            wrong.append(
                f"{name}: {role} should be allowed, got {response.status_code} {response.text}"
            )
        elif not expected:
            if response.status_code != 403:
                wrong.append(
                    f"{name}: {role} should get 403, got {response.status_code} {response.text}"
                )
                continue
            assert_problem(response, 403, "permission-denied")
            if owned_rows(tenant.live, tenant.slug) != before:
                wrong.append(f"{name}: refused to {role}, but the account changed")
    assert wrong == [], "\n".join(wrong)

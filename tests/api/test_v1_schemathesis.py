"""Property-based tests of every /v1 operation with schemathesis, against a real `heed serve`.

Requests are generated from the served /openapi.json and sent over HTTP with a valid admin key
of a seeded account: valid requests, valid requests naming the account's real objects in the
path (so the happy paths run too), and invalid ones (which must get a documented 4xx). Each
response must not be a server error and must match the spec: documented status code, content
type, headers and body schema. Bounded (a few examples per operation,
derandomized) so the suite stays fast and repeatable.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from heed import Channel
from heed.providers.base import InboundMessage
from helpers.actors import ADMIN
from helpers.api import Tenant, app_spec, new_tenant, operations
from helpers.live import Live

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
OPERATIONS = operations(app_spec(), "/v1/")
MAX_EXAMPLES = 10


@dataclass
class Fuzzed:
    live: Live
    tenant: Tenant
    schema: Any
    ids: dict[str, str]  # path parameter -> one of the seeded account's real ids


@pytest.fixture(scope="module")
def fuzzed(server: Live) -> Iterator[Fuzzed]:
    tenant = new_tenant(server, "fuzz")
    engine, slug = server.engine, tenant.slug
    sender = engine.add_sender(slug, "sms", "+15005550006", actor=ADMIN)
    list_id = engine.create_list(slug, "promos", actor=ADMIN)
    contact_id = engine.add_contact(slug, actor=ADMIN, phone="+14155550100", email="a@example.com")
    engine.add_to_list(slug, "promos", "sms", "+14155550100", actor=ADMIN)
    suppression = engine.opt_out(slug, "sms", "+14155550101", actor=ADMIN, reason="asked")
    engine.record_consent(slug, "sms", "+14155550100", purpose="marketing", actor=ADMIN)
    spare = engine.create_api_key(slug, name="spare", role="agent", actor=ADMIN)
    doubtful = InboundMessage(
        Channel.SMS, "+14155550102", "+15005550006", "wrong number", "generic", "fz1", None, {}
    )
    review_id = engine.receive(slug, doubtful).actions[-1].review_id
    hello = InboundMessage(
        Channel.SMS, "+14155550103", "+15005550006", "hi", "generic", "fz2", None, {}
    )
    engine.receive(slug, hello)
    reply = engine.send_reply(slug, "sms", "+14155550103", "hello", actor=ADMIN)

    imported = engine.import_optouts(
        slug, io.BytesIO(b"address\n+14155550103\n"), actor=ADMIN, channel="sms"
    )
    ids = {
        "message_id": reply.id,
        "import_id": imported.id,
        "item_id": review_id,
        "contact_id": contact_id,
        "suppression_id": suppression.changed[0].id,
        "sender_id": sender.id,
        "list_id": list_id,
        "key_id": spare.key.id,  # never the admin key the requests use
    }
    schema = schemathesis.openapi.from_url(f"{server.base}/openapi.json")
    yield Fuzzed(server, tenant, schema, ids)
    tenant.close()


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_responses_match_the_spec(fuzzed: Fuzzed, method: str, path: str) -> None:
    operation = fuzzed.schema[path][method]
    raw = app_spec()["paths"][path][method.lower()]
    declared = raw.get("parameters", [])
    names = [p["name"] for p in declared if p["in"] == "path"]
    assert set(names) <= set(fuzzed.ids), f"no seeded object for a path parameter of {path}"
    real = {name: fuzzed.ids[name] for name in names}
    strategies = [operation.as_strategy()]
    if real:
        strategies.append(operation.as_strategy(path_parameters=real))
    if declared or "requestBody" in raw:  # something to get wrong: invalid input gets a 4xx
        strategies.append(operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
    headers = {"Authorization": f"Bearer {fuzzed.tenant.tokens['admin']}"}

    @given(case=st.one_of(strategies))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        case.call_and_validate(base_url=fuzzed.live.base, headers=headers, checks=CHECKS)

    run()

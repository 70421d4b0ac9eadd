"""The typed actions of inbound results keep the JSON shape the HTTP contract documents."""

from __future__ import annotations

from typing import Any

import pytest

from heed.engine.results import to_json
from heed.inbound import actions
from heed.inbound.actions import Button, Lifted, Superseded, Suppressed, TimeDistrusted

SHAPES: list[tuple[Any, dict[str, Any]]] = [
    (
        Suppressed(channel="sms", scope="account", suppression_id="S1"),
        {"action": "suppressed", "channel": "sms", "scope": "account", "suppression_id": "S1"},
    ),
    (
        Suppressed(source="bounce", scope="account", suppression_id="S1"),
        {"action": "suppressed", "source": "bounce", "scope": "account", "suppression_id": "S1"},
    ),
    (
        Lifted(scope="purpose:marketing", suppression_id="S2"),
        {"action": "lifted", "scope": "purpose:marketing", "suppression_id": "S2"},
    ),
    (Superseded(by_message="M1"), {"action": "superseded", "by_message": "M1"}),
    (Button(payload="STOP", mapped=None), {"action": "button", "payload": "STOP", "mapped": None}),
    (
        TimeDistrusted(sent_at="a", why="b"),
        {"action": "time_distrusted", "sent_at": "a", "why": "b"},
    ),
]


@pytest.mark.parametrize(("action", "shape"), SHAPES)
def test_an_action_is_stored_and_answered_in_its_documented_shape(
    action: Any, shape: dict[str, Any]
) -> None:
    assert action.to_json() == shape
    assert list(action.to_json()) == list(shape)  # the order the CLI prints
    assert to_json({"actions": (action,)}) == {"actions": [shape]}
    assert actions.from_json([shape]) == (action,)

"""`heed demo` builds a living account through the real paths, and its login works."""

from __future__ import annotations

from heed import Engine
from heed.demo import populate


def test_demo_has_every_kind_of_activity_and_a_working_login(engine: Engine) -> None:
    demo = populate(engine, "demo", contacts=120, seed=3)

    sources = {s.source for s in engine.list_suppressions("demo", limit=500).items}
    assert sources >= {"keyword", "carrier", "bounce", "manual", "web_form", "import", "block"}
    assert engine.list_review("demo").items, "some replies wait for review"
    assert engine.list_contacts("demo", limit=500).items[0].channels
    assert engine.verify_audit("demo").ok
    assert engine.authenticate_user("demo", demo.email, demo.password).role == "admin"

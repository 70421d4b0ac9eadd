"""The actors tests act as, one per role."""

from __future__ import annotations

from heed import Actor, ActorKind, Role

ADMIN = Actor(ActorKind.USER, "admin-1", Role.ADMIN)
AGENT = Actor(ActorKind.USER, "agent-1", Role.AGENT)
SUPPORT = Actor(ActorKind.USER, "support-1", Role.SUPPORT)

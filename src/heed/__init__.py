"""heed — the opt-out and consent engine: may we message this person, now, and if not, why?

from heed import Engine, Actor, ActorKind, Role

engine = Engine("sqlite:///./heed.db")
engine.init()
engine.create_account("acme")
engine.opt_out("acme", "sms", "+14155550100", actor=Actor(ActorKind.SYSTEM), reason="STOP")
engine.check("acme", "sms", "+14155550100").allowed  # False
"""

from heed.core.rules import CheckResult, Reason
from heed.core.vocabulary import Actor, ActorKind, Channel, Purpose, ReasonCode, Role, Scope, Source
from heed.engine import Engine
from heed.engine.results import Change, CreatedAccount, SenderInfo, SuppressionInfo
from heed.errors import (
    AlreadyExists,
    BadInput,
    CannotListen,
    Conflict,
    DatabaseUnavailable,
    DuplicateRow,
    HeedError,
    InvalidAddress,
    NotFound,
    NotPermitted,
    PermissionDenied,
    Rejected,
    ResubscribeRefused,
    SchemaOutOfDate,
    Unauthenticated,
    Unavailable,
    UnknownAccount,
)

__all__ = [
    "Actor",
    "ActorKind",
    "AlreadyExists",
    "BadInput",
    "CannotListen",
    "Change",
    "Channel",
    "CheckResult",
    "Conflict",
    "CreatedAccount",
    "DatabaseUnavailable",
    "DuplicateRow",
    "Engine",
    "HeedError",
    "InvalidAddress",
    "NotFound",
    "NotPermitted",
    "PermissionDenied",
    "Purpose",
    "Reason",
    "ReasonCode",
    "Rejected",
    "ResubscribeRefused",
    "Role",
    "SchemaOutOfDate",
    "Scope",
    "SenderInfo",
    "Source",
    "SuppressionInfo",
    "Unauthenticated",
    "Unavailable",
    "UnknownAccount",
]

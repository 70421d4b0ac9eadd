"""heed — the opt-out and consent engine: may we message this person, now, and if not, why?

from heed import Engine, Actor, ActorKind, Role

engine = Engine("sqlite:///./heed.db")
engine.init()
engine.create_account("acme")
engine.opt_out("acme", "sms", "+14155550100", actor=Actor(ActorKind.SYSTEM), reason="STOP")
engine.check("acme", "sms", "+14155550100").allowed  # False

`Engine` and the types it returns are imported when first named (PEP 562), not with the
package: every `heed.*` import runs this file, and the engine pulls in SQLAlchemy and every
service, which a command such as `heed check` must not pay for (#12 item 7).
"""

from typing import TYPE_CHECKING, Any

from heed.core.rules import CheckResult, Reason
from heed.core.vocabulary import Actor, ActorKind, Channel, Purpose, ReasonCode, Role, Scope, Source
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

if TYPE_CHECKING:
    from heed.engine import Engine
    from heed.engine.results import Change, CreatedAccount, SenderInfo, SuppressionInfo

#: Names imported on first use, and the module each comes from.
_LAZY = {
    "Engine": "heed.engine",
    "Change": "heed.engine.results",
    "CreatedAccount": "heed.engine.results",
    "SenderInfo": "heed.engine.results",
    "SuppressionInfo": "heed.engine.results",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'heed' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


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

"""Pure decisions about an inbound message: which scope a keyword applies to, what to reply.

The FCC (47 CFR 64.1200(a)(12), 2024) allows one confirmation text after an opt-out, sent
within five minutes, with no marketing in it; CTIA expects it to say how to opt back in, and a
HELP reply to say how to opt out. The default texts below do exactly that and nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping

from heed.core.account_settings import AccountSettings
from heed.core.vocabulary import Scope


def keyword_scope(sender_scope: str | None, settings: AccountSettings, to_address: str) -> Scope:
    """Where a keyword sent to `to_address` applies.

    The sender's own setting wins; `inherit` or an unknown sender takes the account's default,
    which itself defaults to the whole account (the safe choice).
    """
    mode = sender_scope if sender_scope in ("sender", "account") else settings.default_scope
    return Scope.sender(to_address) if mode == "sender" else Scope.account()


def reply_text(
    kind: str,
    settings: AccountSettings,
    account_name: str,
    sender_replies: Mapping[str, str] | None = None,
    **values: str,
) -> str:
    """The reply of `kind` (opt_out, opt_in, help, list_opt_out): the sender's, else the
    account's. `{account}` is the business as the person knows it: its display name, else the
    account's name (the same name the public pages show)."""
    template = (sender_replies or {}).get(kind) or getattr(settings, f"reply_{kind}")
    name = settings.display_name or account_name
    return str(template).format_map(_Defaulting(account=name, **values))


class _Defaulting(dict[str, str]):
    """Leaves unknown {placeholders} as they are, so a typo in a reply text never fails a STOP."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

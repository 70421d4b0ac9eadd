"""The `heed` command: a thin layer over `heed.Engine` with the same verbs.

Exit codes (the contract scripts rely on) are `heed.cli.common.EXIT_CODES`, listed by
`heed --help` and in the README.

One module per domain holds its commands, and its groups (`account_app`, ...) with theirs:
`accounts` (init, account, key, user), `senders` (sender, list, contact), `suppressions`
(optout, resubscribe, block, unblock, check), `audit` (audit, server-key, backup, restore),
`messaging` (inbound, serve, email, review, outbox), `bulk` (import, export, filter),
`registries` (registry) and `demo` (demo, eval). What they share is in `common`, which they
import (never this module, so nothing
imports in a circle). The command tree is put together here alone, in the order `heed --help`
lists it.
"""

from __future__ import annotations

import typer

from heed.cli import accounts, audit, bulk, demo, messaging, registries, senders, suppressions
from heed.cli.common import EXIT_CODES

__all__ = ["app", "main"]

app = typer.Typer(
    help="heed — may we message this person, on this channel, from this sender, now?\n\n"
    "\b\nExit codes:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items()),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

# Typer lists a group's commands in the order they are registered, then its sub-groups in the
# order they are added: these two runs are `heed --help`, top to bottom.
app.command("init")(accounts.init)
app.command("optout")(suppressions.optout)
app.command("resubscribe")(suppressions.resubscribe)
app.command("block")(suppressions.block)
app.command("unblock")(suppressions.unblock)
app.command("check")(suppressions.check)
app.command("inbound")(messaging.inbound)
app.command("serve")(messaging.serve)
app.command("demo")(demo.demo)
app.command("eval")(demo.eval_detector)
app.command("filter")(bulk.filter_audience)
app.command("backup")(audit.backup)
app.command("restore")(audit.restore)

app.add_typer(accounts.account_app, name="account")
app.add_typer(senders.sender_app, name="sender")
app.add_typer(senders.list_app, name="list")
app.add_typer(senders.contact_app, name="contact")
app.add_typer(audit.audit_app, name="audit")
app.add_typer(audit.server_key_app, name="server-key")
app.add_typer(messaging.email_app, name="email")
app.add_typer(accounts.key_app, name="key")
app.add_typer(messaging.review_app, name="review")
app.add_typer(accounts.user_app, name="user")
app.add_typer(messaging.outbox_app, name="outbox")
app.add_typer(bulk.import_app, name="import")
app.add_typer(bulk.export_app, name="export")
app.add_typer(registries.registry_app, name="registry")


def main() -> None:
    """Run `heed`: the console script (`heed.cli:main`) and `python -m heed` both start here."""
    app()

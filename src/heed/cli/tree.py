"""The `heed` command tree, in the order `heed --help` lists it (see heed.cli)."""

from __future__ import annotations

import typer

from heed.cli import (
    accounts,
    audit,
    bulk,
    check,
    demo,
    filter,
    messaging,
    registries,
    senders,
    suppressions,
)
from heed.cli.common import new_app

__all__ = ["app"]

app: typer.Typer = new_app()

# Typer lists a group's commands in the order they are registered, then its sub-groups in the
# order they are added: these two runs are `heed --help`, top to bottom.
app.command("init")(accounts.init)
app.command("optout")(suppressions.optout)
app.command("resubscribe")(suppressions.resubscribe)
app.command("block")(suppressions.block)
app.command("unblock")(suppressions.unblock)
app.command("check")(check.check)
app.command("inbound")(messaging.inbound)
app.command("serve")(messaging.serve)
app.command("demo")(demo.demo)
app.command("eval")(demo.eval_detector)
app.command("filter")(filter.filter_audience)
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

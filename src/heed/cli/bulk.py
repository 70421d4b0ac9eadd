"""`heed import` and `heed export`: bulk work from the command line (`heed filter` is
heed.cli.filter).

`heed.cli` attaches these commands and groups to `heed`; what they share is in `heed.cli.common`.
Exit codes as everywhere: 0 done, 2 bad input (nothing imported), 3 database unavailable; an
import where some rows were refused exits 1, after landing the good ones.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from heed.bulk.columns import parse_mapping
from heed.cli.common import (
    DatabaseUrl,
    JsonOutput,
    ListOpt,
    SenderOpt,
    Slug,
    emit,
    err,
    handles_errors,
    open_engine,
    operator,
    out,
    progress_bar,
    written,
)

EXIT_SOME_ROWS_REFUSED = 1
_SHOWN_ERRORS = 50

if TYPE_CHECKING:
    from heed.bulk.results import ImportInfo

import_app = typer.Typer(
    help="Import opt-outs or contacts from a CSV file (a header row is required).",
    no_args_is_help=True,
)
export_app = typer.Typer(help="Export opt-outs with their evidence.", no_args_is_help=True)

File = Annotated[Path, typer.Argument(help="The CSV file, with a header row.", show_default=False)]
Columns = Annotated[
    list[str] | None,
    typer.Option(
        "--column",
        help="ROLE=HEADER (repeatable): which column is which, e.g. address=Mobile, "
        "reason=Notes. By default the address is the column named address, phone, mobile, "
        "msisdn or email (any case).",
    ),
]
Encoding = Annotated[
    str, typer.Option(help="The file's text encoding, e.g. cp1252 for older Excel exports.")
]


@import_app.command("optouts")
@handles_errors
def import_optouts(
    slug: Slug,
    file: File,
    channel: Annotated[
        str | None,
        typer.Option(
            help="sms, whatsapp, email or voice; needed unless the file has a channel column."
        ),
    ] = None,
    sender: SenderOpt = None,
    list_name: ListOpt = None,
    column: Columns = None,
    encoding: Encoding = "utf-8",
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Import opt-outs: each good row becomes an `import` suppression with the row as
    evidence. Bad rows are listed by line; the others land. Running it again changes nothing.
    Without --sender/--list, a scope column (account, sender:ADDR, list:NAME) is honoured."""
    with open_engine(database_url) as engine, progress_bar(not json_output, file.name) as progress:
        info = engine.import_optouts(
            slug,
            file,
            actor=operator(),
            channel=channel,
            sender=sender,
            list_name=list_name,
            columns=parse_mapping(column or []),
            encoding=encoding,
            progress=progress,
        )
    _report(info, json_output, "opted out")


@import_app.command("contacts")
@handles_errors
def import_contacts(
    slug: Slug,
    file: File,
    channel: Annotated[
        str | None,
        typer.Option(help="Flag only this channel (and read an `address` column as it)."),
    ] = None,
    list_name: Annotated[
        str | None,
        typer.Option("--list", help="Add the contacts to this list (never anyone who left it)."),
    ] = None,
    column: Columns = None,
    encoding: Encoding = "utf-8",
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Import contacts (phone, email, name, external id; other columns become custom fields).
    Existing contacts are left as they are; anyone who may not be messaged is flagged."""
    with open_engine(database_url) as engine, progress_bar(not json_output, file.name) as progress:
        info = engine.import_contacts(
            slug,
            file,
            actor=operator(),
            channel=channel,
            list_name=list_name,
            columns=parse_mapping(column or []),
            encoding=encoding,
            progress=progress,
        )
    _report(info, json_output, "added")


def _report(info: ImportInfo, as_json: bool, verb: str) -> None:
    def human() -> None:
        out.print(
            f"{escape(info.file_name)}: {info.rows_total} rows, {info.created} {verb}, "
            f"{info.unchanged} unchanged, {info.error_count} refused (import {info.id})"
        )
        for error in info.row_errors[:_SHOWN_ERRORS]:
            err.print(f"  line {error['line']}: {escape(error['message'])}")
        if info.error_count > _SHOWN_ERRORS:
            err.print(f"  … and {info.error_count - _SHOWN_ERRORS} more (--json lists 1,000)")
        for flag in info.flagged_rows[:_SHOWN_ERRORS]:
            why = "; ".join(f"{k}: {', '.join(v)}" for k, v in flag["reasons"].items())
            out.print(
                f"  flagged line {flag['line']}: {flag['address']} may not be messaged ({why})"
            )

    emit(as_json, info, human)
    if info.error_count:
        if not as_json:
            err.print(
                f"error: {info.error_count} of {info.rows_total} rows were not imported (listed "
                f"above); the other {info.rows_total - info.error_count} landed. Fix those rows "
                "and import the file again: what landed stays as it is."
            )
        raise typer.Exit(EXIT_SOME_ROWS_REFUSED)


@export_app.command("optouts")
@handles_errors
def export_optouts(
    slug: Slug,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write to this file (default: standard output)."),
    ] = None,
    format: Annotated[str, typer.Option(help="csv or json.")] = "csv",
    channel: Annotated[str | None, typer.Option(help="Only this channel.")] = None,
    source: Annotated[
        str | None, typer.Option(help="Only this source, e.g. keyword or bounce.")
    ] = None,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Export active opt-outs (every suppression) with scope, source, since, reason, event id
    and evidence; `heed import optouts` reads the CSV back."""
    from heed.bulk.export import ExportTally  # with the engine: it reads rows

    tally = ExportTally()
    with (
        open_engine(database_url) as engine,
        progress_bar(not json_output, "exporting") as progress,
    ):
        tally.counted = progress is not None  # the rows are counted only for a bar to show
        chunks = engine.export_suppressions(
            slug, format=format, channel=channel, source=source, tally=tally
        )
        first = next(chunks)  # bad input fails here, before a file is created
        # closed on every way out, so that a file heed cannot write lets go of the read (a
        # PostgreSQL COPY) before the engine closes
        with closing(chunks), _output(output) as stream:
            stream.write(first)
            for chunk in chunks:
                stream.write(chunk)
                if progress is not None:
                    progress(tally.exported, tally.total)
    where = str(output) if output else "standard output"
    summary = {"exported": tally.exported, "skipped_erased": tally.skipped_erased, "to": where}
    skipped = (
        f" ({tally.skipped_erased} of erased people left out: only this account can match them)"
        if tally.skipped_erased
        else ""
    )
    line = f"exported {tally.exported} suppressions to {where}{skipped}"
    if json_output:
        print(json.dumps(summary), file=sys.stdout if output else sys.stderr)
    else:
        (out if output else err).print(escape(line))


@contextmanager
def _output(path: Path | None) -> Iterator[IO[bytes]]:
    if path is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        return
    with written(path) as stream:
        yield stream

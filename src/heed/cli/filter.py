"""`heed filter`: a campaign's recipients filtered, the allowed ones out, counts by reason.

A script runs it before each campaign, in a new process, so like `heed check` it starts with
only what it uses (bench/README.md, the filter): `heed.cli.main` hands `heed filter ...` to
`run`, which loads no other command's module and reads plain arguments itself
(heed.cli.plain), and the command decides through `heed.engine.quick_filter.QuickFilter`,
which maps the current index without SQLAlchemy and hands anything else to the engine.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO

import typer
from rich.markup import escape

from heed.bulk.columns import parse_mapping
from heed.cli.common import (
    DatabaseUrl,
    JsonOutput,
    PurposeOpt,
    Slug,
    err,
    handles_errors,
    out,
    progress_bar,
    written,
)
from heed.cli.plain import run_plain
from heed.core.vocabulary import REASON_WORDS
from heed.engine.jsonable import to_json

if TYPE_CHECKING:
    from heed.bulk.results import FilterCounts


@handles_errors
def filter_audience(
    slug: Slug,
    file: Annotated[
        Path,
        typer.Argument(help="Recipients: CSV with a header, or JSON (an array or JSON Lines)."),
    ],
    channel: Annotated[str, typer.Option(help="sms, whatsapp, email or voice.")],
    sender: Annotated[str | None, typer.Option(help="The sending address.")] = None,
    list_name: Annotated[str | None, typer.Option("--list", help="The list sent to.")] = None,
    purpose: PurposeOpt = "marketing",
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Write the allowed recipients here, with all their columns ('-': stdout).",
        ),
    ] = None,
    excluded: Annotated[
        Path | None,
        typer.Option(help="Write the excluded recipients here, with a heed_reasons column."),
    ] = None,
    column: Annotated[
        list[str] | None,
        typer.Option("--column", help="address=HEADER: which column holds the address."),
    ] = None,
    keep_duplicates: Annotated[
        bool,
        typer.Option(
            help="Keep repeated recipients (and remember none: for files of tens of millions)."
        ),
    ] = False,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Filter a campaign's recipients: the allowed ones out, counts by reason. Each recipient
    gets the answer `heed check` gives, counted under its strongest reason; a recipient listed
    twice is written once and counted as a duplicate."""
    from heed.engine.quick_filter import QuickFilter  # the engine only if the index is behind

    to_stdout = output == Path("-")
    engine = QuickFilter(database_url)
    with (
        _binary(None if to_stdout else output, to_stdout) as allowed_out,
        _binary(excluded) as excluded_out,
        progress_bar(not json_output, file.name, in_bytes=True) as progress,
    ):
        counts = engine.filter_audience(
            slug,
            file,
            allowed_out,
            channel=channel,
            sender=sender,
            list_name=list_name,
            purpose=purpose,
            excluded_out=excluded_out,
            columns=parse_mapping(column or []),
            progress=progress,
            keep_duplicates=keep_duplicates,
        )
    _print_counts(counts, json_output, to_stdout, output, excluded)


@contextmanager
def _binary(path: Path | None, stdout: bool = False) -> Iterator[BinaryIO | None]:
    if stdout:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if path is None:
        yield None
        return
    with written(path) as stream:
        yield stream


def _print_counts(
    counts: FilterCounts,
    as_json: bool,
    to_stdout: bool,
    output: Path | None,
    excluded: Path | None,
) -> None:

    console = err if to_stdout else out
    if as_json:
        body: dict[str, Any] = dict(to_json(counts))
        print(json.dumps(body), file=sys.stderr if to_stdout else sys.stdout)
        return
    shut_out = sum(counts.excluded.values())
    console.print(
        f"{counts.total} recipients: {counts.allowed} allowed, {shut_out} excluded, "
        f"{counts.duplicates} repeated (written once)"
    )
    for code, n in sorted(counts.excluded.items(), key=lambda item: -item[1]):
        console.print(f"  {code:<18} {n:>9}  {REASON_WORDS.get(code, code)}")
    if output and not to_stdout:
        console.print(f"allowed recipients written to {escape(str(output))}")
    if excluded:
        console.print(f"excluded recipients, with reasons, written to {escape(str(excluded))}")


def run(arguments: Sequence[str]) -> None:
    """Run `heed filter` with these arguments (those after `filter`), and exit.

    NumPy, imported later, is asked not to `madvise` its arrays into transparent huge pages
    (unless NUMPY_MADVISE_HUGEPAGE says otherwise): the filter's arrays live for a fraction
    of a second, and where the kernel compacts memory to fault a huge page in (THP defrag
    "madvise", this machine's and a common default) that cost more than it saved. Measured
    on 1M recipients against 10M suppressions, ten runs alternating at load 5-6: 1.40 ->
    1.20 CPU-s (system time 0.55 -> 0.30 s). The library, in a caller's process, leaves
    NumPy's setting alone. For the same reason the allocator keeps what is freed
    (`_keep_freed_memory`)."""
    os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
    _keep_freed_memory()
    run_plain("filter", filter_audience, arguments)


def _keep_freed_memory() -> None:
    """Ask glibc's allocator to keep freed memory for the next array instead of handing it
    back to the kernel: arrays up to 32 MB come from the heap (not a mapping of their own,
    unmapped when freed) and the heap is not trimmed. The filter makes and drops arrays of
    the file's size all along; each page handed back is faulted in (and zeroed) again by
    the next one. Measured on 1M recipients against 10M suppressions, alternating at load
    21: 87,500-91,400 -> 70,400-71,300 page faults, system time 0.25-0.34 -> 0.21-0.26 s.
    Elsewhere (no glibc) nothing is asked."""
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return
    except (ValueError, OSError):  # no such name here: not glibc
        return
    import ctypes

    mallopt = ctypes.CDLL(None).mallopt
    for option, value in ((_M_TRIM_THRESHOLD, 1 << 30), (_M_MMAP_THRESHOLD, 32 << 20)):
        mallopt(option, value)


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h

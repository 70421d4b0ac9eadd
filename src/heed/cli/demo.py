"""`heed demo` and `heed eval`: a first look at a living system, and a measure of the detector.

`heed.cli` registers both, in `heed --help` order.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from heed.cli.common import DatabaseUrl, JsonOutput, emit, handles_errors, open_engine, out
from heed.errors import BadInput, UnknownAccount

if TYPE_CHECKING:
    from heed.engine import Engine


@handles_errors
def demo(
    slug: Annotated[
        str | None, typer.Option(help="The demo account's slug (default: demo, demo-2, …).")
    ] = None,
    contacts: Annotated[
        int, typer.Option(help="How many contacts to create.", min=1, max=5000)
    ] = 300,
    database_url: DatabaseUrl = None,
    json_output: JsonOutput = False,
) -> None:
    """Fill an account with realistic contacts, opt-outs of every kind, an inbox and a review
    queue, and print how to sign in: a first look at a living system."""
    from heed.demo import populate

    with open_engine(database_url) as engine:
        engine.init()
        account = populate(engine, slug or _free_demo_slug(engine), contacts)

    def human() -> None:
        out.print(
            f"demo account {account.slug}: {account.contacts} contacts with a week of activity"
        )
        out.print("run `heed serve`, open http://127.0.0.1:8000/ and sign in with")
        out.print(f"  account {account.slug}, email {account.email}, password {account.password}")
        out.print(f"  (an agent too: agent@{account.slug}.example, same password)")
        out.print("its senders are sandboxes: replies written in the inbox are recorded, not sent")
        out.print(f"API key (admin): {account.api_key}")

    emit(json_output, account, human)


def _free_demo_slug(engine: Engine) -> str:
    """`demo`, or the first `demo-N` not taken, so running `heed demo` again just works."""
    for n in range(1, 1000):
        candidate = "demo" if n == 1 else f"demo-{n}"
        try:
            engine.account(candidate)
        except UnknownAccount:
            return candidate
    raise BadInput("a thousand demo accounts exist already: pass --slug")


@handles_errors
def eval_detector(
    corpus: Annotated[
        Path | None,
        typer.Argument(
            help="A corpus TSV: the collected format (default: tests/data/revocation-corpus/"
            "collected.tsv), or heed's own project format with --project."
        ),
    ] = None,
    project: Annotated[
        bool, typer.Option("--project", help="Report on heed's own written corpus instead.")
    ] = False,
    show_holdout_misses: Annotated[
        bool,
        typer.Option(
            "--show-holdout-misses",
            help="Also print the holdout's misses (never while tuning the detector).",
        ),
    ] = False,
    json_output: JsonOutput = False,
) -> None:
    """Measure the opt-out detector on collected replies: recall, precision, F1 per language
    and kind, non-opt-outs applied, false opt-outs on real SMS and chat, and the worst misses.

    Reported separately for the corpus's dev and holdout splits and the project's own rows;
    caught means applied or sent to review. Misses are printed for dev and own rows only,
    unless --show-holdout-misses.
    """
    if corpus is not None and not corpus.is_file():
        raise BadInput(f"no corpus file at {corpus}")
    if project:
        from heed import evaluation  # loads the corpora only when asked

        try:
            old = evaluation.run_default(corpus)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        emit(json_output, old, lambda: out.print(escape(evaluation.format_report(old))))
        return
    from heed import collected_eval

    try:
        report = collected_eval.run(
            corpus or collected_eval.COLLECTED, show_holdout=show_holdout_misses
        )
    except (ValueError, KeyError, OSError) as exc:
        raise BadInput(f"cannot read the corpus: {exc}") from None
    emit(
        json_output,
        collected_eval.summary(report),
        lambda: out.print(escape(collected_eval.format_collected(report))),
    )

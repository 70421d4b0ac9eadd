"""The detector's goals on replies nobody on the project wrote (#15), measured on the dev split.

Only ``dev`` rows and the ordinary-message corpora are asserted here; the holdout is reported
by ``heed eval`` and never used to decide anything in the code or these tests.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from heed.cli import app
from heed.collected_eval import (
    COLLECTED,
    COLLECTED_V2,
    COLLECTED_V3,
    Row,
    SplitResult,
    evaluate,
    format_collected,
    judge,
    load_rows,
    ordinary_multilingual,
    ordinary_sms,
    run,
)


@pytest.fixture(
    scope="module",
    params=[COLLECTED, COLLECTED_V2, COLLECTED_V3],
    ids=["round2", "round3", "round4"],
)
def dev(request: pytest.FixtureRequest) -> SplitResult:
    return evaluate(r for r in load_rows(request.param) if r.split == "dev")["dev"]


def test_dev_recall_counts_review_as_caught(dev: SplitResult) -> None:
    assert dev.total.opt_outs > 100
    assert dev.total.recall >= 0.95, format_collected_misses(dev)


def test_dev_non_opt_outs_are_rarely_applied(dev: SplitResult) -> None:
    assert dev.total.wrongly_applied <= 0.05


def test_false_opt_outs_on_real_sms_and_chat() -> None:
    sms, chat = ordinary_sms(), ordinary_multilingual()
    assert sms is not None and sms.total > 4800
    assert sms.rate <= 0.0005, sms.examples
    assert chat is not None and chat.total > 6000
    assert chat.rate <= 0.0005, chat.examples


def test_the_corpus_context_column_is_the_thread() -> None:
    row = Row("x", "no", "opt_out", "farewell", "en", "marketing", "dev")
    assert judge(row).band == "review"
    assert judge(Row("y", "no", "not_opt_out", "personal", "en", "conversational", "dev")).band == (
        "ignore"
    )


def test_heed_eval_reports_splits_and_never_prints_holdout_misses() -> None:
    report = run()
    text = format_collected(report)
    assert "dev:" in text and "holdout:" in text and "real SMS" in text
    assert "worst misses, holdout" not in text
    result = CliRunner().invoke(app, ["eval", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert "misses" not in summary["splits"]["holdout"]
    assert summary["splits"]["dev"]["total"]["opt_outs"] > 100


def format_collected_misses(split: SplitResult) -> str:
    return "\n".join(f"{o.band} {o.row.text!r}: {o.reason}" for o in split.misses(30))

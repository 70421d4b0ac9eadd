"""Measure the free-form revocation detector (``heed.core.detection``) against labelled text.

Two corpora:

- the project corpus, ``heed/data/revocation_corpus.tsv`` (package data): labelled messages in
  several languages, each row marked ``dev`` (used while writing the patterns) or ``holdout``
  (every fifth row, set aside); both are reported, so overfitting shows as a gap;
- the ham half of the SMS Spam Collection (4,827 real personal SMS, CC BY 4.0), which measures
  how often ordinary text is mistaken for an opt-out. A few ham messages really are requests to
  stop; ``heed/data/ham_overrides.tsv`` lists them with a reason, and they do not count as false
  opt-outs.

A detection counts as an intent when its confidence is at least the *low* threshold (it is
applied or queued for review, not ignored); precision at the *high* threshold (what heed applies
with no human) is reported separately. Run ``python bench/eval.py`` for the report and speed.
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Final

from heed.core.detection import HIGH_THRESHOLD, LOW_THRESHOLD, Detection, detect

INTENTS: Final = ("opt_out", "opt_in", "help", "none")
SPLITS: Final = ("all", "dev", "holdout")
FCC_WORDS: Final = ("STOP", "QUIT", "END", "REVOKE", "OPT OUT", "CANCEL", "UNSUBSCRIBE")
HAM_ENV: Final = "HEED_HAM_CORPUS"
_CORPUS_HEADER: Final = ["text", "intent", "scope", "language", "provenance", "split"]
_OVERRIDES_HEADER: Final = ["line", "text", "reason"]


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" for c in text)


#: The formats every FCC standard word must be recognised in (heed applies them, ≥ high).
FCC_FORMATS: Final[dict[str, Callable[[str], str]]] = {
    "bare": lambda w: w,
    "lower": str.lower,
    "title": str.title,
    "bangs": lambda w: f"{w}!!!",
    "period": lambda w: f"{w}.",
    "padded": lambda w: f"  {w}\n",
    "emoji": lambda w: f"🛑 {w} 🛑",
    "spaced": lambda w: " ".join(w.replace(" ", "")),
    "please": lambda w: f"{w} please",
    "please-first": lambda w: f"Please {w.lower()}",
    "quoted": lambda w: f'"{w}"',
    "thanks": lambda w: f"{w.title()}, thanks",
    "zero-width": lambda w: f"{w[0]}\u200b{w[1:]}",
    "fullwidth": _fullwidth,
    "now": lambda w: f"{w.lower()} now",
}


@dataclass(frozen=True)
class CorpusRow:
    """One labelled message of the project corpus."""

    text: str
    intent: str
    scope: str  # account, list or channel (opt-out rows); empty otherwise
    language: str
    provenance: str
    split: str = "dev"
    line: int = 0


@dataclass(frozen=True)
class HamRow:
    """One ordinary message of the SMS Spam Collection; ``line`` is its line in the file."""

    line: int
    text: str


@dataclass(frozen=True)
class HamOverride:
    """A ham message that really is an opt-out, with the reason."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class IntentScore:
    precision: float
    recall: float
    f1: float
    support: int  # rows labelled with the intent
    predicted: int  # rows detected as the intent


@dataclass(frozen=True)
class RowResult:
    row: CorpusRow
    detected: str  # the intent, or "none" below the low threshold
    confidence: float
    scope: str  # account, list, channel (from the scope hint) for detected opt-outs
    evidence: str

    @property
    def correct(self) -> bool:
        return self.detected == self.row.intent and (
            self.row.intent != "opt_out" or self.scope == self.row.scope
        )


@dataclass(frozen=True)
class SplitReport:
    name: str
    rows: int
    scores: dict[str, IntentScore]
    confusion: dict[str, dict[str, int]]  # labelled → detected → rows
    high_precision: float  # opt-out precision among detections at ≥ high
    high_predicted: int
    scope_agreement: tuple[int, int]  # detected opt-outs with the labelled scope, of all
    recall_by_language: dict[str, tuple[int, int]]  # opt-outs detected, labelled
    errors: tuple[RowResult, ...]


@dataclass(frozen=True)
class HamReport:
    path: str
    total: int
    overrides: int
    false_opt_outs: tuple[HamRow, ...]
    false_at_high: int
    overrides_detected: int
    rate: float  # false opt-outs / ham messages not overridden
    mismatched_overrides: tuple[int, ...]  # override lines whose text differs from the file


@dataclass(frozen=True)
class FccReport:
    checked: int
    failures: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    low: float
    high: float
    languages: dict[str, Counter[str]]  # language → intent → rows
    splits: dict[str, SplitReport]
    fcc: FccReport
    ham: HamReport | None
    notes: tuple[str, ...] = field(default=())


# --- loading ------------------------------------------------------------------------------------


def _data_lines(text: str) -> Iterable[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if line and not line.startswith("#"):
            yield number, line


def _read_table(
    name: str, header: list[str], path: Path | None = None
) -> list[tuple[int, list[str]]]:
    """Read a tab-separated file with ``#`` comments and a header: the package's data file
    `name`, or the file at `path`."""
    if path is None:
        text = resources.files("heed.data").joinpath(name).read_text(encoding="utf-8")
    else:
        text, name = path.read_text(encoding="utf-8"), str(path)
    numbered = list(_data_lines(text))
    reader = csv.reader((line for _, line in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    if not rows or rows[0] != header:
        raise ValueError(f"{name}: expected header {header}, got {rows[:1]}")
    return [(number, row) for (number, _), row in zip(numbered[1:], rows[1:], strict=True)]


def load_corpus(path: Path | None = None) -> list[CorpusRow]:
    """A labelled corpus: the committed ``heed/data/revocation_corpus.tsv``, or the file at
    `path` in the same format (a header row, then one message a line)."""
    rows = []
    for number, fields in _read_table("revocation_corpus.tsv", _CORPUS_HEADER, path):
        text, intent, scope, language, provenance, split = fields
        if intent not in INTENTS or split not in ("dev", "holdout"):
            where = path or "revocation_corpus.tsv"
            raise ValueError(f"{where} line {number}: bad intent {intent!r} or split {split!r}")
        rows.append(CorpusRow(text, intent, scope, language, provenance, split, number))
    return rows


def load_overrides() -> list[HamOverride]:
    """The ham messages that really are opt-outs, ``heed/data/ham_overrides.tsv``."""
    return [
        HamOverride(int(line), text, reason)
        for _, (line, text, reason) in _read_table("ham_overrides.tsv", _OVERRIDES_HEADER)
    ]


def default_ham_path() -> Path:
    """``$HEED_HAM_CORPUS``, else the copy committed under ``tests/data/`` (not package data:
    a checkout has it, an installed wheel does not, and then the report says so)."""
    if os.environ.get(HAM_ENV):
        return Path(os.environ[HAM_ENV])
    repo_root = Path(__file__).resolve().parents[2]  # src/heed/evaluation.py → the repository
    return repo_root / "tests" / "data" / "sms-spam-collection" / "SMSSpamCollection.tsv"


def load_ham(path: Path) -> list[HamRow]:
    """The ``ham`` rows of the SMS Spam Collection (``Label<TAB>SMS``), numbered by file line."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            label, _, text = line.rstrip("\n").partition("\t")
            if label == "ham":
                rows.append(HamRow(number, text))
    return rows


# --- measuring ----------------------------------------------------------------------------------


def _scope_kind(detection: Detection) -> str:
    if detection.scope_hint is None:
        return "account"
    return "channel" if detection.scope_hint.kind == "channel" else "list"


def _result(row: CorpusRow, low: float) -> RowResult:
    detection = detect(row.text)
    detected = detection.intent if detection.confidence >= low else "none"
    scope = _scope_kind(detection) if detected == "opt_out" else ""
    evidence = str(detection.evidence[0]) if detection.evidence else "no evidence"
    return RowResult(row, detected, detection.confidence, scope, evidence)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _scores(results: Sequence[RowResult]) -> dict[str, IntentScore]:
    scores = {}
    for intent in INTENTS:
        support = sum(r.row.intent == intent for r in results)
        predicted = sum(r.detected == intent for r in results)
        hits = sum(r.row.intent == intent == r.detected for r in results)
        precision, recall = _ratio(hits, predicted), _ratio(hits, support)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[intent] = IntentScore(precision, recall, f1, support, predicted)
    return scores


def _split_report(name: str, results: Sequence[RowResult], high: float) -> SplitReport:
    confusion = {a: {b: 0 for b in INTENTS} for a in INTENTS}
    for r in results:
        confusion[r.row.intent][r.detected] += 1
    at_high = [r for r in results if r.detected == "opt_out" and r.confidence >= high]
    both = [r for r in results if r.row.intent == r.detected == "opt_out"]
    by_language: dict[str, tuple[int, int]] = {}
    for language in sorted({r.row.language for r in results if r.row.intent == "opt_out"}):
        rows = [r for r in results if r.row.intent == "opt_out" and r.row.language == language]
        by_language[language] = (sum(r.detected == "opt_out" for r in rows), len(rows))
    return SplitReport(
        name=name,
        rows=len(results),
        scores=_scores(results),
        confusion=confusion,
        high_precision=_ratio(sum(r.row.intent == "opt_out" for r in at_high), len(at_high)),
        high_predicted=len(at_high),
        scope_agreement=(sum(r.scope == r.row.scope for r in both), len(both)),
        recall_by_language=by_language,
        errors=tuple(r for r in results if not r.correct),
    )


def check_fcc_words(high: float = HIGH_THRESHOLD) -> FccReport:
    """Every FCC standard word in every format of ``FCC_FORMATS`` is applied (≥ ``high``)."""
    failures = []
    for word in FCC_WORDS:
        for name, render in FCC_FORMATS.items():
            detection = detect(render(word))
            if detection.intent != "opt_out" or detection.confidence < high:
                failures.append(f"{word} ({name}): {detection.intent} {detection.confidence}")
    return FccReport(len(FCC_WORDS) * len(FCC_FORMATS), tuple(failures))


def _ham_report(
    ham: Sequence[HamRow], overrides: Sequence[HamOverride], path: str, low: float, high: float
) -> HamReport:
    by_line = {row.line: row for row in ham}
    mismatched = tuple(
        o.line for o in overrides if by_line.get(o.line, HamRow(0, "")).text != o.text
    )
    overridden = {o.line for o in overrides}
    false: list[HamRow] = []
    false_high = detected_overrides = 0
    for row in ham:
        detection = detect(row.text)
        if detection.intent != "opt_out" or detection.confidence < low:
            continue
        if row.line in overridden:
            detected_overrides += 1
        else:
            false.append(row)
            false_high += detection.confidence >= high
    clean = len(ham) - len(overridden & set(by_line))
    return HamReport(
        path, len(ham), len(overrides), tuple(false), false_high, detected_overrides,
        _ratio(len(false), clean) if clean else 0.0, mismatched,
    )  # fmt: skip


def evaluate_corpus(
    rows: Sequence[CorpusRow],
    ham: Sequence[HamRow] | None = None,
    overrides: Sequence[HamOverride] = (),
    *,
    ham_path: str = "",
    low: float = LOW_THRESHOLD,
    high: float = HIGH_THRESHOLD,
    notes: Sequence[str] = (),
) -> Report:
    """Score the detector on ``rows`` (and, if given, its false opt-outs on ``ham``)."""
    results = [_result(row, low) for row in rows]
    splits = {
        name: _split_report(
            name, [r for r in results if name == "all" or r.row.split == name], high
        )
        for name in SPLITS
    }
    languages: dict[str, Counter[str]] = {}
    for row in rows:
        languages.setdefault(row.language, Counter())[row.intent] += 1
    ham_report = None if ham is None else _ham_report(ham, overrides, ham_path, low, high)
    return Report(low, high, languages, splits, check_fcc_words(high), ham_report, tuple(notes))


def run_default(corpus: Path | None = None) -> Report:
    """Evaluate the committed corpus (or `corpus`), plus the ham corpus when it can be found."""
    rows = load_corpus(corpus)
    path = default_ham_path()
    if not path.is_file():
        note = (
            f"ham corpus not found at {path} (set {HAM_ENV} to its path): "
            "false opt-outs on ordinary messages were NOT measured; project corpus only"
        )
        return evaluate_corpus(rows, notes=[note])
    return evaluate_corpus(rows, load_ham(path), load_overrides(), ham_path=str(path))


# --- the report ---------------------------------------------------------------------------------


def _prf(score: IntentScore) -> str:
    return f"{score.precision:.3f}/{score.recall:.3f}/{score.f1:.3f}"


def _split_lines(split: SplitReport, high: float) -> list[str]:
    s = split.scores
    ok, total = split.scope_agreement
    return [
        f"{split.name:<8} {split.rows:>4}  {_prf(s['opt_out']):<19} "
        f"{split.high_precision:.3f} ({split.high_predicted:>3})   "
        f"{s['opt_in'].f1:.3f}   {s['help'].f1:.3f}   {s['none'].f1:.3f}   {ok}/{total}"
    ]


def _confusion_lines(split: SplitReport) -> list[str]:
    lines = ["  labelled \\ detected  " + "".join(f"{i:>9}" for i in INTENTS)]
    for labelled in INTENTS:
        cells = "".join(f"{split.confusion[labelled][d]:>9}" for d in INTENTS)
        lines.append(f"  {labelled:<20}{cells}")
    return lines


def _ham_lines(ham: HamReport | None, notes: Sequence[str]) -> list[str]:
    if ham is None:
        return ["Ham corpus: not evaluated.", *(f"  NOTE: {n}" for n in notes)]
    lines = [
        f"Ham corpus ({ham.path}): {ham.total} ordinary messages, {ham.overrides} overridden as "
        f"real opt-outs ({ham.overrides_detected} of them detected).",
        f"  false opt-outs (≥ low): {len(ham.false_opt_outs)} = {ham.rate:.3%} of "
        f"{ham.total - ham.overrides} (goal ≤ 0.100%); of them at ≥ high: {ham.false_at_high}",
        *(f"    line {row.line}: {row.text[:100]!r}" for row in ham.false_opt_outs),
    ]
    if ham.mismatched_overrides:
        lines.append(f"  WARNING: overrides not matching the file: {ham.mismatched_overrides}")
    return lines


def format_report(report: Report) -> str:
    """The report as text: scores per split, confusion, languages, FCC words, ham, errors."""
    counts = ", ".join(
        f"{lang} {sum(c.values())} ({', '.join(f'{i} {c[i]}' for i in INTENTS if c[i])})"
        for lang, c in sorted(report.languages.items(), key=lambda kv: -sum(kv[1].values()))
    )
    lines = [
        f"heed revocation detector — evaluation (low {report.low:.2f}, high {report.high:.2f})",
        "",
        f"Project corpus: {report.splits['all'].rows} rows — {counts}",
        "",
        "split    rows  opt_out P/R/F1      P@high (n)  opt_in F1 help F1 none F1 scope ok",
    ]
    for name in SPLITS:
        lines += _split_lines(report.splits[name], report.high)
    lines += ["", "Confusion (all rows):", *_confusion_lines(report.splits["all"]), ""]
    recall = report.splits["all"].recall_by_language
    lines.append(
        "Opt-out recall by language: "
        + ", ".join(f"{lang} {hit}/{n}" for lang, (hit, n) in recall.items())
    )
    fcc = report.fcc
    lines += [
        f"FCC standard words x formats applied (≥ high): {fcc.checked - len(fcc.failures)}/"
        f"{fcc.checked}",
        *(f"  MISSED {failure}" for failure in fcc.failures),
        "",
        *_ham_lines(report.ham, report.notes),
        "",
        "Misclassified rows (labelled → detected confidence [scope]):",
    ]
    if not report.splits["all"].errors:
        lines.append("  (none)")
    for split in ("dev", "holdout"):
        for r in report.splits[split].errors:
            scope = f" [{r.row.scope}→{r.scope}]" if r.row.intent == "opt_out" else ""
            lines.append(
                f"  {split:<7} {r.row.language} {r.row.intent}→{r.detected} {r.confidence:.2f}"
                f"{scope} {r.row.text[:70]!r}\n           {r.evidence[:110]}"
            )
    return "\n".join(lines)

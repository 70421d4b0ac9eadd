"""Measure the detector on replies nobody on the project wrote (#15 items 1 and 6).

The collected corpus (``tests/data/revocation-corpus/collected.tsv``, frozen by hash) holds
real replies with a ``split``: ``dev`` may be read while tuning, ``holdout`` is reported only
as totals (its rows and misses are printed only when asked with ``show_holdout``). Rows a
developer wrote are kept apart (``tests/data/revocation-corpus/own/*.tsv``, split ``own``) and
reported on their own line. A reply counts as *caught* when heed applies it or sends it to
review (a person then decides before the deadline): recall is caught opt-outs; the harm on the
other side is a non-opt-out *applied* with no human, and on ordinary messages any catch
(a reviewer's time or a wrong opt-out).

Ordinary messages: the 4,827 real SMS of the SMS Spam Collection (with the hand-checked
overrides of ``heed.evaluation``) and non-English dialogue turns from chatterbot-corpus
(``tests/data/ordinary-multilingual``).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from heed.core.detection import HIGH_THRESHOLD, LOW_THRESHOLD, Detection, detect
from heed.core.thread import Thread
from heed.core.vocabulary import Purpose
from heed.evaluation import default_ham_path, load_ham, load_overrides

_REPO: Final = Path(__file__).resolve().parents[2]
COLLECTED: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected.tsv"
COLLECTED_V2: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v2.tsv"
COLLECTED_V3: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v3.tsv"
COLLECTED_V4: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v4.tsv"
COLLECTED_V5: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v5.tsv"
COLLECTED_V6: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v6.tsv"
COLLECTED_V7: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v7.tsv"
COLLECTED_V8: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v8.tsv"
COLLECTED_V9: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v9.tsv"
COLLECTED_V10: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v10.tsv"
COLLECTED_V11: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v11.tsv"
COLLECTED_V12: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v12.tsv"
COLLECTED_V13: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v13.tsv"
COLLECTED_V14: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v14.tsv"
COLLECTED_V15: Final = _REPO / "tests" / "data" / "revocation-corpus" / "collected-v15.tsv"
OWN: Final = _REPO / "tests" / "data" / "revocation-corpus" / "own"
ORDINARY: Final = _REPO / "tests" / "data" / "ordinary-multilingual" / "chatterbot.tsv"
COLUMNS: Final = ["id", "text", "label", "kind", "language", "context", "source", "quote_note"]
_UNESCAPE: Final = {"t": "\t", "n": "\n", "\\": "\\"}


@dataclass(frozen=True)
class Row:
    """One labelled reply: ``label`` is ``opt_out`` or ``not_opt_out``."""

    id: str
    text: str
    label: str
    kind: str
    language: str
    context: str  # marketing, conversational, or "" (unknown)
    split: str  # dev, holdout, own

    @property
    def thread(self) -> Thread | None:
        """What the reply answered, as far as its source says (the purpose only)."""
        if self.context in tuple(Purpose):
            return Thread(Purpose(self.context), source="corpus")
        return None


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _UNESCAPE:
            out.append(_UNESCAPE[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def load_rows(path: Path, split: str | None = None) -> list[Row]:
    """The rows of a corpus file (collected format); ``split`` overrides the file's column."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}")
        return [
            Row(
                r["id"],
                _unescape(r["text"]),
                r["label"],
                r["kind"],
                r["language"],
                r["context"] or "",
                split or r.get("split") or "own",
            )
            for r in reader
        ]


def load_own(folder: Path = OWN) -> list[Row]:
    """Rows written on the project (split ``own``), every ``*.tsv`` of ``folder``."""
    return [row for path in sorted(folder.glob("*.tsv")) for row in load_rows(path, "own")]


@dataclass(frozen=True)
class Outcome:
    row: Row
    band: str  # apply, review, ignore (for an opt-out decision; anything else is ignore)
    confidence: float
    reason: str  # the deciding evidence, in plain words

    @property
    def caught(self) -> bool:
        return self.band != "ignore"


def judge(row: Row, low: float = LOW_THRESHOLD, high: float = HIGH_THRESHOLD) -> Outcome:
    """What heed does with ``row`` under the given thresholds."""
    detection = detect(row.text, thread=row.thread)
    return Outcome(row, _band(detection, low, high), detection.confidence, _reason(detection))


def _band(detection: Detection, low: float, high: float) -> str:
    if detection.intent != "opt_out":
        return "ignore"
    return detection.action(high, low)


def _reason(detection: Detection) -> str:
    if not detection.evidence:
        return "nothing matched"
    first = detection.evidence[0]
    return f"{first.note} ({first.pattern}, {first.confidence:.2f})"


@dataclass
class Tally:
    """Counts for one group of rows."""

    opt_outs: int = 0
    caught: int = 0  # opt-outs applied or reviewed
    applied: int = 0  # opt-outs applied
    others: int = 0  # not_opt_out rows
    others_applied: int = 0
    others_caught: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.row.label == "opt_out":
            self.opt_outs += 1
            self.caught += outcome.caught
            self.applied += outcome.band == "apply"
        else:
            self.others += 1
            self.others_caught += outcome.caught
            self.others_applied += outcome.band == "apply"

    @property
    def recall(self) -> float:
        return self.caught / self.opt_outs if self.opt_outs else 1.0

    @property
    def precision(self) -> float:
        predicted = self.caught + self.others_caught
        return self.caught / predicted if predicted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def wrongly_applied(self) -> float:
        return self.others_applied / self.others if self.others else 0.0


@dataclass
class SplitResult:
    name: str
    total: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.total.add(outcome)
        self.by_language[outcome.row.language].add(outcome)
        self.by_kind[outcome.row.kind].add(outcome)
        self.outcomes.append(outcome)

    def misses(self, most: int = 15) -> list[Outcome]:
        """Opt-outs ignored (least confident first), then non-opt-outs applied."""
        missed = sorted(
            (o for o in self.outcomes if o.row.label == "opt_out" and not o.caught),
            key=lambda o: o.confidence,
        )
        wrong = sorted(
            (o for o in self.outcomes if o.row.label != "opt_out" and o.band == "apply"),
            key=lambda o: -o.confidence,
        )
        return (missed + wrong)[:most]


@dataclass(frozen=True)
class OrdinaryResult:
    name: str
    total: int
    caught: int
    applied: int
    by_language: dict[str, tuple[int, int]]  # language → (caught, total)
    examples: tuple[str, ...]

    @property
    def rate(self) -> float:
        return self.caught / self.total if self.total else 0.0


def evaluate(
    rows: Iterable[Row], low: float = LOW_THRESHOLD, high: float = HIGH_THRESHOLD
) -> dict[str, SplitResult]:
    """Every row judged, grouped by split (``dev``, ``holdout``, ``own``)."""
    splits: dict[str, SplitResult] = {}
    for row in rows:
        splits.setdefault(row.split, SplitResult(row.split)).add(judge(row, low, high))
    return splits


def ordinary_sms(low: float = LOW_THRESHOLD, high: float = HIGH_THRESHOLD) -> OrdinaryResult | None:
    """False opt-outs on the real SMS (hand-checked real opt-outs among them excepted)."""
    path = default_ham_path()
    if not path.is_file():
        return None
    overridden = {o.line for o in load_overrides()}
    texts = [(row.text, "en") for row in load_ham(path) if row.line not in overridden]
    return _ordinary("real SMS (SMS Spam Collection ham)", texts, low, high)


def ordinary_multilingual(
    low: float = LOW_THRESHOLD, high: float = HIGH_THRESHOLD
) -> OrdinaryResult | None:
    """False opt-outs on non-English dialogue turns (chatterbot-corpus)."""
    if not ORDINARY.is_file():
        return None
    with ORDINARY.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        texts = [(r["text"], r["language"]) for r in reader]
    return _ordinary("ordinary chat outside English (chatterbot-corpus)", texts, low, high)


def _ordinary(
    name: str, texts: Sequence[tuple[str, str]], low: float, high: float
) -> OrdinaryResult:
    caught = applied = 0
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    examples: list[str] = []
    for text, language in texts:
        band = _band(detect(text), low, high)
        by_language[language][1] += 1
        if band != "ignore":
            caught += 1
            applied += band == "apply"
            by_language[language][0] += 1
            examples.append(f"[{band}] {text}")
    languages = {k: (v[0], v[1]) for k, v in sorted(by_language.items())}
    return OrdinaryResult(name, len(texts), caught, applied, languages, tuple(examples[:10]))


@dataclass(frozen=True)
class CollectedReport:
    """Everything ``heed eval`` prints: per split, per language and kind, ordinary messages."""

    splits: dict[str, SplitResult]
    sms: OrdinaryResult | None
    multilingual: OrdinaryResult | None
    show_holdout: bool = False


def run(
    corpus: Path = COLLECTED,
    own: Path = OWN,
    *,
    low: float = LOW_THRESHOLD,
    high: float = HIGH_THRESHOLD,
    show_holdout: bool = False,
) -> CollectedReport:
    """Judge the collected corpus and the project's own rows, and the ordinary messages."""
    rows = load_rows(corpus) + (load_own(own) if own.is_dir() else [])
    splits = evaluate(rows, low, high)
    ordered: dict[str, SplitResult] = {
        name: splits[name] for name in ("dev", "holdout", "own") if name in splits
    }
    return CollectedReport(
        ordered, ordinary_sms(low, high), ordinary_multilingual(low, high), show_holdout
    )


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "    - (0/0)"


def _tally_line(name: str, t: Tally) -> str:
    return (
        f"  {name:<18} recall {_pct(t.caught, t.opt_outs):<18} "
        f"applied {_pct(t.applied, t.opt_outs):<18} P {t.precision:.3f} F1 {t.f1:.3f}  "
        f"non-opt-outs applied {_pct(t.others_applied, t.others)}"
    )


def format_collected(report: CollectedReport) -> str:
    """The report as text: goals first, then each split by language and kind, then misses."""
    lines = [
        "Opt-out detection on collected replies (caught = applied or sent to review)",
        "goals: recall >= 95%, non-opt-outs applied <= 5%, false opt-outs on real SMS <= 0.05%",
    ]
    for split in report.splits.values():
        lines += ["", f"{split.name}: {len(split.outcomes)} rows", _tally_line("all", split.total)]
        lines += [_tally_line(f"language {k}", v) for k, v in sorted(split.by_language.items())]
        lines += [_tally_line(f"kind {k}", v) for k, v in sorted(split.by_kind.items())]
    for ordinary in (report.sms, report.multilingual):
        if ordinary is None:
            continue
        lines += [
            "",
            f"{ordinary.name}: {ordinary.total} messages, caught {ordinary.caught} "
            f"({100 * ordinary.rate:.3f}%), applied {ordinary.applied}",
        ]
        spread = ", ".join(f"{k} {c}/{n}" for k, (c, n) in ordinary.by_language.items())
        if len(ordinary.by_language) > 1:
            lines.append(f"  by language: {spread}")
        lines += [f"  {example[:110]}" for example in ordinary.examples]
    for split in report.splits.values():
        if split.name == "holdout" and not report.show_holdout:
            continue
        misses = split.misses()
        if misses:
            lines += [
                "",
                f"worst misses, {split.name} (opt-outs ignored, then non-opt-outs applied):",
            ]
            lines += [
                f"  [{o.row.label} {o.row.kind} {o.row.language} {o.row.context or '-'}]"
                f" {o.band}: {o.row.text[:70]!r} — {o.reason[:90]}"
                for o in misses
            ]
    return "\n".join(lines)


def summary(report: CollectedReport) -> dict[str, object]:
    """The report's figures as plain data (``heed eval --json``); rows only for dev and own."""

    def tally(t: Tally) -> dict[str, object]:
        return {
            "opt_outs": t.opt_outs, "caught": t.caught, "applied": t.applied,
            "recall": round(t.recall, 4), "precision": round(t.precision, 4),
            "f1": round(t.f1, 4), "non_opt_outs": t.others,
            "non_opt_outs_applied": t.others_applied, "non_opt_outs_caught": t.others_caught,
        }  # fmt: skip

    splits: dict[str, object] = {}
    for name, split in report.splits.items():
        entry: dict[str, object] = {
            "total": tally(split.total),
            "by_language": {k: tally(v) for k, v in sorted(split.by_language.items())},
            "by_kind": {k: tally(v) for k, v in sorted(split.by_kind.items())},
        }
        if name != "holdout" or report.show_holdout:
            entry["misses"] = [
                {
                    "id": o.row.id,
                    "text": o.row.text,
                    "label": o.row.label,
                    "band": o.band,
                    "reason": o.reason,
                }
                for o in split.misses()
            ]
        splits[name] = entry
    ordinary = {
        o.name: {"total": o.total, "caught": o.caught, "applied": o.applied, "rate": o.rate}
        for o in (report.sms, report.multilingual)
        if o is not None
    }
    return {"splits": splits, "ordinary": ordinary}

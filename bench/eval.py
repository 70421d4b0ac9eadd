"""The revocation detector's evaluation report and its speed on one core.

    python bench/eval.py                 # report + detect() messages/s over the ham corpus
    python bench/eval.py --passes 10     # more timing passes (the best one is reported)
    HEED_HAM_CORPUS=/path/SMSSpamCollection.tsv python bench/eval.py

Prints ``heed.evaluation.format_report(run_default())``, then times ``detect()`` over every ham
message: the first pass (cold word caches) and the best of the later passes, by wall clock and
by this process's CPU time (which other work on a shared machine disturbs less), next to the
keyword matcher alone (the layer every inbound message already pays for). Python runs this on
one core; nothing here starts threads or processes. Bounded: a few passes over 4,827 messages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from heed.core.detection import detect
from heed.core.keywords import match_keywords
from heed.evaluation import default_ham_path, format_report, load_corpus, load_ham, run_default


def _rate(
    fn: Callable[[str], object],
    texts: Sequence[str],
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    start = clock()
    for text in texts:
        fn(text)
    return len(texts) / (clock() - start)


def _latencies_us(texts: Sequence[str]) -> list[float]:
    out = []
    for text in texts:
        start = time.perf_counter_ns()
        detect(text)
        out.append((time.perf_counter_ns() - start) / 1000)
    return sorted(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5, help="timing passes (default 5)")
    args = parser.parse_args(argv)

    print(format_report(run_default()))
    print()
    path = default_ham_path()
    if path.is_file():
        texts = [row.text for row in load_ham(path)]
        source = f"{len(texts)} ham messages of {path.name}"
    else:
        texts = [row.text for row in load_corpus()]
        source = f"{len(texts)} project corpus messages (ham corpus not found at {path})"
    cold = _rate(detect, texts)
    passes = max(1, args.passes - 1)
    warm = max(_rate(detect, texts) for _ in range(passes))
    cpu = max(_rate(detect, texts, time.process_time) for _ in range(passes))
    keywords = max(_rate(match_keywords, texts) for _ in range(passes))
    latencies = _latencies_us(texts)
    p99 = latencies[int(len(latencies) * 0.99)]
    print(f"Speed, one core, {source}:")
    print(f"  detect():          {cold:>9,.0f} msg/s first pass, {warm:>9,.0f} msg/s best pass")
    print(f"  detect() CPU time: {cpu:>9,.0f} msg per CPU-second (best pass)")
    print(f"  match_keywords():  {keywords:>9,.0f} msg/s (the keyword layer alone)")
    print(
        f"  detect() latency:  median {statistics.median(latencies):.0f} µs, p99 {p99:.0f} µs, "
        f"max {latencies[-1]:.0f} µs"
    )
    print(f"  goal ≥ 5,000 msg/s: {'met' if min(cold, warm) >= 5000 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

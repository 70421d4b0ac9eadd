"""The free-form detector's speed on one core, and its cost on hostile text (#15, #16).

    python bench/detect.py            # messages/s over the real SMS, 10,000-char latency, growth

Three measurements, side by side in one run, CPU time of this process (best of a few passes;
other work on the shared machine disturbs it less than the wall clock):

1. ``detect()`` (the whole detector: keywords, rules, context, model) over the 4,827 ordinary
   SMS of the SMS Spam Collection, in messages per CPU-second; goal ≥ 5,000.
2. One 10,000-character message of each adversarial kind through ``detect()`` (capped to its
   head and tail first, as every caller is); goal < 10 ms.
3. Growth: the uncapped reader (``read_uncapped``) on 1 KB … 1 MB of ``"unsubscribee "``, the
   text that took 36.6 s at 260 KB before (#16 row 2); linear growth is x4 per step (x4 the size).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

from heed.core.detection import detect, read_text, read_uncapped
from heed.evaluation import default_ham_path, load_ham

ADVERSARIAL = ("unsubscribee ", "stop. ", "please remove me from your list ", "不要发短信", "a")


def _cpu(fn: Callable[[str], object], text: str, passes: int = 3) -> float:
    best = float("inf")
    for _ in range(passes):
        read_text.cache_clear()  # detect() keeps what it read: time reading, not the cache
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def _rate(texts: Sequence[str], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        read_text.cache_clear()
        start = time.process_time()
        for text in texts:
            detect(text)
        best = min(best, time.process_time() - start)
    return len(texts) / best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--passes", type=int, default=3, help="timing passes (default 3)")
    parser.add_argument("--largest", type=int, default=1_000_000, help="growth up to (chars)")
    args = parser.parse_args(argv)

    texts = [row.text for row in load_ham(default_ham_path())]
    rate = _rate(texts, args.passes)
    print(f"detect() over {len(texts):,} real SMS: {rate:,.0f} messages per CPU-second")
    print(f"  goal >= 5,000/s: {'met' if rate >= 5000 else 'NOT met'}")
    print("10,000-character adversarial messages through detect():")
    for unit in ADVERSARIAL:
        text = (unit * (10_000 // len(unit) + 1))[:10_000]
        print(f"  {unit!r:40} {_cpu(detect, text) * 1000:7.2f} ms")
    print("growth of the uncapped reader on 'unsubscribee ' (linear: x4 per step):")
    size, previous = 1_000, 0.0
    while size <= args.largest:
        text = ("unsubscribee " * (size // 13 + 1))[:size]
        cost = _cpu(read_uncapped, text, 1 if size > 100_000 else args.passes)
        growth = f"x{cost / previous:.1f}" if previous else ""
        print(f"  {size:>9,} chars {cost * 1000:9.1f} ms {growth}")
        size, previous = size * 4, cost
    return 0


if __name__ == "__main__":
    sys.exit(main())

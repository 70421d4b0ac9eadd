"""The audience filter: heed's snapshot filter vs calling Engine.check once per recipient.

One run, one machine, one database: an account with ~100,000 suppressions (imported through
`heed import optouts`, timed too) in the three scopes, and a campaign of 1,000,000 recipients
(10% of them suppressed, some repeated, some unreadable). heed filters the whole file; the
naive way, `Engine.check` per recipient, is timed on a sample and extrapolated. On that sample
both answers are compared, recipient by recipient: they must be identical.

    python bench/filter.py                         # PostgreSQL from HEED_TEST_POSTGRES_URL
    python bench/filter.py --sqlite                # the embedded default instead
    python bench/filter.py --recipients 200000 --suppressions 20000 --sample 1000

Also filtered: the same recipients written as national numbers ("(415) 555-0100", with the
account's default_country), and the E.164 file with every field in quotes, as CRMs write them,
with a quoted comma in one row of 50 ("Lee, Person 7": the csv module reads it), and as JSON
Lines; the E.164 and JSON Lines files also with an excluded file (`--excluded`: every excluded
row with all its reasons), beside their time without; and the E.164 file once more after a
do-not-call registry listing 30% of the campaign is loaded, without and with the excluded file;
then, the registry dropped, once one suppressed person has been erased (GDPR), whose tombstone
every recipient must be tested against (the first run after the erasure rebuilds the index and
is not the one timed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from heed import Actor, ActorKind, Engine, Role
from heed.server_key import Keyring

ADMIN = Actor(ActorKind.USER, "bench", Role.ADMIN)
# A server key for the run's throwaway databases, unless one is given.
os.environ.setdefault("HEED_SECRET_KEY", Keyring.generate().current.text())
SENDER, OTHER_SENDER = "+15005550006", "+15005550007"
ADMIN_URL = os.environ.get(
    "HEED_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"
)


def database(sqlite: bool, scratch: Path) -> tuple[str, str | None]:
    """A fresh database; returns (url, PostgreSQL name to drop afterwards)."""
    if sqlite:
        return f"sqlite:///{scratch / 'bench.db'}", None
    admin = make_url(ADMIN_URL)
    name = f"heed_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(
        admin.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.set(database=name).render_as_string(hide_password=False), name


def drop(name: str | None) -> None:
    if name:
        admin = make_url(ADMIN_URL).set(drivername="postgresql")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def numbers(rng: random.Random, count: int) -> list[int]:
    """Distinct 10-digit US numbers (area codes 200-999)."""
    return rng.sample(range(2_000_000_000, 10_000_000_000), count)


def national(number: int) -> str:
    text = str(number)
    return f"({text[:3]}) {text[3:6]}-{text[6:]}"


def write_suppressions(path: Path, suppressed: list[int]) -> None:
    with path.open("w") as out:
        out.write("channel,address,scope\n")
        for n, number in enumerate(suppressed):
            scope = "account" if n % 20 < 16 else (f"sender:{SENDER}" if n % 20 < 19 else "list:promos")
            out.write(f"sms,+1{number},{scope}\n")


def write_recipients(
    path: Path, recipients: list[str], quoted: bool = False, comma: int = 0, lines: bool = False
) -> None:
    """The campaign's file; `quoted`: every field in quotes, as CRMs write them; `comma`: one
    row in that many with a quoted comma in its name ("Lee, Person 7"); `lines`: JSON Lines."""
    q = '"' if quoted else ""
    with path.open("w") as out:
        if not lines:
            out.write(f"{q}phone{q},{q}first_name{q},{q}segment{q}\n")
        for n, phone in enumerate(recipients):
            segment = "vip" if n % 7 == 0 else "all"
            if lines:
                out.write(json.dumps({"phone": phone, "first_name": f"Person {n}", "segment": segment}) + "\n")
            elif comma and n % comma == 0:
                out.write(f'{phone},"Lee, Person {n}",{segment}\n')
            else:
                out.write(f"{q}{phone}{q},{q}Person {n}{q},{q}{segment}{q}\n")


def campaign(rng: random.Random, suppressed: list[int], count: int) -> list[int | None]:
    """Recipients: 10% suppressed, 1% repeats, 0.5% unreadable (None), the rest unknown."""
    fresh = iter(numbers(rng, count))
    picked: list[int | None] = []
    for n in range(count):
        roll = rng.random()
        if roll < 0.10:
            picked.append(rng.choice(suppressed))
        elif roll < 0.11 and picked:
            picked.append(picked[rng.randrange(len(picked))])
        elif roll < 0.115:
            picked.append(None)
        else:
            picked.append(next(fresh))
    return picked


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_filter(
    engine: Engine, path: Path, out: Path, excluded: Path | None = None
) -> tuple[float, object]:
    """Filter `path` into `out` (and, with `excluded`, the excluded rows with their reasons)."""
    start = time.perf_counter()
    shutting_out = excluded.open("wb") if excluded else contextlib.nullcontext()
    with out.open("wb") as allowed, shutting_out as shut_out:
        counts = engine.filter_audience(
            "acme", path, allowed, channel="sms", sender=SENDER, excluded_out=shut_out
        )
    return time.perf_counter() - start, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recipients", type=int, default=1_000_000)
    parser.add_argument("--suppressions", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000, help="checks timed one by one")
    parser.add_argument("--sqlite", action="store_true", help="bench the embedded SQLite default")
    args = parser.parse_args()
    rng = random.Random(20261124)
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        url, created = database(args.sqlite, scratch)
        try:
            run(args, rng, url, scratch)
        finally:
            drop(created)


def run(args: argparse.Namespace, rng: random.Random, url: str, scratch: Path) -> None:
    backend = "SQLite" if args.sqlite else "PostgreSQL"
    with Engine(url) as engine:
        engine.init()
        engine.create_account("acme", "Acme")
        engine.update_settings("acme", ADMIN, default_country="US")
        engine.add_sender("acme", "sms", SENDER, actor=ADMIN)
        engine.add_sender("acme", "sms", OTHER_SENDER, actor=ADMIN)
        engine.create_list("acme", "promos", actor=ADMIN)

        suppressed = numbers(rng, args.suppressions)
        optouts = scratch / "optouts.csv"
        write_suppressions(optouts, suppressed)
        start = time.perf_counter()
        imported = engine.import_optouts("acme", optouts, actor=ADMIN, channel=None)
        import_s = time.perf_counter() - start
        assert imported.created == args.suppressions and not imported.error_count

        picked = campaign(rng, suppressed, args.recipients)
        e164 = [f"+1{n}" if n is not None else "n/a" for n in picked]
        written = [national(n) if n is not None else "n/a" for n in picked]
        fast_file, slow_file = scratch / "campaign.csv", scratch / "campaign-national.csv"
        quoted_file = scratch / "campaign-quoted.csv"
        write_recipients(fast_file, e164)
        write_recipients(slow_file, written)
        write_recipients(quoted_file, e164, quoted=True)

        fast_s, counts = timed_filter(engine, fast_file, scratch / "allowed.csv")
        warm_s, _ = timed_filter(engine, fast_file, scratch / "allowed.csv")  # index built
        excluded_s, excluded_counts = timed_filter(
            engine, fast_file, scratch / "allowed.csv", scratch / "excluded.csv"
        )
        assert excluded_counts == counts, (excluded_counts, counts)
        slow_s, slow_counts = timed_filter(engine, slow_file, scratch / "allowed-national.csv")
        assert slow_counts == counts, (slow_counts, counts)
        quoted_s, quoted_counts = timed_filter(engine, quoted_file, scratch / "allowed-quoted.csv")
        assert quoted_counts == counts, (quoted_counts, counts)
        comma_file, json_file = scratch / "campaign-comma.csv", scratch / "campaign.jsonl"
        write_recipients(comma_file, e164, comma=50)
        write_recipients(json_file, e164, lines=True)
        comma_s, comma_counts = timed_filter(engine, comma_file, scratch / "allowed-comma.csv")
        json_s, json_counts = timed_filter(engine, json_file, scratch / "allowed.jsonl")
        json_excluded_s, _ = timed_filter(
            engine, json_file, scratch / "allowed.jsonl", scratch / "excluded.jsonl"
        )
        assert comma_counts == json_counts == counts, (comma_counts, json_counts, counts)
        rss = peak_rss_mb()

        # A do-not-call registry listing 30% of the campaign: marketing scrubbed against it.
        dnc = scratch / "dnc.txt"
        dnc.write_text("".join(f"+1{n}\n" for n in picked if n is not None and rng.random() < 0.3))
        engine.load_registry("bench-dnc", dnc, actor=ADMIN)
        dnc_s, dnc_counts = timed_filter(engine, fast_file, scratch / "allowed.csv")
        dnc_excluded_s, dnc_excluded_counts = timed_filter(
            engine, fast_file, scratch / "allowed.csv", scratch / "excluded.csv"
        )
        assert dnc_excluded_counts == dnc_counts, (dnc_excluded_counts, dnc_counts)
        engine.drop_registry("bench-dnc", actor=ADMIN)

        # One suppressed recipient erased: the tombstone is all that holds them back now.
        held = set(suppressed)
        victim = next(n for n in picked if n in held)
        erased = engine.add_contact("acme", actor=ADMIN, phone=f"+1{victim}")
        engine.erase_contact("acme", erased, actor=ADMIN, reason="bench")
        timed_filter(engine, fast_file, scratch / "allowed.csv")  # rebuilds the index
        erased_s, erased_counts = timed_filter(engine, fast_file, scratch / "allowed.csv")
        assert erased_counts == counts, (erased_counts, counts)
        erased_excluded_s, _ = timed_filter(
            engine, fast_file, scratch / "allowed.csv", scratch / "excluded.csv"
        )

        audience = engine.audience("acme", "sms", sender=SENDER)
        sample = e164[: args.sample]
        start = time.perf_counter()
        answers = [engine.check("acme", "sms", raw, sender=SENDER) for raw in sample]
        naive_each = (time.perf_counter() - start) / len(sample)
        differ = sum(audience.decide(raw).result != answer for raw, answer in zip(sample, answers))
        naive_s = naive_each * args.recipients

    print(f"heed audience filter, {backend}: {args.recipients:,} recipients against "
          f"{args.suppressions:,} suppressions (sender {SENDER})")
    print(f"  import of the suppressions:   {import_s:8.1f} s  ({args.suppressions / import_s:,.0f} rows/s)")
    print(f"  heed filter, E.164 input:     {fast_s:8.1f} s  ({args.recipients / fast_s:,.0f} recipients/s)")
    print(f"  the same, index built:        {warm_s:8.1f} s  ({args.recipients / warm_s:,.0f} recipients/s)")
    print(f"  the same, --excluded:         {excluded_s:8.1f} s  ({args.recipients / excluded_s:,.0f} recipients/s, "
          f"{excluded_s / warm_s:.1f}x the time without)")
    print(f"  heed filter, national input:  {slow_s:8.1f} s  ({args.recipients / slow_s:,.0f} recipients/s)")
    print(f"  heed filter, quoted fields:   {quoted_s:8.1f} s  ({args.recipients / quoted_s:,.0f} recipients/s)")
    print(f"  heed filter, a quoted comma:  {comma_s:8.1f} s  ({args.recipients / comma_s:,.0f} recipients/s)")
    print(f"  heed filter, JSON Lines:      {json_s:8.1f} s  ({args.recipients / json_s:,.0f} recipients/s)")
    print(f"  the same, --excluded:         {json_excluded_s:8.1f} s  ({args.recipients / json_excluded_s:,.0f} recipients/s, "
          f"{json_excluded_s / json_s:.1f}x the time without)")
    print(f"  E.164, a do-not-call registry listing 30%: {dnc_s:.1f} s; --excluded: {dnc_excluded_s:.1f} s "
          f"({dnc_excluded_s / dnc_s:.1f}x; excluded {sum(dnc_counts.excluded.values()):,})")
    print(f"  E.164, one person erased:     {erased_s:8.1f} s  ({erased_s / warm_s:.1f}x the filter before); "
          f"--excluded: {erased_excluded_s:.1f} s")
    print(f"  naive Engine.check per row:   {naive_s:8.1f} s  (extrapolated: {naive_each * 1000:.2f} ms "
          f"each over {len(sample):,} checks)")
    print(f"  ratio naive / heed (E.164):   {naive_s / fast_s:8.0f}x")
    print(f"  answers compared on the sample: {len(sample) - differ:,} identical, {differ} different")
    print(f"  counts: {counts}")
    print(f"  peak memory of this process: {rss:,.0f} MB")


if __name__ == "__main__":
    main()

"""National numbers of other countries: the trunk-prefix shortcut against phonenumbers, side by side.

A business outside North America exports its lists as its people write them: "07700 900123" in
Britain, "0412 345 678" in Australia. With the account's default_country set, heed reads them
through `heed.core.fast_addresses.canonical_national` where it proves phonenumbers' answer,
and through phonenumbers (`normalise_phone`, ~20-30 µs a number) where it cannot. For each
country: the same numbers normalised both ways in one run (answers compared, every one), then
`heed filter` of a file of them against an account with 10% of them opted out (SQLite).

    python bench/national.py                        # GB, DE, FR, AU, IN; 200,000 numbers each
    python bench/national.py --countries GB --numbers 1000000
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

import phonenumbers

from heed import Actor, ActorKind, Engine, Role
from heed.core.addresses import normalise_phone
from heed.core.fast_addresses import normalise_address_fast
from heed.core.vocabulary import Channel
from heed.server_key import Keyring

ADMIN = Actor(ActorKind.USER, "bench", Role.ADMIN)


def spellings(country: str, count: int, rng: random.Random) -> list[str]:
    """`count` mobile numbers of `country` as phonenumbers formats them nationally, their
    last six digits random (the example number's pattern kept)."""
    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    written = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    places = [i for i, c in enumerate(written) if c.isdigit()][-6:]
    found = []
    for _ in range(count):
        chars = list(written)
        for i in places:
            chars[i] = str(rng.randrange(10))
        found.append("".join(chars))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--countries", default="GB,DE,FR,AU,IN")
    parser.add_argument("--numbers", type=int, default=200_000)
    args = parser.parse_args()
    rng = random.Random(20261207)
    print(f"{args.numbers:,} national mobile numbers a country (load average {os.getloadavg()[0]:.1f})")
    for country in args.countries.split(","):
        raws = spellings(country, args.numbers, rng)
        start = time.perf_counter()
        slow = [normalise_phone(raw, country) for raw in raws]
        slow_s = time.perf_counter() - start
        start = time.perf_counter()
        fast = [normalise_address_fast(Channel.SMS, raw, country) for raw in raws]
        fast_s = time.perf_counter() - start
        assert fast == slow, country
        filter_s = filtered(country, raws)
        print(f"  {country} ({raws[0]!r}): phonenumbers {slow_s / len(raws) * 1e6:5.1f} µs a number, "
              f"heed {fast_s / len(raws) * 1e6:5.1f} µs ({slow_s / fast_s:4.1f}x), answers equal; "
              f"heed filter {len(raws) / filter_s:,.0f} recipients/s")


def filtered(country: str, raws: list[str]) -> float:
    """The wall of `Engine.filter_audience` over `raws` (the index built by a first run)."""
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        optouts, audience = scratch / "optouts.csv", scratch / "audience.csv"
        optouts.write_text("phone\n" + "".join(f"{raw}\n" for raw in raws[::10]))
        audience.write_text("phone\n" + "".join(f"{raw}\n" for raw in raws))
        with Engine(f"sqlite:///{scratch}/heed.db", keyring=Keyring.generate()) as engine:
            engine.init()
            engine.create_account("bench")
            engine.update_settings("bench", ADMIN, default_country=country)
            engine.import_optouts("bench", optouts, actor=ADMIN, channel="sms")
            with open(os.devnull, "wb") as out:
                engine.filter_audience("bench", audience, out, channel="sms")
                start = time.perf_counter()
                engine.filter_audience("bench", audience, out, channel="sms")
                return time.perf_counter() - start


if __name__ == "__main__":
    main()

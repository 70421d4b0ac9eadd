"""`heed import contacts` of a million rows on SQLite and PostgreSQL, then `heed audit verify`,
against PostgreSQL `COPY` of the bare rows (the floor), side by side in one run on the same file.

The file has --rows rows: phone (E.164, all different), email, first and last name, an external
id and a city (kept as a custom field), as a CRM export would give them (with --national, the
phones as a US CRM writes them, "(415) 555-0100", the account's default country US; with
--quoted, the city quoted with a comma and doubled quotes in it, `"Lyon, ""FR"" x"`). 1% of
the phone numbers were opted out before the import (an opt-out import, not timed), so the
import flags them through the one decision path. For each database, in a fresh temporary database:

- import: `Engine.import_contacts` (read, normalise, match against the stored contacts, flag,
  write the new contacts with their evidence), rows/s;
- again: the same file imported a second time (every contact matched, none added), rows/s;
- verify: `Engine.verify_audit` (the chain, every imported contact against its batch digest,
  and the tables against the log), rows/s;
- floor: PostgreSQL `COPY` of the bare rows (id, phone, email, name, external id, fields as
  JSON) into a table with a primary key and unique phone, email and external id.

Times are wall and CPU seconds of this process (the machine is shared; CPU is steadier), and on
PostgreSQL the CPU its server backends spent meanwhile.

    .venv/bin/python bench/import_contacts.py                  # SQLite and PostgreSQL, 1,000,000
    .venv/bin/python bench/import_contacts.py --rows 100000 --db sqlite --stages verify
    .venv/bin/python bench/import_contacts.py --rows 100000 --list newsletter   # joining a list
    .venv/bin/python bench/import_contacts.py --national   # phones written (415) 555-0100
    .venv/bin/python bench/import_contacts.py --quoted     # "Lyon, ""FR"" x" as the city
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import uuid
from pathlib import Path

import psycopg

from heed import Engine
from heed.server_key import Keyring

shared = importlib.import_module("import")  # bench/import.py: timing, databases, the actor
ADMIN, PG_ADMIN, database, timed = shared.ADMIN, shared.PG_ADMIN, shared.database, shared.timed
CITIES = ("Lisbon", "Oslo", "Quito", "Hanoi", "Accra", "Perth", "Lyon")


def write_files(
    tmp: Path, rows: int, national: bool = False, quoted: bool = False
) -> tuple[Path, Path]:
    """The contacts file, and the opt-outs (every 100th phone) imported before it; with
    `national`, the contacts' phones written as a US CRM writes them ("(415) 555-0100"); with
    `quoted`, each city quoted, holding a comma and a doubled quote."""
    contacts, optouts = tmp / "contacts.csv", tmp / "optouts.csv"
    with contacts.open("w") as out, optouts.open("w") as stops:
        out.write("phone,email,first_name,last_name,external_id,city\n")
        stops.write("phone\n")
        for n in range(rows):
            phone = f"(415) {n // 10000:03d}-{n % 10000:04d}" if national else f"+1415{n:07d}"
            city = f'"{CITIES[n % 7]}, ""FR"" x"' if quoted else CITIES[n % 7]
            out.write(f"{phone},person{n}@example.com,Person,No{n},crm-{n},{city}\n")
            if n % 100 == 0:
                stops.write(f"+1415{n:07d}\n")
    return contacts, optouts


def heed_run(
    kind: str,
    path: Path,
    optouts: Path,
    rows: int,
    tmp: Path,
    stages: list[str],
    list_name: str | None = None,
) -> dict[str, tuple[float, float]]:
    print(f"{kind}:", flush=True)
    with database(kind, tmp) as url, Engine(url, keyring=Keyring.generate()) as engine:
        engine.init()
        engine.create_account("bench")
        engine.update_settings("bench", ADMIN, default_country="US")  # for --national
        engine.import_optouts("bench", optouts, actor=ADMIN, channel="sms")
        if list_name:
            engine.create_list("bench", list_name, actor=ADMIN)
        found: dict[str, tuple[float, float]] = {}
        server_db = url.rsplit("/", 1)[1] if kind == "postgresql" else None

        def imported() -> None:
            info = engine.import_contacts("bench", path, actor=ADMIN, list_name=list_name)
            assert (info.status, info.created) == ("done", rows), info
            assert info.flagged == (rows + 99) // 100, info.flagged

        def again() -> None:
            info = engine.import_contacts("bench", path, actor=ADMIN, list_name=list_name)
            assert (info.created, info.unchanged) == (0, rows), info

        def verified() -> None:
            report = engine.verify_audit("bench")
            assert report.ok, report

        work = {"import": imported, "again": again, "verify": verified}
        for stage in ["import", *(s for s in stages if s != "import")]:
            found[stage] = timed(stage, rows, work[stage], server_db)
        return found


def floor(path: Path, rows: int) -> tuple[float, float]:
    """PostgreSQL COPY of the bare rows into a table keyed as heed's contacts are."""
    print("floor (PostgreSQL COPY of the bare rows, primary key and three unique keys):")
    name = f"heed_floor_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(
            f'CREATE TABLE "{name}" (id text PRIMARY KEY, phone text UNIQUE, email text UNIQUE,'
            " name text, external_id text UNIQUE, fields jsonb)"
        )
        try:

            def copy() -> None:
                with path.open() as stream, conn.cursor() as cursor:
                    stream.readline()
                    columns = "id, phone, email, name, external_id, fields"
                    with cursor.copy(f'COPY "{name}" ({columns}) FROM STDIN') as out:
                        for n, line in enumerate(stream):
                            phone, email, first, last, external, city = line.rstrip().split(",", 5)
                            fields = json.dumps({"city": city})
                            out.write_row((n, phone, email, f"{first} {last}", external, fields))

            return timed("COPY", rows, copy)
        finally:
            conn.execute(f'DROP TABLE "{name}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--stages", default="import,again,verify", help="import always runs")
    parser.add_argument("--list", help="import into this list, created first: each contact joins")
    parser.add_argument("--national", action="store_true", help="phones as (415) 555-0100")
    parser.add_argument("--quoted", action="store_true", help='the city as "Lyon, ""FR"" x"')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        tmp = Path(directory)
        path, optouts = write_files(tmp, args.rows, args.national, args.quoted)
        results = {
            kind: heed_run(kind, path, optouts, args.rows, tmp, args.stages.split(","), args.list)
            for kind in args.db.split(",")
        }
        copy_wall, _ = floor(path, args.rows)
    print("ratios (wall rows/s against the COPY floor):")
    for kind, found in results.items():
        for what, (wall, cpu) in found.items():
            print(
                f"  {kind:<10} {what:<7} {wall:>9,.0f} rows/s; the COPY floor is"
                f" {copy_wall / wall:.1f}x faster (CPU: {cpu:,.0f} rows per CPU-s)"
            )


if __name__ == "__main__":
    sys.exit(main())

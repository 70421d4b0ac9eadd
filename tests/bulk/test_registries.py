"""Registries: loaded from the FTC's and plain files, changed, swapped and dropped; applied to
marketing only, with consent and reassignment rules, and the same answer by every path."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from heed import Engine
from heed.bulk.registry import Kind, Mode, RegistryStore
from heed.engine.registries import Registries
from heed.errors import BadInput, Conflict, NotFound
from helpers.actors import ADMIN

LISTED, CONSENTED, OPTED_OUT, FREE = "+14155550101", "+14155550102", "+14155550103", "+14155550104"


def _today() -> date:
    """Today as the engine sees it, asked when used: a module-level date goes stale when the
    suite runs across midnight (UTC), and a registry's age is counted in days."""
    return datetime.now(UTC).date()


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_files_load_change_swap_and_drop(tmp_path: Path) -> None:
    store = RegistryStore(tmp_path)
    ftc = _file(
        tmp_path, "ftc.txt", "AreaCode,PhoneNumber\n415,5550101\n201,2000000\n415,5550101\n"
    )
    info = store.load(
        "shared", "us-dnc", ftc, kind=Kind.DO_NOT_CALL, mode=Mode.FULL, version=date(2026, 11, 30)
    )
    assert (info.numbers, info.version) == (2, date(2026, 11, 30))
    old = store.numbers("shared", "us-dnc")
    adds = _file(tmp_path, "adds.txt", "+14155550199\n4155550198\n")
    store.load("shared", "us-dnc", adds, kind=Kind.DO_NOT_CALL, mode=Mode.ADD, version=None)
    deletes = _file(tmp_path, "deletes.txt", "201,2000000\n")
    store.load("shared", "us-dnc", deletes, kind=Kind.DO_NOT_CALL, mode=Mode.DELETE, version=None)
    assert store.numbers("shared", "us-dnc").keys().tolist() == [
        14155550101,
        14155550198,
        14155550199,
    ]
    # A reader holding the old version keeps reading it whole after the swap.
    assert old.contains(np.array([12012000000], dtype=np.uint64)).tolist() == [True]
    assert [i.name for i in store.list(("shared",))] == ["us-dnc"]
    store.drop("shared", "us-dnc")
    assert store.list(("shared",)) == []
    with pytest.raises(NotFound):
        store.numbers("shared", "us-dnc")
    with pytest.raises(BadInput):
        store.load("shared", "Bad Name", ftc, kind=Kind.DO_NOT_CALL, mode=Mode.FULL, version=None)
    with pytest.raises(BadInput):
        store.load(
            "shared",
            "x",
            _file(tmp_path, "bad.txt", "hello\nworld\n"),
            kind=Kind.DO_NOT_CALL,
            mode=Mode.FULL,
            version=None,
        )


def test_a_full_load_never_quietly_empties_or_guts_a_list(tmp_path: Path) -> None:
    """A file whose one line is not a number reads as a header and holds nothing; a cut-short
    download holds a fraction of the list. Either would unlist numbers a telemarketer must not
    call, so both are refused and the version in use stays."""
    store = RegistryStore(tmp_path)
    full = "".join(f"415,{5550100 + i}\n" for i in range(10))
    store.load("shared", "us-dnc", _file(tmp_path, "full.txt", full), **_FULL)
    header_only = _file(tmp_path, "header.txt", "AreaCode,PhoneNumber\n")
    for empty in (header_only, _file(tmp_path, "empty.txt", ""), _file(tmp_path, "x.txt", "x")):
        with pytest.raises(BadInput, match="holds no numbers"):
            store.load("shared", "us-dnc", empty, **_FULL)
    with pytest.raises(BadInput, match="holds no numbers"):
        store.load("shared", "new-list", header_only, **_FULL)
    four = _file(tmp_path, "four.txt", "".join(full.splitlines(keepends=True)[:4]))
    with pytest.raises(Conflict, match="4 numbers, under half of the 10 in registry 'us-dnc'"):
        store.load("shared", "us-dnc", four, **_FULL)
    assert store.info("shared", "us-dnc").numbers == 10  # type: ignore[union-attr]
    assert len(store.numbers("shared", "us-dnc")) == 10
    store.load("shared", "us-dnc", four, **_FULL, allow_shrink=True)
    assert store.info("shared", "us-dnc").numbers == 4  # type: ignore[union-attr]
    # A change list may be empty (a day with no deletions) and changes nothing.
    store.load(
        "shared", "us-dnc", header_only, kind=Kind.DO_NOT_CALL, mode=Mode.DELETE, version=None
    )
    assert len(store.numbers("shared", "us-dnc")) == 4


_FULL = {"kind": Kind.DO_NOT_CALL, "mode": Mode.FULL, "version": None}


@pytest.mark.parametrize(
    ("kind", "text", "error"),
    [
        (Kind.DO_NOT_CALL, "415,5550100\n41x,5550101\n", "'41x,5550101' is not read: expected"),
        (Kind.DO_NOT_CALL, "415,5550100\n4150,5550101\n", "'4150,5550101': an area code has 3"),
        (Kind.DO_NOT_CALL, "+14155550100\n+1415555x\n", "'\\+1415555x' is not read: expected"),
        (Kind.REASSIGNED, "+14155550100,2026-01-05\n+14155550101,5/1/26\n", "'5/1/26' is not"),
    ],
)
def test_a_line_the_registry_cannot_read_is_named_in_the_error(
    tmp_path: Path, kind: Kind, text: str, error: str
) -> None:
    """A file of 250 million lines refused for one of them says which value it could not
    read (its number: blank lines are left out before, so a line number would mislead)."""
    store = RegistryStore(tmp_path)
    with pytest.raises(BadInput, match=error):
        store.load(
            "shared", "x", _file(tmp_path, "f.txt", text), kind=kind, mode=Mode.FULL, version=None
        )
    assert store.info("shared", "x") is None


@pytest.fixture
def scrubbed(engine: Engine, acme: str, tmp_path: Path) -> str:
    engine.update_settings(acme, ADMIN, default_country="US")
    engine.record_consent(acme, "sms", CONSENTED, purpose="marketing", actor=ADMIN)
    engine.record_consent(acme, "sms", OPTED_OUT, purpose="marketing", actor=ADMIN)
    engine.opt_out(acme, "sms", OPTED_OUT, actor=ADMIN, reason="STOP")
    listed = "".join(f"415,{n[-7:]}\n" for n in (LISTED, CONSENTED, OPTED_OUT))
    engine.load_registry(
        "us-dnc", _file(tmp_path, "dnc.txt", listed), version=_today(), actor=ADMIN
    )
    return acme


def _every_path(engine: Engine, slug: str, numbers: list[str], purpose: str) -> list[list[str]]:
    """The reasons `check`, `check_bulk` and the filter give each number (equal, or fail)."""
    single = [engine.check(slug, "sms", n, purpose=purpose).codes for n in numbers]
    bulk = [list(a.reasons) for a in engine.check_bulk(slug, "sms", numbers, purpose=purpose)]
    excluded = io.BytesIO()
    source = io.BytesIO(("phone\n" + "\n".join(numbers) + "\n").encode())
    engine.filter_audience(
        slug, source, None, channel="sms", purpose=purpose, excluded_out=excluded
    )
    written = dict(line.split(",") for line in excluded.getvalue().decode().splitlines()[1:])
    filtered = [written.get(n, "").split() for n in numbers]
    assert single == bulk == filtered
    return single


def test_do_not_call_blocks_marketing_only_and_consent_exempts(
    engine: Engine, scrubbed: str
) -> None:
    numbers = [LISTED, CONSENTED, OPTED_OUT, FREE]
    assert _every_path(engine, scrubbed, numbers, "marketing") == [
        ["registry"],
        [],  # written permission: the registry does not apply
        ["opted_out"],  # the company's own opt-out always wins over consent
        [],
    ]
    assert _every_path(engine, scrubbed, numbers, "transactional") == [[], [], ["opted_out"], []]
    reason = engine.check(scrubbed, "sms", LISTED).reasons[0]
    assert reason.detail == f"on do-not-call registry us-dnc (version {_today()})"


def test_a_stale_registry_holds_marketing_unless_the_account_says_otherwise(
    engine: Engine, scrubbed: str, tmp_path: Path
) -> None:
    old = _today() - timedelta(days=40)
    engine.load_registry(
        "us-dnc",
        _file(tmp_path, "old.txt", f"415,{LISTED[-7:]}\n"),
        version=old,
        allow_shrink=True,
        actor=ADMIN,
    )
    [listed] = engine.list_registries(scrubbed)
    assert (listed.stale, listed.age_days) == (True, 40)
    assert [r.name for r in engine.stale_registries()] == ["us-dnc"]
    assert _every_path(engine, scrubbed, [LISTED, FREE, CONSENTED], "marketing") == [
        ["registry"],
        ["registry"],
        [],
    ]
    assert "40 days old" in (engine.check(scrubbed, "sms", FREE).reasons[0].detail or "")
    engine.update_settings(scrubbed, ADMIN, registry_stale_blocks=False)
    assert _every_path(engine, scrubbed, [LISTED, FREE], "marketing") == [["registry"], []]


def test_a_reassigned_number_voids_the_consent_given_before(
    engine: Engine, scrubbed: str, tmp_path: Path
) -> None:
    engine.update_settings(scrubbed, ADMIN, require_consent_for=["marketing"])
    engine.drop_registry("us-dnc", actor=ADMIN)
    later, earlier = _today() + timedelta(days=1), date(2020, 1, 1)
    engine.record_consent(scrubbed, "sms", FREE, purpose="marketing", actor=ADMIN)
    reassigned = f"{CONSENTED},{later}\n{FREE},{earlier}\n"
    engine.load_registry(
        "rnd",
        _file(tmp_path, "rnd.txt", reassigned),
        kind="reassigned",
        account=scrubbed,
        actor=ADMIN,
    )
    assert _every_path(engine, scrubbed, [CONSENTED, FREE, LISTED], "marketing") == [
        ["no_consent"],
        [],
        ["no_consent"],
    ]
    detail = engine.check(scrubbed, "sms", CONSENTED).reasons[0].detail or ""
    assert f"disconnection on {later}" in detail and "rnd" in detail


def test_an_accounts_own_registry_applies_to_it_alone(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    engine.create_account("other", "Other")
    engine.load_registry(
        "mine", _file(tmp_path, "mine.txt", f"{FREE}\n"), account=acme, actor=ADMIN
    )
    assert engine.check(acme, "sms", FREE).codes == ["registry"]
    assert engine.check("other", "sms", FREE).codes == []
    assert engine.check(acme, "email", "a@example.com").codes == []
    assert [r.name for r in engine.list_registries("other")] == []


def test_each_list_that_bars_a_number_is_a_reason_on_every_path(
    engine: Engine, scrubbed: str, tmp_path: Path
) -> None:
    """Numbers alike in their suppressions but barred by other lists get other reasons (the
    excluded file shares one answer among recipients alike in all that decides it)."""
    numbers = [f"+1415555{n:04d}" for n in range(200, 212)]
    for number in numbers[::3]:
        engine.opt_out(scrubbed, "sms", number, actor=ADMIN, reason="STOP")
    mine = "".join(f"{n}\n" for n in numbers[1::2])
    engine.load_registry("mine", _file(tmp_path, "mine.txt", mine), account=scrubbed, actor=ADMIN)
    us = "".join(f"415,{n[-7:]}\n" for n in numbers[:6])
    engine.load_registry("us-dnc", _file(tmp_path, "us.txt", us), allow_shrink=True, actor=ADMIN)
    found = _every_path(engine, scrubbed, numbers, "marketing")
    expected = [
        (["opted_out"] if n % 3 == 0 else []) + ["registry"] * ((n % 2) + (n < 6))
        for n in range(12)
    ]
    assert found == expected


def test_loads_and_drops_are_events_naming_who_and_which_file(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """A shared list's load and drop are logged for every account it applies to, an account's
    own for that account alone; a refused load logs nothing; the logs still verify."""
    engine.create_account("other", "Other")
    ftc = _file(tmp_path, "ftc.txt", "415,5550101\n415,5550102\n415,5550103\n")
    engine.load_registry("us-dnc", ftc, version=date(2026, 11, 30), actor=ADMIN)
    engine.load_registry(
        "mine", _file(tmp_path, "mine.txt", f"{FREE}\n"), account=acme, actor=ADMIN
    )
    with pytest.raises(Conflict):
        engine.load_registry("us-dnc", _file(tmp_path, "cut.txt", "415,5550101\n"), actor=ADMIN)
    engine.drop_registry("us-dnc", actor=ADMIN)

    def logged(slug: str) -> list[tuple[str, object, object]]:
        """Each registry event's kind, the registry it gave (after) or took away (before)."""
        events = engine.list_events(slug).items
        return [
            (e.kind, (e.after or e.before or {}).get("registry"), e.evidence.get("sha256"))
            for e in events
            if e.kind.startswith("registry.")
        ]

    sha = hashlib.sha256(ftc.read_bytes()).hexdigest()
    assert logged("other") == [
        ("registry.loaded", "us-dnc", sha),
        ("registry.dropped", "us-dnc", None),
    ]
    assert [kind for kind, name, _ in logged(acme)] == [
        "registry.loaded",
        "registry.loaded",
        "registry.dropped",
    ]
    [mine] = [
        e for e in engine.list_events(acme).items if e.after and e.after.get("registry") == "mine"
    ]
    assert (mine.actor, mine.after["numbers"], mine.after["shared"]) == (str(ADMIN), 1, False)
    [drop] = [e for e in engine.list_events("other").items if e.kind == "registry.dropped"]
    assert (drop.after, drop.before["version"]) == (None, "2026-11-30")
    assert engine.verify_audit(acme).ok and engine.verify_audit("other").ok


class _StillDownloading(RegistryStore):
    """A store that sees the file grow between heed's hash of it and its parse, as a load
    started before a download finished would, once `growing` is set."""

    growing = False

    def load(self, owner: str, name: str, path: Path, **options: object) -> object:  # type: ignore[override]
        if self.growing:
            with path.open("a") as file:
                file.write("415,5550104\n")
        return super().load(owner, name, path, **options)  # type: ignore[arg-type]


def test_a_file_that_changes_while_loading_is_refused_and_logs_nothing(
    engine: Engine, acme: str, tmp_path: Path
) -> None:
    """The logged SHA-256 must be of the numbers in use: a file that changed between its hash
    and its parse is refused, the list in use stays, and nothing is logged."""
    store = _StillDownloading(engine.data_dir)
    registries = Registries(engine.transactions, store)
    ftc = _file(tmp_path, "ftc.txt", "415,5550101\n415,5550102\n")
    registries.load_registry("us-dnc", ftc, actor=ADMIN)
    store.growing = True
    with pytest.raises(Conflict, match=r"ftc\.txt changed while it was loaded"):
        registries.load_registry("us-dnc", ftc, actor=ADMIN)
    [status] = registries.list_registries()
    assert status.numbers == 2
    loads = [e for e in engine.list_events(acme).items if e.kind == "registry.loaded"]
    assert len(loads) == 1

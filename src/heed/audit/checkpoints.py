"""Signed checkpoints of the activity log, kept outside the database.

A checkpoint says "account A's log had N events and its last hash was H", signed with the
server key (Ed25519, heed.server_key). Whoever can write the database cannot sign one, so once a
checkpoint is written to a file the database does not control (or sent to a witness), every
event up to N is fixed: editing, deleting, reordering or recomputing any of them, or cutting
the log short, no longer matches it (heed.audit.verify).

The file is JSON lines, appended to and never rewritten. Each line also carries the SHA-256 of
the line before it, so a line removed from the middle of the file shows too.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from heed.core.chain import canonical_json
from heed.errors import BadInput
from heed.server_key import Keyring

FORMAT = "heed-checkpoint/1"


class CheckpointFileInvalid(BadInput):
    """A checkpoint file heed cannot read, or whose lines were altered or removed."""

    code = "checkpoint-file-invalid"


@dataclass(frozen=True)
class Checkpoint:
    """One signed statement of an account's chain head."""

    account_id: str
    slug: str
    seq: int
    head: str
    signed_at: str
    key_id: str
    prev_line: str  # SHA-256 of the file's previous line ("" for the first)
    signature: str = ""

    def message(self) -> bytes:
        """What the signature covers: every field but the signature, canonical JSON."""
        fields = {k: v for k, v in asdict(self).items() if k != "signature"}
        return canonical_json({"format": FORMAT, **fields}).encode()

    def line(self) -> str:
        return canonical_json({"format": FORMAT, **asdict(self)})


def line_hash(line: str) -> str:
    return hashlib.sha256(line.rstrip("\n").encode()).hexdigest()


def sign(keyring: Keyring, unsigned: Checkpoint) -> Checkpoint:
    key_id = keyring.current.id
    draft = Checkpoint(**{**asdict(unsigned), "key_id": key_id, "signature": ""})
    _, signature = keyring.sign(draft.message())
    return Checkpoint(**{**asdict(draft), "signature": signature})


def parse(line: str, where: str) -> Checkpoint:
    try:
        data: Any = json.loads(line)
        if data.pop("format") != FORMAT:
            raise ValueError
        return Checkpoint(**data)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise CheckpointFileInvalid(f"{where} is not a heed checkpoint") from None


def append(
    path: str | Path, make: Iterable[tuple[str, str, int, str]], keyring: Keyring, signed_at: str
) -> list[Checkpoint]:
    """Sign one checkpoint per (account id, slug, seq, head) and append them to `path`.

    The file is locked while the last line is read and the new ones written, so two writers
    (the server's schedule and an operator's `heed audit checkpoint`) never interleave, and it
    is synced before this returns.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    with os.fdopen(fd, "r+") as file:
        fcntl.flock(file, fcntl.LOCK_EX)
        file.seek(0)
        previous = ""
        for raw in file:
            if raw.strip():
                previous = raw
        prev = line_hash(previous) if previous else ""
        written = []
        for account_id, slug, seq, head in make:
            checkpoint = sign(keyring, Checkpoint(account_id, slug, seq, head, signed_at, "", prev))
            line = checkpoint.line()
            file.write(line + "\n")
            prev = line_hash(line)
            written.append(checkpoint)
        file.flush()
        os.fsync(file.fileno())
    return written


@dataclass(frozen=True)
class FileReading:
    """An account's checkpoints from a file, with what is wrong with the file itself."""

    checkpoints: list[Checkpoint]
    problems: list[str]


def read(path: str | Path, account_id: str, keyring: Keyring) -> FileReading:
    """The account's checkpoints in `path`, each signature and the line chain checked."""
    found: list[Checkpoint] = []
    problems: list[str] = []
    prev = ""
    for number, line in _lines(path):
        where = f"{path}:{number}"
        checkpoint = parse(line, where)
        if checkpoint.prev_line != prev:
            problems.append(f"{where}: the line before it was changed or removed")
        prev = line_hash(line)
        if checkpoint.account_id != account_id:
            continue
        if not keyring.verify(checkpoint.key_id, checkpoint.message(), checkpoint.signature):
            problems.append(f"{where}: its signature does not verify (altered or forged)")
            continue
        found.append(checkpoint)
    return FileReading(found, problems)


def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    try:
        with open(path) as file:
            for number, line in enumerate(file, 1):
                if line.strip():
                    yield number, line.rstrip("\n")
    except FileNotFoundError:
        raise CheckpointFileInvalid(f"no checkpoint file at {path}") from None


def send_to_witness(url: str, checkpoints: list[Checkpoint], allow_private: bool) -> None:
    """POST the checkpoints, as JSON, to a witness that keeps its own copy.

    Only to public addresses unless the operator allowed others: the URL comes from
    configuration, but a name can resolve anywhere, so the call goes by the rule outbound
    provider calls use (heed.outbound.transport.fetch): every address the name resolves to is
    checked, and heed connects to the one it checked.
    """
    # Here, not at the top: every command imports this module (tests/test_startup.py).
    import httpx

    from heed.outbound.transport import Destinations, Refused, fetch

    destinations = Destinations(["0.0.0.0/0", "::/0"]) if allow_private else Destinations()
    body = {"format": FORMAT, "checkpoints": [asdict(c) for c in checkpoints]}
    try:
        response = fetch("POST", url, destinations=destinations, json=body, timeout=10)
    except Refused:
        raise BadInput(
            f"the witness {url!r} is not a public address (set "
            "HEED_WITNESS_ALLOW_PRIVATE=true to allow it)"
        ) from None
    except (OSError, httpx.InvalidURL) as exc:
        raise BadInput(f"cannot resolve the witness {url!r}: {exc}") from None
    response.raise_for_status()

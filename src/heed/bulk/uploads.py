"""Files people upload for bulk work, kept on local disk between the steps that use them.

The HTTP API saves a request body here before it answers (an import runs in the background
from the saved file); the web UI keeps an upload across its steps (map columns, preview,
run) under an unguessable token. Each file lives under its account's id, so a token of one
account names nothing in another. Files are deleted when their job ends, and anything older
than a day is swept away on the next upload.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from heed.errors import BadInput

#: The largest upload accepted: ~20 million phone numbers with a name each.
MAX_BYTES = 1 << 30
MAX_AGE = 24 * 3600
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")
_sweep_lock = threading.Lock()


class TooLarge(BadInput):
    code = "too-large"


@dataclass(frozen=True)
class Upload:
    token: str
    path: Path
    file_name: str

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".json").unlink(missing_ok=True)


def root() -> Path:
    """This user's upload folder in the system's temporary directory, private to it."""
    folder = Path(tempfile.gettempdir()) / f"heed-uploads-{os.getuid()}"
    folder.mkdir(exist_ok=True, mode=0o700)
    if folder.is_symlink() or folder.stat().st_uid != os.getuid():
        raise PermissionError(f"{folder} belongs to someone else: remove it")
    folder.chmod(0o700)
    return folder


def _folder(account_id: str) -> Path:
    folder = root() / account_id
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder


def safe_name(name: str | None, default: str = "upload.csv") -> str:
    """A file name fit to show and store: its last path part, printable, at most 200 chars."""
    base = Path((name or "").replace("\\", "/")).name
    cleaned = "".join(c for c in base if c.isprintable() and c not in "\x00")
    return cleaned[:200] or default


def new(account_id: str, file_name: str | None) -> Upload:
    """An empty upload to write into (sweeping old ones away first)."""
    sweep()
    token = secrets.token_urlsafe(24)
    path = _folder(account_id) / f"{token}.data"
    name = safe_name(file_name)
    for part, text in ((path.with_suffix(".json"), json.dumps({"file_name": name})), (path, "")):
        descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as out:
            out.write(text)
    return Upload(token, path, name)


def find(account_id: str, token: str) -> Upload | None:
    """The account's upload with this token, if it is still there."""
    if not _TOKEN.fullmatch(token):
        return None
    path = root() / account_id / f"{token}.data"
    meta = path.with_suffix(".json")
    if not path.is_file() or not meta.is_file():
        return None
    name = safe_name(json.loads(meta.read_text()).get("file_name"))
    return Upload(token, path, name)


def claim(upload: Upload) -> Upload | None:
    """Take the upload for one job (an atomic rename): a second claim, e.g. a form posted
    twice, gets None instead of a second import of the same file."""
    taken = upload.path.with_suffix(".claimed")
    try:
        upload.path.rename(taken)
    except FileNotFoundError:
        return None
    taken.with_suffix(".json").write_text(upload.path.with_suffix(".json").read_text())
    upload.path.with_suffix(".json").unlink(missing_ok=True)
    return Upload(upload.token, taken, upload.file_name)


def release(claimed: Upload) -> Upload:
    """Give a claimed upload back (its job could not start), under its own token."""
    path = claimed.path.with_suffix(".data")
    claimed.path.rename(path)
    path.with_suffix(".json").write_text(json.dumps({"file_name": claimed.file_name}))
    return Upload(claimed.token, path, claimed.file_name)


async def save(upload: Upload, chunks: AsyncIterator[bytes], limit: int = MAX_BYTES) -> int:
    """Write a request body into `upload`; refuse (and delete it) past `limit` bytes."""
    size = 0
    with upload.path.open("wb") as out:
        async for chunk in chunks:
            size += len(chunk)
            if size > limit:
                out.close()
                upload.delete()
                raise TooLarge(f"the file is larger than {limit // (1 << 20)} MiB")
            out.write(chunk)
    return size


class _AsyncFile(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


async def save_file(upload: Upload, file: _AsyncFile, limit: int = MAX_BYTES) -> int:
    """`save` for a file sent in a multipart form, read a MiB at a time."""

    async def chunks() -> AsyncIterator[bytes]:
        while chunk := await file.read(1 << 20):
            yield chunk

    return await save(upload, chunks(), limit)


def sweep(max_age: float = MAX_AGE) -> None:
    """Delete uploads older than `max_age` seconds, of every account."""
    if not _sweep_lock.acquire(blocking=False):
        return
    try:
        cutoff = time.time() - max_age
        for path in root().glob("*/*"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink(missing_ok=True)
            except OSError:
                continue
    finally:
        _sweep_lock.release()

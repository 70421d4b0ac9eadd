"""The server key: the one secret heed keeps outside its database, and every key made from it.

A database backup alone must not be enough to forge a session, reverse an erasure, read a
provider's secret or rewrite the activity log unnoticed. So the root secret lives in a key file
(`heed init` creates it, mode 0600, at `default_key_path()` or `HEED_KEY_FILE`) or in the
`HEED_SECRET_KEY` environment variable, never in the database, and each job gets its own key,
derived with HKDF-SHA256 from the root and the job's name (`KeyPurpose`) and, where the job is per
account, the account's id. Knowing one derived key tells nothing about another.

Rotation (`heed key rotate`) adds a new key and makes it current; the old ones stay, retired:
new sign-ins, links, form tokens, tombstones, encrypted secrets and checkpoint signatures use
the current key, and every key still verifies, decrypts and finds what it made. So rotating
never signs anyone out of an open unsubscribe link, never breaks an old checkpoint, and never
un-suppresses an erased person (their tombstone is looked up under every key). Never delete a
retired key from the file.

Every other module asks this one for its keys; nothing else reads the key file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from heed.core.lazy import module
from heed.core.tombstones import PREFIX as TOMBSTONE_PREFIX
from heed.core.tombstones import probes, tombstone
from heed.errors import BadInput, Unavailable

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    # `cryptography` when a key is first derived, not on import: `heed filter` reads the
    # account's keys but derives none unless a recipient was erased (bench/README.md).
    from cryptography import exceptions
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives.ciphers import aead
    from cryptography.hazmat.primitives.kdf import hkdf
else:
    exceptions = module("cryptography.exceptions")
    hashes = module("cryptography.hazmat.primitives.hashes")
    serialization = module("cryptography.hazmat.primitives.serialization")
    ed25519 = module("cryptography.hazmat.primitives.asymmetric.ed25519")
    aead = module("cryptography.hazmat.primitives.ciphers.aead")
    hkdf = module("cryptography.hazmat.primitives.kdf.hkdf")

__all__ = [
    "ENCRYPTED_PREFIX",
    "TOMBSTONE_PREFIX",
    "AccountKeys",
    "KeyPurpose",
    "Keyring",
    "ServerKey",
    "ServerKeyInvalid",
    "ServerKeyMissing",
    "create_key_file",
    "default_key_path",
    "load_keyring",
    "rotate_key_file",
]

#: Marks a value encrypted at rest: `enc1:<key id>:<base64url(nonce | ciphertext | tag)>`.
ENCRYPTED_PREFIX = "enc1:"
_FILE_FORMAT = "heed-server-key/1"


class ServerKeyMissing(Unavailable):
    """heed has no server key, so it cannot sign, verify, encrypt or find erased people."""

    code = "server-key-missing"


class ServerKeyInvalid(BadInput):
    """A key file or HEED_SECRET_KEY that cannot be read, or data made with an unknown key."""

    code = "server-key-invalid"


class KeyPurpose(StrEnum):
    """The jobs keys are derived for; each gets its own key, so none can stand in for another."""

    SIGN_INS = "sessions"  # web sign-in cookies (the HKDF label keeps its first name)
    LINKS = "links"  # RFC 8058 one-click unsubscribe links
    FORMS = "forms"  # tokens of forms shown to people not signed in (the public opt-out page)
    TOMBSTONES = "tombstones"  # keyed hashes that replace an erased person's addresses
    PROBES = "erasure-probes"  # keyed 64-bit probes that find those few among many recipients
    SECRETS = "secrets"  # encryption of provider secrets at rest (AES-256-GCM)
    CHECKPOINTS = "checkpoints"  # the Ed25519 key that signs checkpoints of the activity log
    VERIFICATIONS = "verifications"  # HMAC seals of the latest verification's stored result


@dataclass(frozen=True)
class ServerKey:
    """One root secret and its id (the id names it in checkpoints and encrypted values)."""

    id: str
    secret: bytes = field(repr=False)

    def derive(self, purpose: KeyPurpose, context: str = "") -> bytes:
        """The 32-byte key for `purpose` (and e.g. an account id), by HKDF-SHA256."""
        info = f"heed/v1/{purpose.value}/{context}".encode()
        kdf = hkdf.HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info)
        return kdf.derive(self.secret)

    def signing_key(self) -> ed25519.Ed25519PrivateKey:
        """The Ed25519 key that signs checkpoints, from its derived seed."""
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.derive(KeyPurpose.CHECKPOINTS))

    def public_key(self) -> ed25519.Ed25519PublicKey:
        return self.signing_key().public_key()

    def public_key_hex(self) -> str:
        """The checkpoint-verifying public key, to give to auditors and witnesses."""
        raw = serialization.Encoding.Raw
        return self.public_key().public_bytes(raw, serialization.PublicFormat.Raw).hex()

    def text(self) -> str:
        """`<id>:<base64url secret>`, the form HEED_SECRET_KEY and the key file use."""
        return f"{self.id}:{_b64(self.secret)}"

    @classmethod
    def new(cls) -> ServerKey:
        secret = secrets.token_bytes(32)
        return cls(hashlib.sha256(secret).hexdigest()[:8], secret)

    @classmethod
    def parse(cls, text: str) -> ServerKey:
        key_id, sep, encoded = text.strip().partition(":")
        try:
            secret = _unb64(encoded) if sep else b""
        except (ValueError, binascii.Error):
            secret = b""
        if not key_id or ":" in key_id or len(secret) < 32:
            raise ServerKeyInvalid(
                "a server key is written <id>:<base64url of 32 or more random bytes>, "
                "as `heed init` or `heed key rotate` write it"
            )
        return cls(key_id, secret)


@dataclass(frozen=True)
class AccountKeys:
    """One account's derived keys; the current key first in every list."""

    account_id: str
    keyring: Keyring = field(repr=False)
    #: The account's tombstone key from before the server key existed (migration 0012).
    legacy_tombstone_key: bytes | None = field(default=None, repr=False)

    def _all(self, purpose: KeyPurpose) -> list[bytes]:
        return self.keyring.derived(purpose, self.account_id)

    @property
    def sign_ins(self) -> list[bytes]:
        return self._all(KeyPurpose.SIGN_INS)

    @property
    def links(self) -> list[bytes]:
        return self._all(KeyPurpose.LINKS)

    @property
    def forms(self) -> list[bytes]:
        return self._all(KeyPurpose.FORMS)

    def tombstone(self, address: str) -> str:
        """What `address` is stored as once its person is erased: `erased:` + HMAC-SHA256."""
        return self.tombstones(address)[0]

    def tombstones(self, address: str) -> list[str]:
        """`address`'s tombstone under every key, current first: look all of them up, so an
        erasure made before a rotation still suppresses the person after it."""
        return next(self.tombstones_of((address,)))

    def tombstones_of(self, addresses: Iterable[str]) -> Iterator[list[str]]:
        """`tombstones` of each of many addresses (a filter asks every recipient's once the
        account has erased anyone), the keys looked up once."""
        keys = self._tombstone_keys
        return ([tombstone(key, address) for key in keys] for address in addresses)

    def probes_of(self, keys: npt.NDArray[np.uint64]) -> list[npt.NDArray[np.uint64]]:
        """The probes of many index keys (heed.core.tombstones.probes) under every key, current
        first: an erasure stores the current key's, a filter looks for every key's, as for
        tombstones. None under the legacy tombstone key: what was erased under it has no probe
        (heed.bulk.decide then tombstones every recipient, as before probes)."""
        return [probes(key, keys) for key in self._all(KeyPurpose.PROBES)]

    @property
    def _tombstone_keys(self) -> list[bytes]:
        keys = self._all(KeyPurpose.TOMBSTONES)
        return keys if self.legacy_tombstone_key is None else [*keys, self.legacy_tombstone_key]


@dataclass
class Keyring:
    """The server keys heed holds: `keys[0]` is current, the rest are retired (still trusted)."""

    keys: tuple[ServerKey, ...]
    _derived: dict[tuple[KeyPurpose, str], list[bytes]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.keys:
            raise ServerKeyInvalid("a keyring needs at least one key")

    @property
    def current(self) -> ServerKey:
        return self.keys[0]

    def get(self, key_id: str) -> ServerKey:
        for key in self.keys:
            if key.id == key_id:
                return key
        raise ServerKeyInvalid(
            f"made with server key {key_id!r}, which this key file does not hold "
            f"(it holds {', '.join(k.id for k in self.keys)})"
        )

    def account(self, account_id: str, legacy_tombstone_key: bytes | None = None) -> AccountKeys:
        return AccountKeys(account_id, self, legacy_tombstone_key)

    def derived(self, purpose: KeyPurpose, context: str = "") -> list[bytes]:
        """Every key's key for `purpose` and `context`, current first (cached: HKDF costs
        more than the HMAC a check computes with it)."""
        found = self._derived.get((purpose, context))
        if found is None:
            found = [key.derive(purpose, context) for key in self.keys]
            self._derived[(purpose, context)] = found
        return found

    # -- secrets at rest --------------------------------------------------------------------

    def encrypt(self, plaintext: str, context: str) -> str:
        """Encrypt `plaintext` with the current key; `context` (e.g. "senders.secret:<id>")
        is authenticated too, so a value copied to another row or column does not decrypt."""
        key = self.current
        nonce = secrets.token_bytes(12)
        box = aead.AESGCM(key.derive(KeyPurpose.SECRETS)).encrypt(
            nonce, plaintext.encode(), context.encode()
        )
        return f"{ENCRYPTED_PREFIX}{key.id}:{_b64(nonce + box)}"

    def decrypt(self, value: str, context: str) -> str:
        """The plaintext of an `encrypt`ed value (ServerKeyInvalid if it was altered)."""
        if not value.startswith(ENCRYPTED_PREFIX):
            raise ServerKeyInvalid(f"{context} is not encrypted")
        key_id, _, encoded = value[len(ENCRYPTED_PREFIX) :].partition(":")
        key = self.get(key_id)
        try:
            raw = _unb64(encoded)
            plain = aead.AESGCM(key.derive(KeyPurpose.SECRETS)).decrypt(
                raw[:12], raw[12:], context.encode()
            )
        except (ValueError, binascii.Error, exceptions.InvalidTag):
            raise ServerKeyInvalid(f"{context} does not decrypt: altered or moved") from None
        return plain.decode()

    # -- checkpoints ------------------------------------------------------------------------

    def sign(self, message: bytes) -> tuple[str, str]:
        """(key id, base64url Ed25519 signature) of `message` with the current key."""
        return self.current.id, _b64(self.current.signing_key().sign(message))

    def verify(self, key_id: str, message: bytes, signature: str) -> bool:
        """Whether `signature` is the key `key_id`'s signature of `message` (False for a key
        this keyring does not hold)."""
        try:
            self.get(key_id).public_key().verify(_unb64(signature), message)
        except (exceptions.InvalidSignature, ServerKeyInvalid, ValueError, binascii.Error):
            return False
        return True

    # -- the key file -----------------------------------------------------------------------

    def text(self) -> str:
        return json.dumps(
            {"format": _FILE_FORMAT, "keys": [key.text() for key in self.keys]}, indent=2
        )

    @classmethod
    def parse(cls, text: str, where: str) -> Keyring:
        """Read a key file's text, or HEED_SECRET_KEY (one key, or several comma-separated)."""
        stripped = text.strip()
        if stripped.startswith("{"):
            try:
                data = json.loads(stripped)
                entries = data["keys"] if data.get("format") == _FILE_FORMAT else None
            except (ValueError, KeyError, TypeError, AttributeError):
                entries = None
            if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
                raise ServerKeyInvalid(f"{where} is not a heed server key file")
        else:
            entries = [part for part in stripped.split(",") if part.strip()]
        try:
            keys = tuple(ServerKey.parse(entry) for entry in entries)
        except ServerKeyInvalid as exc:
            raise ServerKeyInvalid(f"{where}: {exc}") from None
        if not keys:
            raise ServerKeyInvalid(f"{where} holds no key")
        return cls(keys)

    @classmethod
    def generate(cls) -> Keyring:
        """A keyring of one fresh key (tests; `heed init` writes one to a file)."""
        return cls((ServerKey.new(),))


def default_key_path() -> Path:
    """`$XDG_CONFIG_HOME/heed/server.key` (~/.config/heed/server.key): beside no database, so
    copying a database directory does not copy its key."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "heed" / "server.key"


def load_keyring(secret_key: str | None = None, key_file: str | Path | None = None) -> Keyring:
    """The keyring from HEED_SECRET_KEY (`secret_key`) if set, else from the key file."""
    if secret_key:
        return Keyring.parse(secret_key, "HEED_SECRET_KEY")
    path = Path(key_file) if key_file else default_key_path()
    try:
        text = path.read_text()
    except FileNotFoundError:
        raise ServerKeyMissing(
            f"no server key at {path}: run `heed init` to create one, or set HEED_SECRET_KEY "
            "(or HEED_KEY_FILE to where the key file is)"
        ) from None
    except OSError as exc:
        raise ServerKeyMissing(f"cannot read the server key at {path}: {exc.strerror}") from None
    return Keyring.parse(text, str(path))


def create_key_file(path: str | Path | None = None) -> tuple[Path, Keyring, bool]:
    """Create the key file if there is none; return (path, keyring, whether it was created)."""
    target = Path(path) if path else default_key_path()
    if target.exists():
        return target, load_keyring(key_file=target), False
    keyring = Keyring.generate()
    _write_new(target, keyring.text())
    return target, keyring, True


def rotate_key_file(path: str | Path | None = None) -> tuple[Path, Keyring]:
    """Add a new current key to the key file, keeping the old ones as retired."""
    target = Path(path) if path else default_key_path()
    old = load_keyring(key_file=target)
    keyring = Keyring((ServerKey.new(), *old.keys))
    replacement = target.with_name(target.name + ".new")
    replacement.unlink(missing_ok=True)
    _write_new(replacement, keyring.text())
    os.replace(replacement, target)  # atomic: the file is always one whole keyring
    return target, keyring


def _write_new(path: Path, text: str) -> None:
    """Write a file readable by its owner only (0600) from the first byte, and sync it."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text + "\n")
        file.flush()
        os.fsync(file.fileno())


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))

"""The SQLite store encrypted at rest (SQLCipher), and where its keys live.

Every SQLite file Coordinator makes is a SQLCipher database: each page is encrypted with
AES-256 and authenticated with an HMAC, so a copied file, a backup stick or a lost laptop
shows nothing without the key (https://www.zetetic.net/sqlcipher/design/). The library comes
inside the ``sqlcipher3`` wheels on Windows, macOS and Linux; it reads plain SQLite files too,
so a store made before encryption opens as it did until ``coordinator db encrypt`` converts it.

The key of a file is derived from its **recovery passphrase** and the file's own random salt
(its first 16 bytes, never encrypted) with SQLCipher 4's own key derivation, PBKDF2-HMAC-SHA512
with 256,000 iterations (https://www.zetetic.net/sqlcipher/sqlcipher-api/#kdf_iter). So the
file and its passphrase are all another workstation needs: ``PRAGMA key = 'passphrase'`` opens
it there. A new database gets a random recovery code as its passphrase, which an administrator
reads once and keeps away from the workstation, or replaces with a passphrase of their own.

Day to day nobody types anything: the derived key itself (32 bytes, so no key derivation at
each connection) is kept in the operating system's credential store through ``keyring``
(Windows Credential Manager, the macOS Keychain, the Secret Service on Linux), under the
file's salt: copies of one file (a test template, a restored previous copy) share it. Where
the system has no credential store (a Linux workstation without a desktop keyring), the keys
go to an owner-only key folder in the user's settings folder instead (``key_folder``),
which still keeps a copied database or backup unreadable, though not a whole disk taken with
the user's home folder. ``COORDINATOR_KEY_FOLDER`` names such a folder and makes it the
store (the tests use one of their own).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import sqlcipher3

from coordinator.domain.errors import DatabaseLocked, StoreUnavailable
from coordinator.store.key_folder import KeyFolder

_log = logging.getLogger(__name__)

#: The DB-API module for every SQLite file (plain or encrypted); its errors are the ones
#: SQLAlchemy and the file tools meet.
dbapi = sqlcipher3
PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 256-bit key.
KDF_ITERATIONS = 256_000
SERVICE = "Coordinator database key"
# A recovery code: 30 characters of Crockford's base32 (no I, L, O or U to misread), 150
# bits, typed in six groups of five.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS = 6
_CODE_GROUP = 5
KEY_FOLDER_VAR = "COORDINATOR_KEY_FOLDER"
# What SQLite says of a file a key does not open: "file is not a database" (or, past the
# first page, "database disk image is malformed").
_WRONG_KEY_CODES = (26, 11)
#: "off" makes new SQLite files plain (benchmarks compare both; support may need it).
ENCRYPTION_VAR = "COORDINATOR_STORE_ENCRYPTION"


@dataclass(frozen=True)
class StoreKey:
    """The raw key of one encrypted file and that file's salt."""

    key: bytes
    salt: bytes

    @property
    def literal(self) -> str:
        """The raw-key form: 64 hex digits of key then 32 of salt; SQLCipher skips its key
        derivation and, for a new file, writes this salt."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def pragma(self, verb: str = "key") -> str:
        """``PRAGMA key`` (or ``rekey``) with this key."""
        return f'PRAGMA {verb} = "{self.literal}"'


@dataclass(frozen=True)
class KeyEntry:
    """What the credential store holds for one file."""

    key: StoreKey
    #: The generated recovery code, until an administrator sets a passphrase of their own.
    recovery_code: str | None


def derive(passphrase: str, salt: bytes) -> StoreKey:
    """The key SQLCipher derives from ``passphrase`` for the file with ``salt``."""
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return StoreKey(hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, KEY_BYTES),
                    salt)


def new_recovery_code() -> str:
    characters = "".join(secrets.choice(_CODE_ALPHABET)
                         for _ in range(_CODE_GROUPS * _CODE_GROUP))
    return "-".join(characters[start:start + _CODE_GROUP]
                    for start in range(0, len(characters), _CODE_GROUP))


def code_forms(typed: str) -> list[str]:
    """What to try for a typed passphrase: as typed, and, when it could be a recovery code
    typed loosely (lower case, spaces, no dashes, O for 0), the code's own form."""
    forms = [typed]
    letters = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    letters = letters.translate(str.maketrans("OIL", "011"))
    if (len(letters) == _CODE_GROUPS * _CODE_GROUP
            and all(ch in _CODE_ALPHABET for ch in letters)):
        code = "-".join(letters[start:start + _CODE_GROUP]
                        for start in range(0, len(letters), _CODE_GROUP))
        if code != typed:
            forms.append(code)
    return forms


def new_store_key(passphrase: str) -> StoreKey:
    """A key for a new file: a fresh random salt, the key derived from ``passphrase``."""
    return derive(passphrase, secrets.token_bytes(SALT_BYTES))


def create_key(keys: KeyStore | None = None) -> tuple[StoreKey, str]:
    """A key for a new file under a new recovery code, kept in the credential store before
    the file exists; returns both."""
    code = new_recovery_code()
    key = new_store_key(code)
    (keys or KeyStore()).save(key, code)
    return key, code


def encryption_wanted() -> bool:
    return os.environ.get(ENCRYPTION_VAR, "").strip().lower() not in {"off", "0", "no", "plain"}


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file, or None for a missing, short or plain SQLite file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == PLAIN_HEADER:
        return None
    return head[:SALT_BYTES]


def is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def _backend() -> keyring.backend.KeyringBackend:
    """The operating system's credential store, or the owner-only key file without one."""
    named = os.environ.get(KEY_FOLDER_VAR)
    if named:
        return KeyFolder(Path(named))
    backend = keyring.get_keyring()
    if backend.priority <= 0 or type(backend).__module__.startswith(
            ("keyring.backends.fail", "keyring.backends.null")):
        return KeyFolder(KeyFolder.default_path())
    return backend


class KeyStore:
    """The keys this workstation holds, in its credential store, by file salt."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        if self._backend is None:
            self._backend = _backend()
        return self._backend

    @property
    def description(self) -> str:
        backend = self.backend
        if isinstance(backend, KeyFolder):
            return f"the key folder {backend.path}"
        return f"the credential store ({getattr(backend, 'name', type(backend).__name__)})"

    def load(self, salt: bytes, where: Path) -> KeyEntry | None:
        """The entry for the file with ``salt`` (at ``where``, for the sentences); None when
        there is none. A damaged entry is ``DatabaseLocked``."""
        try:
            raw = self.backend.get_password(SERVICE, salt.hex())
        except keyring.errors.KeyringError as error:
            raise DatabaseLocked(
                f"The credential store of this workstation did not answer ({error}); unlock "
                f"{where} with its recovery passphrase ('coordinator --db {where} db unlock') "
                "or ask your administrator.", where) from None
        if raw is None:
            return None
        try:
            data: dict[str, Any] = json.loads(raw)
            key = bytes.fromhex(str(data["key"]))
            code = data.get("recovery_code")
            if len(key) != KEY_BYTES or not (code is None or isinstance(code, str)):
                raise ValueError("wrong size")
        except (ValueError, KeyError, TypeError):
            raise DatabaseLocked(
                f"The key for {where} kept on this workstation is damaged; unlock it with its "
                f"recovery passphrase ('coordinator --db {where} db unlock') or ask your "
                "administrator.", where) from None
        return KeyEntry(StoreKey(key, salt), code)

    def save(self, key: StoreKey, recovery_code: str | None) -> None:
        value = json.dumps({"key": key.key.hex(), "recovery_code": recovery_code})
        try:
            self.backend.set_password(SERVICE, key.salt.hex(), value)
        except keyring.errors.KeyringError as error:
            raise StoreUnavailable(
                f"Could not keep the database key in {self.description} ({error}); nothing "
                "was changed.") from None

    def forget(self, salt: bytes) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE, salt.hex())


def connect(path: Path | str, key: StoreKey | None = None, *, uri: bool = False,
            timeout: float = 5.0, isolation_level: str | None = "") -> sqlcipher3.Connection:
    """A DB-API connection to the SQLite file ``path``, keyed with ``key`` (None: plain).

    The key is set before anything is read, as SQLCipher requires; SQLCipher's own logging
    to standard error (a failed HMAC check on a wrong key) is turned off.
    """
    connection = sqlcipher3.connect(str(path), uri=uri, timeout=timeout,
                                    isolation_level=isolation_level,
                                    check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(key.pragma())
    return connection


def key_for(path: Path, keys: KeyStore | None = None) -> StoreKey | None:
    """The key that opens the existing file ``path`` on this workstation: None for a plain
    file, ``DatabaseLocked`` for an encrypted one this workstation has no key for."""
    salt = file_salt(path)
    if salt is None:
        return None
    entry = (keys or KeyStore()).load(salt, path)
    if entry is None:
        raise DatabaseLocked(
            f"{path} is encrypted and this workstation holds no key for it. Unlock it with "
            f"its recovery passphrase ('coordinator --db {path} db unlock'), or ask your "
            "administrator; if it is not a Coordinator database or was damaged, restore the "
            f"latest good backup with 'coordinator --db {path} restore BACKUP_FILE'.", path)
    return entry.key


def open_file(path: Path | str, keys: KeyStore | None = None, **options: Any
              ) -> sqlcipher3.Connection:
    """A connection to the existing file ``path`` with whatever key it needs here."""
    return connect(path, key_for(Path(path), keys), **options)


def page_problems(connection: Any, encrypted: bool,
                  check: str | None = "quick_check(1)") -> list[str]:
    """What SQLite's ``check`` (quick_check or integrity_check; None: none) finds wrong,
    with every page's HMAC checked first on an encrypted file: empty when all is whole.

    SQLCipher's own check names a page that fails its authentication (damaged, or changed
    by someone without the key); SQLite's checks would meet such a page as an "out of
    memory" error, which is reported here as damage too.
    """
    if encrypted:
        failed = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        if failed:
            return failed[:5]
    if check is None:
        return []
    try:
        found = [str(row[0]) for row in connection.execute(f"PRAGMA {check}")]
    except MemoryError:
        return ["a page could not be read"]
    return [] if found == ["ok"] else found


def key_from_passphrase(path: Path, passphrase: str) -> StoreKey | None:
    """The key ``passphrase`` (as typed, or as the recovery code it may be typed loosely
    for) gives the encrypted file ``path``, checked by reading its first page; None when
    it does not open it."""
    salt = file_salt(path)
    if salt is None:
        return None
    for form in code_forms(passphrase):
        key = derive(form, salt)
        try:
            with closing(connect(path, key)) as connection:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError as error:
            if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF in _WRONG_KEY_CODES:
                continue
            raise
        return key
    return None

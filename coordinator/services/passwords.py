"""Password hashing with Argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

#: The app's hasher: Argon2id with argon2-cffi's defaults (time cost 3, 64 MiB, 4 lanes),
#: RFC 9106's second recommended option, about 0.2 s per hash on a workstation.
DEFAULT_HASHER = PasswordHasher()
_hasher = DEFAULT_HASHER


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Hash new passwords with ``hasher`` from now on (every stored hash names its own
    parameters, so existing ones still verify; a sign-in rehashes a password whose hash
    does not match ``hasher``). The test suite signs in thousands of times and uses a
    cheap Argon2id profile; the app never calls this. Returns the hasher used before."""
    global _hasher
    before, _hasher = _hasher, hasher
    return before


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)

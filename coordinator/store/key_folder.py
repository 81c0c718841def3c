"""A ``keyring`` backend that keeps database keys in an owner-only folder, one file each.

Used where the operating system offers no credential store (a Linux workstation without a
desktop keyring, a server session), and by the tests, which must not write into a
developer's own keychain. Each secret is its own small file, written to a temporary name
and renamed, so two processes saving keys at once never lose one another's; the folder is
for its owner alone (0700, files 0600, on POSIX; on Windows the user's own settings folder
is private to them already).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import keyring.backend
import keyring.errors
import platformdirs


class KeyFolder(keyring.backend.KeyringBackend):
    """One file per (service, user name), named by a hash of both."""

    priority = 0.1  # never chosen by keyring on its own

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = path or self.default_path()

    @staticmethod
    def default_path() -> Path:
        return Path(platformdirs.user_config_dir("Coordinator", appauthor=False)) / "keys"

    @property
    def name(self) -> str:
        return f"key folder {self.path}"

    def _file(self, service: str, username: str) -> Path:
        digest = hashlib.sha256(f"{service}\0{username}".encode()).hexdigest()[:40]
        return self.path / f"{digest}.key"

    def get_password(self, service: str, username: str) -> str | None:
        try:
            return self._file(service, username).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            raise keyring.errors.KeyringError(f"cannot read a key in {self.path}: {error}") \
                from None

    def set_password(self, service: str, username: str, password: str) -> None:
        target = self._file(service, username)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            self.path.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(password)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise keyring.errors.PasswordSetError(
                f"cannot write a key in {self.path}: {error.strerror}") from None

    def delete_password(self, service: str, username: str) -> None:
        try:
            self._file(service, username).unlink()
        except FileNotFoundError:
            raise keyring.errors.PasswordDeleteError(f"no entry for {username}") from None

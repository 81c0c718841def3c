"""Typed errors that services raise and the UI and CLI turn into plain sentences.

Expected problems (bad input, a stale edit, a locked account, an unreachable server) are
``CoordinatorError`` subclasses with a message written for a case manager. Anything else is a
bug and goes to the crash dialog.

A message is English (what the command line and the log say); one marked with
``said("Validation", …)`` is a ``coordinator.domain.words.Words``, which a screen shows in
the user's language (``coordinator.ui.said_text``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from coordinator.domain.words import joined, said

if TYPE_CHECKING:
    from coordinator.domain.consent import ConsentRequest


class CoordinatorError(Exception):
    """An expected failure with a message a user can act on."""

    #: CLI exit code for this kind of failure (docs/architecture.md §5).
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CoordinatorError):
    """Input that breaks a rule; ``fields`` maps a field name to its own sentence."""

    def __init__(self, message: str, fields: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields: dict[str, str] = dict(fields or {})

    @classmethod
    def for_fields(cls, fields: Mapping[str, str]) -> ValidationError:
        """One error carrying every field problem, its message listing them all (a
        ``Words`` when the sentences are, so a screen can show it translated)."""
        return cls(joined(said("Validation", "%1 %2"), list(fields.values())), fields)


class NotFound(CoordinatorError):
    """The record asked for does not exist (or is not visible to this user)."""


class Conflict(CoordinatorError):
    """A save based on an old version of a record, or a rule about other records."""


class PermissionDenied(CoordinatorError):
    """The signed-in user's role does not allow this action."""

    exit_code = 3


class SessionEnded(PermissionDenied):
    """The account changed since this session signed in (its role, a deactivation, a password
    reset by an administrator); the session is over and the person must sign in again."""


class ConsentRequired(CoordinatorError):
    """A disclosure needs a release-of-information consent that is not on file.

    ``asked`` is what the missing consent must cover (a ``domain.consent.ConsentRequest``)
    when the refusal knows it, so the consent form can open filled in."""

    def __init__(self, message: str, asked: ConsentRequest | None = None) -> None:
        super().__init__(message)
        self.asked = asked

    exit_code = 3


class AuthenticationFailed(CoordinatorError):
    """Wrong user name or password; deliberately does not say which."""


class AccountLocked(AuthenticationFailed):
    """Too many failed tries; the account opens again at ``until`` (UTC, ISO 8601)."""

    def __init__(self, message: str, until: str) -> None:
        super().__init__(message)
        self.until = until


class AccountDeactivated(AuthenticationFailed):
    """The password was right but an administrator has deactivated the account."""


class StoreUnavailable(CoordinatorError):
    """The database cannot be opened: bad path, not a database, server unreachable."""


class SchemaTooNew(StoreUnavailable):
    """The database was written by a newer version of Coordinator."""


class DatabaseDamaged(StoreUnavailable):
    """The database file is damaged (or is not a database at all); the sentence names the
    file and says how to restore a backup."""


class DatabaseLocked(StoreUnavailable):
    """An encrypted database this workstation holds no working key for; the sentence says
    how to unlock it (its recovery passphrase) or whom to ask. ``path`` is the file, for
    the app's unlock window."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = None if path is None else str(path)

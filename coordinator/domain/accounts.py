"""Account rules: lockout after repeated failures, password and user-name policy."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


def lock_after_failure(failed_attempts: int, now: datetime) -> datetime | None:
    """When an account with this many consecutive failures should open again, or None."""
    if failed_attempts >= MAX_FAILED_ATTEMPTS:
        return now + LOCKOUT
    return None


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until


def username_problem(username: str) -> str | None:
    if not _USERNAME.match(username):
        return ("A user name is 2-40 lower-case letters, digits, dots, dashes or underscores, "
                "starting with a letter or digit.")
    return None


def password_problem(password: str, *, allow_short: bool = False) -> str | None:
    """A sentence when the password is unacceptable; ``allow_short`` is for demo databases."""
    if not password.strip():
        return "The password cannot be empty."
    if not allow_short and len(password) < MIN_PASSWORD_LENGTH:
        return f"A password needs at least {MIN_PASSWORD_LENGTH} characters."
    return None

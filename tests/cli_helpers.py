"""Running the real ``coordinator`` command line in-process, as the CLI tests do."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.services.app import open_services


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The exit code and what the command printed on stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def choose_own_password(db_path: Path, username: str, temporary: str, chosen: str) -> None:
    """Sign in as ``username`` the way the app does and replace the temporary password (the
    command line refuses an account until then)."""
    services, _ = open_services(str(db_path))
    try:
        services.auth.login(username, temporary)
        services.auth.change_own_password(temporary, chosen)
    finally:
        services.close()

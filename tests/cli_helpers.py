"""Running the real ``coordinator`` command line in-process, as the CLI tests do."""

from __future__ import annotations

import pytest

from coordinator.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The exit code and what the command printed on stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err

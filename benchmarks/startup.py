"""Cold starts in separate processes: the app's main window and a bare Qt window.

The two kinds of child alternate (bare, app, bare, app, ...) so that whatever else the
machine is doing at the moment falls on both, and the ratio stays fair.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_REPOSITORY = Path(__file__).resolve().parent.parent
_TIMEOUT_S = 600


@dataclass(frozen=True)
class ColdStarts:
    """What each child printed, run by run."""

    app: list[dict[str, Any]]
    bare: list[dict[str, Any]]


def measure_cold_starts(database: Path, *, runs: int, warmup: int) -> ColdStarts:
    """Start the app and the bare window ``runs`` times each, after ``warmup`` untimed pairs.

    The warm-up reads the program's files and the database into the operating system's
    cache, as any start after the first of the day finds them.
    """
    app, bare = _alternate_with_bare(["app", str(database)], runs=runs, warmup=warmup)
    return ColdStarts(app, bare)


@dataclass(frozen=True)
class SignInStarts:
    """The app started as ``coordinator gui`` does (sign-in window first), and the bare
    window, run by run."""

    signin: list[dict[str, Any]]
    bare: list[dict[str, Any]]


def measure_sign_in_starts(database: Path, *, runs: int, warmup: int) -> SignInStarts:
    """Alternate bare windows and real starts to the filled dashboard (see ``child``)."""
    signin, bare = _alternate_with_bare(["signin", str(database)], runs=runs, warmup=warmup)
    return SignInStarts(signin, bare)


def _alternate_with_bare(arguments: list[str], *, runs: int, warmup: int,
                         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What the child started with ``arguments`` printed, and the bare window's answers,
    the two started alternately ``warmup`` untimed and then ``runs`` timed times."""
    measured: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    for number in range(warmup + runs):
        bare_answer = _child(["bare"])
        answer = _child(arguments)
        if number >= warmup:
            bare.append(bare_answer)
            measured.append(answer)
    return measured, bare


@dataclass(frozen=True)
class CommandTimes:
    """Wall-clock seconds of whole processes, run by run: ``python -c "import
    sqlalchemy"`` (the floor), and the command line failing on a bad argument."""

    import_sqlalchemy: list[float]
    commands: dict[str, list[float]]


def measure_failing_commands(database: Path, *, runs: int,
                             warmup: int) -> CommandTimes:
    """Each run starts the floor and then every command once, in turn; each command must
    exit 1 with its one-line reason, or the measurement stops."""
    from coordinator.demo import DEMO_PASSWORD

    missing_folder = Path(tempfile.gettempdir()) / "no-such-coordinator-folder" / "x.pdf"
    common = ["--db", str(database), "--user", "admin", "export", "discharge"]
    commands = {
        "out_folder": [*common, "--client", "MRN-000001", "--out", str(missing_folder)],
        "unknown_record": [*common, "--client", "NO-SUCH-RECORD",
                           "--out", str(Path(tempfile.gettempdir()) / "x.pdf")],
    }
    environment = dict(os.environ, COORDINATOR_PASSWORD=DEMO_PASSWORD)
    environment.pop("COORDINATOR_DB", None)
    floor: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in commands}
    for number in range(warmup + runs):
        seconds = _timed([sys.executable, "-c", "import sqlalchemy"], environment, 0)
        if number >= warmup:
            floor.append(seconds)
        for name, arguments in commands.items():
            seconds = _timed([sys.executable, "-m", "coordinator", *arguments], environment, 1)
            if number >= warmup:
                times[name].append(seconds)
    return CommandTimes(floor, times)


def _timed(command: list[str], environment: dict[str, str], expected: int) -> float:
    started = time.perf_counter()
    finished = subprocess.run(command, cwd=_REPOSITORY, env=environment, capture_output=True,
                              text=True, timeout=_TIMEOUT_S, check=False)
    seconds = time.perf_counter() - started
    if finished.returncode != expected:
        raise RuntimeError(f"{command[2:]} exited {finished.returncode}, not {expected}:\n"
                           f"{finished.stderr.strip()}")
    return seconds


def _child(arguments: list[str]) -> dict[str, Any]:
    from coordinator.demo import DEMO_PASSWORD

    # The password comes in the environment, as for the CLI, so the child does not import
    # the demo generator only to learn it (the app itself never loads it at start).
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       COORDINATOR_PASSWORD=DEMO_PASSWORD)
    environment.pop("COORDINATOR_DB", None)
    started_at = time.time()
    finished = subprocess.run(
        [sys.executable, "-m", "benchmarks.child", *arguments, repr(started_at)],
        cwd=_REPOSITORY, env=environment, capture_output=True, text=True, timeout=_TIMEOUT_S,
        check=False)
    lines = finished.stdout.strip().splitlines()
    if finished.returncode != 0 or not lines:
        raise RuntimeError(f"The {arguments[0]} start failed (exit {finished.returncode}):\n"
                           f"{finished.stderr.strip()}")
    answer: dict[str, Any] = json.loads(lines[-1])
    return answer

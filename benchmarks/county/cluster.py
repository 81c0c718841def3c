"""A PostgreSQL server of the harness's own: initdb, start on a free port, stop, delete.

The county run measures the app against a server nobody else is using, so its figures are
not another program's load. The cluster lives in a temporary folder and is stopped and
deleted when the run ends, whether it finishes, fails, or is interrupted (Ctrl+C or a
SIGTERM; only a SIGKILL leaves it behind, in a folder named ``coordinator-county-pg-*``
under the temporary folder). ``--pg-data DIR`` keeps the cluster in DIR instead, so a
million-client demo database generated once is reused by later runs; the server is still
stopped at the end.

The server keeps PostgreSQL's durable defaults (fsync, synchronous commit, full-page
writes all on: a commit waits for the disk, as a clinic's server would); the settings the
harness does change are in ``SETTINGS`` and in the results.

PostgreSQL refuses to run as root, so when the harness runs as root the cluster belongs
to the ``postgres`` user and every server command runs as that user (through ``runuser``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIRST_PORT = 54329
PORTS_TRIED = 200
SERVER_OWNER_WHEN_ROOT = "postgres"


def settings(workstations: int) -> dict[str, str]:
    """What the harness sets on its server besides where it listens.

    ``shared_buffers`` is what a server for a county's records would be given (the
    default, 128 MB, is sized for a laptop); each simulated workstation holds a few
    connections in its pool, hence the connection limit.
    """
    return {
        "shared_buffers": "1GB",
        "max_connections": str(max(100, 6 * workstations + 20)),
        "fsync": "on",
        "synchronous_commit": "on",
        "full_page_writes": "on",
    }


class ClusterFailed(Exception):
    """The throwaway server could not be created or started (the sentence says why)."""


@dataclass(frozen=True)
class Cluster:
    """A running server: its maintenance URL, where its files are, what it was given."""

    url: str
    data: Path
    log: Path
    settings: dict[str, str]
    version: str


def find_binaries() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl`` (the newest installed PostgreSQL)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                   key=lambda folder: int(Path(folder).parent.name)
                   if Path(folder).parent.name.isdigit() else 0)
    for folder in reversed(found):
        if (Path(folder) / "initdb").is_file():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb is not None:
        return Path(os.path.realpath(initdb)).parent
    raise ClusterFailed("No PostgreSQL server programs (initdb, pg_ctl) were found; install "
                        "the postgresql package, or pass --url of a server to use.")


def free_port() -> int:
    """The first port from ``FIRST_PORT`` up that nothing listens on."""
    for port in range(FIRST_PORT, FIRST_PORT + PORTS_TRIED):
        with socket.socket() as probe:
            # As postgres does: a port whose last connections are in TIME_WAIT is free.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise ClusterFailed(f"No free port between {FIRST_PORT} and "
                        f"{FIRST_PORT + PORTS_TRIED - 1} for the throwaway server.")


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", SERVER_OWNER_WHEN_ROOT, "--", *command]
    return command


def _run(command: list[str], what: str, log: Path | None = None) -> str:
    # From /, which the postgres user can always reach: initdb fails in a folder it
    # cannot read.
    done = subprocess.run(_as_owner(command), cwd="/", capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        tail = ""
        if log is not None and log.is_file():
            tail = "\n" + "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise ClusterFailed(f"{what} failed: {(done.stderr or done.stdout).strip()}{tail}")
    return done.stdout


def _give_to_owner(folder: Path) -> None:
    if os.geteuid() == 0:
        owner = pwd.getpwnam(SERVER_OWNER_WHEN_ROOT)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    folder.chmod(0o700)


@contextlib.contextmanager
def throwaway_cluster(workstations: int, keep_in: Path | None = None) -> Iterator[Cluster]:
    """Start a server for this run; stop it (and delete it, unless ``keep_in``) after.

    Args:
        workstations: how many simulated workstations will connect (the connection limit).
        keep_in: a folder to keep the cluster in between runs (created with initdb the
            first time); None: a temporary folder, deleted at the end.

    Raises:
        ClusterFailed: no server programs, no free port, or initdb or the start failed.
    """
    binaries = find_binaries()
    root = keep_in.resolve() if keep_in is not None else Path(
        tempfile.mkdtemp(prefix="coordinator-county-pg-"))
    data, log = root / "data", root / "server.log"
    given = settings(workstations)
    started = False
    try:
        root.mkdir(parents=True, exist_ok=True)
        _give_to_owner(root)
        if not (data / "PG_VERSION").is_file():
            _run([str(binaries / "initdb"), f"--pgdata={data}", "--username=postgres",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--auth=trust"], "initdb")
        port = free_port()
        options = [f"-c listen_addresses=127.0.0.1 -c port={port}",
                   f"-c unix_socket_directories={root}",
                   *(f"-c {name}={value}" for name, value in given.items())]
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "120",
              "-o", " ".join(options), "start"], "Starting the PostgreSQL server", log)
        started = True
        version = (data / "PG_VERSION").read_text().strip()
        yield Cluster(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", data, log,
                      given, version)
    finally:
        if started:
            _stop(binaries, data)
        if keep_in is None:
            shutil.rmtree(root, ignore_errors=True)


def _stop(binaries: Path, data: Path) -> None:
    """fast: roll back open transactions and stop; if that does not end it in time,
    immediate (no shutdown checkpoint: the next start recovers from the WAL)."""
    for mode in ("fast", "immediate"):
        try:
            _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", mode, "-w", "-t", "60",
                  "stop"], "Stopping the PostgreSQL server")
        except ClusterFailed:
            continue
        return

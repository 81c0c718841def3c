"""Several workstations at once: each one a real process with its own database connection.

``run_together`` starts one process per workstation (``python -m tests.services.workstations
URL TASK ARGS…``). Each opens the database, does what must come before (signing in), prints
``ready`` and waits; once every one is ready the test writes ``go`` to all of them, so their
work starts at the same moment without any sleeping. Each prints its answers as one JSON line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
READY = "ready"


def run_together(url: str, task: str, *workstations: list[str],
                 timeout: float = 120) -> list[Any]:
    """Run ``task`` on one process per argument list, started together; their answers."""
    processes = [subprocess.Popen(
        [sys.executable, "-m", "tests.services.workstations", url, task, *arguments],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True) for arguments in workstations]
    try:
        for process in processes:
            assert process.stdout is not None
            line = process.stdout.readline().strip()
            if line != READY:
                _, errors = process.communicate(timeout=timeout)
                raise AssertionError(f"a workstation did not get ready: {line}{errors}")
        for process in processes:  # go: all of them within a few microseconds
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        outputs = [process.communicate(timeout=timeout) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
    for process, (_, errors) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, errors
    return [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]


def _create_clients(services: Any, username: str, password: str, count: str,
                    name: str) -> Any:
    from coordinator.domain.errors import CoordinatorError
    from coordinator.services.dto import ClientInput

    services.auth.login(username, password)
    _wait_for_go()
    saved, errors = [], []
    for number in range(int(count)):
        try:
            saved.append(services.clients.create(
                ClientInput(f"{name}{number}", "Ortiz")).record_number)
        except CoordinatorError as error:  # what the person would have been told
            errors.append(error.message)
    return {"saved": saved, "errors": errors}


def _sign_in(services: Any, username: str, password: str) -> Any:
    from coordinator.domain.errors import CoordinatorError

    services.auth.has_users()  # the connection is open before the start
    _wait_for_go()
    try:
        actor = services.auth.login(username, password)
    except CoordinatorError as error:
        return {"refused": error.message}
    return {"signed_in": actor.username, "clients": services.clients.count()}


def _wrong_passwords(services: Any, username: str, count: str) -> Any:
    from coordinator.domain.errors import AuthenticationFailed

    services.auth.has_users()
    _wait_for_go()
    answers = []
    for _ in range(int(count)):
        try:
            services.auth.login(username, "not the password")
        except AuthenticationFailed as error:
            answers.append(error.message)
        else:
            answers.append("signed in")
    return answers


TASKS = {"create_clients": _create_clients, "sign_in": _sign_in,
         "wrong_passwords": _wrong_passwords}


def _wait_for_go() -> None:
    print(READY, flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("the test did not say go")


def main(url: str, task: str, *arguments: str) -> None:
    from coordinator.services.app import AppServices
    from coordinator.store.engine import open_database

    db = open_database(url)
    try:
        answer = TASKS[task](AppServices(db), *arguments)
    finally:
        db.dispose()
    print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

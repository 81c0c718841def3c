"""One round: W workstation processes, started together, run to the end, summed up.

The processes are started with ``spawn`` (a fresh interpreter each, as separate computers
would be), prepare (sign in, pick their records), say they are ready, and wait. When all
are ready the parent sets one event and every workstation starts its clock at once; the
round's wall time runs from that event to the last report. A workstation that fails to
prepare or dies stops the round, and every process the round started is ended.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from typing import Any

from benchmarks.county.results import summarize
from benchmarks.county.workstation import WorkstationPlan, run

CASE_MANAGERS = ("casemanager", "skeo", "jwashington", "tnguyen", "mdelacruz", "hgoldberg",
                 "aramirez")
#: How long workstations may take to start, sign in and pick their records (all at once
#: on a small machine, with a million clients to pick from).
PREPARE_TIMEOUT_S = 1800.0
#: How long past its asked-for end a workstation may take to report.
REPORT_GRACE_S = 600.0
_POLL_S = 1.0


class RoundFailed(Exception):
    """A workstation could not prepare, or died; the message carries its traceback."""


def case_managers(clients: int) -> tuple[str, ...]:
    """The demo's case managers: the named ones, then a county-sized demo's ``cm0001`` …"""
    from coordinator.demo.generator import more_case_managers
    from coordinator.demo.reference import county_staff

    return CASE_MANAGERS + tuple(username for username, _, _
                                 in county_staff(more_case_managers(clients)))


def plans(location: str, workstations: int, *, seconds: float | None,
          operations: int | None, think_ms: float, seed: int,
          clients: int = 0) -> list[WorkstationPlan]:
    """Workstation i signs in as the demo's i-th case manager (round robin, so in a demo
    of ``clients`` with enough of them, each a case manager of its own), seeded apart."""
    from coordinator.demo import DEMO_PASSWORD

    usernames = case_managers(clients)
    return [WorkstationPlan(index, location, usernames[index % len(usernames)],
                            DEMO_PASSWORD, seed * 1000 + index, seconds, operations, think_ms)
            for index in range(workstations)]


def run_round(location: str, workstations: int, *, seconds: float | None,
              operations: int | None, think_ms: float = 0.0, seed: int = 1,
              clients: int = 0, say: Any = print) -> dict[str, Any]:
    """Run W workstations against ``location``; returns ``results.summarize``'s figures."""
    context = multiprocessing.get_context("spawn")
    go = context.Event()
    reports = context.Queue()
    processes = [context.Process(target=run, args=(plan, go, reports),
                                 name=f"workstation-{plan.index}", daemon=True)
                 for plan in plans(location, workstations, seconds=seconds,
                                   operations=operations, think_ms=think_ms, seed=seed,
                                   clients=clients)]
    try:
        for process in processes:
            process.start()
        _collect(reports, processes, "ready", PREPARE_TIMEOUT_S)
        say(f"    {workstations} workstation{'s' if workstations != 1 else ''} ready; go")
        started = time.perf_counter()
        go.set()
        limit = (seconds or 0) + REPORT_GRACE_S if operations is None else None
        tallies = _collect(reports, processes, "done", limit)
        wall = time.perf_counter() - started
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=30)
        reports.close()
    return summarize([tally for _, tally in sorted(tallies.items())], wall)


def _collect(reports: Any, processes: list[Any], wanted: str,
             limit_s: float | None) -> dict[int, Any]:
    """One ``wanted`` report from every workstation, checking between reports that none
    died without one."""
    got: dict[int, Any] = {}
    deadline = None if limit_s is None else time.monotonic() + limit_s
    while len(got) < len(processes):
        try:
            kind, index, payload = reports.get(timeout=_POLL_S)
        except queue.Empty:
            silent = [p for i, p in enumerate(processes) if i not in got and not p.is_alive()]
            if silent:
                raise RoundFailed(f"{silent[0].name} ended (exit {silent[0].exitcode}) "
                                  f"without reporting {wanted}.") from None
            if deadline is not None and time.monotonic() > deadline:
                raise RoundFailed(f"{len(processes) - len(got)} workstations did not report "
                                  f"{wanted} in time.") from None
            continue
        if kind == "failed":
            raise RoundFailed(f"workstation-{index} failed:\n{payload}")
        if kind == wanted:
            got[index] = payload
    return got

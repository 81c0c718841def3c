"""Thirty kill -9 of a workstation in the middle of saving lose nothing it was told was saved.

A process saves clients and assessments through the services; after a number of
acknowledged saves (chosen by a seeded random generator, read from its pipe as they come,
never timed) the test kills it with SIGKILL, wherever it is: inside a commit, between the
commit and the audit anchor, before its first save. Thirty rounds on one database, then the database
must be whole (``PRAGMA integrity_check`` on SQLite), the audit trail must verify, and
every save that was acknowledged must be there. On PostgreSQL the same rounds check that a
killed client's half-done transaction, row locks and audit lock leave nothing behind.
"""

from __future__ import annotations

import multiprocessing
import random
import signal
from multiprocessing.forkserver import set_forkserver_preload

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.store.engine import Database
from coordinator.store.models import Assessment, Client
from tests.services.crash_child import save_until_killed
from tests.services.helpers import admin_services
from tests.sqlite_damage import open_db

ROUNDS = 30


def test_thirty_kills_mid_save_lose_no_acknowledged_save_and_break_nothing(
        database: Database) -> None:
    ana = admin_services(database)
    location = database.url.render_as_string(hide_password=False)
    # A fork server imports the services once; each round's process is forked from it,
    # clean of this test process's connections and threads.
    set_forkserver_preload(["tests.services.crash_child"])
    processes = multiprocessing.get_context("forkserver")
    choose = random.Random(20260303)
    acknowledged: dict[str, set[str]] = {"client": set(), "assessment": set()}
    for round_number in range(1, ROUNDS + 1):
        receiving, sending = processes.Pipe(duplex=False)
        workstation = processes.Process(
            target=save_until_killed,
            args=(location, ana.actor, str(round_number), sending))
        workstation.start()
        sending.close()
        for _ in range(choose.randint(1, 8)):
            kind, key = receiving.recv()
            acknowledged[kind].add(key)
        workstation.kill()
        workstation.join()
        receiving.close()
        assert workstation.exitcode == -signal.SIGKILL, (
            f"round {round_number}: the workstation ended by itself "
            f"(exit code {workstation.exitcode}) before it was killed")

    if database.is_sqlite:
        with open_db(str(database.sqlite_path)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    report = ana.audit.verify()
    assert report.intact, report.reason
    with Session(database.engine) as session:
        record_numbers = set(session.scalars(select(Client.record_number)))
        assessment_ids = {str(key) for key in session.scalars(select(Assessment.id))}
    assert len(acknowledged["client"]) >= ROUNDS
    assert acknowledged["client"] <= record_numbers
    assert acknowledged["assessment"] <= assessment_ids

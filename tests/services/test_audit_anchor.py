"""The anchor file beside a SQLite database follows every save, survives crashes without a
false alarm, and is never moved to a head the app did not leave.

SQLite only: a database server has no file beside it.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from coordinator.domain.audit_chain import Anchor, ChainHead
from coordinator.domain.errors import StoreUnavailable
from coordinator.services.app import AppServices
from coordinator.services.audit_anchor import anchor_path, read_anchor, seal
from coordinator.services.audit_anchor_file import SLOT_BYTES
from coordinator.services.dto import ClientInput
from coordinator.store.cipher import connect
from coordinator.store.engine import Database
from coordinator.store.models import Setting
from tests.services.audit_tampering import raw_sql
from tests.services.helpers import ADMIN_PASSWORD, admin_services
from tests.sqlite_damage import open_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clinic(sqlite_only: None, database: Database) -> AppServices:
    services = admin_services(database)  # events 1 and 2: the account and the sign-in
    services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))  # event 3
    return services


def anchor_of(services: AppServices) -> Path:
    assert services.db.sqlite_path is not None
    return anchor_path(services.db.sqlite_path)


def head(services: AppServices) -> ChainHead:
    found = services.audit.verify().head
    assert found is not None
    return found


def print_packet(services: AppServices, *, then_fail: bool) -> None:
    """One save appending a 'print' event; ``then_fail`` makes its commit fail after the
    anchor was written (a setting without a value breaks the final flush)."""
    with services.ctx.unit_of_work() as uow:
        uow.audit("print", "client", "1", "transfer packet for Harbor View")
        if then_fail:
            uow.session.add(Setting(key="letterhead", value=None))


def test_each_save_leaves_the_anchor_at_the_new_head(clinic: AppServices) -> None:
    assert clinic.db.sqlite_path is not None
    assert anchor_of(clinic).name == "coordinator.sqlite3-audit-anchor"
    assert read_anchor(anchor_of(clinic)) == Anchor(head(clinic))
    assert head(clinic).event_id == 3
    report = clinic.audit.verify()
    assert report.intact and report.anchored


def test_a_save_that_fails_after_writing_the_anchor_is_no_false_alarm(
        clinic: AppServices) -> None:
    before = head(clinic)

    with pytest.raises(IntegrityError):
        print_packet(clinic, then_fail=True)

    anchor = read_anchor(anchor_of(clinic))
    assert anchor is not None and anchor.confirmed == before
    assert anchor.pending is not None and anchor.pending.event_id == 4  # never committed
    report = clinic.audit.verify()
    assert report.intact and report.anchored and report.checked == 3
    clinic.clients.create(ClientInput("Lan", "Tran"))
    assert clinic.audit.verify().intact
    assert read_anchor(anchor_of(clinic)) == Anchor(head(clinic))


def test_a_crash_between_the_commit_and_the_anchors_second_write_is_no_false_alarm(
        clinic: AppServices) -> None:
    # The failed try writes {confirmed: event 3, pending: event 4} and stops; the clock
    # stands still, so the retry appends the very same event 4 and commits. Putting the
    # anchor's bytes back to what the failed try left is exactly what a process killed
    # right after that commit leaves behind.
    with pytest.raises(IntegrityError):
        print_packet(clinic, then_fail=True)
    left_by_the_crash = anchor_of(clinic).read_bytes()
    print_packet(clinic, then_fail=False)
    anchor_of(clinic).write_bytes(left_by_the_crash)

    report = clinic.audit.verify()

    assert report.intact and report.anchored and report.checked == 4
    clinic.clients.create(ClientInput("Lan", "Tran"))
    assert clinic.audit.verify().intact
    assert read_anchor(anchor_of(clinic)) == Anchor(head(clinic))


def test_a_torn_second_write_falls_back_to_the_first(clinic: AppServices) -> None:
    print_packet(clinic, then_fail=False)  # slot with {3, 4}, then slot with {4}
    data = bytearray(anchor_of(clinic).read_bytes())
    newest = 0 if b'"confirmed":{"event":4' in data[:SLOT_BYTES] else 1
    data[newest * SLOT_BYTES:newest * SLOT_BYTES + 200] = b"\0" * 200
    anchor_of(clinic).write_bytes(bytes(data))

    assert read_anchor(anchor_of(clinic)) == Anchor(ChainHead(3, _hash_of(clinic, 3)),
                                                     head(clinic))
    assert clinic.audit.verify().intact


def test_a_save_after_tampering_does_not_move_the_anchor(clinic: AppServices) -> None:
    with raw_sql(clinic.db) as sql:
        sql.drop_guards()
        sql.delete_newest(1)
    left = anchor_of(clinic).read_bytes()

    clinic.clients.create(ClientInput("Lan", "Tran"))  # reuses id 3 on the shortened chain

    assert anchor_of(clinic).read_bytes() == left
    report = clinic.audit.verify()
    assert not report.intact
    assert report.reason.startswith("event 3 is not the one the anchor file")


def test_a_missing_anchor_fails_until_sealed_and_no_save_recreates_it(
        clinic: AppServices) -> None:
    anchor_of(clinic).unlink()

    assert clinic.audit.verify().reason == (
        "the anchor file coordinator.sqlite3-audit-anchor beside the database is missing, so "
        "removed or added newest events cannot be ruled out")
    clinic.clients.create(ClientInput("Lan", "Tran"))
    assert not anchor_of(clinic).exists()

    assert clinic.db.sqlite_path is not None
    seal(clinic.db.sqlite_path)
    assert clinic.audit.verify().intact


def test_seal_anchors_a_fresh_backup_copy(clinic: AppServices, tmp_path: Path) -> None:
    assert clinic.db.sqlite_path is not None
    copy = tmp_path / "monday.sqlite3"
    with open_db(clinic.db.sqlite_path) as live, connect(copy, clinic.db.key) as target:
        live.backup(target)
    live.close()
    target.close()

    seal(copy)

    assert read_anchor(anchor_path(copy)) == Anchor(head(clinic))


def test_seal_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite3"
    with pytest.raises(StoreUnavailable, match="There is no database file"):
        seal(missing)
    assert list(tmp_path.iterdir()) == []


def test_two_processes_saving_into_one_file_keep_the_anchor_right(
        clinic: AppServices) -> None:
    program = (
        "import sys\n"
        "from coordinator.services.app import open_services\n"
        "from coordinator.services.dto import ClientInput\n"
        "services, _ = open_services(sys.argv[1])\n"
        "services.auth.login('ana', sys.argv[2])\n"
        "for number in range(40):\n"
        "    services.clients.create(ClientInput(f'{sys.argv[3]}{number}', 'Ortiz'))\n"
        "services.close()\n")
    assert clinic.db.sqlite_path is not None
    workers = [subprocess.Popen([sys.executable, "-c", program, str(clinic.db.sqlite_path),
                                 ADMIN_PASSWORD, name], cwd=ROOT, stderr=subprocess.PIPE,
                                text=True) for name in ("Ana", "Bea")]
    errors = [worker.communicate(timeout=120)[1] for worker in workers]

    assert [worker.returncode for worker in workers] == [0, 0], errors
    report = clinic.audit.verify()
    assert report.intact and report.anchored
    assert report.checked == 3 + 2 * (1 + 40)  # each process: its sign-in and 40 clients


def _hash_of(services: AppServices, event_id: int) -> str:
    with raw_sql(services.db) as sql:
        return str(sql.run("SELECT hash FROM audit_event WHERE id = ?", event_id)[0][0])


def test_deleting_every_event_and_the_anchor_is_not_taken_for_a_new_database(
        clinic: AppServices) -> None:
    with raw_sql(clinic.db) as sql:
        sql.drop_guards()
        sql.run("DELETE FROM audit_event")
    anchor_of(clinic).unlink()

    clinic.clients.create(ClientInput("Lan", "Tran"))  # the next save starts a new chain

    assert not anchor_of(clinic).exists()
    report = clinic.audit.verify()
    assert (report.intact, report.checked) == (False, 0)
    assert "anchor file coordinator.sqlite3-audit-anchor beside the database is missing" in (
        report.reason)

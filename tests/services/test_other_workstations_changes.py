"""Hearing of other workstations' changes (``coordinator.services.live``), on each engine.

Workstation B watches; workstation A is a second set of services on the same database, as
a second computer would be (its own sign-in, its own record of what it committed). Waits
are for the watcher's own delivery, never for time to pass.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.live import changes_in_events, merged
from coordinator.services.live_notice import LONGEST_NOTICE, notice_text, read_notice
from coordinator.services.notify import Change, Topic
from coordinator.store.engine import Database
from tests.services.helpers import add_user, admin_services, signed_in
from tests.sqlite_damage import BACKUP_PASSPHRASE

EVERY_TOPIC = set(Topic) - {Topic.DATABASE}


class Deliveries:
    """What B's watcher delivered, and a wait for the batch that satisfies a test."""

    def __init__(self) -> None:
        self.batches: list[tuple[Change, ...]] = []
        self._arrived = threading.Condition()

    def __call__(self, batch: tuple[Change, ...]) -> None:
        with self._arrived:
            self.batches.append(batch)
            self._arrived.notify_all()

    def wait_for(self, wanted: object, timeout: float = 10.0) -> tuple[Change, ...]:
        """The first batch for which ``wanted(batch)`` is true (AssertionError if none
        arrives within ``timeout`` seconds)."""
        def found() -> tuple[Change, ...] | None:
            return next((batch for batch in self.batches if wanted(batch)),  # type: ignore[operator]
                        None)

        with self._arrived:
            if not self._arrived.wait_for(lambda: found() is not None, timeout):
                raise AssertionError(f"not delivered; delivered: {self.batches}")
            batch = found()
            assert batch is not None
            return batch

    def topics(self) -> set[Topic]:
        return {change.topic for batch in self.batches for change in batch}


@pytest.fixture
def b(database: Database) -> Iterator[AppServices]:
    services = admin_services(database)
    add_user(services, "carla", Role.CASE_MANAGER)
    yield services
    services.close()


@pytest.fixture
def a(b: AppServices, database: Database) -> AppServices:
    return signed_in(database, "carla")


@pytest.fixture
def heard(b: AppServices) -> Iterator[Deliveries]:
    deliveries = Deliveries()
    b.other_workstations.delivered = deliveries
    b.watch_other_workstations()
    assert b.other_workstations.watching.wait(10)
    yield deliveries
    b.stop_watching_other_workstations()


def names_client(client_id: int) -> object:
    return lambda batch: any(change.topic == Topic.CLIENT and client_id in change.ids
                             for change in batch)


def test_a_client_added_at_another_workstation_is_heard_with_its_id(
        a: AppServices, heard: Deliveries) -> None:
    lan = a.clients.create(ClientInput("Lan", "Nguyen", date(1979, 7, 9)))

    heard.wait_for(names_client(lan.id))


def test_own_saves_and_rolled_back_ones_are_not_heard(
        a: AppServices, b: AppServices, heard: Deliveries) -> None:
    b.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))  # B's own save
    with pytest.raises(RuntimeError), a.ctx.unit_of_work() as uow:
        uow.changed(Topic.REFERRAL, 999)
        uow.audit("create", "referral", 999, "rolled back")
        raise RuntimeError("the save failed")
    lan = a.clients.create(ClientInput("Lan", "Nguyen", date(1979, 7, 9)))

    heard.wait_for(names_client(lan.id))
    delivered_ids = {item for batch in heard.batches for change in batch
                     for item in change.ids}
    assert delivered_ids == {lan.id}
    assert Topic.REFERRAL not in heard.topics()


def test_a_restore_on_this_workstation_is_not_refused_by_its_own_watch(
        sqlite_only: None, a: AppServices, b: AppServices, heard: Deliveries,
        tmp_path: Path) -> None:
    b.backup.backup_to(tmp_path / "monday.sqlite3", BACKUP_PASSPHRASE)

    summary = b.backup.restore_from(tmp_path / "monday.sqlite3", passphrase=BACKUP_PASSPHRASE)

    assert dict(summary.counts)["clients"] == 0
    # The watch started again on the restored file, and hears A.
    assert b.other_workstations.watching.wait(10)
    lan = a.clients.create(ClientInput("Lan", "Nguyen", date(1979, 7, 9)))
    heard.wait_for(names_client(lan.id))


def test_the_listener_comes_back_after_the_server_drops_it_and_says_so_once(
        postgresql_only: None, a: AppServices, b: AppServices, heard: Deliveries,
        caplog: pytest.LogCaptureFixture) -> None:
    with b.db.engine.connect() as connection:
        dropped = connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN %'")).scalars().all()
    assert dropped == [True]

    # Back, it reads everything once (notices sent meanwhile were lost), then hears A.
    heard.wait_for(lambda batch: {change.topic for change in batch} == EVERY_TOPIC)
    lan = a.clients.create(ClientInput("Lan", "Nguyen", date(1979, 7, 9)))
    heard.wait_for(names_client(lan.id))
    warnings = [record for record in caplog.records
                if record.name == "coordinator.services.live"
                and record.levelno >= logging.WARNING]
    assert len(warnings) == 1


def test_a_big_change_names_its_topics_without_ids() -> None:
    ids: set[int | str] = set(range(5000))
    notice = notice_text("b-workstation", {Topic.CLIENT: ids, Topic.EPISODE: {7}})
    assert len(notice.encode()) <= LONGEST_NOTICE
    sender, changes = read_notice(notice)
    assert sender == "b-workstation"
    assert set(changes) == {Change(Topic.CLIENT, frozenset()), Change(Topic.EPISODE, frozenset())}

    small = notice_text("b-workstation", {Topic.CLIENT: {3, 4}})
    assert read_notice(small)[1] == (Change(Topic.CLIENT, frozenset({3, 4})),)
    # A topic from a newer version of the app is passed over.
    assert read_notice('{"from": "x", "changes": {"telehealth": [1]}}')[1] == ()


def test_audit_events_of_others_become_topics_and_reads_become_nothing() -> None:
    assert changes_in_events([(1, "view", "client", "4"), (2, "search", "client_list", ""),
                              (3, "login", "user", "2")]) == ()
    planned = {change.topic: change.ids for change in changes_in_events(
        [(4, "create", "transition", "9"), (5, "update", "client_diagnosis", "3")])}
    assert planned == {Topic.TRANSITION: frozenset({9}), Topic.CLOCKS: frozenset(),
                       Topic.CLIENT: frozenset(), Topic.DIAGNOSIS: frozenset({3})}
    # A kind of record the table does not know: every view reads again.
    unknown = changes_in_events([(6, "create", "telehealth_visit", "1")])
    assert {change.topic for change in unknown} == EVERY_TOPIC


def test_a_burst_is_merged_into_one_change_per_topic() -> None:
    burst = [Change(Topic.REFERRAL, frozenset({1})), Change(Topic.REFERRAL, frozenset({2})),
             Change(Topic.CLIENT, frozenset({5})), Change(Topic.CLIENT, frozenset())]
    assert set(merged(burst)) == {Change(Topic.REFERRAL, frozenset({1, 2})),
                                  Change(Topic.CLIENT, frozenset())}

"""The dashboard's census on a server holding a county's records: a count slow to make is
kept in the database and shown, with its time, for a minute, and then one workstation
counts again while the others keep showing the last count. A quick count, and every count
on a SQLite file, is made each time the dashboard asks.

"Slow" is a threshold of the dashboard service; the tests set it to 0 ms to stand for a
county's server, since a test database counts in a few milliseconds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import CensusCount
from tests.services.helpers import ADMIN_PASSWORD, SteppingClock, admin_services

NINE = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def _admit(services: AppServices, family: str) -> None:
    services.clients.create(ClientInput("Dara", family, date(1990, 1, 1)))


def _kept_rows(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(CensusCount))
                   .scalar_one())


def _two_workstations_on_a_slow_server(
        database: Database, clock: SteppingClock) -> tuple[AppServices, AppServices]:
    """Two workstations signed in, each counting the census as slow (a county's server)."""
    first = admin_services(database, clock)
    second = AppServices(database, clock=clock)
    second.auth.login("ana", ADMIN_PASSWORD)
    for workstation in (first, second):
        workstation.dashboard.slow_census_ms = 0
    return first, second


def test_a_slow_census_is_shown_with_its_time_for_a_minute_on_a_server(
        database: Database) -> None:
    clock = SteppingClock(NINE)
    first, second = _two_workstations_on_a_slow_server(database, clock)
    _admit(first, "Sok")
    assert first.dashboard.census().active_clients == 1
    clock.advance(seconds=20)
    _admit(first, "Ruiz")

    shown = [workstation.dashboard.census() for workstation in (first, second)]

    if database.is_sqlite:  # one clinic's file: always counted
        assert [(c.active_clients, c.counted_at) for c in shown] == [(2, None), (2, None)]
        assert _kept_rows(database) == 0
        return
    assert [(c.active_clients, c.counted_at) for c in shown] == [(1, NINE), (1, NINE)]
    clock.advance(seconds=41)  # a minute and a second after the count
    again = second.dashboard.census()
    assert (again.active_clients, again.counted_at) == (2, None)
    assert (first.dashboard.census().active_clients,
            first.dashboard.census().counted_at) == (2, clock.now)


def test_while_one_workstation_counts_the_others_show_the_last_count(
        database: Database) -> None:
    clock = SteppingClock(NINE)
    first, second = _two_workstations_on_a_slow_server(database, clock)
    _admit(first, "Sok")
    first.dashboard.census()
    _admit(first, "Ruiz")
    clock.advance(minutes=5)
    if database.is_sqlite:
        assert second.dashboard.census().active_clients == 2
        return
    # The first workstation has begun counting again (and is still at it).
    assert first.dashboard._claim_count(clock.now)

    meanwhile = second.dashboard.census()
    assert (meanwhile.active_clients, meanwhile.counted_at) == (1, NINE)
    # A count begun more than two minutes ago is taken as given up: the second counts.
    clock.advance(minutes=2, seconds=1)
    counted = second.dashboard.census()
    assert (counted.active_clients, counted.counted_at) == (2, None)


def test_a_quick_census_is_counted_each_time_and_never_kept(database: Database) -> None:
    clock = SteppingClock(NINE)
    services = admin_services(database, clock)
    counts = []
    for family in ("Sok", "Ruiz", "Vang"):
        _admit(services, family)
        census = services.dashboard.census()
        counts.append((census.active_clients, census.counted_at))
    assert counts == [(1, None), (2, None), (3, None)]
    assert _kept_rows(database) == 0


def test_a_kept_census_is_forgotten_once_counting_is_quick_again(database: Database) -> None:
    clock = SteppingClock(NINE)
    services = admin_services(database, clock)
    services.dashboard.slow_census_ms = 0
    _admit(services, "Sok")
    services.dashboard.census()
    services.dashboard.slow_census_ms = 10_000  # the records were moved to a faster server
    clock.advance(minutes=2)
    _admit(services, "Ruiz")
    assert services.dashboard.census().active_clients == 2
    assert _kept_rows(database) == 0

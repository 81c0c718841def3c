"""The stored clocks say, on any day, exactly what the rules say from the episodes.

The clock service keeps each clock's settled outcome in a table and judges "open" or
"missed" when it is read; these tests compare that, day by day, with the pure rules run
afresh over a demo caseload's own episodes and attended sessions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.clocks import (
    ClockKind,
    ClockState,
    EpisodeFact,
    FollowUpFact,
    VisitFact,
    clocks_for_client,
)
from coordinator.domain.vocabulary import ClientStatus
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.derived import _STAGED_FROM, MARKER_KEY, RECHECK_SECONDS
from coordinator.store.engine import Database
from coordinator.store.models import (
    Appointment,
    Attendance,
    Client,
    Episode,
    LevelOfCare,
    Setting,
    TransitionClock,
)
from tests.services.helpers import signed_in

TODAY = date(2026, 3, 3)
Key = tuple[int, str, int, str, date, date | None, date | None, str]


def from_the_rules(db: Database, today: date, closed_days: int,
                   step_down_days: int = 14) -> set[Key]:
    """(client, kind, episode, state, due, closed on, readmitted on, reported status) of
    every clock the caseload view should list on ``today``, worked out from scratch."""
    with db.engine.connect() as connection:
        levels = {code: (intensity, round_the_clock) for code, intensity, round_the_clock in
                  connection.execute(select(LevelOfCare.code, LevelOfCare.intensity,
                                            LevelOfCare.round_the_clock))}
        archived = set(connection.execute(select(Client.id).where(
            Client.status == ClientStatus.ARCHIVED.value)).scalars())
        births = {client: birth for client, birth in connection.execute(
            select(Client.id, Client.birth_date))}
        episodes: dict[int, list[EpisodeFact]] = defaultdict(list)
        for client, episode_id, level, focus, start, end, status in connection.execute(
                select(Episode.client_id, Episode.id, Episode.level_code, Episode.focus,
                       Episode.start_date, Episode.end_date, Episode.status)
                .where(Episode.entered_in_error.is_(False))):
            episodes[client].append(EpisodeFact(episode_id, level, *levels[level], focus,
                                                start, end, status))
        sessions: dict[int, list[FollowUpFact]] = defaultdict(list)
        for client, episode_id, day, status in connection.execute(
                select(Attendance.client_id, Attendance.episode_id, Attendance.session_date,
                       Attendance.status)):
            sessions[client].append(FollowUpFact(episode_id, day, status))
        visits: dict[int, list[VisitFact]] = defaultdict(list)
        for client, appointment_id, day, kind, focus, level, status in connection.execute(
                select(Appointment.client_id, Appointment.id, Appointment.service_date,
                       Appointment.kind, Appointment.focus, Appointment.level_code,
                       Appointment.status).where(Appointment.service_date.is_not(None))):
            intensity, round_the_clock = levels[level] if level else (None, None)
            visits[client].append(VisitFact(appointment_id, day, kind, focus, intensity,
                                            round_the_clock, status))
    shown_since = today - timedelta(days=closed_days)
    return {(client, clock.kind.value, clock.episode_id, clock.state.value, clock.due,
             clock.closed_on, clock.readmitted_on, clock.reported.status.value)
            for client, facts in episodes.items() if client not in archived
            for clock in clocks_for_client(facts, sessions[client], today=today,
                                           visits=visits[client],
                                           step_down_days=step_down_days,
                                           closed_since=shown_since,
                                           birth_date=births[client])}


def from_the_service(services: AppServices, today: date, closed_days: int) -> set[Key]:
    return {(row.client_id, row.kind.value, row.episode_id, row.state.value, row.due,
             row.closed_on, row.readmitted_on, row.reported.status.value)
            for row in services.clocks.caseload_clocks(today=today,
                                                       include_closed_days=closed_days)}


@pytest.fixture
def demo(database: Database) -> AppServices:
    generate_demo(database, clients=400, seed=5, today=TODAY)
    return signed_in(database, "admin", password=DEMO_PASSWORD)


def test_on_every_day_of_two_months_the_stored_clocks_match_the_rules(
        database: Database, demo: AppServices) -> None:
    states: set[str] = set()
    # From six weeks before the demo's today (events after that day have not happened
    # yet) to a fortnight after it (every open clock has run out).
    for offset in range(-42, 15, 3):
        today = TODAY + timedelta(days=offset)
        expected = from_the_rules(database, today, 30)
        assert from_the_service(demo, today, 30) == expected, today
        states |= {key[3] for key in expected}
    assert states == {state.value for state in ClockState}


def test_a_database_upgraded_with_an_empty_clock_table_fills_it_on_first_read(
        database: Database, demo: AppServices) -> None:
    before = from_the_service(demo, TODAY, 30)
    with database.engine.begin() as connection:
        connection.execute(delete(TransitionClock))
        connection.execute(delete(Setting).where(Setting.key == MARKER_KEY))

    # The app started afresh on the upgraded file (a workstation checks the derived data
    # again only every few seconds).
    restarted = signed_in(database, "admin", password=DEMO_PASSWORD)
    assert from_the_service(restarted, TODAY, 30) == before != set()


def test_a_change_made_on_another_workstation_is_noticed_after_a_few_seconds(
        database: Database, demo: AppServices) -> None:
    other = signed_in(database, "admin", password=DEMO_PASSWORD)
    demo.clocks.urgent(today=TODAY)  # checked just now
    other.settings.update({"step_down_window_days": 10})

    def step_down_windows(services: AppServices) -> set[str]:
        return {row.title for row in services.clocks.caseload_clocks(today=TODAY)
                if row.kind is ClockKind.STEP_DOWN}

    assert step_down_windows(other) == {"Step-down window (10 days)"}
    demo.ctx.derived_checked_at -= RECHECK_SECONDS  # as if the seconds had passed
    assert step_down_windows(demo) == {"Step-down window (10 days)"}


def test_editing_a_level_or_the_window_rebuilds_the_clocks(
        database: Database, demo: AppServices) -> None:
    level = demo.levels.get_level("PHP")
    # PHP becomes round-the-clock: a PHP admission after a discharge is now a transfer.
    demo.levels.update_level("PHP", level.version,
                             replace(level.details(), round_the_clock=True))
    demo.settings.update({"step_down_window_days": 10})

    for offset in (-20, 0, 7):
        today = TODAY + timedelta(days=offset)
        assert from_the_service(demo, today, 30) == from_the_rules(database, today, 30, 10)
    with database.engine.connect() as connection:
        windows = set(connection.execute(select(TransitionClock.window_days).where(
            TransitionClock.kind == "step_down")).scalars())
        assert windows == {10}
        assert connection.execute(select(func.count()).select_from(
            TransitionClock)).scalar_one() > 0


def current_levels_from_episodes(db: Database) -> dict[int, tuple[str, date] | None]:
    """Each client's latest-started active episode's level and start, from scratch."""
    with db.engine.connect() as connection:
        found: dict[int, tuple[str, date] | None] = {
            client: None for client in connection.execute(select(Client.id).where(
                Client.status != ClientStatus.ARCHIVED.value)).scalars()}
        for client, level, start in connection.execute(
                select(Episode.client_id, Episode.level_code, Episode.start_date)
                .join(Client, Client.id == Episode.client_id)
                .where(Episode.status == "active", Episode.entered_in_error.is_(False),
                       Client.status != ClientStatus.ARCHIVED.value)
                .order_by(Episode.start_date, Episode.id)):
            found[client] = (level, start)  # the latest wins
    return found


def stored_levels(db: Database) -> dict[int, tuple[str, date] | None]:
    with db.engine.connect() as connection:
        return {client: (code, since) if code is not None else None
                for client, code, since in connection.execute(
                    select(Client.id, Client.current_level_code, Client.current_level_since)
                    .where(Client.status != ClientStatus.ARCHIVED.value))}


def test_every_clients_current_level_is_their_active_episode(
        database: Database, demo: AppServices) -> None:
    expected = current_levels_from_episodes(database)
    assert stored_levels(database) == expected
    assert {level for level in expected.values() if level} and None in expected.values()

    # A discharge without a next step clears it; a new episode sets it.
    client = next(c for c, v in expected.items() if v is not None)
    episode = next(e for e in demo.episodes.episodes_of(client) if e.status == "active")
    demo.episodes.discharge(episode.id, episode.version, TODAY, "Discharged home")
    assert stored_levels(database)[client] is None
    demo.episodes.add(client, EpisodeInput("OP", TODAY))
    assert stored_levels(database)[client] == ("OP", TODAY)
    assert stored_levels(database) == current_levels_from_episodes(database)


def test_a_rebuild_writes_every_clients_level_and_leaves_their_edits_alone(
        database: Database, demo: AppServices) -> None:
    expected = current_levels_from_episodes(database)
    # Enough levels at once that PostgreSQL gets them by COPY into a staging table.
    assert sum(level is not None for level in expected.values()) >= _STAGED_FROM
    with database.engine.begin() as connection:
        edited = dict(connection.execute(select(Client.id, Client.version)).all())
        stamps = dict(connection.execute(select(Client.id, Client.updated_at)).all())
        connection.execute(update(Client).values(
            current_level_code=None, current_level_rank=None, current_level_since=None,
            updated_at=Client.updated_at))
        connection.execute(delete(Setting).where(Setting.key == MARKER_KEY))
    assert set(stored_levels(database).values()) == {None}

    # The app started afresh finds the derived data stale and rebuilds it.
    restarted = signed_in(database, "admin", password=DEMO_PASSWORD)
    restarted.clocks.urgent(today=TODAY)
    assert stored_levels(database) == expected
    with database.engine.connect() as connection:
        assert dict(connection.execute(select(Client.id, Client.version))
                    .all()) == edited
        assert dict(connection.execute(select(Client.id, Client.updated_at))
                    .all()) == stamps

"""A client's journey for the timeline chart: episodes, transitions and clocks in one DTO.

The widget in the record window and the chart in the transfer packet both start from
``JourneyService.journey`` and lay it out with ``journey_layout`` (domain), so the two
always show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clocks import ClockState
from coordinator.domain.errors import NotFound
from coordinator.domain.roles import Permission
from coordinator.domain.timeline import (
    DEFAULT_HISTORY_MONTHS,
    JourneyClock,
    JourneyEpisode,
    JourneyLayout,
    JourneyMove,
    journey_layout,
)
from coordinator.services import derived
from coordinator.services.care.dto import EpisodeView, TransitionView
from coordinator.services.care.records import episode_views, today_of
from coordinator.services.care.transitions import client_transitions
from coordinator.services.clocks import ClockRow, clock_rows
from coordinator.services.context import ServiceContext
from coordinator.store.models import Client

# The chart shows clocks closed this many days ago at most (the clocks' usual default).
JOURNEY_CLOSED_CLOCK_DAYS = 30


@dataclass(frozen=True)
class Journey:
    """One client's levels-of-care history as of ``today``, oldest first."""

    client_id: int
    client_name: str
    today: date
    episodes: tuple[EpisodeView, ...]
    transitions: tuple[TransitionView, ...]
    clocks: tuple[ClockRow, ...]

    def layout(self, *, history_months: int = DEFAULT_HISTORY_MONTHS,
               month_names: tuple[str, ...] | None = None) -> JourneyLayout:
        """The chart's geometry (see ``coordinator.domain.timeline.journey_layout``)."""
        episodes = [JourneyEpisode(view.level_code, view.level_name, view.intensity,
                                   view.facility_name, view.start_date, view.end_date,
                                   view.status) for view in self.episodes]
        moves = [_move(view) for view in self.transitions]
        clocks = [JourneyClock(row.title, row.start, row.due, row.state.value, row.met_on)
                  for row in self.clocks]
        if month_names is None:
            return journey_layout(episodes, moves, clocks, today=self.today,
                                  history_months=history_months)
        return journey_layout(episodes, moves, clocks, today=self.today,
                              history_months=history_months, month_names=month_names)


def _move(view: TransitionView) -> JourneyMove:
    left_on = view.discharged_on or view.planned_date
    arrived_on = view.next_start or view.planned_date
    return JourneyMove(view.direction, view.from_level_code, view.to_level_code, left_on,
                       arrived_on, view.status, view.gap_days)


class JourneyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def journey(self, client_id: int, *, today: date | None = None) -> Journey:
        """The client's episodes, transitions and transition clocks, for the timeline.

        Args:
            client_id: whose journey.
            today: the day the chart marks as today (default: this workstation's date).

        Raises:
            NotFound: no such client.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        now = today_of(self.ctx.clock())
        derived.ensure_current(self.ctx)  # the stored clocks, before the read
        with self.ctx.unit_of_work(write=False) as uow:
            return journey_of(uow.session, client_id, today or now, now=now)


def journey_of(session: Session, client_id: int, today: date, *,
               now: date | None = None) -> Journey:
    """``JourneyService.journey`` read on ``session``, whose stored clocks the caller has
    brought up to date (``derived.ensure_current``).

    Args:
        today: the day the chart marks as today; the clocks are judged on it.
        now: the workstation's today, against which planned moves are warned of
            (default: ``today``).

    Raises:
        NotFound: no such client.
    """
    found = session.execute(select(Client.family_name, Client.given_name).where(
        Client.id == client_id)).one_or_none()
    if found is None:
        raise NotFound("That client does not exist.")
    family, given = found
    return Journey(
        client_id, f"{given} {family}", today,
        tuple(episode_views(session, client_id, include_entered_in_error=False)),
        tuple(client_transitions(session, client_id, now or today)),
        tuple(clock_rows(session.connection(), today=today, states=frozenset(ClockState),
                         include_closed_days=JOURNEY_CLOSED_CLOCK_DAYS, client_id=client_id)))

"""What the client record window shows besides its own list tabs, read in one call.

The window's header, Overview details, Levels of care and Transitions tabs show the client,
the episodes, transitions and clocks, and the care dialogs offer the levels and the
facilities that offer each. ``RecordReadService.read`` reads all of it in one transaction,
so the parts fit together and one call checks the session and the permission once.

Opening the record is the one audited view of it (``ClientService.get``), whatever tabs the
person then looks at. Reading it again while it is open, after a change, is not another
view and logs nothing (``ClientService.reload``): that read, which only reads, sees one
snapshot of the database on either engine (``ServiceContext.unit_of_work(snapshot=True)``).
The opening read appends to the audit trail, which on PostgreSQL must see the newest event,
so there it is one transaction at the usual READ COMMITTED.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from coordinator.domain.clocks import ClockState
from coordinator.domain.roles import Permission
from coordinator.services import derived
from coordinator.services.care.dto import EpisodeView, FacilityChoice, LevelView, TransitionView
from coordinator.services.care.episodes import current_of, facilities_by_level
from coordinator.services.care.levels import level_views
from coordinator.services.care.records import today_of
from coordinator.services.clients import client_record, viewed_record
from coordinator.services.clocks import ClockRow, clock_rows
from coordinator.services.context import ServiceContext
from coordinator.services.dto import ClientRecord
from coordinator.services.journey import Journey, journey_of

# Clocks closed this long ago still show on the record (met, missed, transferred).
CLOSED_CLOCK_DAYS = 90


@dataclass(frozen=True)
class CareData:
    """A client's episodes, transitions and clocks, and the choices the care dialogs need."""

    episodes: list[EpisodeView]
    current: EpisodeView | None
    transitions: list[TransitionView]
    clocks: list[ClockRow]
    levels: list[LevelView]
    facilities: dict[str, list[FacilityChoice]]
    journey: Journey


@dataclass(frozen=True)
class RecordData:
    """``record`` is None when only the care part was read again."""

    record: ClientRecord | None
    care: CareData


class RecordReadService:
    """The client record window's read: one call, one transaction, at most one view event."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def read(self, client_id: int, *, with_client: bool = True,
             reopened: bool = False) -> RecordData:
        """The client (when ``with_client``) and always the care data, in one transaction.

        Args:
            client_id: whose record.
            with_client: read the client too; without it only the care data is read
                (after a change to the episodes or transitions) and nothing is logged.
            reopened: the window is open and reads the client again after a change, which
                is not another view: nothing is logged. Otherwise reading the client is
                the record's one audited view.

        Raises:
            PermissionDenied: the signed-in role may not view client records.
            NotFound: no such client.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = today_of(self.ctx.clock())
        derived.ensure_current(self.ctx)  # the stored clocks, before the read
        if with_client and not reopened:
            with self.ctx.unit_of_work() as uow:
                record: ClientRecord | None = viewed_record(uow, client_id)
                return RecordData(record, _care(uow.session, client_id, today))
        with self.ctx.unit_of_work(write=False, snapshot=True) as uow:
            record = client_record(uow.session, client_id) if with_client else None
            return RecordData(record, _care(uow.session, client_id, today))

    def care(self, client_id: int) -> CareData:
        """Only the care data (``read`` without the client); logs nothing."""
        return self.read(client_id, with_client=False).care


def _care(session: Session, client_id: int, today: date) -> CareData:
    journey = journey_of(session, client_id, today)
    levels = level_views(session)
    offered = facilities_by_level(session)
    return CareData(
        list(journey.episodes),
        current_of(journey.episodes),
        list(journey.transitions),
        clock_rows(session.connection(), today=today, states=frozenset(ClockState),
                   include_closed_days=CLOSED_CLOCK_DAYS, client_id=client_id),
        levels,
        {level.code: offered.get(level.code, []) for level in levels},
        journey)

"""What the record window reads, in one call off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coordinator.services.app import AppServices
from coordinator.services.care.dto import EpisodeView, FacilityChoice, LevelView, TransitionView
from coordinator.services.clocks import ClockRow
from coordinator.services.dto import ClientRecord
from coordinator.services.journey import Journey

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


def read_care(services: AppServices, client_id: int) -> CareData:
    levels = services.levels.list_levels()
    journey = services.journey.journey(client_id)
    offered = services.episodes.facilities_by_level()
    return CareData(
        list(journey.episodes),
        services.episodes.current_episode(client_id),
        list(journey.transitions),
        services.clocks.caseload_clocks(client_id=client_id,
                                        include_closed_days=CLOSED_CLOCK_DAYS),
        levels,
        {level.code: offered.get(level.code, []) for level in levels},
        journey)


def read_record(services: AppServices, client_id: int, with_client: bool, *,
                reopened: bool = False) -> RecordData:
    """The client when ``with_client``, and always the care data.

    Opening the record reads the client through ``clients.get``: the one audited view of
    the record; its tabs read for themselves and log nothing. ``reopened``: the window is
    open and reads the client again after a change, which is not another view.
    """
    record = None
    if with_client:
        record = (services.clients.reload(client_id) if reopened
                  else services.clients.get(client_id))
    return RecordData(record, read_care(services, client_id))


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))

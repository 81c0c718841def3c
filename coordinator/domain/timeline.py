"""A client's journey across levels of care, laid out once for every renderer.

The app's timeline widget (QPainter), the transfer packet's chart (ReportLab) and a PNG for
screenshots all draw the same ``JourneyLayout``: lanes are levels of care ordered by
intensity (index 0, outpatient, at the bottom), dates become fractions 0..1 of the shown
range, and each renderer only scales those to its own pixels or points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from coordinator.domain.levels import SEED_LEVELS, Direction

#: How far back the chart looks by default: long histories are cut, not squeezed.
DEFAULT_HISTORY_MONTHS = 18
#: A planned stay with no end date is drawn this long (dashed).
PLANNED_BAR_DAYS = 14
#: Episodes that never took place are not part of the journey.
_NOT_SHOWN_STATUSES = frozenset({"cancelled"})
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec")
_MONTH_STEPS = (1, 2, 3, 4, 6, 12)
_MINIMUM_SPAN_DAYS = 100
_SEED_ORDER = {level.code: number for number, level in enumerate(SEED_LEVELS)}


@dataclass(frozen=True)
class JourneyEpisode:
    """One stay at one level of care (``end`` None: still going, or planned)."""

    level_code: str
    level_name: str
    intensity: int
    facility_name: str
    start: date
    end: date | None
    status: str


@dataclass(frozen=True)
class JourneyMove:
    """A transition between two levels (either side None: an admission or an exit).

    ``left_on`` is the discharge day (or the planned day while none is recorded);
    ``arrived_on`` the first day at the next level (or the planned day).
    """

    direction: Direction
    from_level_code: str | None
    to_level_code: str | None
    left_on: date
    arrived_on: date
    status: str
    gap_days: int | None


@dataclass(frozen=True)
class JourneyClock:
    """A transition clock: its window runs from ``start`` (a discharge) to ``due``."""

    title: str
    start: date
    due: date
    state: str
    met_on: date | None = None


@dataclass(frozen=True)
class Lane:
    code: str
    name: str
    intensity: int
    #: 0 is the bottom lane (least intensive).
    index: int


@dataclass(frozen=True)
class Bar:
    lane: int
    start: date
    end: date
    x0: float
    x1: float
    label: str
    level_name: str
    status: str
    #: Still going: the bar runs to today.
    ongoing: bool
    #: Started before the shown range.
    clipped_start: bool


@dataclass(frozen=True)
class Arrow:
    from_lane: int
    to_lane: int
    from_date: date
    to_date: date
    x0: float
    x1: float
    direction: Direction
    planned: bool
    gap_days: int | None
    from_name: str
    to_name: str


@dataclass(frozen=True)
class ClockWindow:
    start: date
    due: date
    x0: float
    x1: float
    state: str
    title: str
    met_on: date | None
    #: Row in the clock strip above the lanes, so windows never overlap there.
    row: int

    @property
    def colour_key(self) -> str:
        """The ``COLOURS`` entry both renderers fill this window's strip bar with."""
        return {"open": "clock_open", "missed": "clock_missed"}.get(self.state, "clock_closed")


@dataclass(frozen=True)
class Tick:
    day: date
    x: float
    label: str


@dataclass(frozen=True)
class JourneyLayout:
    lanes: tuple[Lane, ...]
    bars: tuple[Bar, ...]
    arrows: tuple[Arrow, ...]
    clocks: tuple[ClockWindow, ...]
    clock_rows: int
    ticks: tuple[Tick, ...]
    first_day: date
    last_day: date
    today: date
    today_x: float
    #: Episodes that ended before the shown range.
    earlier_episodes: int

    @property
    def is_empty(self) -> bool:
        return not self.bars

    def x_of(self, day: date) -> float:
        """``day`` as a fraction of the shown range, clamped to 0..1."""
        return _fraction(day, self.first_day, self.last_day)


def journey_layout(episodes: list[JourneyEpisode] | tuple[JourneyEpisode, ...],
                   moves: list[JourneyMove] | tuple[JourneyMove, ...],
                   clocks: list[JourneyClock] | tuple[JourneyClock, ...], *, today: date,
                   history_months: int = DEFAULT_HISTORY_MONTHS,
                   month_names: tuple[str, ...] = _MONTH_ABBREVIATIONS,
                   max_ticks: int = 10) -> JourneyLayout:
    """Lay out a journey for drawing.

    Args:
        episodes: the client's episodes, any order; cancelled ones are left out.
        moves: the client's transitions; admissions and exits draw no arrow.
        clocks: transition clocks to shade, whatever their state.
        today: the day the "today" line marks and open-ended episodes run to.
        history_months: the oldest day shown is at most this many months before today
            (earlier episodes are counted in ``earlier_episodes``); the range always reaches
            today and the latest planned date or due date.
        month_names: twelve month labels, January first (a translation may pass its own).
        max_ticks: at most this many month ticks (every 1, 2, 3, 4, 6 or 12 months).
    """
    shown = [episode for episode in episodes if episode.status not in _NOT_SHOWN_STATUSES]
    lanes = _lanes(shown)
    lane_of = {lane.code: lane for lane in lanes}
    first, last = _range(shown, moves, clocks, today, history_months)

    def x(day: date) -> float:
        return _fraction(day, first, last)

    bars: list[Bar] = []
    earlier = 0
    for episode in sorted(shown, key=lambda item: (item.start, lane_of[item.level_code].index)):
        end = _drawn_end(episode, today)
        if end < first:
            earlier += 1
            continue
        bars.append(Bar(lane_of[episode.level_code].index, episode.start, end, x(episode.start),
                        x(end), episode.facility_name or episode.level_name,
                        episode.level_name, episode.status,
                        episode.end is None and episode.status != "planned",
                        episode.start < first))

    arrows: list[Arrow] = []
    for move in sorted(moves, key=lambda item: (item.left_on, item.arrived_on)):
        if move.status in _NOT_SHOWN_STATUSES:
            continue
        source = lane_of.get(move.from_level_code or "")
        target = lane_of.get(move.to_level_code or "")
        if source is None or target is None or move.arrived_on < first:
            continue
        arrived = max(move.arrived_on, move.left_on)
        arrows.append(Arrow(source.index, target.index, move.left_on, arrived,
                            x(move.left_on), x(arrived), move.direction,
                            move.status == "planned", move.gap_days, source.name, target.name))

    windows = _clock_windows(clocks, first, last)
    return JourneyLayout(
        lanes, tuple(bars), tuple(arrows), windows,
        max((window.row + 1 for window in windows), default=0),
        _ticks(first, last, month_names, max_ticks), first, last, today, x(today), earlier)


def _lanes(episodes: list[JourneyEpisode]) -> tuple[Lane, ...]:
    """Every seeded level, plus any other level the client was in, least intensive first.

    Levels sharing an intensity (inpatient and withdrawal management) get separate lanes in
    the seed table's order, so the chart looks the same for every client.
    """
    known: dict[str, tuple[str, int]] = {level.code: (level.name, level.intensity)
                                         for level in SEED_LEVELS}
    for episode in episodes:
        known[episode.level_code] = (episode.level_name, episode.intensity)
    order = sorted(known, key=lambda code: (known[code][1], _SEED_ORDER.get(code, 99), code))
    return tuple(Lane(code, known[code][0], known[code][1], index)
                 for index, code in enumerate(order))


def _range(episodes: list[JourneyEpisode], moves: list[JourneyMove] | tuple[JourneyMove, ...],
           clocks: list[JourneyClock] | tuple[JourneyClock, ...], today: date,
           history_months: int) -> tuple[date, date]:
    """First and last day shown: the data (capped at ``history_months`` back) plus padding."""
    oldest_allowed = _add_months(today, -max(history_months, 1))
    # Only what reaches into the allowed history decides where the chart starts.
    starts = [episode.start for episode in episodes
              if _drawn_end(episode, today) >= oldest_allowed]
    starts += [clock.start for clock in clocks if clock.due >= oldest_allowed]
    ends = [today] + [_drawn_end(episode, today) for episode in episodes]
    ends += [clock.due for clock in clocks]
    ends += [move.arrived_on for move in moves if move.status == "planned"]
    latest = max(ends)
    earliest = min(starts, default=today - timedelta(days=90))
    earliest = max(min(earliest, today), oldest_allowed)
    # A short journey still spans a few months, so the month ticks say where it sits.
    earliest = min(earliest, latest - timedelta(days=_MINIMUM_SPAN_DAYS))
    span = (latest - earliest).days
    pad = max(5, math.ceil(span * 0.04))
    return earliest - timedelta(days=pad), latest + timedelta(days=pad)


def _drawn_end(episode: JourneyEpisode, today: date) -> date:
    """The day a bar ends: the end date; for a stay still going, today; for a planned stay
    with no end yet, a couple of weeks after it starts (enough to see and label)."""
    if episode.end is not None:
        return max(episode.end, episode.start)
    if episode.status == "planned":
        return episode.start + timedelta(days=PLANNED_BAR_DAYS)
    return max(today, episode.start)


def _clock_windows(clocks: list[JourneyClock] | tuple[JourneyClock, ...], first: date,
                   last: date) -> tuple[ClockWindow, ...]:
    """Clock windows in the range, each in the lowest strip row where it overlaps nothing.

    Open and missed clocks take rows first, so that a renderer short of room drops the
    closed ones.
    """
    rows: list[list[tuple[date, date]]] = []
    windows: list[ClockWindow] = []
    urgent = ("open", "missed")
    for clock in sorted(clocks, key=lambda item: (item.state not in urgent, item.start,
                                                  item.due, item.title)):
        if clock.due < first or clock.start > last:
            continue
        row = next((number for number, taken in enumerate(rows)
                    if all(clock.start > end or clock.due < start for start, end in taken)),
                   len(rows))
        if row == len(rows):
            rows.append([])
        rows[row].append((clock.start, clock.due))
        windows.append(ClockWindow(clock.start, clock.due, _fraction(clock.start, first, last),
                                   _fraction(clock.due, first, last), clock.state, clock.title,
                                   clock.met_on, row))
    windows.sort(key=lambda window: (window.start, window.due, window.title))
    return tuple(windows)


def _ticks(first: date, last: date, month_names: tuple[str, ...],
           max_ticks: int) -> tuple[Tick, ...]:
    """Month starts in the range, every 1..12 months (or years) so no more than
    ``max_ticks``.

    The first tick and every January carry the year.
    """
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    most = max(max_ticks, 1)
    step = next((step for step in _MONTH_STEPS if months / step <= most),
                12 * math.ceil(months / (12 * most)))  # decades: every few years
    day = date(first.year, first.month, 1)
    if day < first:
        day = _add_months(day, 1)
    # Align to the step so ticks land on the same months for every client (Jan, Apr, ...).
    while (day.month - 1) % step:
        day = _add_months(day, 1)
    ticks: list[Tick] = []
    while day <= last:
        name = month_names[day.month - 1]
        label = f"{name} {day.year}" if not ticks or day.month == 1 else name
        ticks.append(Tick(day, _fraction(day, first, last), label))
        day = _add_months(day, step)
    return tuple(ticks)


def _fraction(day: date, first: date, last: date) -> float:
    span = (last - first).days
    if span <= 0:
        return 0.0
    return min(1.0, max(0.0, (day - first).days / span))


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, 28))

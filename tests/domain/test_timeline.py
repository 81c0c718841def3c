"""The journey chart's layout: lanes by intensity, bars, arrows, clock windows, month ticks."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coordinator.charts.frame import chart_frame, open_clock_spans
from coordinator.domain.levels import SEED_LEVELS, Direction
from coordinator.domain.timeline import (
    JourneyClock,
    JourneyEpisode,
    JourneyMove,
    journey_layout,
)

MARCH_1, MARCH_12, MARCH_22, MARCH_26 = (date(2026, 3, 1), date(2026, 3, 12),
                                         date(2026, 3, 22), date(2026, 3, 26))
APRIL_1 = date(2026, 4, 1)
LEVELS = {level.code: level for level in SEED_LEVELS}


def episode(code: str, start: date, end: date | None, facility: str = "",
            status: str | None = None) -> JourneyEpisode:
    level = LEVELS[code]
    return JourneyEpisode(code, level.name, level.intensity, facility, start, end,
                          status or ("completed" if end else "active"))


def hospital_then_iop() -> tuple[list[JourneyEpisode], list[JourneyMove], list[JourneyClock]]:
    episodes = [episode("INP", MARCH_1, MARCH_12, "Mercy Hospital"),
                episode("IOP", MARCH_22, None, "Harbor IOP")]
    moves = [JourneyMove(Direction.INITIAL, None, "INP", MARCH_1, MARCH_1, "completed", None),
             JourneyMove(Direction.STEP_DOWN, "INP", "IOP", MARCH_12, MARCH_22, "completed",
                         10)]
    clocks = [JourneyClock("Step-down window (14 days)", MARCH_12, MARCH_26, "met", MARCH_22)]
    return episodes, moves, clocks


def test_inpatient_then_iop_draws_two_bars_one_step_down_arrow_and_the_window() -> None:
    layout = journey_layout(*hospital_then_iop(), today=APRIL_1)

    lanes = {lane.code: lane.index for lane in layout.lanes}
    inpatient, iop = layout.bars
    assert (inpatient.lane, inpatient.start, inpatient.end, inpatient.label) == (
        lanes["INP"], MARCH_1, MARCH_12, "Mercy Hospital")
    assert (iop.lane, iop.start, iop.end, iop.ongoing) == (lanes["IOP"], MARCH_22, APRIL_1,
                                                           True)
    assert iop.x1 == layout.today_x  # an open-ended stay runs to today

    (arrow,) = layout.arrows  # the admission has no level to come from: no arrow
    assert (arrow.direction, arrow.from_lane, arrow.to_lane, arrow.from_date, arrow.to_date,
            arrow.gap_days) == (Direction.STEP_DOWN, lanes["INP"], lanes["IOP"], MARCH_12,
                                MARCH_22, 10)
    assert arrow.x0 == inpatient.x1 and arrow.x1 == iop.x0

    (window,) = layout.clocks
    assert (window.start, window.due, window.state) == (MARCH_12, MARCH_26, "met")
    assert window.x0 == inpatient.x1 < window.x1 < layout.today_x
    assert layout.first_day < MARCH_1 and layout.last_day > APRIL_1
    # Monthly ticks; the first carries the year.
    assert [tick.label for tick in layout.ticks] == ["Jan 2026", "Feb", "Mar", "Apr"]


def test_lanes_run_from_outpatient_at_the_bottom_to_inpatient_and_detox_at_the_top() -> None:
    layout = journey_layout([], [], [], today=APRIL_1)
    assert [lane.code for lane in layout.lanes] == ["OP", "IOP", "PHP", "RES", "INP", "WM"]
    assert [lane.index for lane in layout.lanes] == [0, 1, 2, 3, 4, 5]
    frame = chart_frame(layout, 800, 300, label_width=120, line_height=14)
    assert frame.lane_center(0) > frame.lane_center(5)  # y grows downwards: OP is lowest


def test_no_episodes_is_an_empty_chart_around_today() -> None:
    layout = journey_layout([], [], [], today=APRIL_1)
    assert layout.is_empty and not layout.arrows and not layout.clocks
    assert layout.first_day < APRIL_1 < layout.last_day
    assert len(layout.ticks) >= 3  # still a readable date axis


def test_a_same_day_transfer_draws_a_vertical_arrow() -> None:
    episodes = [episode("WM", MARCH_1, MARCH_12), episode("INP", MARCH_12, None)]
    moves = [JourneyMove(Direction.LATERAL, "WM", "INP", MARCH_12, MARCH_12, "completed", 0)]
    layout = journey_layout(episodes, moves, [], today=APRIL_1)
    (arrow,) = layout.arrows
    assert arrow.x0 == arrow.x1 and arrow.from_lane != arrow.to_lane
    lanes = {lane.code: lane for lane in layout.lanes}
    # Same intensity, separate lanes, always in the same order.
    assert lanes["WM"].intensity == lanes["INP"].intensity == 5
    assert (arrow.from_lane, arrow.to_lane) == (lanes["WM"].index, lanes["INP"].index)
    assert lanes["INP"].index < lanes["WM"].index


def test_years_of_history_show_the_last_18_months_and_count_what_is_left_out() -> None:
    episodes = [episode("OP", date(2018 + year, 1, 1), date(2018 + year, 6, 30))
                for year in range(7)] + [episode("RES", date(2024, 6, 1), date(2025, 2, 1)),
                                         episode("IOP", date(2026, 2, 1), None)]
    layout = journey_layout(episodes, [], [], today=APRIL_1)
    # 18 months back from 1 April 2026 is 1 October 2024; a stay running across that day
    # is cut there, and the 2018-2024 outpatient stays are only counted.
    assert date(2024, 9, 1) <= layout.first_day < date(2024, 10, 1)
    assert layout.earlier_episodes == 7
    residential, iop = layout.bars
    assert (residential.start, residential.clipped_start, residential.x0) == (
        date(2024, 6, 1), True, 0.0)
    assert (iop.clipped_start, iop.ongoing) == (False, True)
    assert len(layout.ticks) <= 10
    wider = journey_layout(episodes, [], [], today=APRIL_1, history_months=120)
    assert wider.earlier_episodes == 0 and len(wider.bars) == 9


def test_a_short_journey_starts_at_its_first_stay_not_18_months_back() -> None:
    layout = journey_layout([episode("PHP", date(2025, 12, 1), None)], [], [], today=APRIL_1)
    assert date(2025, 11, 1) < layout.first_day < date(2025, 12, 1)


def test_overlapping_open_clocks_take_separate_strip_rows_and_shade_once() -> None:
    discharge = date(2026, 3, 20)
    clocks = [JourneyClock("Step-down window (14 days)", discharge, date(2026, 4, 3), "open"),
              JourneyClock("Follow-up (7 days)", discharge, date(2026, 3, 27), "missed"),
              JourneyClock("Follow-up (30 days)", discharge, date(2026, 4, 19), "open")]
    layout = journey_layout([episode("INP", MARCH_1, discharge)], [], clocks, today=APRIL_1)
    assert sorted(window.row for window in layout.clocks) == [0, 1, 2]
    assert layout.clock_rows == 3
    (span,) = open_clock_spans(layout)
    assert span == (layout.x_of(discharge), layout.x_of(date(2026, 4, 19)))


def test_cancelled_episodes_are_left_out() -> None:
    layout = journey_layout([episode("PHP", MARCH_1, None, status="cancelled")], [], [],
                            today=APRIL_1)
    assert layout.is_empty


days = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def journeys(draw: st.DrawFn) -> tuple[list[JourneyEpisode], list[JourneyMove],
                                       list[JourneyClock], date]:
    today = draw(days)
    episodes = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(days)
        length = draw(st.none() | st.integers(0, 400))
        end = None if length is None else start + timedelta(days=length)
        status = draw(st.sampled_from(["active", "completed", "planned", "cancelled"]))
        episodes.append(episode(draw(st.sampled_from(sorted(LEVELS))), start, end,
                                status=status))
    moves = [JourneyMove(draw(st.sampled_from(list(Direction))),
                         draw(st.sampled_from(sorted(LEVELS))),
                         draw(st.sampled_from(sorted(LEVELS))), left, left + timedelta(
                             days=draw(st.integers(0, 60))), "completed", None)
             for left in draw(st.lists(days, max_size=5))]
    clocks = [JourneyClock("Step-down window", start, start + timedelta(days=14),
                           draw(st.sampled_from(["open", "met", "missed"])))
              for start in draw(st.lists(days, max_size=5))]
    return episodes, moves, clocks, today


@given(journeys(), st.integers(1, 240))
def test_every_position_is_within_the_chart_and_no_bar_ends_before_it_starts(
        journey: tuple[list[JourneyEpisode], list[JourneyMove], list[JourneyClock], date],
        history_months: int) -> None:
    episodes, moves, clocks, today = journey
    layout = journey_layout(episodes, moves, clocks, today=today,
                            history_months=history_months)
    fractions = [layout.today_x] + [tick.x for tick in layout.ticks]
    fractions += [x for bar in layout.bars for x in (bar.x0, bar.x1)]
    fractions += [x for arrow in layout.arrows for x in (arrow.x0, arrow.x1)]
    fractions += [x for window in layout.clocks for x in (window.x0, window.x1)]
    assert all(0.0 <= x <= 1.0 for x in fractions)
    assert all(bar.start <= bar.end and bar.x0 <= bar.x1 for bar in layout.bars)
    assert all(arrow.x0 <= arrow.x1 for arrow in layout.arrows)
    intensities = [lane.intensity for lane in layout.lanes]
    assert intensities == sorted(intensities)
    assert [lane.index for lane in layout.lanes] == list(range(len(layout.lanes)))
    assert [tick.day for tick in layout.ticks] == sorted(tick.day for tick in layout.ticks)
    assert 0 < len(layout.ticks) <= 10

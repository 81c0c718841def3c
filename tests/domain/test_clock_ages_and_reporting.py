"""Who the HEDIS clocks count (the measures' ages) and how a readmission counts in a rate.

NCQA HEDIS MY 2025: FUH counts members 6 and older on the discharge date, FUI 13 and older
on the discharge date, IET 13 and older on the SUD episode date. A discharge followed by a
readmission within 30 days is in neither the numerator nor the denominator of FUH and FUI,
while the case manager's worklist shows the clock as transferred. All dates worked out by
hand.
"""

from __future__ import annotations

from datetime import date

from coordinator.domain.clocks import (
    Clock,
    ClockKind,
    ClockState,
    EpisodeFact,
    ReportingStatus,
    clocks_for_client,
    counts_in_reported_rate,
)
from coordinator.domain.levels import SEED_LEVELS

LEVELS = {level.code: level for level in SEED_LEVELS}
MH, SUD = "mental_health", "substance_use"
FUH = (ClockKind.FUH7, ClockKind.FUH30)
FUI = (ClockKind.FUI7, ClockKind.FUI30)

# An inpatient stay ends on Tuesday 10 March 2026.
DISCHARGE = date(2026, 3, 10)
LATER = date(2026, 6, 1)  # every clock of these stays has closed by then


def stay(episode_id: int, level: str, start: date, end: date | None = None, *,
         focus: str = MH) -> EpisodeFact:
    known = LEVELS[level]
    return EpisodeFact(episode_id, level, known.intensity, known.round_the_clock, focus, start,
                       end, "completed" if end is not None else "active")


def kinds_for(episodes: list[EpisodeFact], born: date | None,
              today: date = LATER) -> set[ClockKind]:
    return {clock.kind for clock in clocks_for_client(episodes, [], today=today,
                                                      birth_date=born)}


def clock(clocks: list[Clock], kind: ClockKind, episode_id: int = 1) -> Clock:
    [found] = [c for c in clocks if c.kind is kind and c.episode_id == episode_id]
    return found


# --- ages -------------------------------------------------------------------------------

INPATIENT_MH = [stay(1, "INP", date(2026, 3, 2), DISCHARGE)]


def test_a_child_of_5_on_the_discharge_day_gets_no_mental_health_follow_up() -> None:
    # Born 11 March 2020: turns 6 the day after the discharge.
    assert kinds_for(INPATIENT_MH, date(2020, 3, 11)) == {ClockKind.STEP_DOWN}


def test_a_child_whose_sixth_birthday_is_the_discharge_day_gets_both_fuh_clocks() -> None:
    assert kinds_for(INPATIENT_MH, date(2020, 3, 10)) == {ClockKind.STEP_DOWN, *FUH}
    clocks = clocks_for_client(INPATIENT_MH, [], today=DISCHARGE, birth_date=date(2020, 3, 10))
    assert [(c.title, c.due, c.state) for c in clocks if c.kind in FUH] == [
        ("Mental-health follow-up (7 days)", date(2026, 3, 17), ClockState.OPEN),
        ("Mental-health follow-up (30 days)", date(2026, 4, 9), ClockState.OPEN)]


def test_a_four_year_old_still_gets_the_step_down_clock() -> None:
    # Born 1 June 2021: 4 on 10 March 2026.
    clocks = clocks_for_client(INPATIENT_MH, [], today=date(2026, 3, 12),
                               birth_date=date(2021, 6, 1))
    [step_down] = clocks
    assert (step_down.title, step_down.start, step_down.due, step_down.state) == (
        "Step-down window (14 days)", DISCHARGE, date(2026, 3, 24), ClockState.OPEN)


def test_with_no_birth_date_recorded_the_clocks_start_at_any_age() -> None:
    assert kinds_for(INPATIENT_MH, None) == {ClockKind.STEP_DOWN, *FUH}


# Residential care for substance use from 20 February to 10 March 2026: IET starts from the
# episode's first day, FUI from the discharge.
RESIDENTIAL_SUD = [stay(1, "RES", date(2026, 2, 20), DISCHARGE, focus=SUD)]


def test_twelve_on_both_days_gets_neither_fui_nor_iet() -> None:
    # Born 11 March 2013: 12 on 20 February and on 10 March 2026.
    assert kinds_for(RESIDENTIAL_SUD, date(2013, 3, 11)) == {ClockKind.STEP_DOWN}


def test_thirteen_on_the_episode_date_gets_iet_and_on_the_discharge_date_fui() -> None:
    # Born 20 February 2013: 13 on the episode's first day.
    assert kinds_for(RESIDENTIAL_SUD, date(2013, 2, 20)) == {
        ClockKind.STEP_DOWN, ClockKind.IET_INITIATION, *FUI}


def test_iet_is_judged_on_the_episode_date_and_fui_on_the_discharge_date() -> None:
    # Born 1 March 2013: 12 when the episode began (no IET), 13 at discharge (FUI).
    assert kinds_for(RESIDENTIAL_SUD, date(2013, 3, 1)) == {ClockKind.STEP_DOWN, *FUI}


def test_an_outpatient_substance_use_start_at_twelve_starts_no_iet_clock() -> None:
    outpatient = [stay(1, "OP", date(2026, 3, 10), focus=SUD)]
    assert kinds_for(outpatient, date(2013, 3, 11), today=date(2026, 3, 12)) == set()
    assert kinds_for(outpatient, date(2013, 3, 10), today=date(2026, 3, 12)) == {
        ClockKind.IET_INITIATION}


# --- readmissions: the worklist and the reported rate ---------------------------------------

def test_a_readmission_on_day_4_is_transferred_on_the_worklist_and_out_of_the_rate() -> None:
    # Readmitted on Saturday 14 March, 4 days after the discharge, before any follow-up.
    episodes = [*INPATIENT_MH, stay(2, "INP", date(2026, 3, 14), date(2026, 3, 20))]
    clocks = clocks_for_client(episodes, [], today=date(2026, 3, 16),
                               birth_date=date(1990, 5, 5))
    for kind in FUH:
        found = clock(clocks, kind)
        assert (found.state, found.closed_on) == (ClockState.TRANSFERRED, date(2026, 3, 14))
        reported = found.reported
        assert reported.status is ReportingStatus.EXCLUDED
        assert not reported.in_numerator and not reported.in_denominator
        assert not counts_in_reported_rate(found)
        assert reported.reason == (
            "Readmitted to 24-hour care on 2026-03-14, within 30 days of the discharge: "
            "HEDIS leaves the discharge out of the rate (readmission or direct transfer).")
    # The step-down window is the clinic's own rate: out of it too, for its own reason.
    step_down = clock(clocks, ClockKind.STEP_DOWN)
    assert step_down.state is ClockState.TRANSFERRED
    assert step_down.reported.status is ReportingStatus.EXCLUDED
    assert "2026-03-14" in step_down.reported.reason


def test_a_readmission_after_the_7_day_window_leaves_it_missed_but_out_of_the_rate() -> None:
    # No follow-up; readmitted on 20 March, day 10: the 7-day clock ran out on 17 March.
    episodes = [*INPATIENT_MH, stay(2, "INP", date(2026, 3, 20), date(2026, 3, 27))]
    clocks = clocks_for_client(episodes, [], today=LATER)
    seven, thirty = clock(clocks, ClockKind.FUH7), clock(clocks, ClockKind.FUH30)
    assert (seven.state, seven.closed_on) == (ClockState.MISSED, date(2026, 3, 17))
    assert (thirty.state, thirty.closed_on) == (ClockState.TRANSFERRED, date(2026, 3, 20))
    for found in (seven, thirty):
        assert found.readmitted_on == date(2026, 3, 20)
        assert found.reported.status is ReportingStatus.EXCLUDED


def test_a_follow_up_then_a_readmission_on_day_20_is_met_but_out_of_the_rate() -> None:
    # Outpatient care starts on 13 March (day 3); readmitted on 30 March (day 20).
    episodes = [*INPATIENT_MH, stay(2, "OP", date(2026, 3, 13), date(2026, 3, 29)),
                stay(3, "INP", date(2026, 3, 30), date(2026, 4, 5))]
    clocks = clocks_for_client(episodes, [], today=LATER)
    for kind in FUH:
        found = clock(clocks, kind)
        assert (found.state, found.met_on) == (ClockState.MET, date(2026, 3, 13))
        assert found.reported.status is ReportingStatus.EXCLUDED
        assert "2026-03-30" in found.reported.reason


def test_a_readmission_on_day_31_leaves_the_discharge_in_the_rate() -> None:
    # 9 April is day 30, the last day checked; 10 April is day 31.
    on_30 = clocks_for_client([*INPATIENT_MH, stay(2, "INP", date(2026, 4, 9))], [],
                              today=LATER)
    on_31 = clocks_for_client([*INPATIENT_MH, stay(2, "INP", date(2026, 4, 10))], [],
                              today=LATER)
    assert clock(on_30, ClockKind.FUH7).reported.status is ReportingStatus.EXCLUDED
    seven, thirty = clock(on_31, ClockKind.FUH7), clock(on_31, ClockKind.FUH30)
    assert (seven.state, thirty.state) == (ClockState.MISSED, ClockState.MISSED)
    assert seven.readmitted_on is None
    assert [seven.reported.status, thirty.reported.status] == [
        ReportingStatus.DENOMINATOR_ONLY, ReportingStatus.DENOMINATOR_ONLY]
    assert counts_in_reported_rate(seven) and not seven.reported.in_numerator


def test_met_counts_in_the_numerator_and_open_is_not_counted_yet() -> None:
    episodes = [*INPATIENT_MH, stay(2, "OP", date(2026, 3, 13))]
    on_the_12th = clocks_for_client(episodes, [], today=date(2026, 3, 12))
    pending = clock(on_the_12th, ClockKind.FUH7).reported
    assert (pending.status, pending.reason) == (
        ReportingStatus.PENDING, "Open until 2026-03-17: not counted until it closes.")
    assert not pending.in_denominator
    met = clock(clocks_for_client(episodes, [], today=LATER), ClockKind.FUH7)
    assert met.reported.status is ReportingStatus.NUMERATOR
    assert met.reported.in_numerator and counts_in_reported_rate(met)


def test_an_iet_clock_is_never_excluded_for_an_admission() -> None:
    # Outpatient start on 2 March, residential admission on 6 March: the admission is the
    # start of treatment (met), and IET has no readmission exclusion.
    episodes = [stay(1, "OP", date(2026, 3, 2), date(2026, 3, 5), focus=SUD),
                stay(2, "RES", date(2026, 3, 6), focus=SUD)]
    iet = clock(clocks_for_client(episodes, [], today=LATER), ClockKind.IET_INITIATION)
    assert (iet.state, iet.met_on, iet.readmitted_on) == (
        ClockState.MET, date(2026, 3, 6), None)
    assert iet.reported.status is ReportingStatus.NUMERATOR

"""Transition clocks: step-down windows, FUH/FUI follow-up and IET initiation, with real dates."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coordinator.domain.clocks import (
    Clock,
    ClockKind,
    ClockState,
    EpisodeFact,
    FollowUpFact,
    VisitFact,
    clocks_for_client,
)
from coordinator.domain.levels import SEED_LEVELS
from coordinator.domain.vocabulary import AttendanceStatus, CareFocus

LEVELS = {level.code: level for level in SEED_LEVELS}
MH, SUD, BOTH = "mental_health", "substance_use", "co_occurring"


def stay(episode_id: int, level: str, start: date, end: date | None = None, *,
         focus: str = MH, status: str | None = None) -> EpisodeFact:
    """An episode at a seed level; completed when it has an end date, else active."""
    known = LEVELS[level]
    if status is None:
        status = "completed" if end is not None else "active"
    return EpisodeFact(episode_id, level, known.intensity, known.round_the_clock, focus, start,
                       end, status)


def session(episode_id: int, day: date, status: str = "present") -> FollowUpFact:
    return FollowUpFact(episode_id, day, status)


def visit(appointment_id: int, day: date, kind: str, *, focus: str = MH,
          level: str | None = None, status: str = "kept") -> VisitFact:
    """An appointment; an intake names a seed level."""
    known = LEVELS[level] if level is not None else None
    return VisitFact(appointment_id, day, kind, focus,
                     known.intensity if known else None,
                     known.round_the_clock if known else None, status)


def only(clocks: list[Clock], kind: ClockKind, episode_id: int | None = None) -> Clock:
    found = [c for c in clocks if c.kind is kind
             and (episode_id is None or c.episode_id == episode_id)]
    assert len(found) == 1, f"expected one {kind} clock, got {found}"
    return found[0]


def kinds(clocks: list[Clock]) -> list[ClockKind]:
    return [c.kind for c in clocks]


# --- step-down window ---------------------------------------------------------------------

def test_inpatient_on_3_march_then_iop_on_14_march_closes_the_step_down_clock_in_11_days(
) -> None:
    episodes = [stay(1, "INP", date(2026, 2, 24), date(2026, 3, 3)),
                stay(2, "IOP", date(2026, 3, 14))]
    clock = only(clocks_for_client(episodes, [], today=date(2026, 3, 20)), ClockKind.STEP_DOWN)
    assert clock.state is ClockState.MET
    assert clock.met_on == date(2026, 3, 14)
    assert (clock.met_on - clock.start).days == 11
    assert clock.closed_by_episode_id == 2
    assert clock.title == "Step-down window (14 days)"


def test_the_step_down_clock_counts_down_to_its_due_date_then_is_missed() -> None:
    episodes = [stay(1, "INP", date(2026, 2, 24), date(2026, 3, 3))]

    def step_down(today: date) -> Clock:
        return only(clocks_for_client(episodes, [], today=today), ClockKind.STEP_DOWN)

    assert step_down(date(2026, 3, 3)).state is ClockState.OPEN
    assert step_down(date(2026, 3, 3)).days_left(date(2026, 3, 3)) == 14
    on_due_day = step_down(date(2026, 3, 17))
    assert (on_due_day.state, on_due_day.due) == (ClockState.OPEN, date(2026, 3, 17))
    assert on_due_day.days_left(date(2026, 3, 17)) == 0
    missed = step_down(date(2026, 3, 18))
    assert (missed.state, missed.closed_on, missed.met_on) == (
        ClockState.MISSED, date(2026, 3, 17), None)


def test_iop_15_days_after_residential_misses_a_14_day_window_but_meets_a_21_day_one() -> None:
    episodes = [stay(1, "RES", date(2026, 2, 1), date(2026, 3, 1), focus=SUD),
                stay(2, "IOP", date(2026, 3, 16), focus=SUD)]
    today = date(2026, 4, 1)
    fourteen = only(clocks_for_client(episodes, [], today=today), ClockKind.STEP_DOWN)
    twenty_one = only(clocks_for_client(episodes, [], today=today, step_down_days=21),
                      ClockKind.STEP_DOWN)
    assert fourteen.state is ClockState.MISSED
    assert (twenty_one.state, twenty_one.met_on) == (ClockState.MET, date(2026, 3, 16))
    assert twenty_one.title == "Step-down window (21 days)"


def test_a_same_day_step_down_from_inpatient_to_php_is_on_time() -> None:
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 9)),
                stay(2, "PHP", date(2026, 3, 9))]
    clock = only(clocks_for_client(episodes, [], today=date(2026, 3, 9)), ClockKind.STEP_DOWN)
    assert (clock.state, clock.met_on) == (ClockState.MET, date(2026, 3, 9))


def test_a_readmission_inside_the_window_closes_the_clocks_as_transferred() -> None:
    first = stay(1, "INP", date(2026, 2, 24), date(2026, 3, 3))
    again = stay(2, "INP", date(2026, 3, 8), date(2026, 3, 15))
    clocks = clocks_for_client([first, again], [], today=date(2026, 3, 16))
    for kind in (ClockKind.STEP_DOWN, ClockKind.FUH7, ClockKind.FUH30):
        clock = only(clocks, kind, episode_id=1)
        assert (clock.state, clock.closed_on, clock.closed_by_episode_id) == (
            ClockState.TRANSFERRED, date(2026, 3, 8), 2)
        assert clock.met_on is None
        # The second discharge starts fresh clocks of its own.
        assert only(clocks, kind, episode_id=2).state is ClockState.OPEN


def test_php_then_a_step_up_to_inpatient_is_a_transfer_not_a_missed_step_down() -> None:
    episodes = [stay(1, "PHP", date(2026, 2, 10), date(2026, 3, 2)),
                stay(2, "INP", date(2026, 3, 5))]
    clocks = clocks_for_client(episodes, [], today=date(2026, 4, 1))
    assert kinds(clocks) == [ClockKind.STEP_DOWN]  # no FUH or FUI after a day program
    assert clocks[0].state is ClockState.TRANSFERRED


def test_detox_then_residential_is_a_step_down_but_ends_the_fui_clocks_as_a_transfer() -> None:
    episodes = [stay(1, "WM", date(2026, 3, 1), date(2026, 3, 6), focus=SUD),
                stay(2, "RES", date(2026, 3, 6), focus=SUD)]
    clocks = clocks_for_client(episodes, [], today=date(2026, 3, 10))
    assert only(clocks, ClockKind.STEP_DOWN).state is ClockState.MET
    assert only(clocks, ClockKind.FUI7).state is ClockState.TRANSFERRED
    assert only(clocks, ClockKind.FUI30).state is ClockState.TRANSFERRED


def test_a_readmission_to_detox_counts_as_24_hour_care() -> None:
    # Withdrawal management "varies" between ambulatory and residential; a readmission to it
    # closes the clock rather than leaving it to be missed.
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6), focus=BOTH),
                stay(2, "WM", date(2026, 3, 9), focus=BOTH)]
    clock = only(clocks_for_client(episodes, [], today=date(2026, 4, 30)), ClockKind.STEP_DOWN,
                 episode_id=1)
    assert clock.state is ClockState.TRANSFERRED


@pytest.mark.parametrize("status", ["planned", "cancelled"])
def test_an_iop_that_has_not_started_does_not_close_the_window(status: str) -> None:
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6)),
                stay(2, "IOP", date(2026, 3, 10), status=status)]
    clock = only(clocks_for_client(episodes, [], today=date(2026, 3, 12)), ClockKind.STEP_DOWN)
    assert clock.state is ClockState.OPEN
    assert clock.days_left(date(2026, 3, 12)) == 8


def test_an_iop_start_later_than_today_has_not_happened_yet() -> None:
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6)),
                stay(2, "IOP", date(2026, 3, 15))]
    assert only(clocks_for_client(episodes, [], today=date(2026, 3, 12)),
                ClockKind.STEP_DOWN).state is ClockState.OPEN
    assert only(clocks_for_client(episodes, [], today=date(2026, 3, 15)),
                ClockKind.STEP_DOWN).state is ClockState.MET


def test_a_discharge_planned_for_later_starts_no_clock_yet() -> None:
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 20), status="active")]
    assert clocks_for_client(episodes, [], today=date(2026, 3, 12)) == []


# --- FUH / FUI follow-up --------------------------------------------------------------------

def test_follow_up_on_the_discharge_day_does_not_count() -> None:
    # Discharged on 3 March into outpatient care that started the same day: the step-down is
    # on time, but FUH needs a visit on 4 March or later.
    episodes = [stay(1, "INP", date(2026, 2, 24), date(2026, 3, 3)),
                stay(2, "OP", date(2026, 3, 3))]
    clocks = clocks_for_client(episodes, [session(2, date(2026, 3, 3))],
                               today=date(2026, 3, 11))
    assert only(clocks, ClockKind.STEP_DOWN).state is ClockState.MET
    fuh7 = only(clocks, ClockKind.FUH7)
    assert (fuh7.state, fuh7.due) == (ClockState.MISSED, date(2026, 3, 10))
    assert only(clocks, ClockKind.FUH30).state is ClockState.OPEN


def test_day_7_counts_for_fuh_7_and_day_8_does_not() -> None:
    episodes = [stay(1, "INP", date(2026, 2, 24), date(2026, 3, 3)),
                stay(2, "IOP", date(2026, 3, 3))]
    today = date(2026, 4, 15)
    on_day_7 = clocks_for_client(episodes, [session(2, date(2026, 3, 10))], today=today)
    assert only(on_day_7, ClockKind.FUH7).met_on == date(2026, 3, 10)
    assert only(on_day_7, ClockKind.FUH7).title == (
        "Mental-health follow-up (7 days)")
    on_day_8 = clocks_for_client(episodes, [session(2, date(2026, 3, 11))], today=today)
    assert only(on_day_8, ClockKind.FUH7).state is ClockState.MISSED
    fuh30 = only(on_day_8, ClockKind.FUH30)
    assert (fuh30.state, fuh30.met_on, fuh30.closed_by_episode_id) == (
        ClockState.MET, date(2026, 3, 11), 2)


@pytest.mark.parametrize(("status", "counts"), [
    ("present", True), ("late", True), ("telehealth", True),
    ("excused", False), ("unexcused", False),
])
def test_only_sessions_the_client_attended_count_telehealth_included(
        status: str, counts: bool) -> None:
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6)),
                stay(2, "IOP", date(2026, 3, 6))]
    clocks = clocks_for_client(episodes, [session(2, date(2026, 3, 9), status)],
                               today=date(2026, 3, 31))
    assert only(clocks, ClockKind.FUH7).state is (
        ClockState.MET if counts else ClockState.MISSED)


def test_a_new_outpatient_start_is_a_follow_up_visit() -> None:
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6)),
                stay(2, "OP", date(2026, 3, 12))]
    clocks = clocks_for_client(episodes, [], today=date(2026, 3, 31))
    assert only(clocks, ClockKind.FUH7).met_on == date(2026, 3, 12)


def test_fuh_follows_inpatient_mental_health_care_only() -> None:
    today = date(2026, 3, 31)
    residential = [stay(1, "RES", date(2026, 2, 1), date(2026, 3, 1))]
    assert kinds(clocks_for_client(residential, [], today=today)) == [ClockKind.STEP_DOWN]
    # (Admission on 1 March is also a new substance-use episode, hence IET first.)
    inpatient_sud = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6), focus=SUD)]
    assert kinds(clocks_for_client(inpatient_sud, [], today=today)) == [
        ClockKind.IET_INITIATION, ClockKind.STEP_DOWN, ClockKind.FUI7, ClockKind.FUI30]
    both = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6), focus=BOTH)]
    assert kinds(clocks_for_client(both, [], today=today)) == [
        ClockKind.IET_INITIATION, ClockKind.STEP_DOWN, ClockKind.FUH7, ClockKind.FUH30,
        ClockKind.FUI7, ClockKind.FUI30]


def test_fui_needs_substance_use_follow_up_not_therapy_for_depression() -> None:
    episodes = [stay(1, "RES", date(2026, 2, 1), date(2026, 3, 1), focus=SUD),
                stay(2, "OP", date(2026, 3, 3), focus=MH),
                stay(3, "IOP", date(2026, 3, 12), focus=SUD)]
    clocks = clocks_for_client(episodes, [session(2, date(2026, 3, 5))],
                               today=date(2026, 3, 31))
    assert only(clocks, ClockKind.FUI7).state is ClockState.MISSED
    assert only(clocks, ClockKind.FUI30).met_on == date(2026, 3, 12)
    assert only(clocks, ClockKind.FUI30).title == (
        "Substance-use follow-up (30 days)")


def test_a_visit_and_a_readmission_on_the_same_day_count_as_met() -> None:
    episodes = [stay(1, "INP", date(2026, 3, 1), date(2026, 3, 6)),
                stay(2, "IOP", date(2026, 3, 9), date(2026, 3, 9)),
                stay(3, "INP", date(2026, 3, 9))]
    clocks = clocks_for_client(episodes, [], today=date(2026, 3, 20))
    assert only(clocks, ClockKind.FUH7, episode_id=1).state is ClockState.MET


# --- IET initiation -------------------------------------------------------------------------

def test_a_new_iop_for_alcohol_use_needs_treatment_by_the_13th_day_after() -> None:
    iop = stay(1, "IOP", date(2026, 3, 2), focus=SUD)
    on_time = clocks_for_client([iop], [session(1, date(2026, 3, 2)),
                                        session(1, date(2026, 3, 15))],
                                today=date(2026, 3, 31))
    clock = only(on_time, ClockKind.IET_INITIATION)
    assert (clock.state, clock.met_on, clock.due) == (
        ClockState.MET, date(2026, 3, 15), date(2026, 3, 15))
    assert clock.title == "Substance-use treatment start (14 days)"
    late = clocks_for_client([iop], [session(1, date(2026, 3, 2)),
                                     session(1, date(2026, 3, 16))], today=date(2026, 3, 31))
    # The program's own first session, on the day the episode began, is not a second service.
    assert only(late, ClockKind.IET_INITIATION).state is ClockState.MISSED


def test_a_detox_admission_is_itself_the_start_of_treatment() -> None:
    clocks = clocks_for_client([stay(1, "WM", date(2026, 3, 2), focus=SUD)], [],
                               today=date(2026, 3, 2))
    clock = only(clocks, ClockKind.IET_INITIATION)
    assert (clock.state, clock.met_on) == (ClockState.MET, date(2026, 3, 2))


def test_iop_after_residential_continues_an_episode_rather_than_starting_a_new_one() -> None:
    episodes = [stay(1, "RES", date(2025, 12, 1), date(2026, 1, 5), focus=SUD),
                stay(2, "IOP", date(2026, 1, 7), focus=SUD)]
    clocks = clocks_for_client(episodes, [], today=date(2026, 2, 1))
    assert [c.episode_id for c in clocks if c.kind is ClockKind.IET_INITIATION] == [1]
    # Seven months clean is a new episode again.
    relapse = [*episodes[:1], stay(2, "IOP", date(2026, 7, 20), focus=SUD)]
    clocks = clocks_for_client(relapse, [], today=date(2026, 8, 1))
    assert [c.episode_id for c in clocks if c.kind is ClockKind.IET_INITIATION] == [1, 2]


def test_clocks_closed_before_a_day_can_be_left_out() -> None:
    episodes = [stay(1, "INP", date(2026, 1, 1), date(2026, 1, 8)),
                stay(2, "IOP", date(2026, 1, 12), date(2026, 2, 20)),
                stay(3, "INP", date(2026, 3, 1), date(2026, 3, 8))]
    everything = clocks_for_client(episodes, [], today=date(2026, 3, 10))
    recent = clocks_for_client(episodes, [], today=date(2026, 3, 10),
                               closed_since=date(2026, 2, 1), client_id=7)
    # The January discharge's step-down (met 12 January) and FUH 7 (met 12 January) are
    # gone; its FUH 30 (met 12 January too) as well; the open March clocks stay.
    assert [(c.kind, c.episode_id) for c in recent] == [
        (ClockKind.STEP_DOWN, 3), (ClockKind.FUH7, 3), (ClockKind.FUH30, 3)]
    assert {c.client_id for c in recent} == {7}
    assert all(c.state is ClockState.OPEN for c in recent)
    assert len(everything) == 6


# --- kept appointments ----------------------------------------------------------------------

def _after_inpatient(focus: str = MH) -> list[EpisodeFact]:
    """Discharged from inpatient care on 3 March; nothing else recorded yet."""
    return [stay(1, "INP", date(2026, 2, 24), date(2026, 3, 3), focus=focus)]


def test_a_kept_iop_intake_meets_the_step_down_window_on_its_day() -> None:
    clocks = clocks_for_client(_after_inpatient(), [], today=date(2026, 3, 20),
                               visits=[visit(40, date(2026, 3, 9), "intake", level="IOP")])
    clock = only(clocks, ClockKind.STEP_DOWN)
    assert (clock.state, clock.met_on, clock.closed_by_appointment_id,
            clock.closed_by_episode_id) == (ClockState.MET, date(2026, 3, 9), 40, None)


@pytest.mark.parametrize("status", ["scheduled", "confirmed", "missed", "cancelled"])
def test_an_intake_not_kept_meets_nothing(status: str) -> None:
    clocks = clocks_for_client(_after_inpatient(), [], today=date(2026, 3, 20), visits=[
        visit(40, date(2026, 3, 9), "intake", level="IOP", status=status)])
    assert only(clocks, ClockKind.STEP_DOWN).state is ClockState.MISSED
    assert only(clocks, ClockKind.FUH7).state is ClockState.MISSED


def test_an_intake_at_the_same_or_a_higher_level_is_no_step_down() -> None:
    residential = [stay(1, "RES", date(2026, 2, 1), date(2026, 3, 3))]
    for level in ("RES", "INP"):
        clocks = clocks_for_client(residential, [], today=date(2026, 3, 10), visits=[
            visit(40, date(2026, 3, 5), "intake", level=level)])
        assert only(clocks, ClockKind.STEP_DOWN).state is ClockState.OPEN


def test_a_kept_appointment_dated_after_today_has_not_happened_yet() -> None:
    visits = [visit(40, date(2026, 3, 9), "intake", level="IOP")]
    clocks = clocks_for_client(_after_inpatient(), [], today=date(2026, 3, 8), visits=visits)
    assert only(clocks, ClockKind.STEP_DOWN).state is ClockState.OPEN


def test_kept_therapy_after_an_inpatient_mental_health_stay_meets_fuh_7() -> None:
    clocks = clocks_for_client(_after_inpatient(), [], today=date(2026, 4, 15),
                               visits=[visit(41, date(2026, 3, 10), "therapy")])
    for kind in (ClockKind.FUH7, ClockKind.FUH30):
        clock = only(clocks, kind)
        assert (clock.state, clock.met_on, clock.closed_by_appointment_id) == (
            ClockState.MET, date(2026, 3, 10), 41)
    # Therapy is not a level of care: the step-down window still waits for one.
    assert only(clocks, ClockKind.STEP_DOWN).state is ClockState.MISSED


def test_a_follow_up_visit_on_the_discharge_day_does_not_count_for_fuh() -> None:
    clocks = clocks_for_client(_after_inpatient(), [], today=date(2026, 3, 20),
                               visits=[visit(41, date(2026, 3, 3), "psychiatry")])
    assert only(clocks, ClockKind.FUH7).state is ClockState.MISSED


@pytest.mark.parametrize("kind", ["primary_care", "case_management", "other"])
def test_primary_care_and_case_management_are_no_mental_health_follow_up(kind: str) -> None:
    clocks = clocks_for_client(_after_inpatient(), [], today=date(2026, 3, 20),
                               visits=[visit(41, date(2026, 3, 5), kind)])
    assert only(clocks, ClockKind.FUH7).state is ClockState.MISSED


def test_psychiatry_for_substance_use_only_is_no_fuh_follow_up() -> None:
    clocks = clocks_for_client(_after_inpatient(BOTH), [], today=date(2026, 3, 20),
                               visits=[visit(41, date(2026, 3, 5), "psychiatry", focus=SUD)])
    assert only(clocks, ClockKind.FUH7).state is ClockState.MISSED


def test_a_kept_substance_use_counselling_visit_meets_fui_and_iet() -> None:
    episodes = [stay(1, "WM", date(2026, 3, 1), date(2026, 3, 5), focus=SUD),
                stay(2, "IOP", date(2026, 3, 20), focus=SUD)]
    visits = [visit(42, date(2026, 3, 7), "substance_use_counseling", focus=SUD)]
    clocks = clocks_for_client(episodes, [], today=date(2026, 4, 30), visits=visits)
    for kind in (ClockKind.FUI7, ClockKind.FUI30):
        clock = only(clocks, kind)
        assert (clock.state, clock.met_on, clock.closed_by_appointment_id) == (
            ClockState.MET, date(2026, 3, 7), 42)
    # A new outpatient episode without any other service: the counselling starts treatment.
    iop = [stay(1, "IOP", date(2026, 3, 2), focus=SUD)]
    clock = only(clocks_for_client(iop, [], today=date(2026, 3, 31), visits=[
        visit(43, date(2026, 3, 12), "substance_use_counseling", focus=SUD)]),
        ClockKind.IET_INITIATION)
    assert (clock.state, clock.met_on, clock.closed_by_appointment_id) == (
        ClockState.MET, date(2026, 3, 12), 43)


@pytest.mark.parametrize(("kind", "focus", "counts"), [
    ("moud", MH, True),  # a buprenorphine visit is substance-use treatment whatever typed
    ("peer_support", SUD, True),
    ("peer_support", MH, False),
    ("therapy", MH, False),
    ("primary_care", SUD, False),
])
def test_what_counts_as_substance_use_follow_up(kind: str, focus: str, counts: bool) -> None:
    episodes = [stay(1, "RES", date(2026, 2, 1), date(2026, 3, 1), focus=SUD)]
    clocks = clocks_for_client(episodes, [], today=date(2026, 3, 31),
                               visits=[visit(44, date(2026, 3, 4), kind, focus=focus)])
    assert only(clocks, ClockKind.FUI7).state is (
        ClockState.MET if counts else ClockState.MISSED)


def test_the_new_episodes_own_intake_on_its_first_day_does_not_start_treatment() -> None:
    iop = [stay(1, "IOP", date(2026, 3, 2), focus=SUD)]
    own_intake = [visit(45, date(2026, 3, 2), "intake", focus=SUD, level="IOP")]
    assert only(clocks_for_client(iop, [], today=date(2026, 3, 31), visits=own_intake),
                ClockKind.IET_INITIATION).state is ClockState.MISSED
    # A buprenorphine visit elsewhere on that day does.
    moud = [visit(46, date(2026, 3, 2), "moud", focus=SUD)]
    assert only(clocks_for_client(iop, [], today=date(2026, 3, 31), visits=moud),
                ClockKind.IET_INITIATION).met_on == date(2026, 3, 2)


def test_a_readmission_before_the_visit_still_closes_the_clock_as_transferred() -> None:
    episodes = [*_after_inpatient(), stay(2, "INP", date(2026, 3, 6), date(2026, 3, 12))]
    clocks = clocks_for_client(episodes, [], today=date(2026, 3, 31),
                               visits=[visit(47, date(2026, 3, 8), "therapy")])
    clock = only(clocks, ClockKind.FUH7, episode_id=1)
    assert (clock.state, clock.closed_by_episode_id) == (ClockState.TRANSFERRED, 2)


def test_an_episode_start_and_a_kept_intake_on_one_day_name_the_episode() -> None:
    episodes = [*_after_inpatient(), stay(2, "IOP", date(2026, 3, 9))]
    clocks = clocks_for_client(episodes, [], today=date(2026, 3, 20),
                               visits=[visit(40, date(2026, 3, 9), "intake", level="IOP")])
    clock = only(clocks, ClockKind.STEP_DOWN)
    assert (clock.closed_by_episode_id, clock.closed_by_appointment_id) == (2, None)


# --- properties -----------------------------------------------------------------------------

BASE = date(2026, 1, 1)
# These check logic, not speed: no deadline, so a busy machine cannot fail them.
PROPERTY = settings(max_examples=300, deadline=None)
_CODES = sorted(LEVELS)
_FOLLOW_UPS = {ClockKind.FUH7, ClockKind.FUH30, ClockKind.FUI7, ClockKind.FUI30}


def _day(offset: int) -> date:
    return BASE + timedelta(days=offset)


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[EpisodeFact], list[FollowUpFact], date]:
    """A client's journey (episodes one after another, sometimes overlapping), sessions
    around them, and a day to judge them on."""
    count = draw(st.integers(1, 5))
    episodes: list[EpisodeFact] = []
    day = draw(st.integers(0, 30))
    for number in range(1, count + 1):
        level = LEVELS[draw(st.sampled_from(_CODES))]
        length = draw(st.integers(0, 30))
        ongoing = number == count and draw(st.booleans())
        episodes.append(EpisodeFact(
            number, level.code, level.intensity, level.round_the_clock,
            draw(st.sampled_from([f.value for f in CareFocus])), _day(day),
            None if ongoing else _day(day + length),
            draw(st.sampled_from(["completed", "completed", "active", "planned",
                                  "cancelled"]))))
        day += length + draw(st.integers(-2, 20))
    sessions = draw(st.lists(
        st.tuples(st.integers(0, count - 1), st.integers(-2, 40),
                  st.sampled_from([s.value for s in AttendanceStatus])).map(
            lambda drawn: FollowUpFact(episodes[drawn[0]].episode_id,
                                       episodes[drawn[0]].start + timedelta(days=drawn[1]),
                                       drawn[2])),
        max_size=20, unique_by=lambda f: (f.episode_id, f.session_date)))
    return episodes, sessions, _day(draw(st.integers(0, 200)))


def _by_key(clocks: list[Clock]) -> dict[tuple[ClockKind, int], Clock]:
    keyed = {(c.kind, c.episode_id): c for c in clocks}
    assert len(keyed) == len(clocks), "one clock of each kind per episode"
    return keyed


@PROPERTY
@given(histories(), st.integers(1, 90))
def test_every_clock_is_in_exactly_one_consistent_state(
        history: tuple[list[EpisodeFact], list[FollowUpFact], date], window: int) -> None:
    episodes, sessions, today = history
    for clock in clocks_for_client(episodes, sessions, today=today, step_down_days=window):
        assert clock.start <= today
        assert (clock.met_on is not None) == (clock.state is ClockState.MET)
        if clock.state is ClockState.OPEN:
            assert clock.closed_on is None and clock.closed_by_episode_id is None
            assert clock.days_left(today) >= 0
        elif clock.state is ClockState.MISSED:
            assert clock.closed_on == clock.due < today
            assert clock.closed_by_episode_id is None
        else:  # met or transferred, by an episode (appointments: see below)
            assert clock.closed_by_episode_id is not None
            assert clock.closed_by_appointment_id is None
            assert clock.closed_on is not None
            assert clock.start <= clock.closed_on <= min(clock.due, today)


@PROPERTY
@given(histories())
def test_met_on_is_inside_the_window(
        history: tuple[list[EpisodeFact], list[FollowUpFact], date]) -> None:
    episodes, sessions, today = history
    for clock in clocks_for_client(episodes, sessions, today=today):
        if clock.met_on is None:
            continue
        first = clock.start + timedelta(days=1 if clock.kind in _FOLLOW_UPS else 0)
        assert first <= clock.met_on <= clock.due


@PROPERTY
@given(histories(), st.integers(1, 89), st.integers(1, 60))
def test_a_longer_step_down_window_never_turns_met_into_missed(
        history: tuple[list[EpisodeFact], list[FollowUpFact], date], window: int,
        extra: int) -> None:
    episodes, sessions, today = history
    shorter = _by_key(clocks_for_client(episodes, sessions, today=today, step_down_days=window))
    longer = _by_key(clocks_for_client(episodes, sessions, today=today,
                                       step_down_days=window + extra))
    for key, clock in shorter.items():
        if clock.state is ClockState.MET:
            assert longer[key].state is ClockState.MET
            assert longer[key].met_on == clock.met_on


@PROPERTY
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_facts_arrive_in_does_not_matter(
        history: tuple[list[EpisodeFact], list[FollowUpFact], date],
        shuffler: random.Random) -> None:
    episodes, sessions, today = history
    expected = clocks_for_client(episodes, sessions, today=today)
    episodes, sessions = episodes[:], sessions[:]
    shuffler.shuffle(episodes)
    shuffler.shuffle(sessions)
    assert clocks_for_client(episodes, sessions, today=today) == expected


@PROPERTY
@given(histories())
def test_an_open_clock_loses_one_day_a_day_and_a_closed_one_stays_closed(
        history: tuple[list[EpisodeFact], list[FollowUpFact], date]) -> None:
    episodes, sessions, today = history
    tomorrow = today + timedelta(days=1)
    later = _by_key(clocks_for_client(episodes, sessions, today=tomorrow))
    for key, clock in _by_key(clocks_for_client(episodes, sessions, today=today)).items():
        next_day = later[key]
        assert next_day.due == clock.due
        if clock.state is ClockState.OPEN:
            assert next_day.days_left(tomorrow) == clock.days_left(today) - 1
        else:
            # The worklist's clock stays as it closed; only a readmission learnt tomorrow may
            # still take its discharge out of the reported rates (one already known stays).
            assert replace(next_day, readmitted_on=None) == replace(clock, readmitted_on=None)
            assert clock.readmitted_on in (None, next_day.readmitted_on)


@PROPERTY
@given(histories(), st.integers(0, 200).map(_day))
def test_leaving_out_closed_clocks_only_filters(
        history: tuple[list[EpisodeFact], list[FollowUpFact], date], closed_since: date) -> None:
    episodes, sessions, today = history
    everything = clocks_for_client(episodes, sessions, today=today)
    assert clocks_for_client(episodes, sessions, today=today, closed_since=closed_since) == [
        c for c in everything if c.closed_on is None or c.closed_on >= closed_since]


_VISIT_KINDS = ["intake", "psychiatry", "therapy", "substance_use_counseling", "moud",
                "peer_support", "primary_care", "case_management", "other"]


@PROPERTY
@given(histories(), st.lists(st.tuples(
    st.integers(-2, 120), st.sampled_from(_VISIT_KINDS),
    st.sampled_from([f.value for f in CareFocus]), st.sampled_from([None, *_CODES]),
    st.sampled_from(["kept", "kept", "scheduled", "missed", "cancelled"])), max_size=6))
def test_kept_appointments_only_ever_meet_clocks_sooner(
        history: tuple[list[EpisodeFact], list[FollowUpFact], date],
        drawn: list[tuple[int, str, str, str | None, str]]) -> None:
    """Adding appointments never misses a clock that was met, nor meets one later; a clock
    an appointment met is met on that kept appointment's day, not after today."""
    episodes, sessions, today = history
    visits = [visit(100 + number, _day(offset), kind, focus=focus, level=level, status=status)
              for number, (offset, kind, focus, level, status) in enumerate(drawn)]
    by_id = {v.appointment_id: v for v in visits}
    without = _by_key(clocks_for_client(episodes, sessions, today=today))
    with_visits = _by_key(clocks_for_client(episodes, sessions, today=today, visits=visits))
    assert without.keys() == with_visits.keys()
    for key, clock in with_visits.items():
        before = without[key]
        if before.state is ClockState.MET:
            assert clock.state is ClockState.MET
            assert clock.met_on is not None and before.met_on is not None
            assert clock.met_on <= before.met_on
        if clock.closed_by_appointment_id is not None:
            kept = by_id[clock.closed_by_appointment_id]
            assert clock.state is ClockState.MET and clock.closed_by_episode_id is None
            assert kept.status == "kept" and kept.day == clock.met_on <= today

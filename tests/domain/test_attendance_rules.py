"""Program schedules and attendance rules, with real dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.attendance import (
    HoursStanding,
    adherence,
    default_minutes,
    meeting_days,
    meets_on,
    minutes_problem,
    needs_outreach,
    next_meeting_day,
    parse_weekdays,
    previous_meeting_day,
    unexcused_run,
    week_of,
    weekdays_text,
    weekly_hours,
)
from coordinator.domain.vocabulary import AttendanceStatus

MON_TUE_THU = parse_weekdays("MO,TU,TH")
MARKS = st.sampled_from([status.value for status in AttendanceStatus])


def test_an_evening_track_meeting_monday_tuesday_thursday_meets_three_days_in_march_week():
    # 2 March 2026 is a Monday.
    assert parse_weekdays("MO,TU,TH") == {0, 1, 3}
    assert list(meeting_days(MON_TUE_THU, date(2026, 3, 2), date(2026, 3, 8))) == [
        date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 5)]
    assert meets_on(MON_TUE_THU, date(2026, 3, 5))
    assert not meets_on(MON_TUE_THU, date(2026, 3, 4))  # a Wednesday


def test_weekday_lists_read_and_write_in_monday_first_order():
    assert weekdays_text({3, 0, 1}) == "MO,TU,TH"
    assert parse_weekdays(" mo, th ,") == frozenset({0, 3})
    assert parse_weekdays("") == frozenset()
    with pytest.raises(ValueError, match="'XX' is not a day of the week"):
        parse_weekdays("MO,XX")


def test_the_arrows_move_between_session_days_across_weekends():
    assert next_meeting_day(MON_TUE_THU, date(2026, 3, 5)) == date(2026, 3, 9)
    assert previous_meeting_day(MON_TUE_THU, date(2026, 3, 9)) == date(2026, 3, 5)
    assert next_meeting_day(MON_TUE_THU, date(2026, 3, 2)) == date(2026, 3, 3)
    assert next_meeting_day(frozenset(), date(2026, 3, 2)) == date(2026, 3, 3)


def test_a_week_runs_monday_to_sunday():
    assert week_of(date(2026, 3, 5)) == (date(2026, 3, 2), date(2026, 3, 8))
    assert week_of(date(2026, 3, 8)) == (date(2026, 3, 2), date(2026, 3, 8))


def test_three_three_hour_evenings_are_nine_hours_in_the_iop_range():
    week = weekly_hours(3 * 180, 9, 19)
    assert (week.hours, week.standing, week.words, week.is_warning) == (
        9.0, HoursStanding.IN_RANGE, "in range", False)


def test_two_evenings_are_below_the_iop_range_once_the_week_is_over():
    week = weekly_hours(2 * 180, 9, 19)
    assert (week.hours, week.standing, week.words, week.is_warning) == (
        6.0, HoursStanding.BELOW, "below range", True)


def test_hours_short_of_the_minimum_are_on_track_while_the_rest_of_the_week_can_make_it_up():
    assert weekly_hours(180, 9, 19, minutes_still_to_come=360).standing is HoursStanding.ON_TRACK
    assert weekly_hours(180, 9, 19, minutes_still_to_come=359).standing is HoursStanding.BELOW


def test_php_has_no_maximum_and_iop_above_nineteen_hours_warns():
    assert weekly_hours(40 * 60, 20, None).standing is HoursStanding.IN_RANGE
    assert weekly_hours(20 * 60, 9, 19).words == "above range"
    assert weekly_hours(600, None, None).standing is HoursStanding.NO_RANGE


def test_adherence_leaves_out_excused_absences_and_counts_late_and_telehealth():
    marks = ["present", "late", "telehealth", "excused", "unexcused"]
    assert adherence(marks) == 3 / 4
    assert adherence(["excused", "excused"]) is None
    assert adherence([]) is None


def test_two_unexcused_absences_in_a_row_flag_the_client_for_outreach():
    marks = [(date(2026, 3, 2), "present"), (date(2026, 3, 3), "unexcused"),
             (date(2026, 3, 5), "unexcused")]
    assert unexcused_run(marks) == 2
    assert needs_outreach(marks)
    # The order of the list does not matter, only the session days.
    assert needs_outreach(list(reversed(marks)))


def test_one_absence_an_excused_one_between_or_coming_back_clears_the_flag():
    assert not needs_outreach([(date(2026, 3, 5), "unexcused")])
    assert not needs_outreach([(date(2026, 3, 2), "unexcused"), (date(2026, 3, 3), "excused"),
                               (date(2026, 3, 5), "unexcused")])
    assert not needs_outreach([(date(2026, 3, 2), "unexcused"), (date(2026, 3, 3), "unexcused"),
                               (date(2026, 3, 5), "present")])


def test_minutes_go_with_the_mark():
    assert default_minutes("present", 180) == 180
    assert default_minutes("unexcused", 180) == 0
    assert minutes_problem("late", 150, 180) is None
    assert minutes_problem("late", 200, 180) == (
        "The session is 180 minutes long; 200 is more than that.")
    assert minutes_problem("excused", 30, 180) == "An absence counts no minutes."
    assert minutes_problem("present", 0, 180) == "An attended session counts at least one minute."


@given(st.lists(MARKS, max_size=60))
def test_adherence_is_a_share_between_none_and_all(marks: list[str]) -> None:
    rate = adherence(marks)
    if rate is None:
        assert all(mark == "excused" for mark in marks)
    else:
        assert 0 <= rate <= 1


@given(st.lists(MARKS, max_size=30))
def test_outreach_is_flagged_exactly_when_the_newest_two_marks_are_unexcused(
        marks: list[str]) -> None:
    dated = [(date(2026, 3, 2) + timedelta(days=index), mark)
             for index, mark in enumerate(marks)]
    assert needs_outreach(dated) == (marks[-2:] == ["unexcused", "unexcused"])


@given(st.sets(st.integers(0, 6), min_size=1), st.dates(date(2020, 1, 1), date(2030, 1, 1)))
def test_next_and_previous_meeting_days_are_meeting_days_within_a_week(
        days: set[int], day: date) -> None:
    after = next_meeting_day(frozenset(days), day)
    before = previous_meeting_day(frozenset(days), day)
    assert meets_on(frozenset(days), after) and 1 <= (after - day).days <= 7
    assert meets_on(frozenset(days), before) and 1 <= (day - before).days <= 7
    assert not list(meeting_days(frozenset(days), day + timedelta(days=1),
                                 after - timedelta(days=1)))

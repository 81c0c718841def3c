"""Opening hours from HSDS schedule rows, in the words a case manager reads to a client."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.hsds_hours import (
    DAY_CODES,
    HoursWords,
    ScheduleRule,
    days_text,
    hours_lines,
    is_open_at,
    parse_clock,
    weekdays_of,
)

WEEKDAYS_9_TO_5 = ScheduleRule("WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:00")
SATURDAY_MORNING = ScheduleRule("WEEKLY", "SA", "10:00:00", "14:00:00")
# Friday 27 November 2026 and the Saturday after.
FRIDAY = date(2026, 11, 27)


def test_a_weekday_rule_reads_mon_to_fri_with_times() -> None:
    assert hours_lines([WEEKDAYS_9_TO_5]) == ["Mon–Fri 9:00–17:00"]


def test_several_rows_give_one_line_each_in_week_order() -> None:
    assert hours_lines([SATURDAY_MORNING, WEEKDAYS_9_TO_5]) == [
        "Mon–Fri 9:00–17:00", "Sat 10:00–14:00"]


def test_rows_with_the_same_times_are_merged_into_one_line() -> None:
    rules = [ScheduleRule("WEEKLY", "MO,TU", "09:00", "17:00"),
             ScheduleRule("WEEKLY", "WE,TH,FR", "09:00", "17:00")]
    assert hours_lines(rules) == ["Mon–Fri 9:00–17:00"]


def test_two_evenings_are_listed_not_joined_as_a_range() -> None:
    rule = ScheduleRule("WEEKLY", "TU,TH", "17:30", "20:30")
    assert hours_lines([rule]) == ["Tue, Thu 17:30–20:30"]


def test_every_day_around_the_clock() -> None:
    rule = ScheduleRule("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")
    assert hours_lines([rule]) == ["Every day, 24 hours"]


def test_a_row_without_times_gives_its_description() -> None:
    rule = ScheduleRule(description="By appointment")
    assert hours_lines([WEEKDAYS_9_TO_5, rule]) == ["Mon–Fri 9:00–17:00", "By appointment"]


def test_the_specification_example_row_reads_thu_fri_10_to_18() -> None:
    # schedules.csv of the HSDS 3.0 example package: byday "TH,FR", 10:00:00–18:00:00.
    rule = ScheduleRule("WEEKLY", "TH,FR", "10:00:00", "18:00:00",
                        "The service is available from 10 am to 6pm weekdays.")
    assert hours_lines([rule]) == ["Thu, Fri 10:00–18:00"]


def test_a_monthly_row_keeps_its_ordinals() -> None:
    rule = ScheduleRule("MONTHLY", "1MO,-1FR", "18:00", "20:00")
    assert hours_lines([rule]) == ["Monthly: 1st Mon, last Fri 18:00–20:00"]


def test_translated_words_are_used() -> None:
    spanish = HoursWords(day_names=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
                         every_day="Todos los días", all_day="24 horas")
    assert hours_lines([WEEKDAYS_9_TO_5, SATURDAY_MORNING], spanish) == [
        "lun–vie 9:00–17:00", "sáb 10:00–14:00"]


def test_nothing_known_gives_no_lines() -> None:
    assert hours_lines([]) == []
    assert hours_lines([ScheduleRule(opens_at="late", closes_at="")]) == []


def test_times_and_days_are_read_leniently() -> None:
    assert parse_clock("9:05") == time(9, 5)
    assert parse_clock("17:30:00Z") == time(17, 30)
    assert parse_clock("24:00") == time(23, 59)
    assert parse_clock("25:00") is None
    assert weekdays_of(" mo, we ,1FR, XX") == (0, 2, 4)


def test_open_now_inside_and_outside_the_hours() -> None:
    rules = [WEEKDAYS_9_TO_5, SATURDAY_MORNING]
    assert is_open_at(rules, datetime.combine(FRIDAY, time(9, 0)))
    assert is_open_at(rules, datetime.combine(FRIDAY, time(16, 59)))
    assert not is_open_at(rules, datetime.combine(FRIDAY, time(17, 0)))
    assert not is_open_at(rules, datetime.combine(FRIDAY, time(8, 59)))
    assert is_open_at(rules, datetime(2026, 11, 28, 11, 0))  # Saturday
    assert not is_open_at(rules, datetime(2026, 11, 29, 11, 0))  # Sunday


def test_overnight_hours_count_on_the_next_morning() -> None:
    shelter = ScheduleRule("WEEKLY", "FR", "21:00", "07:00")
    assert is_open_at([shelter], datetime.combine(FRIDAY, time(22, 0)))
    assert is_open_at([shelter], datetime(2026, 11, 28, 6, 30))
    assert not is_open_at([shelter], datetime(2026, 11, 28, 7, 30))
    assert not is_open_at([shelter], datetime(2026, 11, 27, 6, 30))  # Thursday night: no


def test_around_the_clock_is_open_a_minute_before_midnight() -> None:
    always = ScheduleRule("WEEKLY", ",".join(DAY_CODES), "00:00", "23:59")
    assert is_open_at([always], datetime.combine(FRIDAY, time(23, 59, 30)))


def test_a_rule_outside_its_valid_dates_is_closed() -> None:
    summer = ScheduleRule("WEEKLY", "FR", "09:00", "17:00", valid_from=date(2026, 6, 1),
                          valid_to=date(2026, 8, 31))
    assert not is_open_at([summer], datetime.combine(FRIDAY, time(10, 0)))


def test_a_utc_offset_is_honoured_for_an_aware_moment() -> None:
    # Pacific standard time is UTC-8: 17:30 UTC on that Friday is 9:30 in Riverbend.
    pacific = ScheduleRule("WEEKLY", "FR", "09:00", "17:00", timezone=-8)
    assert is_open_at([pacific], datetime(2026, 11, 27, 17, 30, tzinfo=UTC))
    assert not is_open_at([pacific], datetime(2026, 11, 27, 16, 30, tzinfo=UTC))


def test_untimed_and_monthly_rules_never_claim_open() -> None:
    rules = [ScheduleRule(description="By appointment"),
             ScheduleRule("MONTHLY", "-1FR", "09:00", "17:00")]
    assert not is_open_at(rules, datetime.combine(FRIDAY, time(10, 0)))


@given(st.sets(st.integers(min_value=0, max_value=6), min_size=1))
def test_days_text_names_every_day_and_no_other(days: set[int]) -> None:
    words = HoursWords()
    text = days_text(sorted(days))
    named: set[int] = set()
    if text == words.every_day:
        named = set(range(7))
    for part in text.split(", ") if text != words.every_day else []:
        if "–" in part:
            first, last = part.split("–")
            named.update(range(words.day_names.index(first), words.day_names.index(last) + 1))
        else:
            named.add(words.day_names.index(part))
    assert named == days

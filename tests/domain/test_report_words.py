"""``Words``: the services' English text that remembers its template, context and values, so
the Reports view can show it in the user's language while files and the command line print
the English."""

from __future__ import annotations

import copy
import pickle
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.words import Words, english, fill, joined, said


def test_marked_words_are_their_english_text() -> None:
    title = said("CensusReport", "Census over time")
    assert title == "Census over time"
    assert isinstance(title, str)
    assert (title.context, title.template, title.values) == (
        "CensusReport", "Census over time", ())
    assert f"{title}!" == "Census over time!"


def test_values_fill_the_english_and_are_kept_for_the_translation() -> None:
    day = date(2026, 3, 31)
    words = said("CensusReport", "In care on %1").arg(day)
    assert words == "In care on 2026-03-31"
    assert words.template == "In care on %1"
    assert words.values == (day,)


def test_a_second_arg_goes_on_where_the_first_stopped() -> None:
    words = said("Reports", "%1 of %2 discharges, median %3").arg(19).arg(21, "4.5")
    assert words == "19 of 21 discharges, median 4.5"
    assert words.values == (19, 21, "4.5")


def test_a_value_that_looks_like_a_place_is_not_filled_again() -> None:
    assert said("Reports", "%1 and %2").arg("%2 Pérez", "x") == "%2 Pérez and x"


def test_nested_words_print_their_english_and_stay_words() -> None:
    inner = said("Reports", "Program: %1").arg("Hope House IOP")
    outer = said("Reports", "%1; %2").arg(inner, said("Reports", "Track: %1").arg("evening"))
    assert outer == "Program: Hope House IOP; Track: evening"
    assert outer.values[0] is inner


def test_joined_puts_a_separator_between_parts() -> None:
    separator = said("Reports", "%1; %2")
    parts = [said("Reports", "Track: %1").arg(track) for track in ("morning", "evening")]
    assert joined(separator, parts) == "Track: morning; Track: evening"
    assert joined(separator, parts[:1]) is parts[0]
    assert joined(separator, []) == ""


def test_words_survive_pickle_and_copy_whole() -> None:
    words = said("Reports", "Open until %1: %2").arg(date(2026, 4, 2),
                                                     said("Reports", "not counted"))
    for again in (pickle.loads(pickle.dumps(words)), copy.copy(words), copy.deepcopy(words)):
        assert type(again) is Words
        assert again == words
        assert (again.context, again.template, again.values) == (
            words.context, words.template, words.values)


def test_words_hash_and_compare_as_their_text() -> None:
    words = said("Reports", "Everyone")
    assert hash(words) == hash("Everyone")
    assert {words: 1}["Everyone"] == 1
    assert said("StepDownReport", "Missed") == said("FollowUpReport", "Missed")


def test_english_prints_dates_as_the_reports_do() -> None:
    assert english(date(2026, 1, 5)) == "2026-01-05"
    assert english(12) == "12"
    assert english(2.5) == "2.5"


@given(st.lists(st.text(max_size=8), max_size=9))
def test_every_place_gets_its_value_exactly_once(values: list[str]) -> None:
    template = " | ".join(f"%{place}" for place in range(1, len(values) + 1))
    assert fill(template, *values) == " | ".join(values)
    words = Words("Reports", template, tuple(values))
    assert words == " | ".join(values)

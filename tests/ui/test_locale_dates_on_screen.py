"""Dates, times and numbers on screen follow the person's locale (``locale_text``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.date_field import DateField, read_date, shown_date
from coordinator.ui.locale_text import (
    date_long,
    date_text,
    datetime_text,
    day_month,
    figure_text,
    number_text,
    percent_text,
    time_text,
)
from coordinator.ui.record.window import RecordWindow
from tests.ui.care_helpers import case_manager_services, days_ago

US_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
US_SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates)
MEXICAN_SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
SPAIN_SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Each test sets the default locale it needs; it is given back afterwards."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_a_date_reads_as_each_locale_writes_it_with_the_year_in_full() -> None:
    first_of_march = date(2026, 3, 1)
    assert date_text(first_of_march, US_ENGLISH) == "03/01/2026"
    assert date_text(first_of_march, US_SPANISH) == "01/03/2026"
    assert date_text(first_of_march, MEXICAN_SPANISH) == "01/03/2026"
    assert date_text(first_of_march, QLocale.c()) == "2026-03-01"
    assert date_text(None, US_ENGLISH) == ""


def test_a_sentence_spells_the_day_out_without_the_weekday() -> None:
    assert date_long(date(2026, 3, 1), US_ENGLISH) == "March 1, 2026"
    assert date_long(date(2026, 3, 1), US_SPANISH) == "1 de marzo de 2026"
    assert date_long(date(2026, 12, 8), MEXICAN_SPANISH) == "8 de diciembre de 2026"


def test_a_week_names_its_first_day_by_day_and_month() -> None:
    assert day_month(date(2026, 3, 2), US_ENGLISH) == "Mar 2"
    assert day_month(date(2026, 3, 2), US_SPANISH) == "2 de mar"
    assert day_month(date(2026, 3, 2), QLocale.c()) == "2 Mar"


def test_times_numbers_and_percentages_follow_the_locale() -> None:
    # Qt writes a narrow no-break space before AM/PM, as the Unicode locale data says.
    assert time_text(time(14, 5), US_ENGLISH) == "2:05\u202fPM"
    assert time_text(time(14, 5), US_SPANISH) == "2:05\u202fp.m."
    assert time_text(time(14, 5), QLocale.c()) == "14:05"
    assert number_text(1234, US_ENGLISH) == "1,234"
    assert number_text(1234, SPAIN_SPANISH) == "1234"  # Spain groups from five digits
    assert number_text(12345, SPAIN_SPANISH) == "12.345"
    assert number_text(7.5, SPAIN_SPANISH, decimals=1) == "7,5"
    assert figure_text(9.5, US_ENGLISH) == "9.5"
    assert figure_text(9.5, SPAIN_SPANISH) == "9,5"
    assert figure_text(20.0, SPAIN_SPANISH) == "20"
    assert percent_text(0.256, US_ENGLISH) == "26%"
    assert percent_text(0.125, SPAIN_SPANISH, decimals=1) == "12,5%"


def test_a_stored_moment_is_shown_in_local_time() -> None:
    afternoon = datetime(2026, 3, 1, 14, 5).astimezone()  # 2:05 PM here, stored with its zone
    assert datetime_text(afternoon, US_ENGLISH) == "03/01/2026 2:05\u202fPM"
    assert datetime_text(afternoon, QLocale.c()) == "2026-03-01 14:05"
    assert datetime_text(None, US_ENGLISH) == ""


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(["en_US", "es_US", "es_MX", "es_ES", "en_GB", "de_DE", "C"]))
def test_the_date_fields_read_back_every_date_the_app_shows(day: date, name: str) -> None:
    locale = QLocale(name)
    assert read_date(date_text(day, locale), locale) == day


def test_a_client_record_shows_dates_the_spanish_way(
        qtbot: QtBot, ui: UiContext, services: AppServices, default_locale: None) -> None:
    QLocale.setDefault(US_SPANISH)
    record = open_client_with_a_stay(qtbot, ui, services)

    birth = record.overview["birth_date"].text()
    assert birth.startswith("14/05/1988 (")
    started = days_ago(6)
    assert record.episode_model.index(0, 5).data() == f"{started.day:02}/{started.month:02}/2026"
    planned = days_ago(-3)
    shown = [record.transition_model.index(0, column).data()
             for column in range(record.transition_model.columnCount())]
    assert f"{planned.day:02}/{planned.month:02}/2026" in shown
    assert not any(ISO_DATE.search(text or "") for text in [birth, *shown])


def test_a_client_record_shows_dates_the_us_way(
        qtbot: QtBot, ui: UiContext, services: AppServices, default_locale: None) -> None:
    QLocale.setDefault(US_ENGLISH)
    record = open_client_with_a_stay(qtbot, ui, services)

    assert record.overview["birth_date"].text().startswith("05/14/1988 (")
    started = days_ago(6)
    assert record.episode_model.index(0, 5).data() == f"{started.month:02}/{started.day:02}/2026"


def test_a_date_field_shows_its_day_the_spanish_way_and_reads_what_is_typed(
        qtbot: QtBot, default_locale: None) -> None:
    QLocale.setDefault(US_SPANISH)
    field = DateField(date(2026, 12, 8), "Planned date")
    qtbot.addWidget(field)
    field.show()
    assert field.text() == "08/12/2026"
    assert field.edit.placeholderText() == "08/12/2026"

    for typed in ("2026-03-01", "1/3/2026"):  # ISO, or the Spanish day/month/year
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, typed)
        assert field.check()
        assert field.day() == date(2026, 3, 1)
        assert field.text() == "01/03/2026"


def test_a_field_shows_iso_where_the_locale_form_would_not_read_back() -> None:
    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    assert date_text(date(2026, 3, 1), korean) == "2026. 03. 01."  # trailing dot: not read
    assert shown_date(date(2026, 3, 1), korean) == "2026-03-01"
    assert shown_date(date(2026, 3, 1), US_ENGLISH) == "03/01/2026"


def open_client_with_a_stay(qtbot: QtBot, ui: UiContext, services: AppServices) -> RecordWindow:
    client_id = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(6)))
    services.transitions.plan(client_id, stay.id, TransitionPlan(
        "PHP", days_ago(-3), "Stable", ("clinically_stable",)))
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.record_loaded):
        record.show()
    return record

"""A date typed key by key into a real dialog is the date saved.

The date fields used to edit a date section by section, so "2026-12-08" typed in full came
out as the 12th; now the text is read as typed: ISO or the locale's short form, and a day
that does not exist is refused with a sentence under its field, keeping everything typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import select_data
from coordinator.ui.care.transition_dialog import TransitionDialog
from coordinator.ui.context import UiContext
from coordinator.ui.date_field import DateField, DateNotReadable, read_date, shown_date
from coordinator.ui.record.assessment_dialogs import RecordAssessmentDialog
from tests.ui.care_helpers import add_facilities, case_manager_services


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def dara(services: AppServices, database: Database) -> int:
    """Dara Sok, in inpatient care since 22 March (today is 1 April 2026)."""
    add_facilities(database)
    client_id = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    services.episodes.add(client_id, EpisodeInput("INP", date(2026, 3, 22)))
    return client_id


@pytest.fixture
def us_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    """Select what the field shows and type ``text`` over it, as a person does."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def transition_dialog(qtbot: QtBot, ui: UiContext, services: AppServices,
                      client_id: int) -> TransitionDialog:
    care = services.record.care(client_id)
    assert care.current is not None
    dialog = TransitionDialog(ui, client_id, care.current, care.levels, care.facilities)
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.level, "PHP")
    qtbot.keyClicks(dialog.rationale, "Needs more structure after discharge.")
    return dialog


def test_a_planned_date_typed_in_full_is_the_date_saved(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int) -> None:
    dialog = transition_dialog(qtbot, ui, services, dara)
    type_date(qtbot, dialog.planned, "2026-12-08")
    assert dialog.planned.edit.text() == "2026-12-08"

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert saved.args[0].planned_date == date(2026, 12, 8)
    [stored] = services.transitions.transitions_of(dara)
    assert stored.planned_date == date(2026, 12, 8)


def test_the_us_short_form_lands_as_the_same_day(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int, us_english: None
) -> None:
    dialog = transition_dialog(qtbot, ui, services, dara)
    type_date(qtbot, dialog.planned, "4/8/2026")

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert [t.planned_date for t in services.transitions.transitions_of(dara)] == [
        date(2026, 4, 8)]


def test_a_day_that_does_not_exist_is_refused_at_the_field_and_nothing_typed_is_lost(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int) -> None:
    dialog = transition_dialog(qtbot, ui, services, dara)
    type_date(qtbot, dialog.planned, "2026-02-30")

    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.planned.message.text() == "There is no 30 February 2026: February 2026 " \
        "has 28 days."
    assert dialog.planned.message.isVisibleTo(dialog)
    assert dialog.planned.edit.text() == "2026-02-30"  # not quietly changed to another day
    assert dialog.rationale.toPlainText() == "Needs more structure after discharge."
    assert dialog.isVisible()
    assert services.transitions.transitions_of(dara) == []

    type_date(qtbot, dialog.planned, "2026-04-30")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [t.planned_date for t in services.transitions.transitions_of(dara)] == [
        date(2026, 4, 30)]


def test_an_assessment_date_typed_in_full_is_the_date_saved(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int) -> None:
    dialog = RecordAssessmentDialog(ui, dara, "Dara Sok")
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.instrument, Instrument.PHQ9.value)
    dialog.items.setFocus()
    qtbot.keyClicks(dialog.items, "111111110")
    type_date(qtbot, dialog.administered_on, "2026-03-28")

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [saved] = services.assessments.assessments_of(dara)
    assert (saved.administered_on, saved.total) == (date(2026, 3, 28), 8)


def test_the_reading_rules_in_words() -> None:
    locale = QLocale("en_US")
    assert read_date("2026-12-08", locale) == date(2026, 12, 8)
    assert read_date("12/8/2026", locale) == date(2026, 12, 8)
    assert read_date(" ", locale) is None
    british = QLocale("en_GB")
    assert read_date("8/12/2026", british) == date(2026, 12, 8)
    with pytest.raises(DateNotReadable, match="There is no month 13"):
        read_date("2026-13-01", locale)
    with pytest.raises(DateNotReadable, match="Type the year in full"):
        read_date("12/8/26", locale)
    with pytest.raises(DateNotReadable, match="Type the date as 2026-12-08 or 12/8/2026"):
        read_date("next Tuesday", locale)


# A popup grabs the keyboard; the offscreen platform says it cannot, real ones do.
@pytest.mark.qt_log_ignore(r"^This plugin does not support grabbing the keyboard$",
                           r"^This plugin does not support propagateSizeHints\(\)$",
                           r"^This plugin does not support raise\(\)$")
def test_alt_down_opens_a_calendar_and_enter_takes_its_day(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int) -> None:
    dialog = transition_dialog(qtbot, ui, services, dara)
    qtbot.keyClick(dialog.planned, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.planned.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 4, 1)  # the planned day shown

    calendar.setSelectedDate(QDate(2026, 4, 9))
    with qtbot.waitSignal(dialog.planned.dateChanged):
        calendar.activated.emit(calendar.selectedDate())  # what Enter on a day does
    assert not calendar.isVisible()
    assert dialog.planned.edit.text() == shown_date(date(2026, 4, 9))

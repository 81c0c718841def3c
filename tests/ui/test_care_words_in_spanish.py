"""The clinic's vocabulary reads in Spanish with the Spanish translation on, while what is
stored never changes: the standard levels of care by their seeded names, the clocks by their
kind, the usual words of a client's identity fields, and safety alerts from the flags of the
assessment that raised them. A level an administrator renamed shows as they named it.

The translation is the shipped coordinator_es.ts, compiled in each test with Qt's lrelease.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.resources import Translations, language_for
from coordinator.ui.views.dashboard import DashboardView
from tests.services.helpers import ADMIN_PASSWORD, SteppingClock, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, case_manager_services, days_ago
from tests.ui.test_spanish_catalog import SPANISH, TOOLS

CLOCK_COLUMN = 3  # the dashboard's clocks to act on: due, when, client, clock, case manager
REASON_COLUMN = 4  # the dashboard's safety alerts: raised, client, record, manager, reason


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    """The shipped Spanish translation, compiled and put on; English again afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(SPANISH), "-qm",
                    str(folder / "coordinator_es.qm")], check=True)
    translations = Translations(qapp, folder=folder)
    assert translations.use(language_for("es")).code == "es"
    yield translations
    translations.remove()


def add_rosa(services: AppServices) -> int:
    """Rosa Díaz: out of an inpatient stay that ended 10 days ago (a step-down window of 14
    days is open), with a self-harm answer on a PHQ-9 today; her details as the client form
    takes them."""
    rosa = services.clients.create(ClientInput(
        "Rosa", "Díaz", date(1990, 6, 1), sex_at_birth="female", gender_identity="Woman",
        pronouns="she/her", preferred_language="Spanish", interpreter_needed=True)).id
    stay = services.episodes.add(rosa, EpisodeInput("INP", days_ago(20)))
    services.episodes.discharge(stay.id, stay.version, days_ago(10), "Stable")
    services.assessments.record(rosa, AssessmentInput(
        Instrument.PHQ9, days_ago(0), (2, 2, 2, 2, 1, 1, 1, 1, 1)))
    return rosa


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.record_loaded, timeout=10_000):
        record.show()
    return record


def open_dashboard(qtbot: QtBot, ui: UiContext) -> DashboardView:
    view = DashboardView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.clocks_loaded, timeout=10_000):
        view.show()
    qtbot.waitUntil(lambda: view.safety_panel.model.rowCount() == 1)
    return view


def test_a_record_and_the_dashboard_speak_the_clinics_words_in_spanish(
        qtbot: QtBot, ui: UiContext, services: AppServices, spanish: Translations) -> None:
    rosa = add_rosa(services)
    record = open_record(qtbot, ui, rosa)

    # Discharged from inpatient 10 days ago: the step-down window is open, 4 days left.
    assert record.level_badge.text().startswith("Hospitalización (INP) — ")
    assert "Plazo de paso a un nivel menor (14 días)" in record.alerts_label.text()
    assert record.overview["sex_at_birth"].text() == "Femenino"
    assert record.overview["gender_identity"].text() == "Mujer"
    assert record.overview["pronouns"].text() == "she/her"  # typed by staff: as entered
    assert record.overview["language"].text() == "Español — necesita intérprete"
    assert "Inglés" not in record.facts_label.text()
    assert "Español — necesita intérprete" in record.facts_label.text()
    alert_line = record.safety_line.labels[0].text()
    assert f"PHQ-9 del {date_text(days_ago(0))}: Pensamientos de muerte o de hacerse " \
           "daño (pregunta 9)" in alert_line

    dashboard = open_dashboard(qtbot, ui)
    clocks = [dashboard.clock_model.index(row, CLOCK_COLUMN).data()
              for row in range(dashboard.clock_model.rowCount())]
    assert "Plazo de paso a un nivel menor (14 días)" in clocks
    assert dashboard.safety_panel.model.index(0, REASON_COLUMN).data() == (
        f"PHQ-9 del {date_text(days_ago(0))}: Pensamientos de muerte o de hacerse daño "
        "(pregunta 9)")


def test_the_level_badge_and_levels_table_name_the_level_in_spanish(
        qtbot: QtBot, ui: UiContext, services: AppServices, spanish: Translations) -> None:
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    services.episodes.add(dara, EpisodeInput("IOP", days_ago(12)))

    record = open_record(qtbot, ui, dara)

    assert record.level_badge.text() == "Programa intensivo ambulatorio (IOP)"
    layout = record.timeline.journey_layout()
    assert layout is not None
    assert [lane.name for lane in layout.lanes] == [
        "Tratamiento ambulatorio", "Programa intensivo ambulatorio", "Hospitalización parcial",
        "Tratamiento residencial", "Hospitalización", "Manejo de la abstinencia"]


def test_the_weekly_hours_warning_reads_in_spanish(
        qtbot: QtBot, ui: UiContext, services: AppServices, spanish: Translations) -> None:
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    services.episodes.add(dara, EpisodeInput("IOP", days_ago(12), planned_weekly_hours=25))

    record = open_record(qtbot, ui, dara)

    assert record.levels_note.text() == (
        "⚠ 25 horas por semana está por encima del rango habitual de Programa intensivo "
        "ambulatorio. IOP para adultos: normalmente 19 horas por semana como máximo.")


def test_a_level_an_administrator_renamed_shows_as_they_named_it(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        spanish: Translations) -> None:
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD)
    iop = next(level for level in admin.levels.list_levels() if level.code == "IOP")
    admin.levels.update_level("IOP", iop.version,
                              replace(iop.details(), name="Programa Nocturno Harbor"))
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    services.episodes.add(dara, EpisodeInput("IOP", days_ago(12)))

    record = open_record(qtbot, ui, dara)

    assert record.level_badge.text() == "Programa Nocturno Harbor (IOP)"


def test_in_english_the_seeded_names_and_clock_titles_are_unchanged(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    rosa = add_rosa(services)
    services.episodes.add(rosa, EpisodeInput("IOP", days_ago(2)))

    record = open_record(qtbot, ui, rosa)

    assert record.level_badge.text() == "Intensive Outpatient (IOP)"
    assert record.overview["sex_at_birth"].text() == "female"
    assert record.overview["gender_identity"].text() == "Woman"
    assert record.overview["language"].text() == "Spanish — interpreter needed"
    assert record.safety_line.labels[0].text().startswith(
        f"⚠ Safety: PHQ-9 on {date_text(days_ago(0))}: Thoughts of death or self-harm "
        "(item 9) — raised")

"""A report's table names a level of care by its stored name and code ("Inpatient (INP)");
on screen in Spanish a standard level reads as everywhere else in the app, and a level an
administrator named stays as they wrote it. The sheet itself (CSV, PDF) keeps the English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coordinator.domain.words import said
from coordinator.ui.reports.shown_text import shown
from coordinator.ui.resources import Translations
from tests.ui.test_care_words_in_spanish import spanish  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("spanish")


def test_a_standard_level_reads_in_spanish_with_its_code() -> None:
    assert shown("Inpatient (INP)") == "Hospitalización (INP)"
    assert shown("Intensive Outpatient (IOP)") == "Programa intensivo ambulatorio (IOP)"
    assert shown("Partial Hospitalization") == "Hospitalización parcial"


def test_a_level_an_administrator_named_and_other_cells_stay_as_written() -> None:
    assert shown("Harbor Night Program (IOP)") == "Harbor Night Program (IOP)"
    assert shown("Núñez, María") == "Núñez, María"
    assert shown("IOP") == "IOP"


def test_a_level_inside_a_sentence_of_the_report_reads_in_spanish() -> None:
    filters = said("Reports", "Level: %1 (%2)").arg("Residential", "RES")
    assert str(filters) == "Level: Residential (RES)"  # what the CSV and PDF print
    assert "Tratamiento residencial (RES)" in shown(filters)


def test_english_is_unchanged(qapp: QApplication, spanish: Translations) -> None:  # noqa: F811
    spanish.remove()
    assert shown("Inpatient (INP)") == "Inpatient (INP)"

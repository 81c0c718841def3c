"""The Resources view: find a housing service in Spanish and read its hours in words."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.resources import ResourceQuery
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.resource_directory.model import ResourceTableModel
from coordinator.ui.resource_directory.view import ResourcesView
from tests.interop.hsds_helpers import SPEC_CSV
from tests.services.hsds_rows import add_directory
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def view(qtbot: QtBot, database: Database, ui: UiContext) -> ResourcesView:
    add_directory(database)
    resources = ResourcesView(ui)
    qtbot.addWidget(resources)
    resources.resize(1100, 700)
    with qtbot.waitSignal(resources.resources_loaded):
        resources.show()
    qtbot.waitUntil(lambda: resources.language_filter.count() > 1)
    return resources


def shown_names(view: ResourcesView) -> list[str]:
    return [row.name for row in view.model.rows()]


def test_the_results_model_passes_the_model_tester(
        qtmodeltester: object, database: Database, services: AppServices) -> None:
    add_directory(database)
    model = ResourceTableModel()
    model.replace_rows(services.resources.search(ResourceQuery()).rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_word_and_spanish_find_the_service_and_its_hours_in_words(
        qtbot: QtBot, view: ResourcesView) -> None:
    assert len(shown_names(view)) == 4
    with qtbot.waitSignal(view.resources_loaded, timeout=5000):
        qtbot.keyClicks(view.search_box, "housing")
    assert shown_names(view) == ["Youth housing program", "Vivienda rápida para familias",
                                 "Emergency shelter beds"]

    with qtbot.waitSignal(view.detail_shown, timeout=5000) as shown:
        assert view.select_filter(view.language_filter, "Spanish")

    assert shown_names(view) == ["Vivienda rápida para familias"]
    assert shown.args is not None and shown.args[0].name == "Vivienda rápida para familias"
    detail = view.detail_pane.toPlainText()
    for text in ("Vivienda rápida para familias", "Hogar Seguro", "Mon–Fri 9:00–17:00",
                 "Sat 10:00–14:00", "100 Levee Road, Riverbend, CA 95901",
                 "(530) 555-0101", "English, Spanish", "Familias con niños",
                 "Walk in or call.", "How to apply"):
        assert text in detail
    assert view.count_label.text() == "1 service found."


def test_category_and_age_filters_narrow_the_list(qtbot: QtBot, view: ResourcesView) -> None:
    with qtbot.waitSignal(view.resources_loaded):
        assert view.select_filter(view.category_filter, "Housing")
    assert shown_names(view) == ["Emergency shelter beds", "Vivienda rápida para familias",
                                 "Youth housing program"]
    with qtbot.waitSignal(view.resources_loaded):
        view.age.setValue(17)
    assert shown_names(view) == ["Vivienda rápida para familias", "Youth housing program"]
    with qtbot.waitSignal(view.resources_loaded, timeout=5000):
        qtbot.keyClicks(view.search_box, "nothing like this")
    assert shown_names(view) == []
    assert view.count_label.text() == "No service matches this search."


def test_an_hsds_package_is_imported_from_the_view_and_listed(
        qtbot: QtBot, view: ResourcesView, dialogs: RecordingDialogs) -> None:
    dialogs.files.append(SPEC_CSV)
    with qtbot.waitSignal(view.import_finished, timeout=10000):
        view.import_folder_action.trigger()
    qtbot.waitUntil(lambda: len(shown_names(view)) == 5, timeout=5000)
    assert "Community Counselling" in shown_names(view)
    assert dialogs.texts("information")[-1].startswith("Imported csv: 12 added")
    # The example's language comes into the filter list with the import.
    qtbot.waitUntil(lambda: view.language_filter.findText("Urdu") >= 0)


def test_every_control_is_named(view: ResourcesView) -> None:
    assert unnamed_controls(view) == []

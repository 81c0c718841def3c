"""The registry model: pages fetched as the view scrolls, SQL filters and order."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.registry import RegistryQuery, RegistryRow
from coordinator.ui.context import UiContext
from coordinator.ui.views.registry_model import ClientRegistryModel, column_of

CLIENTS = (("María", "Núñez", date(1987, 3, 14)), ("John", "Smith", date(1950, 6, 1)),
           ("Linh", "Nguyen", date(2001, 7, 9)), ("Ana", "Cruz", date(1999, 2, 2)),
           ("Bo", "Abbott", date(1970, 1, 5)))


def model_over(ui: UiContext, page_size: int = 2) -> ClientRegistryModel:
    """A model reading its pages on the app's worker threads, as the Clients view's does."""
    return ClientRegistryModel(ui.services.registry.page, ui.operations.latest_only(None),
                               page_size=page_size)


def fill(services: AppServices) -> dict[str, int]:
    return {family: services.clients.create(ClientInput(given, family, born)).id
            for given, family, born in CLIENTS}


def show(qtbot: QtBot, services: AppServices, model: ClientRegistryModel,
         query: RegistryQuery) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_query(query, services.registry.count(query))


def fetch_next_page(qtbot: QtBot, model: ClientRegistryModel) -> None:
    """Scrolling to the end: the next page is read on a worker and appended."""
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.reading())


def test_the_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: object,
                                           ui: UiContext) -> None:
    fill(ui.services)
    model = model_over(ui)
    show(qtbot, ui.services, model, RegistryQuery())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 0)) == "Abbott, Bo"


def test_fetch_more_brings_the_next_page_with_a_precise_insert(
        qtbot: QtBot, ui: UiContext) -> None:
    fill(ui.services)
    model = model_over(ui)
    show(qtbot, ui.services, model, RegistryQuery())
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore(QModelIndex())

    with qtbot.waitSignal(model.rowsInserted) as inserted, \
            qtbot.assertNotEmitted(model.modelReset):
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())  # one page on its way at a time
    assert inserted.args[1:] == [2, 3]
    fetch_next_page(qtbot, model)
    assert model.rowCount() == 5
    assert not model.canFetchMore(QModelIndex())
    assert [model.row_at(r).family_name for r in range(5)] == [  # type: ignore[union-attr]
        "Abbott", "Cruz", "Nguyen", "Núñez", "Smith"]


def test_a_page_of_an_older_search_is_not_appended_to_a_new_one(
        qtbot: QtBot, ui: UiContext) -> None:
    fill(ui.services)
    registry, gate = ui.services.registry, threading.Event()

    def slow_pages(query: RegistryQuery, *, offset: int, limit: int) -> list[RegistryRow]:
        if offset:  # the person scrolled: this page takes a while
            gate.wait(5)
        return registry.page(query, offset=offset, limit=limit)

    model = ClientRegistryModel(slow_pages, ui.operations.latest_only(None), page_size=2)
    show(qtbot, ui.services, model, RegistryQuery())
    model.fetchMore(QModelIndex())  # "Núñez", "Nguyen" … of everyone, on its way
    nguyen = RegistryQuery(text="nguyen")
    model.set_results(nguyen, 1, registry.page(nguyen, offset=0, limit=2))
    gate.set()
    ui.operations.wait()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0)

    assert [model.row_at(r).family_name for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "Nguyen"]


def test_a_level_filter_shows_only_the_clients_in_iop(qtbot: QtBot, ui: UiContext) -> None:
    services = ui.services
    ids = fill(services)
    for family in ("Nguyen", "Cruz"):
        services.episodes.add(ids[family], EpisodeInput("IOP", date(2026, 1, 5)))
    model = model_over(ui, page_size=10)
    show(qtbot, services, model, RegistryQuery(level_code="IOP"))

    assert [model.row_at(r).family_name for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "Cruz", "Nguyen"]
    assert model.data(model.index(0, column_of("level"))) == "Intensive Outpatient"


def test_sorting_by_date_of_birth_orders_the_rows_oldest_first(
        qtbot: QtBot, ui: UiContext) -> None:
    fill(ui.services)
    model = model_over(ui, page_size=10)
    show(qtbot, ui.services, model, RegistryQuery())

    with qtbot.waitSignal(model.modelReset):  # the first page in the new order, read anew
        model.sort(column_of("birth_date"), Qt.SortOrder.AscendingOrder)
    born = [model.row_at(r).birth_date for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert born == sorted(born)  # type: ignore[type-var]
    assert model.row_at(0).family_name == "Smith"  # type: ignore[union-attr]
    with qtbot.waitSignal(model.modelReset):
        model.sort(column_of("birth_date"), Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).family_name == "Nguyen"  # type: ignore[union-attr]


def test_a_count_that_stopped_early_keeps_fetching_until_a_short_page(
        qtbot: QtBot, ui: UiContext) -> None:
    services = ui.services
    fill(services)
    model = model_over(ui)
    query = RegistryQuery(text="n")  # Núñez, Nguyen; and given names: none
    everyone = RegistryQuery()
    assert services.registry.count(everyone, at_most=3) == 4  # "more than 3"
    with qtbot.waitSignal(model.modelReset):
        model.set_query(everyone, services.registry.count(everyone, at_most=3), exact=False)

    while model.canFetchMore(QModelIndex()):
        fetch_next_page(qtbot, model)

    assert (model.rowCount(), model.total) == (5, 5)
    show(qtbot, services, model, query)
    assert (model.rowCount(), model.total) == (2, 2)

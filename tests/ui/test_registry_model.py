"""The registry model: pages fetched as the view scrolls, SQL filters and order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.registry import RegistryQuery
from coordinator.ui.views.registry_model import ClientRegistryModel, column_of

CLIENTS = (("María", "Núñez", date(1987, 3, 14)), ("John", "Smith", date(1950, 6, 1)),
           ("Linh", "Nguyen", date(2001, 7, 9)), ("Ana", "Cruz", date(1999, 2, 2)),
           ("Bo", "Abbott", date(1970, 1, 5)))


def model_over(services: AppServices, page_size: int = 2) -> ClientRegistryModel:
    registry = services.registry
    return ClientRegistryModel(
        lambda query, offset, limit: registry.page(query, offset=offset, limit=limit),
        page_size=page_size)


def fill(services: AppServices) -> dict[str, int]:
    return {family: services.clients.create(ClientInput(given, family, born)).id
            for given, family, born in CLIENTS}


def show(services: AppServices, model: ClientRegistryModel, query: RegistryQuery) -> None:
    model.set_query(query, services.registry.count(query))


def test_the_model_passes_the_model_tester(qtmodeltester: object,
                                           services: AppServices) -> None:
    fill(services)
    model = model_over(services)
    show(services, model, RegistryQuery())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 0)) == "Abbott, Bo"


def test_fetch_more_brings_the_next_page_with_a_precise_insert(
        qtbot: QtBot, services: AppServices) -> None:
    fill(services)
    model = model_over(services)
    show(services, model, RegistryQuery())
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore(QModelIndex())

    with qtbot.waitSignal(model.rowsInserted) as inserted, \
            qtbot.assertNotEmitted(model.modelReset):
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [2, 3]
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 5
    assert not model.canFetchMore(QModelIndex())
    assert [model.row_at(r).family_name for r in range(5)] == [  # type: ignore[union-attr]
        "Abbott", "Cruz", "Nguyen", "Núñez", "Smith"]


def test_a_level_filter_shows_only_the_clients_in_iop(services: AppServices) -> None:
    ids = fill(services)
    for family in ("Nguyen", "Cruz"):
        services.episodes.add(ids[family], EpisodeInput("IOP", date(2026, 1, 5)))
    model = model_over(services, page_size=10)
    show(services, model, RegistryQuery(level_code="IOP"))

    assert [model.row_at(r).family_name for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "Cruz", "Nguyen"]
    assert model.data(model.index(0, column_of("level"))) == "Intensive Outpatient"


def test_sorting_by_date_of_birth_orders_the_rows_oldest_first(services: AppServices) -> None:
    fill(services)
    model = model_over(services, page_size=10)
    show(services, model, RegistryQuery())

    model.sort(column_of("birth_date"), Qt.SortOrder.AscendingOrder)
    born = [model.row_at(r).birth_date for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert born == sorted(born)  # type: ignore[type-var]
    assert model.row_at(0).family_name == "Smith"  # type: ignore[union-attr]
    model.sort(column_of("birth_date"), Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).family_name == "Nguyen"  # type: ignore[union-attr]


def test_a_count_that_stopped_early_keeps_fetching_until_a_short_page(
        services: AppServices) -> None:
    fill(services)
    model = model_over(services)
    query = RegistryQuery(text="n")  # Núñez, Nguyen; and given names: none
    everyone = RegistryQuery()
    assert services.registry.count(everyone, at_most=3) == 4  # "more than 3"
    model.set_query(everyone, services.registry.count(everyone, at_most=3), exact=False)

    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())

    assert (model.rowCount(), model.total) == (5, 5)
    model.set_query(query, services.registry.count(query, at_most=3))
    assert (model.rowCount(), model.total) == (2, 2)

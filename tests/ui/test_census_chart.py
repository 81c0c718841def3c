"""The census chart on the dashboard: one bar per level of care, kept in step with the census."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.ui.context import UiContext
from coordinator.ui.views.dashboard import DashboardView


def test_the_chart_shows_the_census_and_follows_a_new_episode(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.census_loaded):
        dashboard.show()
    chart = dashboard.census_chart
    assert [(bar.code, bar.clients) for bar in chart.bars()] == [
        ("OP", 0), ("IOP", 0), ("PHP", 0), ("RES", 0), ("INP", 0), ("WM", 0)]

    client = services.clients.create(ClientInput("Dara", "Sok"))
    with qtbot.waitSignal(dashboard.census_loaded, timeout=10_000) as loaded:
        services.episodes.add(client.id, EpisodeInput("IOP", date(2026, 3, 2)))

    census = loaded.args[0]
    assert [(bar.code, bar.name, bar.clients) for bar in chart.bars()] == [
        (level.code, level.name, level.clients) for level in census.by_level]
    assert [bar.clients for bar in chart.bars()] == [0, 1, 0, 0, 0, 0]
    assert chart.accessibleName() == "Chart of clients by level of care"
    assert "Intensive Outpatient (IOP): 1 client;" in chart.accessibleDescription()
    assert "Outpatient (OP): 0 clients" in chart.toolTip()
    assert chart.isVisibleTo(dashboard)
    assert chart.sizeHint().height() >= 6 * 20  # a row per level, none cut off
    assert not chart.grab().isNull()  # paints without error

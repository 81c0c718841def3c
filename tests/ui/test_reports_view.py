"""The Reports view: a supervisor runs the step-down report for a period and a program,
reads the rate on its card, opens the clients behind a figure (logged) and their records,
saves the sheet; a case manager has no Reports entry. Charts are drawn from a sheet's
series as they are.

The caseload is built through the services on a real database, with the clock on
1 June 2026, so "last quarter" is January to March 2026.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QAreaSeries, QBarSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import FacilityKind
from coordinator.reports.outcome_data import Chart, ChartKind, ReportSheet, Series, Unit
from coordinator.services.audit_query import AuditFilter
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.reports.case_list import CaseListDialog
from coordinator.ui.reports.chart import ReportChart, label_positions, step_points
from coordinator.ui.reports.period import Preset, preset_days
from coordinator.ui.reports.sheet import EmptyChart, FigureCard, SheetPanel
from coordinator.ui.reports.view import ReportsView
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.ui.care_helpers import on_screen
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import mnemonic_clashes, unnamed_controls

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
Q1 = ReportPeriod(date(2026, 1, 1), date(2026, 3, 31))


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass
class Clinic:
    database: Database
    clock: SteppingClock
    harbor: int  # the clinic's own residential program
    clients: dict[str, int]  # family name -> client id


@pytest.fixture
def clinic(database: Database) -> Clinic:
    """Four discharges in the first quarter, three of them from Harbor House:
    Moss (day 14, met), Park (day 21, missed) and Quinn (day 2, met) at Harbor House;
    Ortiz from a hospital (day 15, missed)."""
    clock = SteppingClock(NOW)
    admin = admin_services(database, clock)
    add_user(admin, "sam", Role.SUPERVISOR)
    add_user(admin, "cara", Role.CASE_MANAGER)
    harbor = admin.facilities.create(FacilityInput(
        "Harbor House", FacilityKind.OWN_PROGRAM.value, ("RES",))).id
    stays = {
        "Moss": (("RES", d(2, 20), d(3, 2), True), ("IOP", d(3, 16), None, False)),
        "Park": (("RES", d(1, 10), d(1, 20), True), ("IOP", d(2, 10), None, False)),
        "Quinn": (("RES", d(3, 1), d(3, 10), True), ("OP", d(3, 12), None, False)),
        "Ortiz": (("INP", d(3, 1), d(3, 5), False), ("IOP", d(3, 20), None, False)),
    }
    clients: dict[str, int] = {}
    for family, episodes in stays.items():
        client = admin.clients.create(ClientInput("Alex", family, date(1990, 1, 1)))
        clients[family] = client.id
        for level, start, end, at_harbor in episodes:
            admin.episodes.add(client.id, EpisodeInput(
                level, start, end_date=end, facility_id=harbor if at_harbor else None))
    admin.auth.logout()
    return Clinic(database, clock, harbor, clients)


@pytest.fixture
def supervisor(qapp: object, clinic: Clinic,
               dialogs: RecordingDialogs) -> Iterator[UiContext]:
    services = signed_in(clinic.database, "sam", clinic.clock)
    context = UiContext.create(services, dialogs)
    yield context
    context.operations.wait()
    context.close()


@pytest.fixture
def window(qtbot: QtBot, supervisor: UiContext) -> Iterator[MainWindow]:
    main = MainWindow(supervisor)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.clinic_loaded):
        main.show()
    yield main
    supervisor.operations.wait()


def reports_view(qtbot: QtBot, window: MainWindow) -> ReportsView:
    window.show_view("reports")
    view = window.views["reports"]
    assert isinstance(view, ReportsView)
    qtbot.waitUntil(lambda: view.program_filter.count() > 1)  # the choices were read
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return view


def card(view: ReportsView, key: str) -> FigureCard:
    return next(found for found in view.panel.cards if found.figure.key == key)


def run_with_enter(qtbot: QtBot, view: ReportsView) -> ReportSheet:
    view.program_filter.setFocus()
    with qtbot.waitSignal(view.sheet_shown) as shown:
        qtbot.keyClick(view.program_filter, Qt.Key.Key_Return)
    sheet = shown.args[0]
    assert isinstance(sheet, ReportSheet)
    return sheet


def test_a_supervisor_runs_step_down_for_a_program_and_opens_the_misses(
        qtbot: QtBot, window: MainWindow, supervisor: UiContext, clinic: Clinic) -> None:
    view = reports_view(qtbot, window)
    assert view.report_combo.currentText() == "Step-down within the window"
    view.preset_combo.setCurrentIndex(view.preset_combo.findText("Last month"))
    assert (view.first_edit.chosen(), view.last_edit.chosen()) == (d(5, 1), d(5, 31))
    view.preset_combo.setCurrentIndex(view.preset_combo.findText("Last quarter"))
    assert (view.first_edit.chosen(), view.last_edit.chosen()) == (d(1, 1), d(3, 31))
    view.program_filter.setCurrentIndex(view.program_filter.findText("Harbor House"))

    shown = run_with_enter(qtbot, view)

    services = supervisor.services
    expected = services.reports.sheet("step-down", Q1, ReportFilters(facility_id=clinic.harbor))
    assert shown == expected
    rate = card(view, "step_down.rate")
    assert rate.value_label.text() == "66.7 %"
    assert rate.fraction_label.text() == "2 of 3"
    assert rate.accessibleName() == "Stepped down within 14 days: 66.7 % (2 of 3)"
    missed = card(view, "step_down.missed")
    assert missed.value_label.text() == "1"
    assert missed.list_button is not None
    assert missed.list_button.text() == "Show the 1 client"
    assert view.panel.judged_label.text() == (
        f"{on_screen(2026, 1, 1)} to {on_screen(2026, 3, 31)}, "
        f"judged on {on_screen(2026, 6, 1)}. Program: Harbor House.")

    with qtbot.waitSignal(view.list_opened) as opened:
        qtbot.mouseClick(missed.list_button, Qt.MouseButton.LeftButton)

    dialog = opened.args[0]
    assert isinstance(dialog, CaseListDialog)
    rows = dialog.model.rows()
    assert rows == expected.case_list("step_down.misses").rows
    assert [row[:4] for row in rows] == [("Park, Alex", rows[0][1], "RES", "2026-01-20")]
    (event,) = [event for event in services.audit.page(AuditFilter(username="sam",
                                                                    action="view"))
                if event.entity_type == "report_list"]
    assert event.entity_id == "step_down.misses"
    assert event.detail == ("report=step-down; list=step_down.misses; rows=1; "
                            "period=2026-01-01..2026-03-31")

    cell = dialog.table.visualRect(dialog.model.index(0, 0)).center()
    with qtbot.waitSignal(window.record_opened) as record:
        # A double-click reaches a widget as a press and release, then the double-click.
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert record.args[0].client_id == clinic.clients["Park"]


def tab_chain(start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab reaches from ``start`` (shown ones that take Tab focus)."""
    chain: list[QWidget] = []
    widget = start
    while len(chain) < steps:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.isVisible() and widget.isEnabled() and not widget.objectName().startswith(
                "qt_") and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    return chain


def test_tab_follows_the_eye_and_every_control_has_a_name(
        qtbot: QtBot, window: MainWindow) -> None:
    view = reports_view(qtbot, window)
    with qtbot.waitSignal(view.sheet_shown):
        view.run()

    cards = view.panel.cards
    qtbot.waitUntil(cards[0].isVisible)  # a part added to a shown view shows a moment later
    assert tab_chain(view.report_combo, 16) == [
        view.preset_combo, view.first_edit, view.last_edit, view.program_filter,
        view.track_filter, view.level_filter, view.manager_filter, view.payer_filter,
        view.run_button, view.csv_button, view.pdf_button,
        cards[0], cards[0].list_button, cards[1], cards[2], cards[2].list_button]
    assert unnamed_controls(view) == []
    assert mnemonic_clashes(window) == {}


def test_a_program_added_meanwhile_is_offered_and_the_choice_kept(
        qtbot: QtBot, window: MainWindow, supervisor: UiContext) -> None:
    view = reports_view(qtbot, window)
    view.program_filter.setCurrentIndex(view.program_filter.findText("Harbor House"))

    supervisor.services.facilities.create(FacilityInput(
        "Bay IOP", FacilityKind.OWN_PROGRAM.value, ("IOP",)))

    qtbot.waitUntil(lambda: view.program_filter.count() == 3)
    assert [view.program_filter.itemText(i) for i in range(3)] == [
        "Any program", "Bay IOP", "Harbor House"]
    assert view.program_filter.currentText() == "Harbor House"


def test_a_case_manager_has_no_reports_entry(qtbot: QtBot, clinic: Clinic,
                                             dialogs: RecordingDialogs) -> None:
    services = signed_in(clinic.database, "cara", clinic.clock)
    ui = UiContext.create(services, dialogs)
    main = MainWindow(ui)
    qtbot.addWidget(main)
    main.show()

    assert "reports" not in main.views
    assert "Reports" not in [main.nav.item(row).text() for row in range(main.nav.count())]
    assert "reports" not in main.go_actions
    ui.operations.wait()
    ui.close()


def test_typed_dates_land_as_typed_and_an_end_before_the_start_is_refused_in_words(
        qtbot: QtBot, window: MainWindow, supervisor: UiContext) -> None:
    view = reports_view(qtbot, window)
    view.first_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(view.first_edit, "2026-3-31")
    qtbot.keyClick(view.first_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(view.last_edit, "2026-1-2")
    assert (view.first_edit.chosen(), view.last_edit.chosen()) == (d(3, 31), d(1, 2))
    assert view.preset_combo.currentText() == "Custom dates"

    with qtbot.waitSignal(view.run_refused) as refused:
        qtbot.keyClick(view.last_edit, Qt.Key.Key_Return)

    with pytest.raises(ValidationError) as error:
        supervisor.services.reports.sheet("step-down", ReportPeriod(d(3, 31), d(1, 2)))
    assert refused.args[0] == error.value.fields["last_day"]
    assert view.period_error.isVisible()
    assert view.period_error.text() == error.value.fields["last_day"]
    assert view.panel.sheet is None

    view.preset_combo.setCurrentIndex(view.preset_combo.findText("This year"))
    assert not view.period_error.isVisible()
    assert (view.first_edit.chosen(), view.last_edit.chosen()) == (d(1, 1), d(6, 1))


def test_a_period_over_five_years_asks_before_it_runs(
        qtbot: QtBot, window: MainWindow, dialogs: RecordingDialogs) -> None:
    view = reports_view(qtbot, window)
    view.first_edit.set_day(date(2020, 1, 1))
    view.last_edit.set_day(date(2026, 3, 31))
    dialogs.answers.append(False)

    view.run()

    assert dialogs.texts("question") == [
        f"The period from {on_screen(2020, 1, 1)} to {on_screen(2026, 3, 31)} "
        "is over five years long; reading it may "
        "take a while. Run the report anyway?"]
    assert view.panel.sheet is None
    dialogs.answers.append(True)
    view.report_combo.setFocus()
    with qtbot.waitSignal(view.sheet_shown):
        qtbot.keyClick(view.report_combo, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    # The whole clinic: the hospital discharge counts too.
    assert card(view, "step_down.rate").value_label.text() == "50.0 %"
    assert card(view, "step_down.rate").fraction_label.text() == "2 of 4"
    table = view.panel.tables[0].model()
    assert [table.index(row, 0).data() for row in range(table.rowCount())] == [
        "Inpatient (INP)", "Residential (RES)"]


def test_the_sheet_shown_is_saved_as_csv_and_pdf_and_each_export_is_logged(
        qtbot: QtBot, window: MainWindow, supervisor: UiContext, dialogs: RecordingDialogs,
        tmp_path: Path) -> None:
    view = reports_view(qtbot, window)
    assert not view.csv_button.isEnabled()
    with qtbot.waitSignal(view.sheet_shown):
        view.run()
    dialogs.files.extend([tmp_path / "step-down", tmp_path / "step-down.pdf"])

    with qtbot.waitSignal(view.saved) as saved_csv:
        view.csv_button.click()
    with qtbot.waitSignal(view.saved) as saved_pdf:
        view.pdf_button.click()

    assert saved_csv.args[0] == tmp_path / "step-down.csv"
    text = (tmp_path / "step-down.csv").read_text(encoding="utf-8-sig")
    assert "Stepped down within 14 days" in text
    assert "50.0 % (2 of 4)" in text
    reader = PdfReader(io.BytesIO(saved_pdf.args[0].read_bytes()))
    printed = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Step-down within the window" in printed
    assert "Missed step-downs (2)" in printed
    assert "Park, Alex" in printed
    exports = supervisor.services.audit.page(AuditFilter(username="sam", action="export"))
    assert [event.detail.split("; ")[1] for event in exports] == ["format=pdf", "format=csv"]


# --- the chart and the sheet, from a sheet's data alone --------------------------------------

def chart(kind: ChartKind, *series: Series, y_max: float | None = None,
          unit: Unit = Unit.COUNT) -> Chart:
    return Chart("chart", "Chart title", kind, (0, 7, 14), ("0", "7", "14"), series,
                 "Days", "Clients", y_max, unit, "Day 0: 10; day 7: 8; day 14: 5.")


def points(series: object) -> list[tuple[float, float]]:
    assert isinstance(series, QLineSeries)
    return [(point.x(), point.y()) for point in series.points()]


def test_a_step_chart_holds_each_value_until_the_next_point(qtbot: QtBot) -> None:
    drawn = ReportChart(chart(ChartKind.STEP, Series("IOP", (1.0, 0.8, 0.5)), y_max=1.0,
                              unit=Unit.PERCENT))
    qtbot.addWidget(drawn)

    assert points(drawn.drawn[0]) == [(0, 100), (7, 100), (7, 80), (14, 80), (14, 50)]
    assert (drawn.y_axis.min(), drawn.y_axis.max()) == (0, 100)
    assert drawn.accessibleDescription() == "Day 0: 10; day 7: 8; day 14: 5."
    assert drawn.chart().title() == "Chart title"
    assert step_points((0, 1), (3.0, 2.0)) == [(0, 3.0), (1, 3.0), (1, 2.0)]


def test_a_stacked_area_chart_stacks_the_series_on_each_other(qtbot: QtBot) -> None:
    drawn = ReportChart(chart(ChartKind.STACKED_AREA, Series("OP", (10, 8, 5)),
                              Series("IOP", (2, 3, 4))))
    qtbot.addWidget(drawn)

    lower, upper = drawn.drawn
    assert isinstance(lower, QAreaSeries) and isinstance(upper, QAreaSeries)
    assert points(lower.upperSeries()) == [(0, 10), (7, 8), (14, 5)]
    assert points(upper.lowerSeries()) == [(0, 10), (7, 8), (14, 5)]
    assert points(upper.upperSeries()) == [(0, 12), (7, 11), (14, 9)]
    assert [upper.name(), drawn.chart().legend().isVisible()] == ["IOP", True]


def test_a_bar_chart_has_one_bar_set_per_series(qtbot: QtBot) -> None:
    drawn = ReportChart(chart(ChartKind.BAR, Series("Met", (3, 1, 0)), Series("Not met",
                                                                             (1, 2, 5))))
    qtbot.addWidget(drawn)

    (bars,) = drawn.drawn
    assert isinstance(bars, QBarSeries)
    assert [(bar.label(), [bar.at(i) for i in range(bar.count())])
            for bar in bars.barSets()] == [("Met", [3, 1, 0]), ("Not met", [1, 2, 5])]


def test_an_empty_chart_shows_the_sheets_sentence_instead(qtbot: QtBot) -> None:
    note = "No clients were admitted to IOP or PHP between 2026-01-01 and 2026-03-31."
    empty = Chart("chart", "Still in care", ChartKind.STEP, (), (), (), "Days", "Share")
    sheet = ReportSheet("retention", "Retention", d(1, 1), d(3, 31), d(6, 1), "Everyone",
                        "What it counts.", charts=(empty,), note=note)
    panel = SheetPanel("Run a report.")
    qtbot.addWidget(panel)

    panel.show_sheet(sheet)

    assert panel.charts == []
    (shown,) = panel.empty_charts
    assert isinstance(shown, EmptyChart)
    assert shown.sentence.text() == note
    assert shown.accessibleName() == "Chart: Still in care"


def test_an_axis_of_many_points_labels_a_few_of_them_first_and_last_included() -> None:
    assert label_positions(5, 12) == [0, 1, 2, 3, 4]
    assert label_positions(365, 6) == [0, 73, 146, 219, 292, 364]
    # Fourteen weeks, room for eight labels: every other week, the last in place of the
    # thirteenth (never two weeks side by side).
    assert label_positions(14, 8) == [0, 2, 4, 6, 8, 10, 13]


@pytest.mark.parametrize(("today", "preset", "days"), [
    (d(1, 15), Preset.LAST_MONTH, (date(2025, 12, 1), date(2025, 12, 31))),
    (d(1, 15), Preset.LAST_QUARTER, (date(2025, 10, 1), date(2025, 12, 31))),
    (d(6, 1), Preset.LAST_QUARTER, (d(1, 1), d(3, 31))),
    (d(3, 31), Preset.LAST_MONTH, (d(2, 1), d(2, 28))),
    (d(6, 1), Preset.THIS_YEAR, (d(1, 1), d(6, 1))),
    (d(6, 1), Preset.LAST_12_MONTHS, (date(2025, 6, 1), d(5, 31))),
])
def test_the_period_presets(today: date, preset: Preset, days: tuple[date, date]) -> None:
    assert preset_days(preset, today) == days


def test_a_supervisor_walks_through_last_quarters_step_down_for_one_program_to_paper(
        qtbot: QtBot, window: MainWindow, supervisor: UiContext, clinic: Clinic,
        dialogs: RecordingDialogs, tmp_path: Path) -> None:
    """Open Reports, keep the last quarter, pick one program, run, read the rate, open the
    misses, save CSV and PDF: the paper says what the screen said."""
    view = reports_view(qtbot, window)
    assert view.preset_combo.currentText() == "Last quarter"
    view.program_filter.setCurrentIndex(view.program_filter.findText("Harbor House"))
    shown = run_with_enter(qtbot, view)
    rate = card(view, "step_down.rate")
    on_screen = (rate.value_label.text(), rate.fraction_label.text())
    assert on_screen == ("66.7 %", "2 of 3")
    missed = card(view, "step_down.missed")
    assert missed.list_button is not None
    with qtbot.waitSignal(view.list_opened) as opened:
        qtbot.mouseClick(missed.list_button, Qt.MouseButton.LeftButton)
    misses = opened.args[0].model.rows()
    assert [row[0] for row in misses] == ["Park, Alex"]
    opened.args[0].close()

    dialogs.files.extend([tmp_path / "harbor-q1", tmp_path / "harbor-q1.pdf"])
    with qtbot.waitSignal(view.saved):
        view.csv_button.click()
    with qtbot.waitSignal(view.saved) as saved_pdf:
        view.pdf_button.click()

    rows = list(csv.reader(io.StringIO(
        (tmp_path / "harbor-q1.csv").read_text(encoding="utf-8-sig"))))
    (figure_row,) = [row for row in rows if "Stepped down within 14 days" in row]
    assert "66.7 % (2 of 3)" in figure_row
    reader = PdfReader(io.BytesIO(saved_pdf.args[0].read_bytes()))
    printed = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    numerator, denominator = (int(part) for part in on_screen[1].split(" of "))
    assert (f"Stepped down within 14 days {on_screen[0]} {numerator} {denominator}"
            in printed)
    assert "Program: Harbor House" in printed
    assert "Missed step-downs (1)" in printed and "Park, Alex" in printed
    assert shown.figure("step_down.rate").numerator == numerator

"""Tab walks every dialog and window in the order the eye reads it, and no two things in
one window claim the same Alt key.

Each window is built with real services on a real database, shown, and walked with real Tab
key presses from its first field round to where the walk started.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QMainWindow,
    QMenuBar,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.focus_order import focus_proxy
from tests.ui.care_helpers import add_facilities, case_manager_services, days_ago
from tests.ui.test_accessibility import mnemonic_clashes
from tests.ui.test_every_window_fits_small_screens import BUILDS as SIZE_BUILDS

_CONTAINERS = (QGroupBox, QTabWidget, QStackedWidget, QScrollArea)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def stop_of(widget: QWidget, top: QWidget) -> QWidget:
    """The control a person sees as focused: a spin box, not the line edit inside it."""
    found = widget
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if parent.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(
                parent, _CONTAINERS):
            found = parent
        parent = parent.parentWidget()
    return found


def reachable_stops(top: QWidget) -> set[QWidget]:
    """Every visible, enabled control in ``top`` that Tab should stop on."""
    return {stop_of(widget, top) for widget in top.findChildren(QWidget)
            if widget.isVisible() and widget.isEnabled() and not widget.isWindow()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and focus_proxy(widget) is None and widget.window() is top}


def show_active(qtbot: QtBot, top: QWidget) -> None:
    if not top.isVisible():
        top.show()
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    if focused() is None or focused().window() is not top:  # type: ignore[union-attr]
        top.focusNextChild()


def tab_walk(qtbot: QtBot, top: QWidget) -> list[QWidget]:
    """The controls Tab visits from the focused one until it comes back round."""
    show_active(qtbot, top)
    start = stop_of(focused(), top)  # type: ignore[arg-type]
    visited = [start]
    for _ in range(200):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        now = stop_of(focused(), top)  # type: ignore[arg-type]
        if now is visited[-1]:
            continue  # Tab steps through a date's day, month and year before leaving it
        if now is start:
            return visited
        assert now not in visited, (f"Tab went round without coming back to {name_of(start)}: "
                                    + ", ".join(map(name_of, [*visited, now])))
        visited.append(now)
    raise AssertionError("Tab never came back to where it started: "
                         + ", ".join(map(name_of, visited)))


def name_of(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.accessibleName() or text or widget.objectName()})"


def box_of(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def as_read(top: QWidget, visited: list[QWidget]) -> list[QWidget]:
    """The walk is a ring: start it after the control lowest and furthest right (in a main
    window, whose side bar runs the whole height, at the side bar's first control)."""
    if isinstance(top, QMainWindow):
        at = visited.index(min(visited, key=lambda w: (box_of(w, top).left(),
                                                       box_of(w, top).top())))
    else:
        last = max(visited, key=lambda w: (box_of(w, top).bottom(), box_of(w, top).right()))
        at = visited.index(last) + 1
    return visited[at:] + visited[:at]


def reading_order_problems(top: QWidget, ring: list[QWidget]) -> list[str]:
    """Where Tab goes against reading order: to something wholly above (unless it starts a
    column to the right), or leftwards within a row; and buttons not last."""
    problems = []
    for before, after in pairwise(ring):
        a, b = box_of(before, top), box_of(after, top)
        new_column = b.left() >= a.right()
        if b.bottom() < a.top() and not new_column:
            problems.append(f"{name_of(after)} is above {name_of(before)}")
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if same_row and b.right() <= a.left():
            problems.append(f"{name_of(after)} is left of {name_of(before)}")
    boxes = [box for box in top.findChildren(QDialogButtonBox) if box.isVisible()]
    if boxes:
        buttons = [w for w in ring if any(box.isAncestorOf(w) for box in boxes)]
        if ring[len(ring) - len(buttons):] != buttons:
            problems.append("the dialog's buttons are not the last stops: "
                            + ", ".join(map(name_of, ring)))
    return problems


def menu_clashes(top: QWidget) -> dict[str, list[str]]:
    """Alt keys claimed twice by the menu bar of ``top`` (with the window's own claims)."""
    claims = mnemonic_clashes(top)
    if isinstance(top, QMainWindow):
        bar = top.findChild(QMenuBar)
        letters: dict[str, list[str]] = {}
        for action in bar.actions() if bar is not None else []:
            text = action.text()
            at = text.find("&")
            if at >= 0 and at + 1 < len(text) and text[at + 1] != "&":
                letters.setdefault(text[at + 1].casefold(), []).append(text)
        found = {}
        for letter, texts in letters.items():
            if len(texts) > 1:
                found[letter] = texts
        claims.update(found)
    return claims


def assert_follows_the_keyboard(qtbot: QtBot, top: QWidget) -> list[QWidget]:
    visited = tab_walk(qtbot, top)
    assert set(visited) == reachable_stops(top), (
        sorted(map(name_of, reachable_stops(top) ^ set(visited))))
    ring = as_read(top, visited)
    assert reading_order_problems(top, ring) == [], [name_of(w) for w in ring]
    assert menu_clashes(top) == {}
    for tabs in top.findChildren(QTabWidget):  # each page of a tabbed dialog in turn
        if tabs.isVisible():
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert mnemonic_clashes(top) == {}, tabs.tabText(index)
            tabs.setCurrentIndex(0)
    return ring


# The step-up/step-down dialog ---------------------------------------------------------------


@pytest.fixture
def services(database: Database) -> AppServices:
    """Case manager Carla on 1 April 2026."""
    return case_manager_services(database)


@pytest.fixture
def carla(services: AppServices) -> AppServices:
    return services


@pytest.fixture
def residential_client(carla: AppServices, database: Database) -> int:
    add_facilities(database)
    client = carla.clients.create(ClientInput("Dara", "Sok", date(1990, 2, 3)))
    carla.episodes.add(client.id, EpisodeInput("RES", days_ago(20)))
    return client.id


def test_the_transition_dialog_reaches_the_criteria_before_save(
        qtbot: QtBot, ui: UiContext, carla: AppServices, residential_client: int) -> None:
    from coordinator.ui.care.fields import select_data
    from coordinator.ui.care.transition_dialog import TransitionDialog

    care = carla.record.care(residential_client)
    assert care.current is not None
    dialog = TransitionDialog(ui, residential_client, care.current, care.levels,
                              care.facilities)
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.level, "IOP")  # the step-down checklist is filled now
    visited = assert_follows_the_keyboard(qtbot, dialog)
    names = [name_of(w) for w in visited]
    first_check = names.index(name_of(next(iter(dialog.criteria_checks.values()))))
    assert names.index("QPlainTextEdit(Rationale)") > first_check
    assert names[-2:] == ["QPushButton(Save)", "QPushButton(Cancel)"]


# Every dialog the record window opens, the record window itself, and the app's own ------------

RecordOpener = Callable[[Any], Any]


RECORD_DIALOGS: dict[str, Any] = {
    "edit client": lambda record: record.edit_client(),
    "add episode": lambda record: record.add_episode(),
    "discharge": lambda record: record.discharge(),
    "step up or down": lambda record: record.plan_transition(),
    "problem": lambda record: record.problems_page.add_problem(),
    "medication": lambda record: record.medications_page.add_medication(),
    "allergy": lambda record: record.medications_page.add_allergy(),
    "no known allergies": lambda record: record.medications_page.record_no_known(),
    "appointment": lambda record: record.appointments_page.add_appointment(),
    "safety plan": lambda record: record.safety_page.plan_section.write_plan(),
    "care team member": lambda record: record.team_page.add_member(),
    "clinician": lambda record: record.team_page.clinician_box.set_clinician(),
    "note": lambda record: record.notes_page.add_note(),
    "referral": lambda record: record.referrals_page.new_referral(),
    "assessment": lambda record: (record.tabs.setCurrentWidget(record.assessments_page),
                                  record.assessments_page.record_assessment())[1],
    "consent": lambda record: record.consents_page.record_consent(),
    "transfer packet": lambda record: record.documents_page.transfer_packet(),
}


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> Any:
    from coordinator.ui.record.window import RecordWindow

    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.record is not None and record.care is not None)
    for page in record.own_pages:
        qtbot.waitUntil(lambda page=page: page.loaded)
    return record


@pytest.mark.parametrize("opener", RECORD_DIALOGS.values(), ids=list(RECORD_DIALOGS))
def test_every_record_dialog_tabs_in_reading_order(
        qtbot: QtBot, ui: UiContext, residential_client: int, opener: RecordOpener) -> None:
    record = open_record(qtbot, ui, residential_client)
    opened: list[Any] = []

    def offered() -> bool:  # a page offers its dialog once it has read its own rows
        if not opened or opened[-1] is None:
            opened.append(opener(record))
        return opened[-1] is not None

    qtbot.waitUntil(offered)
    dialog = opened[-1]
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)
    assert_follows_the_keyboard(qtbot, dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)
    dispose(dialog)  # as the app's dialog service does once a dialog has closed


def test_no_two_things_on_any_record_tab_claim_one_alt_key(
        qtbot: QtBot, ui: UiContext, residential_client: int) -> None:
    record = open_record(qtbot, ui, residential_client)
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        assert mnemonic_clashes(record) == {}, record.tabs.tabText(index)


def test_the_record_window_tabs_in_reading_order_on_every_tab(
        qtbot: QtBot, ui: UiContext, residential_client: int) -> None:
    record = open_record(qtbot, ui, residential_client)
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        visited = tab_walk(qtbot, record)
        ring = as_read(record, visited)
        assert reading_order_problems(record, ring) == [], (
            record.tabs.tabText(index), [name_of(w) for w in ring])


def test_escape_closes_the_record_as_ctrl_w_does(
        qtbot: QtBot, ui: UiContext, residential_client: int) -> None:
    record = open_record(qtbot, ui, residential_client)
    show_active(qtbot, record)
    with qtbot.waitSignal(record.window_closed) as closed:
        QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert closed.args == [residential_client]
    assert not record.isVisible()


def test_the_app_dialogs_tab_in_reading_order(
        qtbot: QtBot, ui: UiContext) -> None:
    from coordinator.ui.admin.user_dialogs import AddUserDialog
    from coordinator.ui.change_password import ChangePasswordDialog
    from coordinator.ui.login import LoginDialog
    from coordinator.ui.views.client_form import ClientDialog

    for build in (lambda: LoginDialog(ui), lambda: ClientDialog(ui, None),
                  lambda: AddUserDialog(ui), lambda: ChangePasswordDialog(ui)):
        top = build()
        qtbot.addWidget(top)
        top.show()
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)
        assert_follows_the_keyboard(qtbot, top)
        top.close()
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)


def test_the_intake_and_care_plan_dialogs_tab_in_reading_order(
        qtbot: QtBot, ui: UiContext, carla: AppServices, residential_client: int) -> None:
    from coordinator.services.care_plan_views import GoalInput, InterventionInput, ObjectiveInput
    from coordinator.services.diagnoses import DiagnosisInput
    from coordinator.ui.care.readiness_dialog import ReadinessDialog
    from coordinator.ui.intake.inquiry_dialog import InquiryDialog
    from coordinator.ui.record.care_plan_dialogs import (
        GoalDialog,
        InterventionDialog,
        ObjectiveDialog,
        ReviewDialog,
        RevisePlanDialog,
        StartPlanDialog,
    )

    problem = carla.diagnoses.add(residential_client, DiagnosisInput("F33.1", is_primary=True))
    plans = carla.care_plans
    plan = plans.start_plan(residential_client, days_ago(10))
    plan = plans.add_goal(plan.id, GoalInput(problem.id, "I want to sleep through the night."))
    plan = plans.add_objective(plan.goals[0].id, ObjectiveInput(
        "Asleep by midnight five nights a week", days_ago(-30)))
    staff = plans.staff_choices()
    plan = plans.add_intervention(plan.goals[0].id, InterventionInput(
        "Sleep hygiene group", "in_person", "Weekly", staff[0][0]))
    goal = plan.goals[0]
    levels = carla.levels.list_levels()
    problems = carla.diagnoses.problems_of(residential_client)
    for build in (lambda: InquiryDialog(ui, levels),
                  lambda: ReadinessDialog(ui, residential_client, levels),
                  lambda: StartPlanDialog(ui, residential_client),
                  lambda: GoalDialog(ui, plan, problems, goal),
                  lambda: ObjectiveDialog(ui, goal, goal.objectives[0]),
                  lambda: InterventionDialog(ui, goal, staff, goal.interventions[0]),
                  lambda: ReviewDialog(ui, plan),
                  lambda: RevisePlanDialog(ui, plan)):
        top = build()
        qtbot.addWidget(top)
        top.show()
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)
        assert_follows_the_keyboard(qtbot, top)
        assert mnemonic_clashes(top) == {}, top.windowTitle()
        top.close()
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)


@pytest.mark.parametrize("name", list(SIZE_BUILDS), ids=list(SIZE_BUILDS))
def test_every_window_the_size_test_opens_tabs_in_reading_order_with_its_own_alt_keys(
        qtbot: QtBot, ui: UiContext, carla: AppServices, residential_client: int,
        name: str) -> None:
    top = SIZE_BUILDS[name](ui, carla, residential_client)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)
    if isinstance(top, QMainWindow):
        assert menu_clashes(top) == {}, name
    else:
        assert mnemonic_clashes(top) == {}, name
    assert_follows_the_keyboard(qtbot, top)
    top.close()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)

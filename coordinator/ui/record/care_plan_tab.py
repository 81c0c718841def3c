"""The record's Care plan tab: the current version's goals, each with its objectives (target
date, status, latest progress and, for one measured by PHQ-9 or GAD-7, the latest scores)
and interventions (how, how often, who), when the next review is due, the reviews so far,
and the earlier versions to read.

One table lists the plan as the eye reads it, a goal and then what belongs to it; the chosen
row decides what Edit… changes and which goal an objective or intervention is added to.
The dialogs are in ``care_plan_dialogs``; the page reads through ``ui.operations``, and the
record window refreshes it when a change names ``care_plan`` (or the problems and scores
it shows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from coordinator.services.care_plan_views import (
    CarePlanView,
    GoalView,
    InterventionView,
    ObjectiveView,
    ReviewView,
)
from coordinator.services.diagnoses import DiagnosisView
from coordinator.ui.buttons import action_button
from coordinator.ui.care.fields import today_of
from coordinator.ui.care.titles import days_text
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.layouts import NO_MARGINS, STRETCH, column, row
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.care_plan_dialogs import (
    GoalDialog,
    InterventionDialog,
    ObjectiveDialog,
    ReviewDialog,
    RevisePlanDialog,
    StartPlanDialog,
)
from coordinator.ui.record.care_plan_titles import modality_title, progress_title, status_title
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, fixed_widths, list_table

#: Item (stretches), details, status, progress and scores.
_WIDTHS = (380, 220, 110, 320)
_ITEM_COLUMN = 0


@dataclass(frozen=True)
class PlanRow:
    """One line of the plan table: a goal, an objective or an intervention."""

    kind: str  # "goal", "objective", "intervention"
    goal: GoalView
    item: ObjectiveView | InterventionView | None
    number: int

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.item.id if self.item is not None else self.goal.id)


@dataclass(frozen=True)
class CarePlanScreen:
    """What the tab shows: the plan version chosen (None: no plan yet), the client's
    problems (for a goal) and the staff (for an intervention)."""

    plan: CarePlanView | None
    problems: tuple[DiagnosisView, ...]
    staff: tuple[tuple[int, str], ...]


def scores_text(objective: ObjectiveView) -> str:
    """"PHQ-9 18 → 14 → 9 (latest 2026-06-09)", or "" without scores."""
    if not objective.scores:
        return arg(translate("CarePlan", "%1: not given yet"), objective.instrument) \
            if objective.instrument else ""
    trend = " → ".join(str(point.total) for point in objective.scores)
    return arg(translate("CarePlan", "%1 %2 (latest %3)"),
               objective.instrument, trend, date_text(objective.scores[-1].administered_on))


def _item_text(row: PlanRow) -> str:
    if row.kind == "goal":
        return arg(translate("CarePlan", "Goal %1: “%2”"), str(row.number), row.goal.goal_text)
    if isinstance(row.item, ObjectiveView):
        return "    " + arg(translate("CarePlan", "Objective: %1"), row.item.objective_text)
    assert isinstance(row.item, InterventionView)
    return "    " + arg(translate("CarePlan", "Intervention: %1"), row.item.intervention_text)


def _details_text(row: PlanRow) -> str:
    if row.kind == "goal":
        return row.goal.problem
    if isinstance(row.item, ObjectiveView):
        return arg(translate("CarePlan", "Target %1"), date_text(row.item.target_date))
    assert isinstance(row.item, InterventionView)
    return " · ".join(part for part in (modality_title(row.item.modality),
                                        row.item.frequency) if part)


def _status_text(row: PlanRow) -> str:
    if row.kind == "goal":
        return status_title(row.goal.status)
    if isinstance(row.item, ObjectiveView):
        return status_title(row.item.status)
    return ""


def _progress_text(row: PlanRow) -> str:
    if isinstance(row.item, ObjectiveView):
        progress = row.item.latest_progress
        parts = [] if progress is None else [arg(translate("CarePlan", "%1 (%2)"),
                                                 progress_title(progress.progress),
                                                 date_text(progress.reviewed_on))]
        if scores := scores_text(row.item):
            parts.append(scores)
        return "; ".join(parts)
    if isinstance(row.item, InterventionView):
        return arg(translate("CarePlan", "Responsible: %1"), row.item.responsible_name)
    return ""


class CarePlanTableModel(RowTableModel[PlanRow]):
    """Goals in bold, each followed by its objectives and interventions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("CarePlan", "Goal, objective or intervention"), _item_text),
            Column(translate("CarePlan", "Problem, target or how"), _details_text),
            Column(translate("CarePlan", "Status"), _status_text),
            Column(translate("CarePlan", "Progress, scores or who"), _progress_text),
        ], key=lambda row: row.key, parent=parent)

    def extra_data(self, row: PlanRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.kind == "goal":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == _ITEM_COLUMN:
            return _item_text(row).strip()
        return None


def plan_rows(plan: CarePlanView) -> list[PlanRow]:
    rows: list[PlanRow] = []
    for number, goal in enumerate(plan.goals, start=1):
        rows.append(PlanRow("goal", goal, None, number))
        rows += [PlanRow("objective", goal, objective, number)
                 for objective in goal.objectives]
        rows += [PlanRow("intervention", goal, intervention, number)
                 for intervention in goal.interventions]
    return rows


def review_line(review: ReviewView) -> str:
    took_part = translate("CarePlan", "client took part") if review.client_participated \
        else translate("CarePlan", "client did not take part")
    signed = ", ".join(signature.name for signature in (
        review.client, review.clinician, review.case_manager) if signature.name)
    line = arg(translate("CarePlan", "%1: %2"), date_text(review.reviewed_on), took_part)
    if review.participation_note:
        line += f" ({review.participation_note})"
    if signed:
        line += "; " + arg(translate("CarePlan", "signed by %1"), signed)
    return line


def due_text(plan: CarePlanView, today: date) -> str:
    days = (plan.next_review_due - today).days
    if days < 0:
        return "⚠ " + arg(translate("CarePlan", "Review %1 overdue (due %2)"),
                          days_text(-days), date_text(plan.next_review_due))
    if days == 0:
        return translate("CarePlan", "Review due today")
    return arg(translate("CarePlan", "Next review due %1 (in %2)"),
               date_text(plan.next_review_due), days_text(days))


class CarePlanPage(RecordListPage):
    """The care plan, with Start plan…, Add goal…, Add objective…, Add intervention…,
    Edit…, Record review… and Revise…; earlier versions are chosen in Version."""

    plan_loaded = Signal(object)
    """The plan was read and is shown: ``(CarePlanScreen)``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Care plan")
        self.setObjectName("carePlanPage")
        self.screen_data = CarePlanScreen(None, (), ())
        self._shown_plan_id: int | None = None  # an earlier version chosen, or None
        self.start_button = action_button(self.tr("Start plan…"),
                                          self.tr("Start a care plan"), self.start_plan)
        self.start_button.setObjectName("primaryButton")
        self.goal_button = action_button(self.tr("Add goal…"), self.tr("Add a goal"),
                                         self.add_goal)
        self.objective_button = action_button(self.tr("Add objective…"),
                                              self.tr("Add an objective to the goal"),
                                              self.add_objective)
        self.intervention_button = action_button(
            self.tr("Add intervention…"), self.tr("Add an intervention to the goal"),
            self.add_intervention)
        self.edit_button = action_button(self.tr("Edit…"), self.tr("Edit the chosen line"),
                                         self.edit_selected)
        self.review_button = action_button(self.tr("Record review…"),
                                           self.tr("Record a review of the plan"),
                                           self.record_review)
        self.revise_button = action_button(self.tr("Revise…"),
                                           self.tr("Revise the plan into a new version"),
                                           self.revise)
        self.versions = QComboBox()
        # Its items come later: it widens to "Version 2 from 2026-05-18 (earlier)" then.
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.versions.setAccessibleName(self.tr("Plan version"))
        self.versions.activated.connect(self._version_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("carePlanSummary")
        self.summary.setWordWrap(True)
        self.model = CarePlanTableModel(self)
        self.table = list_table("carePlanTable", self.tr("Care plan"))
        self.table.setModel(self.model)
        fixed_widths(self.table, _WIDTHS)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(_ITEM_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.edit_selected)
        self.reviews_label = QLabel()
        self.reviews_label.setObjectName("quietNote")
        self.reviews_label.setWordWrap(True)
        self.empty_note = self.quiet_note(self.tr(
            "No care plan yet. Use Start plan for the client's active episode, then add a "
            "goal for each problem it works on, in the client's own words."))
        top = QWidget()
        column(top, self.summary, row(None, QLabel(self.tr("Version:")), self.versions,
                                      STRETCH, margins=NO_MARGINS), margins=NO_MARGINS)
        buttons = (self.start_button, self.goal_button, self.objective_button,
                   self.intervention_button, self.edit_button, self.review_button,
                   self.revise_button)
        self.arrange(buttons, self.table, self.reviews_label, self.empty_note)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, top)
        QWidget.setTabOrder(self.table, self.versions)
        self.empty_note.hide()
        self._update_buttons()

    # Reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        services, client_id, chosen = self.ui.services, self.client_id, self._shown_plan_id

        def read() -> CarePlanScreen:
            plan = (services.care_plans.plan(chosen) if chosen is not None
                    else services.care_plans.current(client_id))
            return CarePlanScreen(plan, tuple(services.diagnoses.problems_of(client_id)),
                                  tuple(services.care_plans.staff_choices()))

        self.ui.operations.call(self, read, done=self._show, failed=self._failed)

    def _show(self, screen: CarePlanScreen) -> None:
        self.loaded = True
        self.screen_data = screen
        plan = screen.plan
        self.model.replace_rows(plan_rows(plan) if plan is not None else [])
        self.empty_note.setVisible(plan is None)
        self.versions.clear()
        if plan is None:
            self.summary.setText("")
            self.reviews_label.setText("")
        else:
            for line in plan.versions:
                title = arg(self.tr("Version %1 from %2"),
                            str(line.plan_number), date_text(line.starts_on))
                self.versions.addItem(title if line.status.value == "current"
                                      else title + self.tr(" (earlier)"), line.id)
            self.versions.setCurrentIndex(max(0, self.versions.findData(plan.id)))
            self.summary.setText(self._summary(plan))
            self.reviews_label.setText(
                arg(self.tr("Reviews: %1"),
                    "; ".join(review_line(review) for review in plan.reviews))
                if plan.reviews else self.tr("Not reviewed yet."))
        self._update_buttons()
        self.plan_loaded.emit(screen)

    def _summary(self, plan: CarePlanView) -> str:
        head = arg(self.tr("Version %1, in force from %2 (%3)."),
                   str(plan.plan_number), date_text(plan.starts_on), plan.level_code)
        if not plan.is_current:
            return head + " " + self.tr("An earlier version, kept as it was; choose the "
                                        "current version to change the plan.")
        if plan.episode_ended:
            return head + " " + self.tr("Its episode has ended; Start plan writes the plan "
                                        "of the client's new episode.")
        every = arg(self.tr("Reviewed every %1 at this level."), days_text(plan.review_every_days))
        return f"{head} {every} {due_text(plan, today_of(self.ui))}"

    def _version_chosen(self, index: int) -> None:
        plan_id = self.versions.itemData(index)
        plan = self.screen_data.plan
        current = plan is not None and plan.versions and plan.versions[-1].id == plan_id
        self._shown_plan_id = None if current else plan_id
        self.refresh()

    # Buttons -------------------------------------------------------------------------------

    def selected(self) -> PlanRow | None:
        chosen: PlanRow | None = super().selected()
        return chosen

    def _editable_plan(self) -> CarePlanView | None:
        plan = self.screen_data.plan
        if not self.may_edit or plan is None or not plan.is_current:
            return None
        return plan

    def _update_buttons(self) -> None:
        plan = self._editable_plan()
        chosen = self.selected()
        shown = self.screen_data.plan
        # A plan of an episode that ended stays readable; the next episode gets its own.
        self.start_button.setVisible(shown is None or (shown.is_current and shown.episode_ended))
        self.start_button.setEnabled(self.may_edit and self.loaded)
        self.goal_button.setEnabled(plan is not None)
        for button in (self.objective_button, self.intervention_button, self.edit_button):
            button.setEnabled(plan is not None and chosen is not None)
        self.review_button.setEnabled(plan is not None)
        self.revise_button.setEnabled(plan is not None)

    def _opened(self, dialog: ServiceFormDialog) -> ServiceFormDialog:
        return self._open(dialog)

    def start_plan(self) -> ServiceFormDialog | None:
        shown = self.screen_data.plan
        if not (self.may_edit and self.loaded) or (
                shown is not None and not shown.episode_ended):
            return None
        return self._opened(StartPlanDialog(self.ui, self.client_id, self))

    def add_goal(self) -> ServiceFormDialog | None:
        plan = self._editable_plan()
        if plan is None:
            return None
        return self._opened(GoalDialog(self.ui, plan, self.screen_data.problems, None, self))

    def add_objective(self) -> ServiceFormDialog | None:
        chosen = self.selected()
        if self._editable_plan() is None or chosen is None:
            return None
        return self._opened(ObjectiveDialog(self.ui, chosen.goal, None, self))

    def add_intervention(self) -> ServiceFormDialog | None:
        chosen = self.selected()
        if self._editable_plan() is None or chosen is None:
            return None
        return self._opened(InterventionDialog(self.ui, chosen.goal, self.screen_data.staff,
                                               None, self))

    def edit_selected(self) -> ServiceFormDialog | None:
        chosen = self.selected()
        plan = self._editable_plan()
        if plan is None or chosen is None:
            return None
        if isinstance(chosen.item, ObjectiveView):
            return self._opened(ObjectiveDialog(self.ui, chosen.goal, chosen.item, self))
        if isinstance(chosen.item, InterventionView):
            return self._opened(InterventionDialog(
                self.ui, chosen.goal, self.screen_data.staff, chosen.item, self))
        return self._opened(GoalDialog(self.ui, plan, self.screen_data.problems, chosen.goal,
                                       self))

    def record_review(self) -> ServiceFormDialog | None:
        plan = self._editable_plan()
        if plan is None:
            return None
        return self._opened(ReviewDialog(self.ui, plan, self))

    def revise(self) -> ServiceFormDialog | None:
        plan = self._editable_plan()
        if plan is None:
            return None
        return self._opened(RevisePlanDialog(self.ui, plan, self))

    def select_row(self, kind: str, item_id: int) -> None:
        """Choose the line of goal, objective or intervention ``item_id``."""
        index = self.model.row_of((kind, item_id))
        if index >= 0 and self.table is not None:
            self.table.selectRow(index)

"""The dialogs behind the record's Care plan tab: start a plan, add or edit a goal, an
objective or an intervention, record a review, and revise the plan into a new version.

Every dialog saves through one service call and shows a refusal under its field; dates are
the shared ``DateField`` (an objective's target date may be left blank only to be told it
is required), and the dialogs are ``FittedDialog``s that scroll on a 1280×720 screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from coordinator.domain.care_plan import (
    MEASURED_BY,
    PlanItemStatus,
    Progress,
    ServiceModality,
)
from coordinator.services.care_plan_views import (
    CarePlanView,
    GoalInput,
    GoalView,
    InterventionInput,
    InterventionView,
    ObjectiveInput,
    ObjectiveView,
    ProgressInput,
    ReviewInput,
    Signature,
)
from coordinator.services.diagnoses import DiagnosisView
from coordinator.ui.care.fields import coded_combo, date_edit, day_of, select_data, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.date_field import DateField
from coordinator.ui.forms import ServiceFormDialog, form_layout, text_box
from coordinator.ui.layouts import NO_MARGINS, row
from coordinator.ui.placeholders import arg
from coordinator.ui.record.care_plan_titles import modality_title, progress_title, status_title


def _status_combo(current: PlanItemStatus, accessible: str) -> QComboBox:
    combo = coded_combo(((status_title(status), status.value) for status in PlanItemStatus),
                        accessible)
    select_data(combo, current.value)
    return combo


def _line(text: str, accessible: str) -> QLineEdit:
    line = QLineEdit(text)
    line.setAccessibleName(accessible)
    return line


class StartPlanDialog(ServiceFormDialog):
    """Start version 1 of the plan for the client's active episode."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.setObjectName("startCarePlanDialog")
        self.setWindowTitle(self.tr("Start care plan"))
        form = form_layout()
        note = QLabel(self.tr("The plan belongs to the client's active episode. Add a goal "
                              "for each problem it works on, then its objectives and "
                              "interventions."))
        note.setWordWrap(True)
        form.addRow(note)
        self.starts_on = date_edit(today_of(ui), self.tr("Plan starts on"))
        self.errors.add_row(form, "starts_on", self.tr("Sta&rts on:"), self.starts_on)
        self.layout_with(form)
        self.starts_on.setFocus()

    def service_call(self) -> Callable[[], Any]:
        plans, client_id, day = self.ui.services.care_plans, self.client_id, day_of(
            self.starts_on)
        return lambda: plans.start_plan(client_id, day)


class GoalDialog(ServiceFormDialog):
    """A goal about one of the client's active problems, in the client's own words."""

    def __init__(self, ui: UiContext, plan: CarePlanView, problems: Sequence[DiagnosisView],
                 goal: GoalView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.plan, self.goal = plan, goal
        self.setObjectName("carePlanGoalDialog")
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("Add goal"))
        form = form_layout()
        self.problem = coded_combo(
            ((f"{row.code} — {row.description}", row.id) for row in problems if row.active),
            self.tr("Problem"))
        if goal is not None:
            if self.problem.findData(goal.diagnosis_id) < 0:
                self.problem.addItem(goal.problem, goal.diagnosis_id)
            select_data(self.problem, goal.diagnosis_id)
        self.errors.add_row(form, "diagnosis_id", self.tr("&Problem:"), self.problem)
        self.goal_text = text_box(self.tr("Goal in the client's own words"), 70)
        self.goal_text.setPlaceholderText(self.tr(
            "In the client's words, e.g. \"I want to enjoy my mornings again.\""))
        if goal is not None:
            self.goal_text.setPlainText(goal.goal_text)
        self.errors.add_row(form, "goal_text", self.tr("&Goal:"), self.goal_text)
        self.status = _status_combo(goal.status if goal else PlanItemStatus.OPEN,
                                    self.tr("Goal status"))
        self.status.setEnabled(goal is not None)
        self.errors.add_row(form, "status", self.tr("Stat&us:"), self.status)
        self.layout_with(form)
        self.problem.setFocus()

    def service_call(self) -> Callable[[], Any]:
        plans, plan, goal = self.ui.services.care_plans, self.plan, self.goal
        details = GoalInput(self.problem.currentData(), self.goal_text.toPlainText(),
                            str(self.status.currentData()))
        if goal is None:
            return lambda: plans.add_goal(plan.id, details)
        return lambda: plans.update_goal(goal.id, goal.version, details)


class ObjectiveDialog(ServiceFormDialog):
    """A measurable objective with its target date, optionally measured by an instrument."""

    def __init__(self, ui: UiContext, goal: GoalView, objective: ObjectiveView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.goal, self.objective = goal, objective
        self.setObjectName("carePlanObjectiveDialog")
        self.setWindowTitle(self.tr("Edit objective") if objective
                            else self.tr("Add objective"))
        form = form_layout()
        heading = QLabel(arg(self.tr("Goal: %1"), goal.goal_text))
        heading.setWordWrap(True)
        form.addRow(heading)
        self.objective_text = text_box(self.tr("Objective"), 60)
        self.objective_text.setPlaceholderText(self.tr(
            "Measurable, e.g. \"PHQ-9 below 10 on two visits in a row\""))
        if objective is not None:
            self.objective_text.setPlainText(objective.objective_text)
        self.errors.add_row(form, "objective_text", self.tr("&Objective:"),
                            self.objective_text)
        self.target_date = DateField(objective.target_date if objective else None,
                                     self.tr("Target date"), optional=True,
                                     empty_text=self.tr("Required"))
        self.errors.add_row(form, "target_date", self.tr("&Target date:"), self.target_date)
        self.instrument = coded_combo(
            [(self.tr("None"), ""), *((name, name) for name in MEASURED_BY)],
            self.tr("Measured by"))
        select_data(self.instrument, objective.instrument if objective else "")
        self.errors.add_row(form, "instrument", self.tr("&Measured by:"), self.instrument)
        self.status = _status_combo(objective.status if objective else PlanItemStatus.OPEN,
                                    self.tr("Objective status"))
        self.status.setEnabled(objective is not None)
        self.errors.add_row(form, "status", self.tr("Stat&us:"), self.status)
        self.layout_with(form)
        self.objective_text.setFocus()

    def service_call(self) -> Callable[[], Any]:
        plans, goal, objective = self.ui.services.care_plans, self.goal, self.objective
        details = ObjectiveInput(self.objective_text.toPlainText(), self.target_date.day(),
                                 str(self.instrument.currentData()),
                                 str(self.status.currentData()))
        if objective is None:
            return lambda: plans.add_objective(goal.id, details)
        return lambda: plans.update_objective(objective.id, objective.version, details)


class InterventionDialog(ServiceFormDialog):
    """What the team does toward a goal: in person, by video or by phone, how often, who."""

    def __init__(self, ui: UiContext, goal: GoalView, staff: Sequence[tuple[int, str]],
                 intervention: InterventionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.goal, self.intervention = goal, intervention
        self.setObjectName("carePlanInterventionDialog")
        self.setWindowTitle(self.tr("Edit intervention") if intervention
                            else self.tr("Add intervention"))
        form = form_layout()
        heading = QLabel(arg(self.tr("Goal: %1"), goal.goal_text))
        heading.setWordWrap(True)
        form.addRow(heading)
        self.intervention_text = text_box(self.tr("Intervention"), 60)
        self.errors.add_row(form, "intervention_text", self.tr("&Intervention:"),
                            self.intervention_text)
        self.modality = coded_combo(
            ((modality_title(modality), modality.value) for modality in ServiceModality),
            self.tr("Modality"))
        self.errors.add_row(form, "modality", self.tr("&Modality:"), self.modality)
        self.frequency = _line("", self.tr("How often"))
        self.frequency.setPlaceholderText(self.tr("e.g. three times a week"))
        self.errors.add_row(form, "frequency", self.tr("How &often:"), self.frequency)
        self.responsible = coded_combo([(self.tr("Choose…"), None), *(
            (name, user_id) for user_id, name in staff)], self.tr("Responsible staff"))
        self.errors.add_row(form, "responsible_id", self.tr("&Responsible:"),
                            self.responsible)
        if intervention is not None:
            self.intervention_text.setPlainText(intervention.intervention_text)
            select_data(self.modality, intervention.modality.value)
            self.frequency.setText(intervention.frequency)
            select_data(self.responsible, intervention.responsible_id)
        self.layout_with(form)
        self.intervention_text.setFocus()

    def service_call(self) -> Callable[[], Any]:
        plans, goal, intervention = (self.ui.services.care_plans, self.goal,
                                     self.intervention)
        details = InterventionInput(self.intervention_text.toPlainText(),
                                    str(self.modality.currentData()), self.frequency.text(),
                                    self.responsible.currentData())
        if intervention is None:
            return lambda: plans.add_intervention(goal.id, details)
        return lambda: plans.update_intervention(intervention.id, intervention.version,
                                                 details)


class ReviewDialog(ServiceFormDialog):
    """A review: each open objective's progress, the client's part, and the signatures."""

    def __init__(self, ui: UiContext, plan: CarePlanView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.plan = plan
        self.setObjectName("carePlanReviewDialog")
        self.setWindowTitle(self.tr("Record plan review"))
        self.resize(760, 0)
        today = today_of(ui)
        form = form_layout()
        self.reviewed_on = date_edit(today, self.tr("Review date"))
        self.errors.add_row(form, "reviewed_on", self.tr("Review &date:"), self.reviewed_on)
        #: Per objective reviewed: its progress and a note.
        self.progress: dict[int, tuple[QComboBox, QLineEdit]] = {}
        for objective in plan.objectives:
            if objective.status is not PlanItemStatus.OPEN:
                continue
            combo = coded_combo(((progress_title(p), p.value) for p in Progress),
                                arg(self.tr("Progress on %1"), objective.objective_text))
            select_data(combo, Progress.SOME.value)
            note = _line("", arg(self.tr("Note on %1"), objective.objective_text))
            note.setPlaceholderText(self.tr("Note (optional)"))
            holder = QWidget()
            row(holder, combo, (note, 1), margins=NO_MARGINS, spacing=6)
            self.errors.add_row(form, f"progress_{objective.id}",
                                objective.objective_text + ":", holder)
            self.progress[objective.id] = (combo, note)
        self.participated = QCheckBox(self.tr("The client took &part in the review"))
        self.participated.setAccessibleName(self.tr("The client took part in the review"))
        self.participated.setChecked(True)
        self.errors.add_row(form, "client_participated", "", self.participated)
        self.participation_note = _line("", self.tr("Participation note"))
        self.errors.add_row(form, "participation_note", self.tr("Participation &note:"),
                            self.participation_note)
        self.signatures: dict[str, tuple[QLineEdit, DateField]] = {}
        for field, title in (("client_signature", self.tr("Client")),
                             ("clinician_signature", self.tr("Clinician")),
                             ("case_manager_signature", self.tr("Case manager"))):
            name = _line("", arg(self.tr("%1 signature (typed name)"), title))
            self.errors.add_row(form, field, arg(self.tr("%1 signs:"), title), name)
            signed = DateField(None, arg(self.tr("%1 signed on"), title),
                               optional=True, empty_text=self.tr("Not signed"))
            self.errors.add_row(form, f"{field}_on", self.tr("Signed on:"), signed)
            self.signatures[field] = (name, signed)
        self.layout_with(form)
        self.reviewed_on.setFocus()

    def _signature(self, field: str) -> Signature:
        name, signed = self.signatures[field]
        return Signature(name.text(), signed.day())

    def details(self) -> ReviewInput:
        return ReviewInput(
            self.reviewed_on.day(), self.participated.isChecked(),
            self.participation_note.text(),
            tuple(ProgressInput(objective_id, str(combo.currentData()), note.text())
                  for objective_id, (combo, note) in self.progress.items()),
            self._signature("client_signature"), self._signature("clinician_signature"),
            self._signature("case_manager_signature"))

    def service_call(self) -> Callable[[], Any]:
        plans, plan_id, details = self.ui.services.care_plans, self.plan.id, self.details()
        return lambda: plans.record_review(plan_id, details)


class RevisePlanDialog(ServiceFormDialog):
    """Make the next version of the plan; the current one stays readable as it is."""

    def __init__(self, ui: UiContext, plan: CarePlanView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.plan = plan
        self.setObjectName("reviseCarePlanDialog")
        self.setWindowTitle(self.tr("Revise care plan"))
        form = form_layout()
        note = QLabel(arg(self.tr("Version %1 becomes version %2 with the same goals, objectives "
                                  "and interventions to change; version %1 and its reviews stay "
                                  "as they are."),
                          str(plan.plan_number), str(plan.plan_number + 1)))
        note.setWordWrap(True)
        form.addRow(note)
        self.starts_on = date_edit(today_of(ui), self.tr("New version starts on"))
        self.errors.add_row(form, "starts_on", self.tr("Sta&rts on:"), self.starts_on)
        self.reason = text_box(self.tr("Why the plan is revised"), 60)
        self.errors.add_row(form, "revision_reason", self.tr("&Why:"), self.reason)
        self.layout_with(form)
        self.reason.setFocus()

    def service_call(self) -> Callable[[], Any]:
        plans, plan = self.ui.services.care_plans, self.plan
        day: date = day_of(self.starts_on)
        reason = self.reason.toPlainText()
        return lambda: plans.revise(plan.id, plan.version, day, reason)

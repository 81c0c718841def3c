"""The safety-plan part of the record's Safety tab: the plan in force shown step by step,
the dialog that writes or revises it (each save is the next version), the read-only
history of versions, and marking a version entered in error.

The steps and their headings follow the Safety Planning Intervention (Stanley & Brown
2012); the plan is written with the client, in their words, so each step is free text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from coordinator.domain.clinical_record import FirearmsAccess
from coordinator.services.safety_plans import CRISIS_LINES, SafetyPlanInput, SafetyPlanView
from coordinator.ui.buttons import action_button
from coordinator.ui.care.fields import date_edit, day_of, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.forms import ServiceFormDialog, form_layout, text_box
from coordinator.ui.layouts import NO_MARGINS, STRETCH, column, row
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.entered_in_error import EnteredInErrorDialog
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.record.row_looks import entered_in_error_look
from coordinator.ui.referrals.titles import fit_columns
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table


def step_titles() -> list[tuple[str, str]]:
    """(field, heading) of each written part of the plan, in the plan's order."""
    return [
        ("warning_signs", translate("SafetyPlan", "Step 1 · Warning signs")),
        ("coping_strategies", translate("SafetyPlan", "Step 2 · Internal coping strategies")),
        ("distractions", translate("SafetyPlan", "Step 3 · People and social settings that provide "
                                                 "distraction")),
        ("people_to_ask", translate("SafetyPlan", "Step 4 · People whom I can ask for help")),
        ("professionals",
         translate("SafetyPlan", "Step 5 · Professionals or agencies to contact during a crisis")),
        ("environment_safety", translate("SafetyPlan", "Step 6 · Making the environment safe")),
        ("reasons_for_living", translate("SafetyPlan", "Reasons for living")),
    ]


def firearms_title(access: str) -> str:
    return {
        FirearmsAccess.NOT_ASKED.value: translate("SafetyPlan", "Not asked"),
        FirearmsAccess.NO_ACCESS.value: translate("SafetyPlan", "No access to a firearm"),
        FirearmsAccess.ACCESS_SECURED.value:
            translate("SafetyPlan", "Has access; firearm locked away or held by someone else"),
        FirearmsAccess.ACCESS.value: translate("SafetyPlan", "Has access to a firearm"),
    }.get(access, access)


def completed_text(plan: SafetyPlanView) -> str:
    """E.g. "Completed 2026-11-30 with Maria Lopez, version 3"."""
    on, number = date_text(plan.completed_on), str(plan.plan_number)
    if plan.completed_by_name:
        return arg(translate("SafetyPlan", "Completed %1 with %2, version %3"), on,
                   plan.completed_by_name, number)
    return arg(translate("SafetyPlan", "Completed %1, version %3"), on, "", number)


def plan_html(plan: SafetyPlanView) -> str:
    """The plan to read: each step under its heading, in the plan's order."""
    parts = []
    for name, heading in step_titles():
        value = str(getattr(plan.details, name))
        body = (html.escape(value).replace("\n", "<br>") if value
                else "<i>" + html.escape(translate("SafetyPlan", "Not written")) + "</i>")
        if name == "environment_safety":
            firearms = firearms_title(plan.details.firearms_access.value)
            body += ("<br><b>" + html.escape(translate("SafetyPlan", "Firearms:")) + "</b> "
                     + html.escape(firearms))
        parts.append(f"<h4>{html.escape(heading)}</h4><p>{body}</p>")
    return "".join(parts)


class SafetyPlanSection(RecordListPage):
    """The plan in force, with Write…/Review and revise…, History… and entered in error."""

    plan_loaded = Signal(object)
    """The plan in force was read and is shown: ``(SafetyPlanView | None)``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Safety plan")
        self.plan: SafetyPlanView | None = None
        self.setObjectName("safetyPlanSection")
        title = QLabel(self.tr("Safety plan (Stanley-Brown)"))
        title.setObjectName("sectionTitle")
        # Alt+F and Alt+V: the record window's tabs and header take most other letters.
        self.write_button = action_button(self.tr("Write sa&fety plan…"),
                                          self.tr("Write a safety plan"), self.write_plan)
        self.write_button.setObjectName("primaryButton")
        self.review_button = action_button(self.tr("Re&view and revise…"),
                                           self.tr("Review and revise the safety plan"),
                                           self.review_plan)
        self.review_button.setObjectName("primaryButton")
        self.history_button = action_button(self.tr("&History…"),
                                            self.tr("Earlier versions of the safety plan"),
                                            self.show_history)
        self.error_button = action_button(self.tr("Mar&k entered in error…"),
                                          self.tr("Mark the safety plan entered in error"),
                                          self.mark_in_error)
        self.completed_label = self.quiet_note("")
        self.view = QTextBrowser()
        self.view.setObjectName("safetyPlanText")
        self.view.setAccessibleName(self.tr("Safety plan in force"))
        self.view.setOpenLinks(False)
        self.view.setTabChangesFocus(True)
        self.empty_note = self.quiet_note(self.tr(
            "No safety plan yet. Use Write safety plan to make one with the client: warning "
            "signs, coping strategies, people and places that help, professionals and "
            "crisis lines, a safer environment and reasons for living."))
        buttons = row(None, self.write_button, self.review_button, self.history_button,
                      self.error_button, STRETCH)
        column(self, title, buttons, self.completed_label, (self.view, 1), self.empty_note,
               margins=NO_MARGINS, spacing=8)
        QWidget.setTabOrder(self.write_button, self.review_button)
        QWidget.setTabOrder(self.review_button, self.history_button)
        QWidget.setTabOrder(self.history_button, self.error_button)
        QWidget.setTabOrder(self.error_button, self.view)
        self.show_plan(None, loaded=False)

    def refresh(self) -> None:
        self.ui.operations.call(self, self.ui.services.safety_plans.current, self.client_id,
                                done=self._read, failed=self._failed)

    def _read(self, plan: SafetyPlanView | None) -> None:
        self.show_plan(plan)
        self.plan_loaded.emit(plan)

    def show_plan(self, plan: SafetyPlanView | None, *, loaded: bool = True) -> None:
        self.loaded = loaded
        self.plan = plan
        if plan is None:
            self.view.clear()
            self.completed_label.clear()
        else:
            self.view.setHtml(plan_html(plan))
            self.completed_label.setText(completed_text(plan))
        self.view.setVisible(plan is not None)
        self.completed_label.setVisible(plan is not None)
        self.empty_note.setVisible(loaded and plan is None)
        editable = self.may_edit and loaded
        self.write_button.setVisible(self.may_edit and plan is None)
        self.write_button.setEnabled(editable)
        self.review_button.setVisible(self.may_edit and plan is not None)
        self.review_button.setEnabled(editable)
        self.history_button.setEnabled(loaded)
        self.error_button.setVisible(self.may_edit)
        self.error_button.setEnabled(editable and plan is not None)

    def write_plan(self) -> SafetyPlanDialog | None:
        """A new plan (or, when one is in force, its revision)."""
        if not (self.may_edit and self.loaded):
            return None
        return self._open(SafetyPlanDialog(self.ui, self.client_id, self.plan, self))

    def review_plan(self) -> SafetyPlanDialog | None:
        return self.write_plan()

    def show_history(self) -> SafetyPlanHistoryDialog | None:
        if not self.loaded:
            return None
        return self._open(SafetyPlanHistoryDialog(self.ui, self.client_id, self))

    def mark_in_error(self) -> SafetyPlanInErrorDialog | None:
        if not self.may_edit or self.plan is None:
            return None
        return self._open(SafetyPlanInErrorDialog(self.ui, self.plan, self))


class SafetyPlanDialog(ServiceFormDialog):
    """Write the plan with the client, or review and revise the one in force (``current``,
    whose words fill the form); either way Save writes the next version."""

    def __init__(self, ui: UiContext, client_id: int, current: SafetyPlanView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.current = current
        self.setObjectName("safetyPlanDialog")
        if current is None:
            self.setWindowTitle(self.tr("Write safety plan"))
            intro_text = self.tr("Write the plan with the client, in their own words. Steps "
                                 "1, 2 and 5 are needed.")
        else:
            self.setWindowTitle(self.tr("Review and revise safety plan"))
            intro_text = arg(self.tr("Version %1 of %2 is shown. Go through each step with the "
                                     "client; Save keeps version %1 in the history and makes "
                                     "this version %3."),
                             str(current.plan_number), date_text(current.completed_on),
                             str(current.plan_number + 1))
        # Fits a 1280×720 screen; the steps scroll inside.
        self.resize(760, 620)
        details = current.details if current is not None else SafetyPlanInput(
            completed_on=today_of(ui), professionals=CRISIS_LINES)
        form = form_layout()
        # Each step's heading over its box: the headings are long, the boxes want the width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        intro.setObjectName("quietNote")
        form.addRow(intro)
        # Alt and the step's number reaches each step; the needed ones carry a star.
        labels = {
            "warning_signs": self.tr("Step &1 · Warning signs *"),
            "coping_strategies": self.tr("Step &2 · Internal coping strategies *"),
            "distractions": self.tr("Step &3 · People and social settings that provide "
                                    "distraction"),
            "people_to_ask": self.tr("Step &4 · People whom I can ask for help"),
            "professionals": self.tr("Step &5 · Professionals or agencies to contact "
                                     "during a crisis *"),
            "environment_safety": self.tr("Step &6 · Making the environment safe"),
            "reasons_for_living": self.tr("Reasons for &living"),
        }
        hints = {
            "warning_signs": self.tr("Thoughts, images, moods, situations or behaviour that "
                                     "come before a crisis"),
            "coping_strategies": self.tr("Things the client can do alone to take their mind "
                                         "off their problems, one a line"),
            "distractions": self.tr("Names and phone numbers; places to be with others"),
            "people_to_ask": self.tr("Names and phone numbers"),
            "professionals": self.tr("Clinicians, the local crisis line, emergency "
                                     "services"),
            "environment_safety": self.tr("Keeping lethal means away: medications, "
                                          "firearms, other means"),
            "reasons_for_living": self.tr("What matters most to the client and is worth "
                                          "living for"),
        }
        self.steps: dict[str, QPlainTextEdit] = {}
        for name, heading in step_titles():
            box = text_box(heading, 72)
            box.setMaximumHeight(104)  # about five lines; the steps scroll as a whole
            box.setPlainText(str(getattr(details, name)))
            box.setPlaceholderText(hints[name])
            self.errors.add_row(form, name, labels[name], box)
            self.steps[name] = box
            if name == "environment_safety":
                self.firearms = QComboBox()
                self.firearms.setAccessibleName(self.tr("Access to firearms"))
                for access in FirearmsAccess:
                    self.firearms.addItem(firearms_title(access.value), access.value)
                self.firearms.setCurrentIndex(
                    self.firearms.findData(details.firearms_access.value))
                self.errors.add_row(form, "firearms_access", self.tr("&Firearms"),
                                    self.firearms)
        today = today_of(ui)
        self.completed_on = date_edit(today, self.tr("Date completed"))
        self.completed_on.setMaximumWidth(180)
        self.errors.add_row(form, "completed_on", self.tr("&Completed on *"),
                            self.completed_on)
        actor = ui.services.ctx.actor
        self.completed_by = QLabel(actor.full_name if actor else "")
        self.completed_by.setAccessibleName(self.tr("Completed by"))
        form.addRow(self.tr("Completed by"), self.completed_by)
        holder = QWidget()
        holder.setLayout(form)
        self.steps_area = QScrollArea()
        self.steps_area.setObjectName("safetyPlanSteps")
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.steps_area.setWidget(holder)
        self.layout_with(self.steps_area)
        self.refused.connect(self._reveal_problem)
        self.steps["warning_signs"].setFocus()

    def _reveal_problem(self, _error: object) -> None:
        focused = self.focusWidget()
        if focused is not None and self.steps_area.isAncestorOf(focused):
            self.steps_area.ensureWidgetVisible(focused)

    def details(self) -> SafetyPlanInput:
        texts = {name: box.toPlainText() for name, box in self.steps.items()}
        return SafetyPlanInput(
            completed_on=day_of(self.completed_on),
            firearms_access=FirearmsAccess(self.firearms.currentData()), **texts)

    def service_call(self) -> Callable[[], Any]:
        plans, client_id, details = self.ui.services.safety_plans, self.client_id, \
            self.details()
        based_on = self.current.plan_number if self.current is not None else None
        return lambda: plans.save(client_id, based_on, details)


class SafetyPlanInErrorDialog(EnteredInErrorDialog):
    """Mark the plan in force entered in error: it stays in the history, marked, and the
    version before it (if any) is in force again."""

    def __init__(self, ui: UiContext, plan: SafetyPlanView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ui, title=translate("SafetyPlan", "Safety plan entered in error"),
            intro=arg(translate("SafetyPlan", "Version %1 of %2 stays in the history, marked "
                                              "entered in error; the version before it, if any, is "
                                              "in force again."),
                      str(plan.plan_number), date_text(plan.completed_on)),
            mark=ui.services.safety_plans.mark_entered_in_error, row_id=plan.id,
            version=plan.version, parent=parent,
                         save_text=translate("SafetyPlan", "&Mark entered in error"),
            placeholder=translate("SafetyPlan", "e.g. Written in the wrong client's record"),
            object_name="safetyPlanInErrorDialog")
        self.plan = plan



class SafetyPlanHistoryModel(RowTableModel[SafetyPlanView]):
    """Version, completed on, with whom, and whether it is in force."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("SafetyPlan", "Version"), lambda row: str(row.plan_number),
                   align_right=True),
            Column(translate("SafetyPlan", "Completed"), lambda row: date_text(row.completed_on)),
            Column(translate("SafetyPlan", "With"), lambda row: row.completed_by_name),
            Column(translate("SafetyPlan", "Status"), _status),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: SafetyPlanView, column: int, role: int) -> Any:
        # The Status column says "Entered in error" already: no tooltip repeats it.
        return entered_in_error_look(role, tooltip=False) if row.entered_in_error else None


def _status(row: SafetyPlanView) -> str:
    return translate("SafetyPlan", "Entered in error") if row.entered_in_error else ""


class SafetyPlanHistoryDialog(FittedDialog):
    """Every version of the plan, newest first; the chosen one is shown in full. Read-only."""

    history_loaded = Signal(list)
    """The versions were read and are listed: ``(list[SafetyPlanView])``."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.client_id = client_id
        self.setObjectName("safetyPlanHistoryDialog")
        keep_visual_order(self)
        self.setWindowTitle(self.tr("Safety plan history"))
        self.resize(820, 600)
        self.model = SafetyPlanHistoryModel(self)
        self.table = list_table("safetyPlanHistoryTable", self.tr("Versions of the safety "
                                                                  "plan"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("The chosen version of the safety plan"))
        self.view.setOpenLinks(False)
        self.view.setTabChangesFocus(True)
        self.completed_label = QLabel()
        self.completed_label.setObjectName("quietNote")
        below = QWidget()
        column(below, self.completed_label, (self.view, 1), margins=NO_MARGINS)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setSizes([160, 440])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        column(self, (splitter, 1), buttons, margins=(20, 16, 20, 16))
        ui.operations.call(self, ui.services.safety_plans.history, client_id,
                           done=self._show, failed=self._failed)

    def _show(self, versions: list[SafetyPlanView]) -> None:
        self.model.replace_rows(versions)
        fit_columns(self.table)
        if versions:
            self.table.selectRow(0)
        else:
            self.completed_label.setText(self.tr("No safety plan has been written."))
        self.table.setFocus()
        self.history_loaded.emit(versions)

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        plan = self.model.row_at(rows[0].row()) if rows else None
        if plan is None:
            self.view.clear()
            self.completed_label.clear()
            return
        text = completed_text(plan)
        if plan.entered_in_error:
            text = self.tr("ENTERED IN ERROR — ") + text
        self.completed_label.setText(text)
        self.view.setHtml(plan_html(plan))

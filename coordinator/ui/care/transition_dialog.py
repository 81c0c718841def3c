"""Plan (or edit) a step-up or step-down, and complete a planned transition.

The direction and its criteria checklist follow the chosen level live, from the domain rules
(``direction_between``, ``criteria_for``), so the person sees "Step-down: Inpatient →
Intensive Outpatient" before saving. The service decides again when it saves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.clinical_record import AppointmentKind
from coordinator.domain.episodes import ConfirmationRequired, criteria_for, gap_days
from coordinator.domain.levels import Direction, direction_between
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care.dto import (
    CompletedTransition,
    EpisodeView,
    FacilityChoice,
    LevelView,
    TransitionCompletion,
    TransitionPlan,
    TransitionView,
)
from coordinator.services.notify import Topic
from coordinator.ui.care.discharge_fields import DischargeDetailsPage
from coordinator.ui.care.fields import (
    coded_combo,
    date_edit,
    day_of,
    fill_facilities,
    hours_box,
    hours_of,
    hours_range_text,
    level_combo,
    modality_combo,
    select_data,
    set_day,
    today_of,
    track_combo,
)
from coordinator.ui.care.readiness_line import ReadinessLine
from coordinator.ui.care.titles import (
    DIRECTION_ARROWS,
    criterion_title,
    days_text,
    direction_title,
    level_name,
)
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, error_label, form_layout, scrolling_form
from coordinator.ui.layouts import column
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.time_field import TimeField
from coordinator.ui.translation import translate

_NO_TIME = QTime(0, 0)  # the time box's minimum, shown as "No time"


#: The item data of the "Exit from care" choice in the target level list (no level has an
#: empty code); ``TransitionDialog.plan`` turns it into ``to_level_code=None``.
EXIT_FROM_CARE = ""



def watch_transition(dialog: ServiceFormDialog, transition: TransitionView) -> None:
    """Have ``dialog``, which edits ``transition``, say when someone else saves it first."""
    transitions, transition_id = dialog.ui.services.transitions, transition.id
    dialog.watch_for_changes_elsewhere(Topic.TRANSITION, transition_id, transition.version,
                                       lambda: transitions.get(transition_id).version)


class TransitionDialog(ServiceFormDialog):
    """Where the client goes from ``source``, when, and why (a new plan or an edit)."""

    direction_changed = Signal(str)
    """The derived direction changed with the chosen level: ``(Direction value)``."""

    def __init__(self, ui: UiContext, client_id: int, source: EpisodeView,
                 levels: Sequence[LevelView],
                 facilities: Mapping[str, Sequence[FacilityChoice]],
                 existing: TransitionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.source = source
        self.existing = existing
        self.levels = {level.code: level for level in levels}
        self.facilities = facilities
        self.confirm_far_date = False
        self.setObjectName("transitionDialog")
        self.setWindowTitle(self.tr("Step up or step down") if existing is None
                            else self.tr("Edit planned transition"))
        self.resize(600, 0)

        form = form_layout()
        self._add_from(form, source)
        default_day = self._add_where_to(form, levels, source)
        self._add_criteria(form)
        self._add_rationale(form)
        self.readiness = ReadinessLine(ui, client_id, source, levels, self.target_code)
        self.errors.add_row(form, "readiness", self.tr("Readiness"), self.readiness)
        self.direction_changed.connect(self.readiness.set_direction)
        self._build_intake(form, default_day)
        self.level.currentIndexChanged.connect(self._level_changed)
        if existing is not None:
            select_data(self.level, existing.to_level_code or EXIT_FROM_CARE)
        self._level_changed()
        if existing is not None:
            self._show_existing(existing)
            watch_transition(self, existing)
        self.layout_with(scrolling_form(self, form))
        self.level.setFocus()

    def _add_from(self, form: QFormLayout, source: EpisodeView) -> None:
        """The episode the client moves from."""
        name = level_name(source.level_name, source.level_code)
        where = source.facility_name or name
        ended = (arg(self.tr(", discharged %1"), date_text(source.end_date))
                 if source.end_date else "")
        self.from_label = QLabel(arg(self.tr("%1 at %2, since %3%4"),
                                     name, where, date_text(source.start_date),
                                     ended))
        self.from_label.setWordWrap(True)
        self.from_label.setAccessibleName(self.tr("Current episode"))
        form.addRow(self.tr("From"), self.from_label)

    def _add_where_to(self, form: QFormLayout, levels: Sequence[LevelView],
                      source: EpisodeView) -> date:
        """The level (or exit from care), its direction, facility and track, and the planned
        date; returns the day proposed for it."""
        others = [level for level in levels if level.code != source.level_code]
        self.level = level_combo(others, self.tr("Target level of care"))
        # Last in the list: leaving care is the exception, not the usual next step.
        self.level.insertSeparator(self.level.count())
        self.level.addItem(self.tr("Exit from care (no next level)"), EXIT_FROM_CARE)
        self.errors.add_row(form, "to_level_code", self.tr("&To level"), self.level)
        self.direction_label = QLabel()
        self.direction_label.setObjectName("directionLabel")
        self.direction_label.setAccessibleName(self.tr("Direction"))
        form.addRow(self.tr("Direction"), self.direction_label)
        self.facility = coded_combo((), self.tr("Facility or program"))
        self.errors.add_row(form, "to_facility_id", self.tr("&Facility"), self.facility)
        self.track = track_combo(self.tr("Track"), none_title=self.tr("No track"))
        self.errors.add_row(form, "to_track", self.tr("Tr&ack"), self.track)
        default_day = source.end_date or today_of(self.ui)
        self.planned = date_edit(default_day, self.tr("Planned date"))
        self.errors.add_row(form, "planned_date", self.tr("&Planned date"), self.planned)
        return default_day

    def _add_criteria(self, form: QFormLayout) -> None:
        """The checklist of the criteria for the direction (filled as the level changes)."""
        self.criteria_box = QGroupBox(self.tr("Criteria that apply"))
        self.criteria_box.setAccessibleName(self.tr("Criteria that apply"))
        self.criteria_checks: dict[str, QCheckBox] = {}
        self.no_criteria = QLabel(self.tr("A lateral move has no criteria checklist."))
        self.no_criteria.setObjectName("quietNote")
        self.criteria_layout = column(self.criteria_box, self.no_criteria, spacing=4)
        self.errors.add_row(form, "criteria", "", self.criteria_box)

    def _add_rationale(self, form: QFormLayout) -> None:
        """Why, in words, and who decided (the person signed in)."""
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(84)
        self.errors.add_row(form, "rationale", self.tr("&Rationale *"), self.rationale)
        actor = self.ui.services.actor
        self.decided_by = QLabel(actor.full_name if actor else "")
        self.decided_by.setAccessibleName(self.tr("Decided by"))
        form.addRow(self.tr("Decided by"), self.decided_by)

    def _show_existing(self, existing: TransitionView) -> None:
        """The plan being edited, once its level's choices are offered."""
        select_data(self.facility, existing.to_facility_id)
        select_data(self.track, existing.to_track)
        set_day(self.planned, existing.planned_date)
        self.rationale.setPlainText(existing.rationale)
        for code in existing.criteria:
            if code in self.criteria_checks:
                self.criteria_checks[code].setChecked(True)

    # Booking the intake ----------------------------------------------------------------------

    def _build_intake(self, form: QFormLayout, day: date) -> None:
        """The "Book the intake at …" group: the appointment saved with the plan."""
        self.intake_box = QGroupBox()
        self.intake_box.setObjectName("intakeBox")
        self.intake_box.setCheckable(True)
        self.intake_box.setChecked(False)
        self.intake_box.setAccessibleName(self.tr("Book the intake"))
        intake_form = form_layout()
        self.intake_box.setLayout(intake_form)
        intake_error = error_label()
        intake_form.addRow(intake_error)
        for name in ("intake", "intake_level_code", "intake_kind", "intake_focus",
                     "intake_status", "intake_transition_id"):
            self.errors.register(name, self.intake_box, intake_error)
        self.intake_day = date_edit(day, self.tr("Intake date"))
        self.errors.add_row(intake_form, "intake_service_date", self.tr("Intake &date"),
                            self.intake_day)
        self.intake_at = TimeField()
        self.intake_at.setDisplayFormat("HH:mm")
        self.intake_at.setMinimumTime(_NO_TIME)
        self.intake_at.setSpecialValueText(self.tr("No time"))
        self.intake_at.setTime(_NO_TIME)
        self.intake_at.setAccessibleName(self.tr("Intake time"))
        self.errors.add_row(intake_form, "intake_at", self.tr("Ti&me"), self.intake_at)
        self.intake_facility = QLabel()
        self.intake_facility.setAccessibleName(self.tr("Intake facility"))
        self.intake_facility.setWordWrap(True)
        self.errors.add_row(intake_form, "intake_facility_id", self.tr("At"),
                            self.intake_facility)
        self.intake_with = QLineEdit()
        self.intake_with.setAccessibleName(self.tr("Intake contact or with whom"))
        self.intake_with.setPlaceholderText(self.tr("e.g. Jordan Lee, intake coordinator"))
        self.errors.add_row(intake_form, "intake_with_whom", self.tr("&With whom"),
                            self.intake_with)
        self.errors.add_row(form, "intake_box", "", self.intake_box)
        self._planned_day = day
        self.planned.dateChanged.connect(self._planned_changed)
        self.facility.currentIndexChanged.connect(self._show_intake_facility)

    def _planned_changed(self) -> None:
        """The intake follows the planned date until the person gives it another day."""
        day = day_of(self.planned)
        if day_of(self.intake_day) == self._planned_day:
            set_day(self.intake_day, day)
        self._planned_day = day

    def _show_intake_facility(self) -> None:
        if self.facility.currentData() is None:
            self.intake_facility.setText(self.tr("No facility chosen yet (choose it above)"))
        else:
            self.intake_facility.setText(self.facility.currentText())

    def _update_intake(self) -> None:
        offered = self.existing is None and not self.is_exit()
        self.intake_box.setVisible(offered)
        if not offered:
            self.intake_box.setChecked(False)
        target = self.levels.get(self.target_code() or "")
        self.intake_box.setTitle(arg(self.tr("&Book the intake at %1"),
                                     level_name(target.name, target.code) if target else ""))
        self._show_intake_facility()

    def intake(self) -> AppointmentInput | None:
        """The intake to book with the plan, or None when the box is not ticked."""
        if not self.intake_box.isVisibleTo(self) or not self.intake_box.isChecked():
            return None
        at = self.intake_at.time()
        return AppointmentInput(
            AppointmentKind.INTAKE, day_of(self.intake_day),
            None if at == _NO_TIME else time(at.hour(), at.minute()),
            facility_id=self.facility.currentData(), with_whom=self.intake_with.text(),
            level_code=self.target_code())

    # Live direction ------------------------------------------------------------------------

    def is_exit(self) -> bool:
        """Whether the person chose to end care rather than move to another level."""
        return bool(self.level.currentData() == EXIT_FROM_CARE)

    def target_code(self) -> str | None:
        """The chosen level's code; None for an exit from care."""
        return None if self.is_exit() else self.level.currentData()

    def direction(self) -> Direction:
        target = self.levels.get(self.target_code() or "")
        return direction_between(self.source.intensity,
                                 target.intensity if target else None)

    def direction_text(self) -> str:
        """E.g. "↓ Step-down: Inpatient → Intensive Outpatient"; for an exit
        "⏏ Exit from care: leaves Intensive Outpatient"."""
        direction = self.direction()
        heading = f"{DIRECTION_ARROWS[direction]} {direction_title(direction)}"
        source = level_name(self.source.level_name, self.source.level_code)
        if self.is_exit():
            return heading + ": " + arg(self.tr("leaves %1"), source)
        target = self.levels.get(self.target_code() or "")
        return f"{heading}: {source} → {level_name(target.name, target.code) if target else ''}"

    def _level_changed(self) -> None:
        code = self.target_code()
        fill_facilities(self.facility, self.facilities.get(code or "", ()),
                        self.tr("Not chosen yet"))
        exit_ = self.is_exit()
        # No next level: no facility or track to go to (the service ignores them too).
        if exit_:
            self.facility.setCurrentIndex(0)
            select_data(self.track, None)
        self.facility.setEnabled(not exit_)
        self.track.setEnabled(not exit_)
        self.rationale.setPlaceholderText(
            self.tr("Why care ends now, e.g. treatment goals met or the client declined "
                    "further care") if exit_
            else self.tr("Why this level now, in the clinician's words"))
        direction = self.direction()
        self.direction_label.setText(self.direction_text())
        self.direction_label.setProperty("direction", direction.value)
        self.direction_label.style().unpolish(self.direction_label)
        self.direction_label.style().polish(self.direction_label)
        self._fill_criteria(direction)
        self._update_intake()
        self.direction_changed.emit(direction.value)

    def _fill_criteria(self, direction: Direction) -> None:
        checked = {code for code, box in self.criteria_checks.items() if box.isChecked()}
        for box in self.criteria_checks.values():
            self.criteria_layout.removeWidget(box)
            box.hide()
            box.setParent(None)
        self.criteria_checks = {}
        criteria = criteria_for(direction)
        for code in criteria:
            box = QCheckBox(criterion_title(code))
            box.setObjectName(f"criterion_{code}")
            box.setChecked(code in checked)
            self.criteria_layout.addWidget(box)
            self.criteria_checks[code] = box
        self.no_criteria.setVisible(not criteria)
        # An exit has no checklist; its reason is the rationale.
        self.criteria_box.setVisible(direction is not Direction.EXIT)
        title = (self.tr("Step-up criteria that apply") if direction is Direction.STEP_UP
                 else self.tr("Step-down criteria that apply")
                 if direction is Direction.STEP_DOWN else self.tr("Criteria"))
        self.criteria_box.setTitle(title)

    def checked_criteria(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.criteria_checks.items() if box.isChecked())

    # Saving ----------------------------------------------------------------------------------

    def plan(self) -> TransitionPlan:
        return TransitionPlan(
            to_level_code=self.target_code(), planned_date=day_of(self.planned),
            rationale=self.rationale.toPlainText(), criteria=self.checked_criteria(),
            to_facility_id=self.facility.currentData(), to_track=self.track.currentData())

    def service_call(self) -> Callable[[], Any]:
        transitions, plan, confirm = self.ui.services.transitions, self.plan(), \
            self.confirm_far_date
        if self.existing is not None:
            transition_id, version = self.existing.id, self.existing.version
            return lambda: transitions.update(transition_id, version, plan,
                                              confirm_far_date=confirm)
        client_id, source_id, intake = self.client_id, self.source.id, self.intake()
        return lambda: transitions.plan(client_id, source_id, plan, confirm_far_date=confirm,
                                        intake=intake)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, TransitionView):
            return ""
        day = date_text(result.planned_date)
        if result.direction is Direction.EXIT or not result.to_level_name:
            return arg(self.tr("Exit from care planned for %1."), day)
        return arg(self.tr("%1 to %2 planned for %3."),
                   direction_title(result.direction),
                   level_name(result.to_level_name, result.to_level_code), day)

    def _refuse(self, error: BaseException) -> None:
        if isinstance(error, ConfirmationRequired) and not self.confirm_far_date:
            self.save_button.setEnabled(True)
            if self.ui.dialogs.question(
                    self, self.tr("Check the planned date"),
                    error.message + "\n\n" + self.tr("Save this date anyway?"),
                    yes_text=self.tr("Save anyway"), no_text=self.tr("Change the date")):
                self.confirm_far_date = True
                # After the question's own event handling has finished.
                QTimer.singleShot(0, self.submit)
            else:
                self.errors.show(error.fields, error.message)
                self.refused.emit(error)
            return
        super()._refuse(error)


class CompleteTransitionDialog(ServiceFormDialog):
    """The planned move took place: when the client left, when they started, and how."""

    def __init__(self, ui: UiContext, transition: TransitionView, source: EpisodeView | None,
                 level: LevelView | None, parent: QWidget | None = None, *,
                 levels: Sequence[LevelView] | None = None,
                 birth_date: date | None = None) -> None:
        """``birth_date``: the client's, for the usual hours at the client's age."""
        super().__init__(ui, parent)
        self.transition = transition
        watch_transition(self, transition)
        self.source = source
        self.level = level
        self.birth_date = birth_date
        self.setObjectName("completeTransitionDialog")
        self.setWindowTitle(self.tr("Complete transition"))
        self.resize(540, 0)
        form = form_layout()
        form.addRow(self._summary(transition))
        today = today_of(ui)
        already_discharged = self._add_discharge(form, source, today)
        has_next = transition.to_level_code is not None
        self._add_next_episode(form, level, today, has_next)
        self.discharged.dateChanged.connect(self._update_gap)
        self.start.dateChanged.connect(self._update_gap)
        self.start.dateChanged.connect(self._show_usual_hours)
        self._update_gap()
        self._show_usual_hours()
        #: The discharge details of the episode left; None for an initial admission.
        self.details_page: DischargeDetailsPage | None = None
        if source is None:
            self.layout_with(form)
        else:
            self._lay_out_with_details(form, source, levels,
                                       moving_to=level_name(transition.to_level_name,
                                                            transition.to_level_code)
                                       if has_next and not already_discharged else None)
        self.start.setFocus()

    def _show_usual_hours(self) -> None:
        """The next level's usual weekly hours at the client's age on the start date."""
        self.hours_range.setText(hours_range_text(
            self.level, age_on(self.birth_date, day_of(self.start))))

    def _summary(self, transition: TransitionView) -> QLabel:
        """"↓ Step down: IOP → OP", or what level the client leaves."""
        direction = transition.direction
        heading = f"{DIRECTION_ARROWS[direction]} {direction_title(direction)}"
        source = level_name(transition.from_level_name, transition.from_level_code) or "—"
        if transition.to_level_code is None:
            summary_text = heading + ": " + arg(self.tr("leaves %1"), source)
        else:
            summary_text = (f"{heading}: {source} → "
                            f"{level_name(transition.to_level_name, transition.to_level_code)}")
        summary = QLabel(summary_text)
        summary.setAccessibleName(self.tr("Transition"))
        summary.setObjectName("directionLabel")
        summary.setProperty("direction", direction.value)
        return summary

    def _add_discharge(self, form: QFormLayout, source: EpisodeView | None,
                       today: date) -> bool:
        """The discharge date and disposition of the episode left; returns whether it was
        already discharged (then its recorded date is used)."""
        transition = self.transition
        already_discharged = source is not None and source.end_date is not None \
            and source.status != "active"
        self.discharged = date_edit(
            source.end_date if source is not None and source.end_date else today,
            self.tr("Discharge date"))
        self.discharged.setEnabled(source is not None and not already_discharged)
        discharge_title = self.tr("&Discharged on")
        self.errors.add_row(form, "discharged_on", discharge_title, self.discharged)
        if already_discharged:
            note = QLabel(self.tr("Already discharged; the recorded date is used."))
            note.setObjectName("quietNote")
            form.addRow("", note)
        self.disposition = QLineEdit()
        self.disposition.setAccessibleName(self.tr("Discharge disposition"))
        self.disposition.setPlaceholderText(
            self.tr("Optional, e.g. “Completed treatment”") if transition.to_level_code is None
            else self.tr("Optional; blank records the move, e.g. “Stepped down to …”"))
        self.errors.add_row(form, "discharge_disposition", self.tr("Dis&position"),
                            self.disposition)
        return already_discharged

    def _add_next_episode(self, form: QFormLayout, level: LevelView | None, today: date,
                          has_next: bool) -> None:
        """The next episode's actual start, the gap, its modality and weekly hours."""
        self.start = date_edit(min(max(self.transition.planned_date, day_of(self.discharged)),
                                   today), self.tr("Actual start date"))
        self.start.setEnabled(has_next)
        self.errors.add_row(form, "start_date", self.tr("Actual s&tart"), self.start)
        self.gap_label = QLabel()
        self.gap_label.setObjectName("gapLabel")
        self.gap_label.setAccessibleName(self.tr("Gap between discharge and start"))
        form.addRow(self.tr("Gap"), self.gap_label)
        self.modality = modality_combo(self.tr("Modality"))
        self.modality.setEnabled(has_next)
        self.errors.add_row(form, "modality", self.tr("&Modality"), self.modality)
        self.hours = hours_box(self.tr("Planned weekly hours"), self.tr("Not recorded"))
        self.hours.setEnabled(has_next)
        self.errors.add_row(form, "planned_weekly_hours", self.tr("Weekly &hours"), self.hours)
        self.hours_range = QLabel()
        self.hours_range.setObjectName("quietNote")
        self.hours_range.setWordWrap(True)
        form.addRow("", self.hours_range)

    def _lay_out_with_details(self, form: QFormLayout, source: EpisodeView,
                              levels: Sequence[LevelView] | None, *,
                              moving_to: str | None) -> None:
        """The move and the discharge details of the episode left, on two tabs; without a
        next episode the details offer the levels to refer to."""
        page = self.details_page = DischargeDetailsPage(
            self.errors, focus=source.focus, discharge_day=day_of(self.discharged),
            moving_to=moving_to)
        page.set_details(source.discharge)
        move = QWidget()
        move.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Transition sections"))
        self.tabs.addTab(move, self.tr("T&ransition"))
        self.tabs.addTab(page, self.tr("Discharge deta&ils"))
        self.layout_with(self.tabs)
        if moving_to is None:
            if levels is not None:
                page.set_levels(levels)
            else:
                self.ui.operations.call(self, self.ui.services.levels.list_levels,
                                        done=page.set_levels)

    def gap(self) -> int | None:
        if self.transition.to_level_code is None:
            return None
        return gap_days(day_of(self.discharged), day_of(self.start))

    def _update_gap(self) -> None:
        gap = self.gap()
        if gap is None:
            text = self.tr("No next level: the client leaves care.")
        elif gap == 0:
            text = self.tr("Same-day transfer (0 days)")
        elif gap < 0:
            text = self.tr("The start is before the discharge.")
        else:
            text = arg(self.tr("%1 between discharge and start"), days_text(gap))
        self.gap_label.setText(text)

    def outcome(self) -> TransitionCompletion:
        has_next = self.transition.to_level_code is not None
        discharged = day_of(self.discharged) if self.discharged.isEnabled() else None
        return TransitionCompletion(
            start_date=day_of(self.start) if has_next else None, discharged_on=discharged,
            discharge_disposition=self.disposition.text(),
            modality=self.modality.currentData() if has_next else "",
            planned_weekly_hours=hours_of(self.hours) if has_next else None)

    def service_call(self) -> Callable[[], Any]:
        transitions, transition = self.ui.services.transitions, self.transition
        outcome = self.outcome()
        details = self.details_page.details() if self.details_page is not None else None
        return lambda: transitions.complete(transition.id, transition.version, outcome,
                                            details)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, CompletedTransition):
            return ""
        return completed_text(result)

    def discharged_episode(self, result: object) -> tuple[int, int] | None:
        if isinstance(result, CompletedTransition) and result.discharged is not None:
            return result.discharged.client_id, result.discharged.id
        return None


def completed_text(result: CompletedTransition) -> str:
    """"Stepped down to Intensive Outpatient on 12/08/2026." (the clocks are added by the
    announcement)."""
    transition, started = result.transition, result.started
    if started is None:
        day = (result.discharged.end_date if result.discharged is not None
               else transition.completed_on)
        return arg(translate("CompleteTransitionDialog", "Left care on %1."),
                   date_text(day))
    sentences = {
        Direction.STEP_DOWN: translate("CompleteTransitionDialog", "Stepped down to %1 on %2."),
        Direction.STEP_UP: translate("CompleteTransitionDialog", "Stepped up to %1 on %2."),
        Direction.LATERAL: translate("CompleteTransitionDialog", "Moved to %1 on %2."),
    }
    sentence = sentences.get(transition.direction,
                             translate("CompleteTransitionDialog", "Admitted to %1 on %2."))
    return arg(sentence, level_name(started.level_name, started.level_code),
               date_text(started.start_date))


def hours_warning_of(result: CompletedTransition) -> str | None:
    """The hours warning of the episode a completed transition started, if any."""
    started = result.started
    return started.hours_warning if started is not None else None

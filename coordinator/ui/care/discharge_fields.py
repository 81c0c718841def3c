"""The "Discharge details" page shared by the Discharge, Complete-transition and
Discharge-details dialogs: condition, mental status, treatment, substances and last use,
legal and housing status, and the planned next level of care.

The page is a plain widget with its own form; the dialog puts it on a tab of its own (so
the dialog fits a 1280×720 screen) and the fields report their problems through the
dialog's ``FieldErrors`` under the service's field names, which brings the tab to the front.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coordinator.services.care.dto import DischargeDetails, LevelView
from coordinator.ui.care.fields import coded_combo, date_edit, day_of, select_data, set_day
from coordinator.ui.care.titles import (
    discharge_condition_title,
    housing_status_title,
    legal_status_title,
    level_text,
)
from coordinator.ui.forms import FieldErrors, form_layout, text_box
from coordinator.ui.optional_date import OptionalDateEdit
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

#: Episodes that record substances used and the last use (the others refuse them).
SUBSTANCE_FOCUS = frozenset({"substance_use", "co_occurring"})
_CONDITIONS = ("improved", "unchanged", "worse")
_LEGAL = ("voluntary", "involuntary_hold", "conservatorship", "court_ordered",
          "probation_parole")
_HOUSING = ("stably_housed", "with_family_or_friends", "sober_living", "shelter",
            "unsheltered", "institution")


class DischargeDetailsPage(QWidget):
    """The discharge-details fields of one episode.

    Args:
        errors: the dialog's field errors, which the fields register with.
        focus: the episode's focus; substances and last use show only for substance-use
            or co-occurring care.
        discharge_day: the first guess for the last use and the planned start.
        moving_to: the level name the client moves on to when a completed transition
            itself is the planned next level (the two fields then give way to a note).
    """

    def __init__(self, errors: FieldErrors, *, focus: str, discharge_day: date,
                 moving_to: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dischargeDetailsPage")
        self.takes_substances = focus in SUBSTANCE_FOCUS
        self.moving_to = moving_to
        form = form_layout()
        self.setLayout(form)
        not_recorded = translate("DischargeDetails", "Not recorded")
        self.condition = coded_combo(
            [(not_recorded, "")] + [(discharge_condition_title(code), code)
                                    for code in _CONDITIONS],
            translate("DischargeDetails", "Condition at discharge"))
        errors.add_row(form, "discharge_condition",
                       translate("DischargeDetails", "&Condition at discharge"),
                       self.condition)
        self.mental_status = text_box(translate("DischargeDetails", "Mental status at discharge"),
                                      56)
        self.mental_status.setPlaceholderText(
            translate("DischargeDetails", "e.g. Calm, oriented, mood euthymic; denies suicidal "
                                          "ideation"))
        errors.add_row(form, "mental_status", translate("DischargeDetails", "&Mental status"),
                       self.mental_status)
        self.treatment = text_box(translate("DischargeDetails", "Treatment provided"), 56)
        self.treatment.setPlaceholderText(
            translate("DischargeDetails", "e.g. Group therapy, individual CBT, medication "
                                          "management"))
        errors.add_row(form, "treatment_provided",
                       translate("DischargeDetails", "&Treatment provided"),
                       self.treatment)
        self.substances = QLineEdit()
        self.substances.setAccessibleName(translate("DischargeDetails", "Substances used"))
        self.substances.setPlaceholderText(translate("DischargeDetails", "e.g. Alcohol, opioids"))
        errors.add_row(form, "substances", translate("DischargeDetails", "S&ubstances used"),
                       self.substances)
        self._substance_rows = [form.rowCount() - 1]
        self.last_use = OptionalDateEdit(None, discharge_day,
                                         translate("DischargeDetails", "Last use date"))
        errors.add_row(form, "last_use_on", translate("DischargeDetails", "&Last use"),
                       self.last_use)
        self._substance_rows.append(form.rowCount() - 1)
        for index in self._substance_rows:
            form.setRowVisible(index, self.takes_substances)
        self.legal = coded_combo(
            [(not_recorded, "")] + [(legal_status_title(code), code) for code in _LEGAL],
            translate("DischargeDetails", "Legal or hold status"))
        errors.add_row(form, "legal_status", translate("DischargeDetails", "Le&gal status"),
                       self.legal)
        self.housing = coded_combo(
            [(not_recorded, "")] + [(housing_status_title(code), code) for code in _HOUSING],
            translate("DischargeDetails", "Housing status"))
        errors.add_row(form, "housing_status", translate("DischargeDetails", "&Housing"),
                       self.housing)
        self.next_level = coded_combo([(translate("DischargeDetails", "None planned"), None)],
                                      translate("DischargeDetails", "Planned next level of care"))
        errors.add_row(form, "planned_next_level", translate("DischargeDetails", "&Next level"),
                       self.next_level)
        self._next_rows = [form.rowCount() - 1]
        self.next_start = date_edit(
            discharge_day, translate("DischargeDetails", "Planned start at the next level"))
        self.next_start.setEnabled(False)
        errors.add_row(form, "planned_next_start", translate("DischargeDetails", "Planned st&art"),
                       self.next_start)
        self._next_rows.append(form.rowCount() - 1)
        self.next_level.currentIndexChanged.connect(
            lambda: self.next_start.setEnabled(self.next_level.currentData() is not None))
        self.moving_note = QLabel()
        self.moving_note.setObjectName("quietNote")
        self.moving_note.setWordWrap(True)
        form.addRow(self.moving_note)
        if moving_to is not None:
            for index in self._next_rows:
                form.setRowVisible(index, False)
            self.moving_note.setText(arg(
                translate("DischargeDetails", "The client moves on to %1: that is the planned "
                                              "next level, from the actual start."), moving_to))
        else:
            form.setRowVisible(form.rowCount() - 1, False)
        self.setTabOrder(self.condition, self.mental_status)

    def set_levels(self, levels: Sequence[LevelView]) -> None:
        """Offer ``levels`` as the planned next level (keeping the choice made)."""
        keep = self.next_level.currentData()
        self.next_level.blockSignals(True)
        while self.next_level.count() > 1:
            self.next_level.removeItem(1)
        for level in levels:
            self.next_level.addItem(level_text(level.name, level.code), level.code)
        self.next_level.blockSignals(False)
        select_data(self.next_level, keep)
        self.next_start.setEnabled(self.next_level.currentData() is not None)

    def set_details(self, details: DischargeDetails) -> None:
        """Show what was recorded (the planned next level once the levels are in)."""
        select_data(self.condition, details.discharge_condition)
        self.mental_status.setPlainText(details.mental_status)
        self.treatment.setPlainText(details.treatment_provided)
        self.substances.setText(details.substances)
        self.last_use.set_day(details.last_use_on)
        select_data(self.legal, details.legal_status)
        select_data(self.housing, details.housing_status)
        if details.planned_next_level is not None:
            if self.next_level.findData(details.planned_next_level) < 0:
                self.next_level.addItem(details.planned_next_level,
                                        details.planned_next_level)
            select_data(self.next_level, details.planned_next_level)
        if details.planned_next_start is not None:
            set_day(self.next_start, details.planned_next_start)

    def details(self) -> DischargeDetails:
        """What the page says; hidden fields say nothing."""
        substances = self.takes_substances
        moving_on = self.moving_to is not None
        level = None if moving_on else self.next_level.currentData()
        return DischargeDetails(
            discharge_condition=self.condition.currentData(),
            mental_status=self.mental_status.toPlainText(),
            treatment_provided=self.treatment.toPlainText(),
            substances=self.substances.text() if substances else "",
            last_use_on=self.last_use.day() if substances else None,
            legal_status=self.legal.currentData(), housing_status=self.housing.currentData(),
            planned_next_level=level,
            planned_next_start=day_of(self.next_start) if level is not None else None)

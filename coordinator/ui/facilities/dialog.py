"""The facility form: add a partner facility or program, or edit one.

Saving goes through ``services.facilities.create`` or ``update`` with the version the form
was opened on, so a save over someone else's newer edit comes back as a Conflict message
instead of overwriting it. The levels of care arrive with the view's data, so the form opens
without reading the database on the GUI thread.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coordinator.services.care.dto import LevelView
from coordinator.services.facilities import FacilityInput, FacilityView
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.facilities.model import kind_choices
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.placeholders import arg

_LINES = ("name", "phone", "fax", "address_line1", "address_line2", "city", "state",
          "postal_code", "intake_contact_name", "intake_contact_phone", "intake_contact_email")


class FacilityDialog(ServiceFormDialog):
    """New facility, or edit one chosen in the list (``facility``)."""

    def __init__(self, ui: UiContext, facility: FacilityView | None, levels: list[LevelView],
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.facility = facility
        self.setObjectName("facilityDialog")
        self.setWindowTitle(self.tr("New facility") if facility is None
                            else arg(self.tr("Edit %1"), facility.name))
        self.setMinimumWidth(960)
        self.lines: dict[str, QLineEdit] = {}

        left = self._form()
        self._line(left, "name", self.tr("&Name *"), self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of facility"))
        self.kind.addItem(self.tr("Choose…"), None)
        for title, value in kind_choices():
            self.kind.addItem(title, value)
        self.errors.add_row(left, "kind", self.tr("&Kind *"), self.kind)
        self.level_boxes: dict[str, QCheckBox] = {}
        level_holder = QWidget()
        level_holder.setAccessibleName(self.tr("Levels of care offered"))
        grid = QGridLayout(level_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for number, level in enumerate(levels):
            name = level_name(level.name, level.code)
            box = QCheckBox(name)
            box.setAccessibleName(arg(self.tr("Offers %1"), name))
            box.setToolTip(f"{level.code}: {level.description}" if level.description
                           else level.code)
            self.level_boxes[level.code] = box
            grid.addWidget(box, number // 2, number % 2)
        self.errors.add_row(left, "levels", self.tr("Levels *"), level_holder)
        self.accepts_referrals = QCheckBox(self.tr("&Accepts referrals now"))
        self.accepts_referrals.setChecked(True)
        self.accepts_referrals.setAccessibleName(self.tr("Accepts referrals"))
        left.addRow("", self.accepts_referrals)
        self._line(left, "phone", self.tr("&Phone"), self.tr("Phone"))
        self._line(left, "fax", self.tr("&Fax"), self.tr("Fax"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.errors.add_row(left, "notes", self.tr("N&otes"), self.notes)

        right = self._form()
        self._line(right, "address_line1", self.tr("A&ddress"), self.tr("Address line 1"))
        self._line(right, "address_line2", self.tr("Address line &2"), self.tr("Address line 2"))
        self._line(right, "city", self.tr("&City"), self.tr("City"))
        self._line(right, "state", self.tr("S&tate"), self.tr("State"))
        self._line(right, "postal_code", self.tr("&ZIP code"), self.tr("ZIP code"))
        self._line(right, "intake_contact_name", self.tr("&Intake contact"),
                   self.tr("Intake contact name"))
        self._line(right, "intake_contact_phone", self.tr("Intake p&hone"),
                   self.tr("Intake contact phone"))
        self._line(right, "intake_contact_email", self.tr("Intake &e-mail"),
                   self.tr("Intake contact e-mail"))

        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        for title, form, stretch in ((self.tr("Facility"), left, 5),
                                     (self.tr("Address and intake"), right, 4)):
            group = QGroupBox(title)
            group.setLayout(form)
            columns.addWidget(group, stretch)
        self.layout_with(body)
        order: list[QWidget] = [self.lines["name"], self.kind, *self.level_boxes.values(),
                                self.accepts_referrals, self.lines["phone"], self.lines["fax"],
                                self.notes, *(self.lines[name] for name in _LINES[3:])]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        if facility is not None:
            self._fill(facility.details)
        self.lines["name"].setFocus()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return form

    def _line(self, form: QFormLayout, name: str, title: str, accessible: str) -> None:
        line = QLineEdit()
        line.setAccessibleName(accessible)
        self.lines[name] = line
        self.errors.add_row(form, name, title, line)

    def _fill(self, details: FacilityInput) -> None:
        for name, line in self.lines.items():
            line.setText(getattr(details, name))
        self.kind.setCurrentIndex(max(self.kind.findData(details.kind), 0))
        for code, box in self.level_boxes.items():
            box.setChecked(code in details.levels)
        self.accepts_referrals.setChecked(details.accepts_referrals)
        self.notes.setPlainText(details.notes)

    def details(self) -> FacilityInput:
        texts = {name: line.text() for name, line in self.lines.items()}
        return FacilityInput(
            kind=self.kind.currentData() or "",
            levels=tuple(code for code, box in self.level_boxes.items() if box.isChecked()),
            accepts_referrals=self.accepts_referrals.isChecked(),
            notes=self.notes.toPlainText(), **texts)

    def service_call(self) -> Any:
        facilities, details = self.ui.services.facilities, self.details()
        if self.facility is None:
            return lambda: facilities.create(details)
        facility_id, version = self.facility.id, self.facility.version
        return lambda: facilities.update(facility_id, version, details)

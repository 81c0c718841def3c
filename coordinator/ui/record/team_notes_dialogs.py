"""The dialogs behind the record's Care team and Notes tabs: add, edit and end a care-team
member; add a note and mark one entered in error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coordinator.domain.vocabulary import NoteKind
from coordinator.services.team import (
    TEAM_ROLES,
    CareTeamInput,
    CareTeamMemberView,
    NoteInput,
    NoteView,
)
from coordinator.ui.care.fields import date_edit, day_of, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout
from coordinator.ui.labels import local_time
from coordinator.ui.optional_date import OptionalDateEdit
from coordinator.ui.placeholders import arg
from coordinator.ui.record.entered_in_error import EnteredInErrorDialog
from coordinator.ui.time_field import DateTimeField
from coordinator.ui.translation import translate


def note_kind_title(kind: str) -> str:
    titles = {NoteKind.CALL.value: translate("TeamNotes", "Call"),
              NoteKind.COORDINATION.value: translate("TeamNotes", "Coordination"),
              NoteKind.VISIT.value: translate("TeamNotes", "Visit"),
              NoteKind.OUTREACH.value: translate("TeamNotes", "Outreach"),
              NoteKind.OTHER.value: translate("TeamNotes", "Other")}
    return titles.get(kind, kind)





class CareTeamDialog(ServiceFormDialog):
    """Add a care-team member, or edit one (``existing``)."""

    def __init__(self, ui: UiContext, client_id: int, existing: CareTeamMemberView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.existing = existing
        details = existing.details if existing else CareTeamInput("", "")
        self.setObjectName("careTeamDialog")
        self.setWindowTitle(self.tr("Edit care-team member") if existing
                            else self.tr("Add care-team member"))
        self.resize(480, 0)
        form = form_layout()
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role"))
        for role in TEAM_ROLES:
            self.role.addItem(_role_title(role), role)
        self.role.setCurrentIndex(-1)
        self.role.setEditText(details.role)
        self.errors.add_row(form, "role", self.tr("&Role *"), self.role)
        self.fields: dict[str, QLineEdit] = {}
        for name, title, accessible in (
                ("name", self.tr("&Name *"), self.tr("Name")),
                ("organization", self.tr("&Organization"), self.tr("Organization")),
                ("phone", self.tr("&Phone"), self.tr("Phone")),
                ("fax", self.tr("&Fax"), self.tr("Fax")),
                ("email", self.tr("E&mail"), self.tr("Email"))):
            edit = QLineEdit(getattr(details, name))
            edit.setAccessibleName(accessible)
            self.errors.add_row(form, name, title, edit)
            self.fields[name] = edit
        self.start = OptionalDateEdit(details.start_date, today_of(ui), self.tr("Start date"))
        self.errors.add_row(form, "start_date", self.tr("S&ince"), self.start)
        self.layout_with(form)
        self.role.setFocus()

    def details(self) -> CareTeamInput:
        role = self.role.currentText().strip()
        index = self.role.findText(role)
        if index >= 0 and self.role.itemData(index):
            role = self.role.itemData(index)
        return CareTeamInput(
            role=role, name=self.fields["name"].text(),
            organization=self.fields["organization"].text(),
            phone=self.fields["phone"].text(), fax=self.fields["fax"].text(),
            email=self.fields["email"].text(), start_date=self.start.day(),
            end_date=self.existing.details.end_date if self.existing else None)

    def service_call(self) -> Callable[[], Any]:
        team, client_id, details = self.ui.services.team, self.client_id, self.details()
        existing = self.existing
        if existing is None:
            return lambda: team.add(client_id, details)
        member_id, version = existing.id, existing.version
        return lambda: team.update(member_id, version, details)


def _role_title(role: str) -> str:
    return {"Psychiatrist": translate("TeamNotes", "Psychiatrist"),
            "Therapist": translate("TeamNotes", "Therapist"),
            "Primary care": translate("TeamNotes", "Primary care"),
            "Peer specialist": translate("TeamNotes", "Peer specialist"),
            "Probation officer": translate("TeamNotes", "Probation officer"),
            "Other": translate("TeamNotes", "Other")}.get(role,
                                                                                   role)


class EndMemberDialog(ServiceFormDialog):
    """A member stops treating the client; they stay in the list, ended."""

    def __init__(self, ui: UiContext, member: CareTeamMemberView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.member = member
        self.setObjectName("endMemberDialog")
        self.setWindowTitle(arg(self.tr("End %1 on the care team"), member.name))
        self.resize(420, 0)
        form = form_layout()
        intro = QLabel(arg(self.tr("%1 (%2) stays in the record, marked as ended."),
                           member.name, member.role))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.end = date_edit(today_of(ui), self.tr("End date"))
        self.errors.add_row(form, "end_date", self.tr("&End date"), self.end)
        self.layout_with(form)
        self.end.setFocus()

    def service_call(self) -> Callable[[], Any]:
        team, member_id, version = self.ui.services.team, self.member.id, self.member.version
        end = day_of(self.end)
        return lambda: team.end(member_id, version, end)


class NoteDialog(ServiceFormDialog):
    """Write a contact-log note: what kind, with whom, when, what happened."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Add note"))
        self.resize(520, 0)
        form = form_layout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of contact"))
        for kind in NoteKind:
            self.kind.addItem(note_kind_title(kind.value), kind.value)
        self.errors.add_row(form, "kind", self.tr("&Kind"), self.kind)
        self.contact_with = QLineEdit()
        self.contact_with.setAccessibleName(self.tr("With whom"))
        self.contact_with.setPlaceholderText(self.tr("e.g. Mother, Riverside IOP intake"))
        self.errors.add_row(form, "contact_with", self.tr("&With whom"), self.contact_with)
        now = ui.services.ctx.clock().astimezone().replace(second=0, microsecond=0)
        self.when = DateTimeField()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setAccessibleName(self.tr("When"))
        self.set_when(now)
        self.errors.add_row(form, "occurred_at", self.tr("W&hen"), self.when)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(120)
        self.errors.add_row(form, "body", self.tr("&Text *"), self.body)
        self.layout_with(form)
        self.kind.setFocus()

    def set_when(self, moment: datetime) -> None:
        local = moment.astimezone()
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)))

    def occurred_at(self) -> datetime:
        value = self.when.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(),
                        time.minute()).astimezone()

    def details(self) -> NoteInput:
        return NoteInput(NoteKind(self.kind.currentData()), self.contact_with.text(),
                         self.body.toPlainText(), self.occurred_at())

    def service_call(self) -> Callable[[], Any]:
        notes, client_id, details = self.ui.services.notes, self.client_id, self.details()
        return lambda: notes.add(client_id, details)


class NoteInErrorDialog(EnteredInErrorDialog):
    """Mark a note entered in error: it stays in the log, struck through."""

    def __init__(self, ui: UiContext, note: NoteView, parent: QWidget | None = None) -> None:
        super().__init__(
            ui, title=translate("TeamNotes", "Note entered in error"),
            intro=arg(translate("TeamNotes", "The note of %1 stays in the log, struck through."),
                      local_time(note.occurred_at)),
            mark=ui.services.notes.mark_entered_in_error, row_id=note.id,
            version=note.version, parent=parent,
            placeholder=translate("TeamNotes", "e.g. Written in the wrong client's record"),
            object_name="noteInErrorDialog")
        self.note = note


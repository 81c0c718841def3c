"""The Overview tab of the client record: the clinical record at a glance (each line a link to
its tab), then every detail of the client, read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.clinical_record import AllergyStatus
from coordinator.services.dto import ClientRecord
from coordinator.services.record_summary import NextAppointment, RecordSummary
from coordinator.ui.client_titles import gender_identity_title, sex_at_birth_title
from coordinator.ui.labels import client_status_title
from coordinator.ui.locale_text import date_text, time_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.clinical_titles import appointment_kind_title
from coordinator.ui.record.header import language_text
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate

#: The clinical record's lines: (name, the tab it links to, title).
SUMMARY_LINES = (
    ("problems", "problems", QT_TRANSLATE_NOOP("Overview", "Active problems")),
    ("allergies", "medications", QT_TRANSLATE_NOOP("Overview", "Allergies")),
    ("medications", "medications", QT_TRANSLATE_NOOP("Overview", "Medications")),
    ("appointment", "appointments", QT_TRANSLATE_NOOP("Overview", "Next appointment")),
    ("safety_plan", "safety", QT_TRANSLATE_NOOP("Overview", "Safety plan")),
    ("directives", "safety", QT_TRANSLATE_NOOP("Overview", "Advance directives")),
    ("clinician", "care_team", QT_TRANSLATE_NOOP("Overview", "Responsible clinician")),
)


class OverviewPage(QScrollArea):
    """The clinical record at a glance, then one labelled line per detail of the client;
    "—" where nothing is recorded."""

    section_asked = Signal(str)
    """A summary line's link was followed: ``(tab name: "problems", "medications", …)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The value labels by detail name ("name", "preferred_name", "phone", …, and the
        #: clinical record's "problems", "allergies", "medications", "appointment",
        #: "safety_plan", "directives", "clinician").
        self.labels: dict[str, QLabel] = {}
        #: The links (the lines' titles) by summary line name, in tab order.
        self.links: dict[str, QLabel] = {}
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(12)
        column.addWidget(_section_title(self.tr("Clinical record")))
        summary = _form()
        for name, tab, title in SUMMARY_LINES:
            shown = translate("Overview", title)
            link = TabLink(tab, shown)
            link.setAccessibleName(arg(self.tr("Open the tab of %1"), shown))
            link.linkActivated.connect(self.section_asked.emit)
            value = _value_label(shown)
            value.setText(self.tr("Reading…"))
            self.links[name] = link
            self.labels[name] = value
            summary.addRow(link, value)
        column.addLayout(summary)
        column.addWidget(_section_title(self.tr("Client details")))
        form = _form()
        column.addLayout(form)
        column.addStretch(1)
        for name, title in (
                ("name", self.tr("Name")), ("preferred_name", self.tr("Preferred name")),
                ("birth_date", self.tr("Date of birth")), ("record_number",
                                                           self.tr("Record number")),
                ("status", self.tr("Status")), ("sex_at_birth", self.tr("Sex at birth")),
                ("gender_identity", self.tr("Gender identity")),
                ("pronouns", self.tr("Pronouns")),
                ("language", self.tr("Preferred language")), ("phone", self.tr("Phone")),
                ("email", self.tr("Email")), ("address", self.tr("Address")),
                ("emergency", self.tr("Emergency contact")), ("guardian", self.tr("Guardian")),
                ("insurance", self.tr("Insurance")),
                ("case_manager", self.tr("Case manager")),
                ("safety_note", self.tr("Safety note"))):
            label = _value_label(title)
            self.labels[name] = label
            form.addRow(title, label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(inner)

    def show_record(self, record: ClientRecord, today: date) -> None:
        details = record.details
        age = age_on(details.birth_date, today)
        values = {
            "name": f"{details.given_name} {details.family_name}",
            "preferred_name": details.preferred_name,
            "birth_date": date_text(details.birth_date)
            + (" (" + arg(self.tr("%1 years"), str(age)) + ")" if age is not None else ""),
            "record_number": record.record_number,
            "status": client_status_title(record.status),
            "sex_at_birth": sex_at_birth_title(details.sex_at_birth),
            "gender_identity": gender_identity_title(details.gender_identity),
            "pronouns": details.pronouns,
            "language": language_text(details),
            "phone": details.phone,
            "email": details.email,
            "address": ", ".join(part for part in (
                details.address_line1, details.address_line2, details.city,
                f"{details.state} {details.postal_code}".strip()) if part),
            "emergency": _person(details.emergency_contact_name,
                                 details.emergency_contact_relationship,
                                 details.emergency_contact_phone),
            "guardian": _person(details.guardian_name, details.guardian_relationship,
                                details.guardian_phone),
            "insurance": " · ".join(part for part in (
                details.insurance_payer, details.insurance_member_id,
                details.insurance_group) if part),
            "case_manager": record.case_manager_name,
            "safety_note": details.safety_note,
        }
        for name, value in values.items():
            self.labels[name].setText(value or "—")

    def show_summary(self, summary: RecordSummary, today: date) -> None:
        """The clinical record's lines, each saying plainly when nothing is recorded."""
        values = {
            "problems": "; ".join(
                f"{line.code} {line.description}" + (self.tr(" (primary)") if line.is_primary
                                                     else "")
                for line in summary.problems) or self.tr("None recorded"),
            "allergies": _allergies(summary),
            "medications": _medications(summary),
            "appointment": _appointment(summary.next_appointment, summary.past_due_appointments,
                                        today),
            "safety_plan": (arg(self.tr("Version %1, completed %2%3"),
                                str(summary.safety_plan.plan_number),
                                date_text(summary.safety_plan.completed_on),
                                arg(self.tr(" with %1"), summary.safety_plan.completed_by)
                                if summary.safety_plan.completed_by else "")
                            if summary.safety_plan else self.tr("None on file")),
            "directives": "; ".join(
                directive_kind_title(line.kind) + ": " + (
                    (arg(self.tr("on file, signed %1"), date_text(line.signed_on))
                     if line.signed_on else self.tr("on file")) if line.present
                    else self.tr("none"))
                for line in summary.directives) or self.tr("Not recorded"),
            "clinician": summary.clinician or self.tr("Not recorded"),
        }
        for name, value in values.items():
            self.labels[name].setText(value)


class TabLink(QLabel):
    """A link to a tab of the record: clicked, or focused with Tab and opened with Enter or
    Space (a plain rich-text label takes the focus but leaves Enter to its link's own
    selection, which Tab alone never makes)."""

    def __init__(self, tab: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(f'<a href="{tab}">{title}</a>', parent)
        self.tab = tab
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("tabLink")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.linkActivated.emit(self.tab)
            event.accept()
            return
        super().keyPressEvent(event)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setVerticalSpacing(6)
    form.setHorizontalSpacing(16)
    return form


def _section_title(text: str) -> QLabel:
    title = QLabel(text)
    title.setObjectName("sectionTitle")
    return title


def _value_label(accessible: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    return label


def directive_kind_title(kind: str) -> str:
    return {"psychiatric": translate("Overview", "Psychiatric advance directive"),
            "medical": translate("Overview", "Medical advance directive"),
            "polst": translate("Overview", "POLST")}.get(kind, kind)


def _allergies(summary: RecordSummary) -> str:
    if summary.allergy_status == AllergyStatus.RECORDED.value and summary.allergies:
        return ", ".join(summary.allergies)
    if summary.allergy_status == AllergyStatus.NO_KNOWN.value:
        if summary.allergy_status_on:
            return arg(translate("Overview", "No known allergies (recorded %1)"),
                       date_text(summary.allergy_status_on))
        return translate("Overview", "No known allergies")
    return translate("Overview", "Not asked yet")


def _medications(summary: RecordSummary) -> str:
    if not summary.active_medications:
        return translate("Overview", "No active medications")
    text = (translate("Overview", "1 active medication") if summary.active_medications == 1
            else arg(translate("Overview", "%1 active medications"),
                     str(summary.active_medications)))
    if summary.use_disorder_medications:
        text += arg(translate("Overview", ", %1 for opioid or alcohol use disorder"),
                    str(summary.use_disorder_medications))
    return text


def _appointment(next_one: NextAppointment | None, past_due: int, today: date) -> str:
    if next_one is None:
        text = translate("Overview", "None booked")
    else:
        when = date_text(next_one.service_date)
        if next_one.at is not None:
            when += " " + time_text(next_one.at)
        what = appointment_kind_title(next_one.kind)
        if next_one.level_code:
            what += f" ({next_one.level_code})"
        text = " · ".join(part for part in (when, what, next_one.with_whom) if part)
        if next_one.status == "confirmed":
            text += translate("Overview", " · confirmed")
        if next_one.service_date == today:
            text = translate("Overview", "Today: ") + text
    if past_due:
        text += arg(translate("Overview", " — ⚠ %1 past without an outcome"), str(past_due))
    return text


def _person(name: str, relationship: str, phone: str) -> str:
    if not name:
        return ""
    extra = ", ".join(part for part in (relationship, phone) if part)
    return f"{name} ({extra})" if extra else name

"""The Dashboard: today's census, open transition clocks, transitions planned this week,
appointments (past due without an outcome, and the next 7 days) and the signed-in user's
caseload. Every clock, transition and appointment row opens the client's record.

A supervisor or administrator (who may view reports) sees the clinic instead of a caseload
of their own: the caseload of each case manager (active clients, clocks open and missed,
referrals past their follow-up date, assessments due), the clinic's missed clocks, and the
overdue referrals grouped by case manager."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import DueAssessment, SafetyAlertView
from coordinator.services.care_plan_views import DueReview
from coordinator.services.clock_worklist import ClockWorklist, WorklistClock
from coordinator.services.dashboard import (
    Census,
    DashboardAppointment,
    DashboardAppointments,
    UpcomingTransition,
)
from coordinator.services.intake_views import OpenInquiries
from coordinator.services.notify import Topic
from coordinator.services.read_audit import lists_detail
from coordinator.services.referral_views import ReferralView
from coordinator.services.reports.caseload import NO_CASE_MANAGER, CaseloadReport, CaseloadRow
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.care.titles import days_text, direction_text, level_name
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.layouts import NO_MARGINS, STRETCH, column, row, view_column
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.clinical_titles import (
    appointment_kind_title,
    appointment_status_title,
    day_and_time,
)
from coordinator.ui.record.safety_alerts import (
    DASHBOARD_LISTED,
    DASHBOARD_READ,
    SAFETY_TOPICS,
    SafetyAlertsPanel,
)
from coordinator.ui.referrals.titles import ReferralTableModel
from coordinator.ui.translation import translate
from coordinator.ui.views.assessments_due import DUE_TOPICS, AssessmentsDuePanel
from coordinator.ui.views.assessments_due import LISTED as DUE_LISTED
from coordinator.ui.views.care_plan_reviews import DUE_WITHIN_DAYS as REVIEWS_WITHIN_DAYS
from coordinator.ui.views.care_plan_reviews import REVIEW_TOPICS, CarePlanReviewsPanel
from coordinator.ui.views.census_chart import CensusChart
from coordinator.ui.views.clock_worklist import CloseOutDialog, MissedModel, ToActOnModel
from coordinator.ui.views.inquiries_panel import INQUIRY_TOPICS, InquiriesPanel
from coordinator.ui.views.table_models import (
    Column,
    RowTableModel,
    fit_rows,
    fixed_widths,
    list_table,
)

# Record kinds whose changes move the census, the clocks or the dashboard's lists.
CENSUS_TOPICS = frozenset({Topic.CLIENT, Topic.EPISODE, Topic.TRANSITION, Topic.REFERRAL,
                           Topic.LEVEL_OF_CARE, Topic.CLOCKS,
                           Topic.APPOINTMENT}) | SAFETY_TOPICS | DUE_TOPICS | INQUIRY_TOPICS \
    | REVIEW_TOPICS
UPCOMING_DAYS = 7
# Missed clocks stay on the dashboard this many days after their due date.
MISSED_SHOWN_DAYS = 30
TABLE_ROWS_SHOWN = 8
# The most urgent clocks and the soonest transitions are listed; the rest are counted (a
# network's caseload can have thousands open) and found with the Clients view's filters.
LISTED_AT_MOST = 200
# Appointments past due, and those ahead, listed of each (the rest are counted).
APPOINTMENTS_LISTED = 100


@dataclass(frozen=True)
class CensusAndClocks:
    """The clinic-wide part of the dashboard: the census, the open transition clocks, the
    planned transitions and the overdue referrals."""

    census: Census
    clocks: ClockWorklist
    upcoming: list[UpcomingTransition]
    upcoming_total: int
    my_caseload: int
    overdue_referrals: list[ReferralView]


@dataclass(frozen=True)
class DashboardData(CensusAndClocks):
    """Everything the dashboard shows, read in one go off the GUI thread: the clinic-wide
    part and the signed-in case manager's safety alerts and assessments due."""

    safety_alerts: list[SafetyAlertView]
    assessments_due: list[DueAssessment]
    appointments: DashboardAppointments
    open_inquiries: OpenInquiries
    care_plan_reviews: list[DueReview]

    def listed(self) -> dict[str, int]:
        """The lists of clients shown and how many rows each has, for the audit trail."""
        return {"safety alerts": len(self.safety_alerts[:DASHBOARD_LISTED]),
                "assessments due": len(self.assessments_due),
                "transition clocks": len(self.clocks.to_act_on) + len(self.clocks.missed),
                "planned transitions": len(self.upcoming),
                "overdue referrals": len(self.overdue_referrals),
                "appointments": len(self.appointments.rows),
                "open inquiries": len(self.open_inquiries.rows),
                "care plan reviews due": len(self.care_plan_reviews)}


def read_census_and_clocks(services: AppServices, *,
                           caseload_only: bool = False) -> CensusAndClocks:
    """The clinic-wide part of the dashboard (what its speed target is about), the clocks
    of the signed-in user's caseload or of the clinic."""
    return CensusAndClocks(
        services.dashboard.census(),
        services.clocks.worklist(caseload_only=caseload_only, limit=LISTED_AT_MOST,
                                 missed_days=MISSED_SHOWN_DAYS),
        services.dashboard.upcoming_transitions(UPCOMING_DAYS, overdue_days=MISSED_SHOWN_DAYS,
                                                limit=LISTED_AT_MOST,
                                                caseload_only=caseload_only),
        services.dashboard.count_upcoming(UPCOMING_DAYS, overdue_days=MISSED_SHOWN_DAYS,
                                          at_most=LISTED_AT_MOST, caseload_only=caseload_only),
        services.dashboard.my_caseload(),
        services.referrals.overdue(limit=LISTED_AT_MOST, caseload_only=caseload_only))


def read_dashboard(services: AppServices, *, audited: bool = True,
                   caseload_only: bool = False) -> DashboardData:
    """Read the dashboard; ``audited``: log one view naming its lists and their sizes (the
    person opened the dashboard or pressed Refresh, not a re-read after a change);
    ``caseload_only``: the clocks of the signed-in user's clients only."""
    clinic = read_census_and_clocks(services, caseload_only=caseload_only)
    data = DashboardData(
        **{part.name: getattr(clinic, part.name) for part in fields(CensusAndClocks)},
        safety_alerts=services.assessments.open_alerts(DASHBOARD_READ),
        assessments_due=services.assessments.due(DUE_LISTED),
        appointments=services.dashboard.appointments(
            UPCOMING_DAYS, past_days=MISSED_SHOWN_DAYS, limit=APPOINTMENTS_LISTED),
        open_inquiries=InquiriesPanel.read(services),
        care_plan_reviews=services.care_plans.due_reviews(within_days=REVIEWS_WITHIN_DAYS))
    if audited:
        services.audit.log_view("dashboard", "", lists_detail(data.listed()))
    return data


def read_caseloads(services: AppServices) -> CaseloadReport:
    """Each case manager's caseload for a supervisor's dashboard: read apart from the rest
    of the dashboard, beside it (at a large clinic it takes longer than all of the rest),
    so the census and the clocks need not wait for it. Counts only: it names no client,
    so it is not part of the dashboard's logged view."""
    return services.dashboard.caseloads(missed_days=MISSED_SHOWN_DAYS)


def _count(value: int) -> str:
    return QLocale().toString(value)


def _is_total(row: CaseloadRow) -> bool:
    """The clinic's total (``CaseloadReport.total``), the table's last row."""
    return row.case_manager_id is None and row.case_manager != NO_CASE_MANAGER


def _manager_text(row: CaseloadRow) -> str:
    if _is_total(row):
        return translate("DashboardView", "Clinic total")
    if row.case_manager_id is None:
        return translate("DashboardView", "No case manager")
    if not row.account_active:
        return arg(translate("DashboardView", "%1 (account closed)"), row.case_manager)
    return row.case_manager


class CaseloadTableModel(RowTableModel[CaseloadRow]):
    """One row per case manager and the clinic's total last (in bold): active clients,
    clocks open today, clocks missed in the last 30 days, referrals past their follow-up
    date and assessments due. Missed clocks and overdue referrals, when there are any, are
    in the alert colours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("DashboardView", "Case manager"), _manager_text),
            Column(translate("DashboardView", "Active clients"),
                   lambda row: _count(row.active_clients), True),
            Column(translate("DashboardView", "Open clocks"), lambda row: _count(row.open_clocks),
                   True),
            Column(translate("DashboardView", "Missed clocks (30 days)"),
                   lambda row: _count(row.missed_clocks),
                   True),
            Column(translate("DashboardView", "Overdue referrals"),
                   lambda row: _count(row.overdue_referrals), True),
            Column(translate("DashboardView", "Assessments due"),
                   lambda row: _count(row.assessments_due), True),
        ], key=lambda row: (row.case_manager_id, row.case_manager), parent=parent)

    def show_report(self, report: CaseloadReport) -> None:
        self.replace_rows([*report.rows, report.total])

    def extra_data(self, row: CaseloadRow, column: int, role: int) -> Any:
        if _is_total(row):
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
            return None
        alarming = {3: row.missed_clocks, 4: row.overdue_referrals}.get(column, 0)
        return alert_colour(role) if alarming else None


def _levels(row: UpcomingTransition) -> str:
    to_level = row.to_level_code or translate("DashboardView", "exit")
    return f"{row.from_level_code or '—'} → {to_level}"


def _when(row: UpcomingTransition) -> str:
    if row.days_until < 0:
        return "⚠ " + arg(translate("DashboardView", "%1 overdue"), days_text(-row.days_until))
    if row.days_until == 0:
        return translate("DashboardView", "today")
    return arg(translate("DashboardView", "in %1"), days_text(row.days_until))


class UpcomingTransitionModel(RowTableModel[UpcomingTransition]):
    """Planned date, when, client, record number, from → to and direction; a planned date
    that has passed is listed first, marked in words and colour."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("DashboardView", "Planned date"),
                   lambda row: date_text(row.planned_date)),
            Column(translate("DashboardView", "When"), _when),
            Column(translate("DashboardView", "Client"), lambda row: row.client_name),
            Column(translate("DashboardView", "Record number"), lambda row: row.record_number),
            Column(translate("DashboardView", "From → to"), _levels),
            Column(translate("DashboardView", "Direction"),
                   lambda row: direction_text(row.direction)),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: UpcomingTransition, column: int, role: int) -> Any:
        return alert_colour(role) if row.days_until < 0 else None



def _appointment_when(row: DashboardAppointment) -> str:
    if row.days_until < 0:
        return "⚠ " + arg(translate("DashboardView", "%1 ago, no outcome"),
                          days_text(-row.days_until))
    if row.days_until == 0:
        return translate("DashboardView", "today")
    return arg(translate("DashboardView", "in %1"), days_text(row.days_until))


def _appointment_what(row: DashboardAppointment) -> str:
    kind = appointment_kind_title(row.kind)
    return f"{kind} ({row.level_code})" if row.level_code else kind


class DashboardAppointmentModel(RowTableModel[DashboardAppointment]):
    """Date and time, when, client, what (an intake's level), scheduled or confirmed, and
    with whom; one past its day without an outcome is listed first, marked in words and
    colour."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("DashboardView", "Date"),
                   lambda row: day_and_time(row.service_date, row.at)),
            Column(translate("DashboardView", "When"), _appointment_when),
            Column(translate("DashboardView", "Client"), lambda row: row.client_name),
            Column(translate("DashboardView", "Appointment"), _appointment_what),
            Column(translate("DashboardView", "Status"),
                   lambda row: appointment_status_title(row.status)),
            Column(translate("DashboardView", "With whom"), lambda row: row.with_whom),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: DashboardAppointment, column: int, role: int) -> Any:
        if row.past_due and (colour := alert_colour(role)) is not None:
            return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(translate("DashboardView", "%1, record %2"), row.client_name,
                       row.record_number)
        return None


def _section_title(text: str) -> QLabel:
    title = QLabel(text)
    title.setObjectName("sectionTitle")
    return title


def _note(*, wrapped: bool) -> QLabel:
    """The quiet sentence under a list (what it holds, what is left out)."""
    note = QLabel()
    note.setObjectName("quietNote")
    note.setWordWrap(wrapped)
    return note


class NumberCard(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberCard")
        self.caption = caption
        self.number = QLabel("–")
        self.number.setObjectName("cardNumber")
        label = QLabel(caption)
        label.setObjectName("cardCaption")
        label.setWordWrap(True)
        column(self, self.number, label, margins=(20, 16, 20, 16), spacing=2)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_number(self, value: int, *, alert: bool = False) -> None:
        self.number.setText(QLocale().toString(value))
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleName(f"{self.caption}: {value}")


class DashboardView(RefreshOnShow, QWidget):
    """Census cards, clients per level of care, and what is coming next."""

    refresh_topics = CENSUS_TOPICS

    census_loaded = Signal(object)
    """The census was read and is shown: ``(Census)``."""
    clocks_loaded = Signal(object)
    """Open and missed clocks were read and are shown, after the rest of the dashboard:
    ``(list of ClockRow)``, the most urgent ones (at most ``LISTED_AT_MOST``)."""
    client_requested = Signal(int)
    """The person opened a clock, transition or appointment row: ``(client id)`` whose
    record to open."""
    caseloads_loaded = Signal(object)
    """Each case manager's caseload was read and is shown (a supervisor's or an
    administrator's dashboard only; read beside the rest, it may land before or after
    ``clocks_loaded``): ``(CaseloadReport)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("dashboardView")
        self._reads = ui.operations.latest_only(self)
        self._caseload_reads = ui.operations.latest_only(self)
        # A supervisor or administrator sees the clinic: each case manager's caseload.
        self.clinic_wide = ui.may(Permission.VIEW_REPORTS)
        header = self._build_header()
        cards = self._build_cards()
        caseloads = self._build_caseloads()
        # The panels' rows come with the dashboard's reading, so its one audit event can
        # name every list shown.
        self.safety_panel = SafetyAlertsPanel(ui, reads_itself=False)
        self.safety_panel.client_requested.connect(self.client_requested)
        self.due_panel = AssessmentsDuePanel(ui, reads_itself=False)
        self.due_panel.client_requested.connect(self.client_requested)
        self.inquiries_panel = InquiriesPanel(ui, reads_itself=False)
        self.inquiries_panel.client_requested.connect(self.client_requested)
        self.reviews_panel = CarePlanReviewsPanel(ui, reads_itself=False)
        self.reviews_panel.client_requested.connect(self.client_requested)
        clocks = self._build_clocks()
        upcoming = self._build_upcoming()
        appointments = self._build_appointments()
        overdue = self._build_overdue()
        lower = self._build_levels()
        self.status = QLabel()
        self.status.setObjectName("quietNote")

        content = QWidget()
        # What can still be acted on today first; what was missed folded under it.
        view_column(content, header, cards, self.safety_panel, *clocks, *appointments,
                    *upcoming, self.inquiries_panel, self.due_panel, self.reviews_panel,
                    *overdue, *caseloads,
                    lower, self.status, STRETCH, spacing=16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a tab stop itself: it scrolls to whichever of its parts takes the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        column(self, scroll, margins=NO_MARGINS)
        self.setFocusProxy(self.refresh_button)

        self.watch_changes(ui)

    def _build_header(self) -> QHBoxLayout:
        """The title, and Refresh at the right."""
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("viewTitle")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.setToolTip(self.tr("Read the census again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        return row(None, title, STRETCH, self.refresh_button)

    def _build_cards(self) -> QHBoxLayout:
        """The census's big numbers, side by side."""
        self.active_card = NumberCard(self.tr("Active clients"))
        self.caseload_card = NumberCard(self.tr("My caseload"))
        self.caseload_card.setToolTip(
            self.tr("Active clients whose primary case manager is you"))
        self.missed_card = NumberCard(self.tr("Clocks missed in the last 30 days"))
        self.missed_card.setToolTip(
            self.tr("Transition clocks at the clinic that fell due in the last 30 days "
                    "without being met"))
        self.open_card = NumberCard(self.tr("Open referrals"))
        self.overdue_card = NumberCard(self.tr("Referrals past their follow-up date"))
        # A case manager's own caseload, or the clinic's missed clocks for a supervisor.
        (self.caseload_card if self.clinic_wide else self.missed_card).hide()
        return row(None, *((card, 1) for card in (self.active_card, self.caseload_card,
                                                  self.missed_card, self.open_card,
                                                  self.overdue_card)),
                   spacing=16)

    def _build_caseloads(self) -> tuple[QWidget, ...]:
        """Each case manager's caseload (supervisors and administrators): title, table
        and note; nothing for a case manager."""
        if not self.clinic_wide:
            return ()
        title = _section_title(self.tr("Caseload by case manager"))
        self.caseload_model = CaseloadTableModel(self)
        self.caseload_table = list_table("caseloadTable", self.tr("Caseload by case manager"))
        self.caseload_table.setModel(self.caseload_model)
        self.caseload_table.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection)
        # A few rows: each number column as wide as its title, the names take the rest.
        header = self.caseload_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.caseload_note = _note(wrapped=True)
        self.caseload_note.setText(self.tr("Reading each case manager's caseload…"))
        return title, self.caseload_table, self.caseload_note

    def _build_clocks(self) -> tuple[QWidget | QHBoxLayout, ...]:
        """The clocks to act on (title with the caseload or clinic switch, table, note),
        then the missed ones folded away behind a button, with Close out."""
        self.clocks_title = _section_title(self.tr("Clocks to act on"))
        self.whole_clinic = QCheckBox(self.tr("&Whole clinic"))
        self.whole_clinic.setAccessibleName(
            self.tr("Show the whole clinic's clocks instead of my caseload's"))
        # A supervisor or administrator holds no caseload of their own: the clinic.
        self.whole_clinic.setChecked(self.clinic_wide)
        self.whole_clinic.setHidden(self.clinic_wide)
        self.whole_clinic.toggled.connect(self.refresh)
        self.clock_model = ToActOnModel(self)
        self.clock_table = list_table("clockTable", self.tr("Clocks to act on"))
        self.clock_table.setModel(self.clock_model)
        fixed_widths(self.clock_table, (100, 190, 200, 330))
        self.clock_table.activated.connect(self._open_clock)
        self.clock_note = _note(wrapped=True)

        self.missed_button = QPushButton(self.tr("Missed clocks"))
        self.missed_button.setAccessibleName(self.tr("Missed clocks"))
        self.missed_button.setCheckable(True)
        self.missed_button.setObjectName("foldButton")
        self.missed_button.toggled.connect(self._show_missed)
        self.close_out_button = QPushButton(self.tr("&Close out…"))
        self.close_out_button.setAccessibleName(
            self.tr("Close out the selected missed clock with the reason it was missed"))
        self.close_out_button.setEnabled(False)
        self.close_out_button.setVisible(False)
        self.close_out_button.clicked.connect(self.close_out_selected)
        self.missed_model = MissedModel(self)
        self.missed_table = list_table("missedClockTable", self.tr("Missed clocks"))
        self.missed_table.setModel(self.missed_model)
        fixed_widths(self.missed_table, (100, 120, 200, 330))
        self.missed_table.activated.connect(self._open_missed)
        self.missed_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_close_out())
        self.missed_table.hide()
        self._missed_total = 0
        return (row(None, self.clocks_title, STRETCH, self.whole_clinic), self.clock_table,
                self.clock_note, row(None, self.missed_button, STRETCH,
                                     self.close_out_button), self.missed_table)

    def _build_upcoming(self) -> tuple[QWidget, ...]:
        """The transitions planned in the next 7 days: title, table and note."""
        self.upcoming_title = upcoming_title = _section_title(
            self.tr("Transitions planned in the next 7 days"))
        self.upcoming_model = UpcomingTransitionModel(self)
        self.upcoming_table = list_table("upcomingTable",
                                          self.tr("Transitions planned in the next 7 days"))
        self.upcoming_table.setModel(self.upcoming_model)
        fixed_widths(self.upcoming_table, (120, 170, 180, 150, 120))
        self.upcoming_table.activated.connect(self._open_upcoming)
        self.upcoming_note = _note(wrapped=False)
        return upcoming_title, self.upcoming_table, self.upcoming_note

    def _build_appointments(self) -> tuple[QWidget, ...]:
        """Appointments past due and in the next 7 days: title, table and note."""
        self.appointments_title = _section_title(self.tr("Appointments"))
        self.appointment_model = DashboardAppointmentModel(self)
        self.appointment_table = list_table("appointmentTable", self.tr("Appointments"))
        self.appointment_table.setModel(self.appointment_model)
        fixed_widths(self.appointment_table, (140, 190, 180, 230, 110))
        self.appointment_table.activated.connect(self._open_appointment)
        self.appointment_note = _note(wrapped=True)
        return self.appointments_title, self.appointment_table, self.appointment_note

    def _build_overdue(self) -> tuple[QWidget, ...]:
        """The referrals past their follow-up date: title, table and note."""
        self.overdue_title = overdue_title = _section_title(
            self.tr("Referrals past their follow-up date"))
        self.overdue_model = ReferralTableModel(with_client=True, parent=self)
        self.overdue_table = list_table("overdueReferralTable",
                                        self.tr("Referrals past their follow-up date"))
        self.overdue_table.setModel(self.overdue_model)
        fixed_widths(self.overdue_table, (228, 100, 165, 120, 160, 185, 140))
        # Room for what a call needs; the reason is the row's tooltip, the record number is
        # in the record the row opens.
        for column_number in (3, 7):
            self.overdue_table.setColumnHidden(column_number, True)
        self.overdue_table.activated.connect(self._open_overdue)
        self.overdue_note = _note(wrapped=True)
        return overdue_title, self.overdue_table, self.overdue_note

    def _build_levels(self) -> QGridLayout:
        """Clients by level of care: the table and the chart side by side under a title."""
        levels_title = _section_title(self.tr("Clients by level of care"))
        self.levels = self._build_level_table()
        self.census_chart = CensusChart()
        chart_frame = QFrame()
        chart_frame.setObjectName("censusChartFrame")
        chart_frame.setFrameShape(QFrame.Shape.StyledPanel)
        column(chart_frame, self.census_chart, margins=(8, 6, 8, 6))

        lower = QGridLayout()
        lower.setHorizontalSpacing(16)
        lower.setVerticalSpacing(8)
        lower.addWidget(levels_title, 0, 0, 1, 2)
        lower.addWidget(self.levels, 1, 0, Qt.AlignmentFlag.AlignTop)
        lower.addWidget(chart_frame, 1, 1, Qt.AlignmentFlag.AlignTop)
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 1)
        return lower

    def _build_level_table(self) -> QTableWidget:
        """Level of care, code and clients: a read-only table as tall as its rows."""
        levels = QTableWidget(0, 3)
        levels.setObjectName("levelTable")
        levels.setAccessibleName(self.tr("Clients by level of care"))
        levels.setHorizontalHeaderLabels(
            [self.tr("Level of care"), self.tr("Code"), self.tr("Clients")])
        levels.verticalHeader().hide()
        levels.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        levels.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        levels.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        levels.setTabKeyNavigation(False)  # Tab leaves it, as it leaves every table
        levels.setShowGrid(False)
        levels.setAlternatingRowColors(True)
        levels.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        levels.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        level_header = levels.horizontalHeader()
        level_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        level_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        level_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        level_header.setHighlightSections(False)
        level_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter)
        clients_header = levels.horizontalHeaderItem(2)
        if clients_header is not None:
            clients_header.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                            | Qt.AlignmentFlag.AlignVCenter)
        return levels

    def refresh(self) -> None:
        """Read everything again and log one view (the person opened it or pressed F5)."""
        self._read(audited=True)

    def refresh_after_change(self) -> None:
        self._read(audited=False)

    def _read(self, *, audited: bool) -> None:
        self._loaded_once = True
        self.status.setText(self.tr("Reading the census…"))
        services = self.ui.services  # the worker holds no widget
        caseload_only = not self.whole_clinic.isChecked()
        # An older reading still on its way is dropped.
        self._caseload_reads.drop()
        self._reads.call(lambda: read_dashboard(services, audited=audited,
                                                caseload_only=caseload_only),
                         done=self.show_data, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The census could not be read."))
        report_failure(self.ui.dialogs, self, error)

    def show_data(self, data: DashboardData) -> None:
        """Show a reading; ``clocks_loaded`` comes last, when everything is shown."""
        self.caseload_card.set_number(data.my_caseload)
        self.safety_panel.show_alerts(data.safety_alerts)
        self.due_panel.show_due(data.assessments_due)
        self.inquiries_panel.show_inquiries(data.open_inquiries)
        self.reviews_panel.show_due(data.care_plan_reviews)
        if self.clinic_wide:
            # The table counts each case manager's; the list is only for a supervisor who
            # holds a caseload of their own.
            self.due_panel.setHidden(not data.assessments_due)
        mine = data.clocks.caseload_only
        self.upcoming_title.setText(
            self.tr("Transitions planned in the next 7 days on my caseload") if mine
            else self.tr("Transitions planned in the next 7 days at the clinic"))
        self.overdue_title.setText(
            self.tr("Referrals past their follow-up date on my caseload") if mine
            else self.tr("Referrals past their follow-up date at the clinic, by case manager"))
        self.show_upcoming(data.upcoming, data.upcoming_total)
        self.show_appointments(data.appointments)
        self.show_overdue_referrals(data.overdue_referrals, data.census.overdue_referrals)
        self.show_census(data.census)
        self.show_clocks(data.clocks)
        if self.clinic_wide and not self.ui.operations.stopped:
            # After the rest is on screen: at a large clinic the caseloads take longer than
            # everything else, and read beside it they slowed it down (two workers share
            # one interpreter). Not once the session has ended and its workers stopped.
            services = self.ui.services
            self._caseload_reads.call(lambda: read_caseloads(services),
                                      done=self.show_caseloads,
                                      failed=self._caseloads_failed)

    def _caseloads_failed(self, error: BaseException) -> None:
        self.caseload_note.setText(self.tr("The caseloads could not be read."))
        report_failure(self.ui.dialogs, self, error)

    def show_caseloads(self, report: CaseloadReport) -> None:
        """Each case manager's caseload, the clinic's total last, and the missed card."""
        self.caseload_model.show_report(report)
        fit_rows(self.caseload_table, len(report.rows) + 1, len(report.rows) + 1)
        total = report.total
        self.missed_card.set_number(total.missed_clocks, alert=total.missed_clocks > 0)
        number = QLocale().toString
        self.caseload_note.setText(arg(self.tr(
            "%1 case managers. Missed clocks fell due in the last 30 days without being met; "
            "assessments are those due today or late in the clinic's own programs. The "
            "Reports view's caseload report lists the clients behind the clocks and "
            "referrals."), number(sum(1 for row in report.rows if row.case_manager_id))))
        self.caseloads_loaded.emit(report)

    def show_clocks(self, clocks: ClockWorklist) -> None:
        """The clocks to act on, and the missed ones counted on their folded button."""
        rows = clocks.to_act_on
        self.clock_model.replace_rows(rows)
        fit_rows(self.clock_table, len(rows), TABLE_ROWS_SHOWN)
        number = QLocale().toString
        whose = self.tr("on my caseload") if clocks.caseload_only else self.tr("at the clinic")
        self.clocks_title.setText(self.tr("Clocks to act on: my caseload")
                                  if clocks.caseload_only
                                  else self.tr("Clocks to act on: the whole clinic"))
        # Each row of my caseload is mine: the case manager column says so only clinic-wide.
        for table in (self.clock_table, self.missed_table):
            table.setColumnHidden(4, clocks.caseload_only)
        if not rows:
            text = arg(self.tr("No transition clock is open %1."), whose)
        else:
            text = self.tr("%1 open, soonest due first; %2 at risk (half the window gone "
                           "and nothing booked to meet it, in amber). Press Enter or "
                           "double-click a row to open the client's record.")
            text = arg(text, number(clocks.to_act_on_total), number(clocks.at_risk_total))
            if len(rows) < clocks.to_act_on_total:
                text += " " + arg(self.tr("The %1 due soonest are listed; the Clients view's "
                                          "\"Has an open clock\" filter finds every client "
                                          "waiting."), number(len(rows)))
        self.clock_note.setText(text)
        self.missed_model.replace_rows(clocks.missed)
        fit_rows(self.missed_table, len(clocks.missed), TABLE_ROWS_SHOWN)
        self.missed_button.setEnabled(bool(clocks.missed))
        if not clocks.missed:
            self.missed_button.setChecked(False)
        self._missed_total = clocks.missed_total
        self.missed_button.setText(self._missed_button_text(clocks.missed_total))
        self.missed_button.setAccessibleName(self.missed_button.text())
        self._update_close_out()
        self.clocks_loaded.emit([*rows, *clocks.missed])

    def _missed_button_text(self, total: int) -> str:
        if not total:
            return self.tr("No missed clock to close out (last 30 days)")
        shown = self.missed_button.isChecked()
        text = (self.tr("▾ Hide the missed clocks (%1)") if shown
                else self.tr("▸ Missed in the last 30 days, not closed out: %1"))
        return arg(text, QLocale().toString(total))

    def _show_missed(self, shown: bool) -> None:
        self.missed_table.setVisible(shown)
        self.close_out_button.setVisible(shown)
        self.missed_button.setText(self._missed_button_text(self._missed_total))
        self._update_close_out()

    def _selected_missed(self) -> WorklistClock | None:
        selected = self.missed_table.selectionModel().selectedRows()
        return self.missed_model.row_at(selected[0].row()) if selected else None

    def _update_close_out(self) -> None:
        self.close_out_button.setEnabled(self.missed_table.isVisible()
                                         and self._selected_missed() is not None
                                         and self.ui.may(Permission.EDIT_CARE))

    def close_out_selected(self) -> CloseOutDialog | None:
        """Ask why the selected missed clock was missed and close it out."""
        clock = self._selected_missed()
        if clock is None or not self.ui.may(Permission.EDIT_CARE):
            return None
        dialog = CloseOutDialog(self.ui, clock, self)
        self.ui.dialogs.open_dialog(dialog)
        return dialog

    def _open_missed(self, index: QModelIndex) -> None:
        found = self.missed_model.row_at(index.row())
        if found is not None:
            self.client_requested.emit(found.client_id)

    def show_upcoming(self, rows: list[UpcomingTransition], total: int) -> None:
        self.upcoming_model.replace_rows(rows)
        fit_rows(self.upcoming_table, len(rows), TABLE_ROWS_SHOWN)
        if not rows:
            text = self.tr("No transition is planned for the next 7 days.")
        elif len(rows) < total:  # counted no further than one more than listed
            text = arg(self.tr("The %1 soonest planned transitions are listed; each client's "
                               "record has all of theirs."), QLocale().toString(len(rows)))
        else:
            text = ""
        self.upcoming_note.setText(text)
        self.upcoming_note.setVisible(bool(text))

    def show_appointments(self, found: DashboardAppointments) -> None:
        rows = found.rows
        self.appointments_title.setText(
            self.tr("Appointments on my caseload") if found.caseload_only
            else self.tr("Appointments at the clinic"))
        self.appointment_model.replace_rows(rows)
        fit_rows(self.appointment_table, len(rows), TABLE_ROWS_SHOWN)
        def number(count: int) -> str:  # counted up to one past the limit: "more"
            if count > APPOINTMENTS_LISTED:
                return arg(self.tr("More than %1"), QLocale().toString(APPOINTMENTS_LISTED))
            return QLocale().toString(count)

        past = sum(1 for row in rows if row.past_due)
        if not rows:
            text = self.tr("No appointment in the next 7 days, and none past its day "
                           "without an outcome.")
        elif past:
            text = arg(self.tr("%1 past their day without an outcome (marked ⚠ and listed "
                               "first): record in the client's Appointments tab whether they were "
                               "kept. %2 in the next 7 days."),
                       number(found.past_due), number(found.upcoming))
        else:
            text = arg(self.tr("%1 in the next 7 days. Press Enter or double-click a row to open "
                               "the client's record."), number(found.upcoming))
        if len(rows) < found.past_due + found.upcoming:
            text += " " + arg(self.tr("The first %1 of each are listed; each client's record "
                                      "has all of theirs."),
                              QLocale().toString(APPOINTMENTS_LISTED))
        self.appointment_note.setText(text)

    def _open_appointment(self, index: QModelIndex) -> None:
        row = self.appointment_model.row_at(index.row())
        if row is not None:
            self.client_requested.emit(row.client_id)

    def show_overdue_referrals(self, rows: list[ReferralView], total: int) -> None:
        self.overdue_model.today_ordinal = self.ui.services.ctx.clock().astimezone() \
            .date().toordinal()
        if self.whole_clinic.isChecked():  # by case manager, the most overdue first in each
            rows = sorted(rows, key=lambda row: (not row.assigned_to_name,
                                                 row.assigned_to_name.casefold(),
                                                 row.follow_up_due or date.max, row.id))
        self.overdue_model.replace_rows(rows)
        fit_rows(self.overdue_table, len(rows), TABLE_ROWS_SHOWN)
        if not rows:
            text = self.tr("No referral is past its follow-up date.")
        elif not self.whole_clinic.isChecked():
            text = arg(self.tr("%1 on my caseload (%2 at the clinic). Call the program or the "
                               "client, then record what happened with Change status in the "
                               "client's Referrals tab."),
                       QLocale().toString(len(rows)), QLocale().toString(total))
        elif len(rows) < total:
            text = arg(self.tr("The %1 most overdue of %2 are listed; the Referrals view's "
                               "\"Overdue only\" filter finds all of them."),
                       QLocale().toString(len(rows)), QLocale().toString(total))
        else:
            text = self.tr("Call the program or the client, then record what happened with "
                           "Change status in the client's Referrals tab.")
        self.overdue_note.setText(text)

    def _open_overdue(self, index: QModelIndex) -> None:
        row = self.overdue_model.row_at(index.row())
        if row is not None:
            self.client_requested.emit(row.client_id)

    def _open_clock(self, index: QModelIndex) -> None:
        row = self.clock_model.row_at(index.row())
        if row is not None:
            self.client_requested.emit(row.client_id)

    def _open_upcoming(self, index: QModelIndex) -> None:
        row = self.upcoming_model.row_at(index.row())
        if row is not None:
            self.client_requested.emit(row.client_id)

    def show_census(self, census: Census) -> None:
        self.active_card.set_number(census.active_clients)
        self.open_card.set_number(census.open_referrals)
        self.overdue_card.set_number(census.overdue_referrals,
                                     alert=census.overdue_referrals > 0)
        self.levels.setRowCount(len(census.by_level))
        for row_number, level in enumerate(census.by_level):
            count = QTableWidgetItem(QLocale().toString(level.clients))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column_number, item in enumerate(
                    (QTableWidgetItem(level_name(level.name, level.code)),
                     QTableWidgetItem(level.code), count)):
                self.levels.setItem(row_number, column_number, item)
        height = self.levels.horizontalHeader().height() + 2 * self.levels.frameWidth()
        height += sum(self.levels.rowHeight(number) for number in range(self.levels.rowCount()))
        self.levels.setFixedHeight(height)
        self.census_chart.set_levels(census.by_level)
        in_care = sum(level.clients for level in census.by_level)
        status = arg(self.tr("%1 of %2 active clients are in an active episode of care."),
                     QLocale().toString(in_care), QLocale().toString(census.active_clients))
        if census.counted_at is not None:
            counted = census.counted_at.astimezone()
            status += " " + arg(
                self.tr("Counted at %1: a census this large is counted again each minute."),
                QLocale().toString(QTime(counted.hour, counted.minute),
                                   QLocale.FormatType.ShortFormat))
        self.status.setText(status)
        self.census_loaded.emit(census)


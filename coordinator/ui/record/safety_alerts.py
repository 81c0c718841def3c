"""Open safety alerts where they cannot be missed: a line per alert on the client record's
header with an Addressed… button, and a short list on the dashboard.

Both read for themselves when shown and again when a change names an assessment or a
safety alert, so the windows that hold them need only place them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import SafetyAlertView
from coordinator.services.notify import Topic
from coordinator.services.safety_plans import SafetyPlanView
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose, report_failure
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.locale_text import date_text, datetime_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.assessment_dialogs import AddressAlertDialog, alert_reason
from coordinator.ui.translation import translate
from coordinator.ui.views.list_panel import DashboardListPanel
from coordinator.ui.views.table_models import Column, RowTableModel

SAFETY_TOPICS = frozenset({Topic.ASSESSMENT, Topic.SAFETY_ALERT})
DASHBOARD_LISTED = 50
#: The dashboard reads one alert more than it lists, to know whether more are open.
DASHBOARD_READ = DASHBOARD_LISTED + 1


@dataclass(frozen=True)
class AlertLineData:
    """The client's open alerts and, when there are any, the safety plan in force."""

    alerts: list[SafetyAlertView]
    plan: SafetyPlanView | None


def read_alert_line(services: AppServices, client_id: int) -> AlertLineData:
    alerts = services.assessments.open_alerts_of(client_id)
    return AlertLineData(alerts, services.safety_plans.current(client_id) if alerts else None)


def raised_text(moment: datetime) -> str:
    """When an alert was raised, as local date and time: "03/20/2026 8:15 AM"."""
    return datetime_text(moment)


class SafetyAlertLine(RefreshOnShow, QFrame):
    """The record header's safety line: each open alert in words, with the safety plan in
    force (or that there is none), and Addressed…."""

    refresh_topics = SAFETY_TOPICS | {Topic.SAFETY_PLAN}

    alerts_loaded = Signal(list)
    """The client's open alerts were read and are shown: ``(list[SafetyAlertView])``."""
    dialog_opened = Signal(object)
    """An Addressed… dialog was opened: ``(the dialog)``."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.client_id = client_id
        self.may_edit = ui.may(Permission.EDIT_CARE)
        self.alerts: list[SafetyAlertView] = []
        self.plan: SafetyPlanView | None = None
        self.setObjectName("safetyAlertLine")
        self.setAccessibleName(translate("SafetyAlerts", "Open safety alerts"))
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        self.labels: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        self.hide()
        self.watch_changes(ui)

    def refresh(self) -> None:
        self._loaded_once = True
        self.ui.operations.call(self, read_alert_line, self.ui.services, self.client_id,
                                done=self._read, failed=self._failed)

    def _read(self, data: AlertLineData) -> None:
        self.plan = data.plan
        self.show_alerts(data.alerts)

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, translate("SafetyAlerts", "Safety alerts"))

    def show_alerts(self, alerts: list[SafetyAlertView]) -> None:
        self.alerts = alerts
        while self.rows.count():
            taken = self.rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                dispose(widget)
        self.labels, self.buttons = [], []
        for alert in alerts:
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            waiting = translate("SafetyAlerts", "⚠ Safety: %1 — raised %2, not yet addressed")
            label = QLabel(arg(waiting, alert_reason(alert), raised_text(alert.raised_at))
                           + " · " + plan_text(self.plan))
            label.setObjectName("safetyAlert")
            label.setWordWrap(True)
            label.setAccessibleName(label.text())
            line.addWidget(label, 1)
            button = QPushButton(translate("SafetyAlerts", "Addressed…"))
            button.setAccessibleName(
                arg(translate("SafetyAlerts", "Record what was done about: %1"),
                    alert_reason(alert)))
            button.setVisible(self.may_edit)
            button.clicked.connect(lambda _checked=False, row=alert: self.address(row))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(holder)
            self.labels.append(label)
            self.buttons.append(button)
        self.setVisible(bool(alerts))
        self.alerts_loaded.emit(alerts)

    def address(self, alert: SafetyAlertView | None = None) -> AddressAlertDialog | None:
        """Ask what was done about ``alert`` (the first open one by default)."""
        alert = alert or (self.alerts[0] if self.alerts else None)
        if alert is None or not self.may_edit:
            return None
        dialog = AddressAlertDialog(self.ui, alert, self.window())
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog


def plan_text(plan: SafetyPlanView | None) -> str:
    """What the alert line says of the safety plan: the one to review, or that none is."""
    if plan is None:
        return translate("SafetyAlerts", "no safety plan on record")
    return arg(translate("SafetyAlerts", "safety plan version %1 of %2"),
               str(plan.plan_number), date_text(plan.completed_on))


class SafetyAlertModel(RowTableModel[SafetyAlertView]):
    """Raised, client, record number, case manager and reason, all in the alert colours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("SafetyAlerts", "Raised"), lambda row: raised_text(row.raised_at)),
            Column(translate("SafetyAlerts", "Client"), lambda row: row.client_name),
            Column(translate("SafetyAlerts", "Record number"), lambda row: row.record_number),
            Column(translate("SafetyAlerts", "Case manager"), lambda row: row.case_manager),
            Column(translate("SafetyAlerts", "Reason"), alert_reason),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: SafetyAlertView, column: int, role: int) -> Any:
        return alert_colour(role)


class SafetyAlertsPanel(DashboardListPanel):
    """The dashboard's "Safety alerts": every open alert, oldest first; Enter or a
    double-click opens the client's record, where the alert is addressed."""

    refresh_topics = SAFETY_TOPICS

    alerts_loaded = Signal(list)
    """The clinic's open alerts were read and are shown: ``(list[SafetyAlertView])``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 reads_itself: bool = True) -> None:
        super().__init__(ui, translate("SafetyAlertsPanel", "Safety alerts"), SafetyAlertModel(),
                         "safetyAlertTable",
                         translate("SafetyAlertsPanel", "Open safety alerts"),
                         (150, 190, 130, 190), parent,
                         reads_itself=reads_itself)
        self.model.setParent(self)
        self.setObjectName("safetyAlertsPanel")

    def refresh(self) -> None:
        self._loaded_once = True
        self.ui.operations.call(self, self.ui.services.assessments.open_alerts,
                                DASHBOARD_READ, done=self.show_alerts,
                                failed=self._failed)

    def show_alerts(self, alerts: list[SafetyAlertView]) -> None:
        """List the open alerts read (``DASHBOARD_READ`` of them at most): the first
        ``DASHBOARD_LISTED``, and in words whether more are open."""
        shown = alerts[:DASHBOARD_LISTED]
        if not alerts:
            text = self.tr("No open safety alert.")
        elif len(alerts) > DASHBOARD_LISTED:
            text = arg(self.tr("More than %1 open; the %1 raised longest ago are listed. Press "
                               "Enter or double-click a row to open the client's record, then "
                               "use Addressed… on its header."),
                       QLocale().toString(DASHBOARD_LISTED))
        else:
            text = arg(self.tr("%1 open. Press Enter or double-click a row to open the client's "
                               "record, then use Addressed… on its header."),
                       QLocale().toString(len(alerts)))
        self.show_rows(shown, text)
        self.alerts_loaded.emit(shown)

"""The dashboard's transition clocks as a worklist: what can still be met, soonest first
(those with half their window gone marked at risk, in amber and in words), and apart from
them, folded away, the missed clocks, each of which a case manager closes out with the
reason it was missed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from coordinator.domain.errors import CoordinatorError, ValidationError
from coordinator.services.clock_worklist import CLOSE_OUT_REASONS, REASON_LIMIT, WorklistClock
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.care.titles import clock_row_title, days_text
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.layouts import column
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.said_text import error_text, field_texts
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate
from coordinator.ui.views.table_models import Column, RowTableModel

_RISK_INK = QColor("#8a4b00")
_RISK_FILL = QColor("#fff6e5")


#: The close-out reasons the services offer (coordinator.services.clock_worklist has no Qt),
#: marked for lupdate under the context they are translated in.
MARKED = (
    QT_TRANSLATE_NOOP("ClockWorklist", "Could not reach the client"),
    QT_TRANSLATE_NOOP("ClockWorklist", "Client declined the next level of care"),
    QT_TRANSLATE_NOOP("ClockWorklist", "No opening at the receiving program in time"),
    QT_TRANSLATE_NOOP("ClockWorklist", "Client moved out of the area"),
    QT_TRANSLATE_NOOP("ClockWorklist", "Client went to another provider"),
)


def _key(row: WorklistClock) -> tuple[int, str, int]:
    return row.client_id, row.kind.value, row.episode_id


def _when(row: WorklistClock) -> str:
    text = (translate("ClockWorklist", "due today") if row.days == 0
            else arg(translate("ClockWorklist", "%1 left"), days_text(row.days)))
    return arg(translate("ClockWorklist", "At risk: %1"), text) if row.at_risk else text


class ToActOnModel(RowTableModel[WorklistClock]):
    """Due date, days left (with "At risk" in words), client, clock and case manager."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("ClockWorklist", "Due"), lambda row: date_text(row.due)),
            Column(translate("ClockWorklist", "When"), _when),
            Column(translate("ClockWorklist", "Client"), lambda row: row.client_name),
            Column(translate("ClockWorklist", "Clock"), lambda row: clock_row_title(row)),
            Column(translate("ClockWorklist", "Case manager"), lambda row: row.case_manager),
        ], key=_key, parent=parent)

    def extra_data(self, row: WorklistClock, column: int, role: int) -> Any:
        if not row.at_risk:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_RISK_INK)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_RISK_FILL)
        return None


class MissedModel(RowTableModel[WorklistClock]):
    """Due date, days since, client, clock and case manager, in the alert colours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("ClockWorklist", "Was due"), lambda row: date_text(row.due)),
            Column(translate("ClockWorklist", "Missed"),
                   lambda row: arg(translate("ClockWorklist", "%1 ago"), days_text(row.days))),
            Column(translate("ClockWorklist", "Client"), lambda row: row.client_name),
            Column(translate("ClockWorklist", "Clock"), lambda row: clock_row_title(row)),
            Column(translate("ClockWorklist", "Case manager"), lambda row: row.case_manager),
        ], key=_key, parent=parent)

    def extra_data(self, row: WorklistClock, column: int, role: int) -> Any:
        return alert_colour(role)


class CloseOutDialog(FittedDialog):
    """Asks why a missed clock was missed (a reason picked from the usual ones or typed)
    and closes it out; a refusal is shown under the field and nothing typed is lost."""

    closed_out = Signal(object)
    """The clock was closed out: ``(WorklistClock)``."""

    def __init__(self, ui: UiContext, clock: WorklistClock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.clock = clock
        self.setWindowTitle(self.tr("Close out a missed clock"))
        what = QLabel(arg(self.tr("%1: %2, due %3. Closing it out takes it off the dashboard; "
                                  "every report still counts it missed."),
                          clock.client_name, clock_row_title(clock), date_text(clock.due)))
        what.setWordWrap(True)
        label = QLabel(self.tr("&Why was it missed?"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([translate("ClockWorklist", reason) for reason in CLOSE_OUT_REASONS])
        self.reason.setCurrentIndex(-1)
        self.reason.setAccessibleName(self.tr("Why the clock was missed"))
        line = self.reason.lineEdit()
        if line is not None:
            line.setMaxLength(REASON_LIMIT)
            line.setPlaceholderText(self.tr("Pick or type the reason"))
        label.setBuddy(self.reason)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_out_button = buttons.addButton(self.tr("Close &out"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_out_button.setAccessibleName(self.tr("Close out the missed clock"))
        buttons.accepted.connect(self._close_out)
        buttons.rejected.connect(self.reject)
        column(self, what, label, self.reason, self.problem, buttons, spacing=8)
        self.setMinimumWidth(460)
        keep_visual_order(self)
        self.reason.setFocus()

    def _close_out(self) -> None:
        clock, reason = self.clock, self.reason.currentText()
        self.close_out_button.setEnabled(False)
        self.ui.operations.call(self, self.ui.services.clocks.close_out, clock.client_id,
                                clock.episode_id, clock.kind, reason,
                                done=self._done, failed=self._refused)

    def _done(self, _result: object) -> None:
        self.closed_out.emit(self.clock)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.close_out_button.setEnabled(True)
        if isinstance(error, CoordinatorError):
            fields = field_texts(error) if isinstance(error, ValidationError) else {}
            self.problem.setText(fields.get("reason") or error_text(error))
            self.problem.show()
            self.reason.setFocus()
            return
        report_failure(self.ui.dialogs, self, error)

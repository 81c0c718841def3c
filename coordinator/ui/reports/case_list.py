"""The clients behind one figure of a report, in a window of their own.

The list is shown only after the service has written its audit event (``open_list``).
Enter or a double-click on a row opens that client's record.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from coordinator.reports.outcome_data import CaseList, ReportSheet
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.layouts import column
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.reports.models import TextRowsModel
from coordinator.ui.reports.shown_text import shown
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.views.table_models import list_table

#: The widest a column starts (a reason reads whole in its tooltip or when widened) ...
WIDEST_COLUMN = 220
#: ... and up to this many rows, the last column (the reason) wraps onto more lines;
#: measuring a longer list's rows would keep the window waiting.
WRAPPED_AT_MOST = 500


def period_text(sheet: ReportSheet) -> str:
    return f"{date_text(sheet.first_day)} – {date_text(sheet.last_day)}"


class CaseListDialog(FittedDialog):
    """One ``CaseList``: title, what it is from, the rows and Close."""

    client_requested = Signal(int)
    """The person opened a row: ``(client id)``."""

    def __init__(self, case_list: CaseList, sheet: ReportSheet,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_list = case_list
        self.setObjectName("reportCaseList")
        keep_visual_order(self)
        title = shown(case_list.title)
        self.setWindowTitle(arg(self.tr("%1 — %2"), title, shown(sheet.title)))
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        source = QLabel(arg(self.tr("%1, %2; %3"), shown(sheet.title), period_text(sheet),
                            shown(sheet.filters)))
        source.setObjectName("quietNote")
        source.setWordWrap(True)
        self.model = TextRowsModel(case_list.columns, case_list.rows, parent=self)
        self.table = list_table("reportCaseTable", title)
        self.table.setModel(self.model)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Interactive)
        for number in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(number, min(self.table.columnWidth(number) + 12,
                                                  WIDEST_COLUMN))
        header.setStretchLastSection(True)
        if len(case_list.rows) <= WRAPPED_AT_MOST:
            self.table.setWordWrap(True)
            self.table.verticalHeader().setSectionResizeMode(header.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open)
        count = len(case_list.rows)
        self.count_label = QLabel(
            (self.tr("1 row.") if count == 1 else arg(self.tr("%1 rows."),
                                                      QLocale().toString(count)))
            + " " + self.tr("Enter or a double-click opens the client's record."))
        self.count_label.setObjectName("quietNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the list"))
        buttons.rejected.connect(self.reject)
        column(self, heading, source, (self.table, 1), self.count_label, buttons, spacing=8)
        self.setTabOrder(self.table, close)
        self.resize(1180, 600)
        self.table.setFocus()

    def _open(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.case_list.client_ids):
            self.client_requested.emit(self.case_list.client_ids[index.row()])

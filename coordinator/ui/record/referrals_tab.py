"""The record's Referrals tab: the client's referrals, open ones first, with New referral…,
Change status… and Open (details and history).

The record window refreshes it when a change names the ``referral`` topic.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from coordinator.domain.referrals import is_closed
from coordinator.services.referral_views import ReferralView
from coordinator.ui.care.fields import today_of
from coordinator.ui.context import UiContext
from coordinator.ui.placeholders import arg
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.referrals.detail import ReferralDetailDialog
from coordinator.ui.referrals.dialogs import NewReferralDialog, StatusChangeDialog
from coordinator.ui.referrals.titles import ReferralTableModel, fit_columns
from coordinator.ui.views.table_models import list_table


class ReferralsPage(RecordListPage):
    """One client's referrals."""

    referrals_loaded = Signal(list)
    """The client's referrals were read and are shown: ``(list[ReferralView])``."""
    outcomes_asked = Signal(list)
    """After a discharge the person chose to record outcomes now, one dialog per open
    referral, in turn: ``(list[ReferralView])``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Referrals")
        self._to_close: list[ReferralView] = []
        self.setObjectName("referralsPage")
        self.new_button = QPushButton(self.tr("Ne&w referral…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("Refer the client"))
        self.new_button.clicked.connect(self.new_referral)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the referral"))
        self.edit_button.clicked.connect(self.edit_referral)
        self.change_button = QPushButton(self.tr("Change &status…"))
        self.change_button.setAccessibleName(self.tr("Change the referral's status"))
        self.change_button.clicked.connect(self.change_status)
        self.open_button = QPushButton(self.tr("O&pen referral…"))
        self.open_button.setAccessibleName(self.tr("Open the referral and its history"))
        self.open_button.clicked.connect(self.open_referral)
        self.model = ReferralTableModel(with_client=False, parent=self)
        self.table: QTableView = list_table("clientReferralTable", self.tr("Referrals"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.open_referral)
        self.empty_note = self.quiet_note(self.tr(
            "No referral yet. Use New referral to connect the client with housing, food, "
            "work, a partner program or other help, and follow it until the loop is "
            "closed."))
        self.arrange((self.new_button, self.edit_button, self.change_button,
                      self.open_button), self.table, self.empty_note)
        self._update_buttons()

    def refresh(self) -> None:
        self.ui.operations.call(self, self.ui.services.referrals.referrals_of, self.client_id,
                                done=self._show, failed=self._failed)

    def _show(self, referrals: list[ReferralView]) -> None:
        self.loaded = True
        self.model.today_ordinal = today_of(self.ui).toordinal()
        self.model.replace_rows(referrals)
        fit_columns(self.table)
        self.empty_note.setVisible(not referrals)
        self._update_buttons()
        self.referrals_loaded.emit(referrals)

    def selected(self) -> ReferralView | None:
        row: ReferralView | None = super().selected()
        return row

    def _update_buttons(self) -> None:
        row = self.selected()
        self.new_button.setEnabled(self.may_edit and self.loaded)
        self.change_button.setEnabled(self.may_edit and row is not None
                                      and not is_closed(row.status))
        self.edit_button.setEnabled(self.change_button.isEnabled())
        self.open_button.setEnabled(row is not None)

    def new_referral(self) -> NewReferralDialog | None:
        if not (self.may_edit and self.loaded):
            return None
        opened: NewReferralDialog = self._open(NewReferralDialog(self.ui, self.client_id, self))
        return opened

    def edit_referral(self) -> NewReferralDialog | None:
        row = self.selected()
        if not self.may_edit or row is None or is_closed(row.status):
            return None
        opened: NewReferralDialog = self._open(
            NewReferralDialog(self.ui, self.client_id, self, existing=row))
        return opened

    def change_status(self) -> StatusChangeDialog | None:
        row = self.selected()
        if not self.may_edit or row is None or is_closed(row.status):
            return None
        opened: StatusChangeDialog = self._open(StatusChangeDialog(self.ui, row, self))
        return opened

    def ask_outcomes(self) -> None:
        """The client was discharged: offer to record what came of each open referral
        (closing the loop), one status dialog after another."""
        if self.may_edit:
            self.ui.operations.call(self, self.ui.services.referrals.open_referrals_of,
                                    self.client_id, done=self._offer_closing,
                                    failed=self._failed)

    def _offer_closing(self, open_rows: list[ReferralView]) -> None:
        if not open_rows:
            return
        text = (self.tr("The client was discharged with an open referral. Record what came "
                        "of it now?") if len(open_rows) == 1 else
                arg(self.tr("The client was discharged with %1 open referrals. Record what came "
                            "of each now?"), str(len(open_rows))))
        if not self.ui.dialogs.question(self, self.tr("Open referrals"), text,
                                        yes_text=self.tr("Record outcomes"),
                                        no_text=self.tr("Later")):
            return
        self._to_close = list(open_rows)
        self.outcomes_asked.emit(open_rows)
        self._close_next()

    def _close_next(self, _saved: object = None) -> None:
        if not self._to_close:
            return
        row = self._to_close.pop(0)
        # The list shows which referral the dialog asks about (the table is behind it).
        if self.table is not None and (number := self.model.row_of(row.id)) >= 0:
            self.table.selectRow(number)
        dialog = StatusChangeDialog(self.ui, row, self, closing=True)
        dialog.saved.connect(self._close_next)
        self._open(dialog)

    def open_referral(self) -> ReferralDetailDialog | None:
        row = self.selected()
        if row is None:
            return None
        opened: ReferralDetailDialog = self._open(ReferralDetailDialog(self.ui, row.id, self))
        return opened

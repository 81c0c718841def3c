"""One referral in full: what was asked of whom, and every status change with who, when
and why. Opened from the record's Referrals tab and from the Referrals view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from coordinator.domain.errors import CoordinatorError
from coordinator.domain.referrals import is_closed
from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.notify import Change, Topic
from coordinator.services.referral_views import ReferralEventView, ReferralView
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.labels import local_time
from coordinator.ui.layouts import column
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.referrals.dialogs import StatusChangeDialog
from coordinator.ui.referrals.titles import (
    category_title,
    fit_columns,
    priority_title,
    status_text,
    status_title,
)
from coordinator.ui.said_text import error_text
from coordinator.ui.saved_files import file_place
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table


@dataclass(frozen=True)
class ReferralDetail:
    referral: ReferralView
    history: list[ReferralEventView]


def read_detail(services: AppServices, referral_id: int, *,
                audited: bool = False) -> ReferralDetail:
    """The referral and its history; ``audited``: log one view of it (opened outside the
    client's record, whose own view covers what its tabs open)."""
    detail = ReferralDetail(services.referrals.get(referral_id),
                            services.referrals.history(referral_id))
    if audited:
        row = detail.referral
        services.audit.log_view("referral", referral_id,
                                f"{row.record_number}: {row.category.value} referral to "
                                f"{row.target_name}")
    return detail


class HistoryTableModel(RowTableModel[ReferralEventView]):
    """When (local time), who, from → to, note; oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("Referrals", "When"), lambda row: local_time(row.occurred_at)),
            Column(translate("Referrals", "By"), lambda row: row.user_name),
            Column(translate("Referrals", "Change"), lambda row: (
                status_title(row.to_status) if row.from_status is None else
                f"{status_title(row.from_status)} → {status_title(row.to_status)}")),
            Column(translate("Referrals", "Note"), lambda row: " ".join(row.note.split())),
        ], key=lambda row: row.id, parent=parent)


class ReferralDetailDialog(FittedDialog):
    """The referral's details and history, with Change status…; re-reads itself when the
    referral changes (here or on another workstation)."""

    detail_loaded = Signal(object)
    """The referral and its history were read and are shown: ``(ReferralDetail)``."""
    dialog_opened = Signal(object)
    """A status-change dialog was opened from here: ``(the dialog)``."""
    letter_saved = Signal(object)
    """The referral letter was written and logged as a disclosure: ``(Path)``."""
    letter_refused = Signal(str)
    """The letter was not saved (the consent gate refused it, or the file could not be
    written); nothing was logged and no file was left: ``(the sentence shown)``."""

    def __init__(self, ui: UiContext, referral_id: int, parent: QWidget | None = None, *,
                 audited: bool = False) -> None:
        """Args:
            audited: log the opening as a view (opened from the Referrals view; in a
                client's record the record's view covers it). Re-reads never log.
        """
        super().__init__(parent)
        self.ui = ui
        self.referral_id = referral_id
        self._audit_next_read = audited
        self.referral: ReferralView | None = None
        self.setObjectName("referralDetailDialog")
        keep_visual_order(self)
        self.setWindowTitle(self.tr("Referral"))
        self.resize(720, 560)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(6)
        for key, title in (("client", self.tr("Client")), ("target", self.tr("Referred to")),
                           ("status", self.tr("Status")), ("category", self.tr("Category")),
                           ("priority", self.tr("Priority")),
                           ("follow_up", self.tr("Follow up by")),
                           ("case_manager", self.tr("Case manager")),
                           ("reason", self.tr("Reason")),
                           ("note", self.tr("Note to receiver"))):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            form.addRow(title + ":", label)
            self.labels[key] = label
        history_title = QLabel(self.tr("History"))
        history_title.setObjectName("sectionTitle")
        self.history_model = HistoryTableModel(self)
        self.history_table = list_table("referralHistoryTable", self.tr("Referral history"))
        self.history_table.setModel(self.history_model)
        self.change_button = QPushButton(self.tr("Change &status…"))
        self.change_button.setObjectName("primaryButton")
        self.change_button.setAccessibleName(self.tr("Change the referral's status"))
        self.change_button.clicked.connect(self.change_status)
        self.change_button.setEnabled(False)
        self.letter_button = QPushButton(self.tr("Save &letter…"))
        self.letter_button.setAccessibleName(self.tr("Save the referral letter as a PDF"))
        self.letter_button.setToolTip(self.tr("A one-page letter for the receiving program; "
                                              "saving it is logged as a disclosure"))
        self.letter_button.clicked.connect(self.save_letter)
        self.letter_button.setEnabled(False)
        self.client_letter_button = QPushButton(self.tr("Client l&etter…"))
        self.client_letter_button.setAccessibleName(
            self.tr("Save the referral letter for the client as a PDF"))
        self.client_letter_button.setToolTip(self.tr(
            "A letter to the client, in the client's language: where they are referred, why "
            "and what to do next; saving it is logged"))
        self.client_letter_button.clicked.connect(self.save_client_letter)
        self.client_letter_button.setEnabled(False)
        self.client_letter_button.setAutoDefault(False)
        # Enter must not save a letter (a disclosure) or change a status by accident.
        self.letter_button.setAutoDefault(False)
        self.change_button.setAutoDefault(False)
        # What became of the last Save letter…: the file it was saved as, or in plain words
        # why it was not (the consent gate's sentence names the client and the recipient).
        self.letter_status = QLabel()
        self.letter_status.setWordWrap(True)
        self.letter_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.letter_status.setAccessibleName(self.tr("Referral letter"))
        self.letter_status.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.client_letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column(self, form, history_title, (self.history_table, 1), self.letter_status, buttons,
               margins=(20, 16, 20, 16), spacing=10)
        QWidget.setTabOrder(self.history_table, self.letter_button)
        QWidget.setTabOrder(self.letter_button, self.client_letter_button)
        QWidget.setTabOrder(self.client_letter_button, self.change_button)
        ui.changes.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        services, referral_id = self.ui.services, self.referral_id
        audited, self._audit_next_read = self._audit_next_read, False
        self.ui.operations.call(
            self, lambda: read_detail(services, referral_id, audited=audited),
            done=self.show_detail, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if any(change.topic == Topic.REFERRAL and self.referral_id in change.ids
               for change in batch):
            self.refresh()

    def show_detail(self, detail: ReferralDetail) -> None:
        row = detail.referral
        self.referral = row
        self.setWindowTitle(arg(self.tr("Referral of %1 to %2"), row.client_name, row.target_name))
        status = status_text(row)
        if row.outcome_note:
            status += f" ({row.outcome_note})"
        values = {
            "client": f"{row.client_name} · {row.record_number}",
            "target": row.target_name, "status": status,
            "category": category_title(row.category),
            "priority": priority_title(row.details.priority),
            "follow_up": date_text(row.follow_up_due)
            + ("  ⚠ " + self.tr("overdue") if row.overdue else ""),
            "case_manager": row.assigned_to_name, "reason": row.reason,
            "note": row.details.note_to_receiver or self.tr("None"),
        }
        for key, text in values.items():
            self.labels[key].setText(text)
        self.history_model.replace_rows(detail.history)
        fit_columns(self.history_table)
        self.change_button.setEnabled(not is_closed(row.status)
                                      and self.ui.may(Permission.EDIT_CARE))
        self.letter_button.setEnabled(self.ui.may(Permission.EXPORT_RECORDS))
        self.client_letter_button.setEnabled(self.ui.may(Permission.EXPORT_RECORDS))
        self.detail_loaded.emit(detail)

    def save_letter(self) -> None:
        """Save the letter for the receiving program."""
        self._save_letter(for_client=False)

    def save_client_letter(self) -> None:
        """Save the letter addressed to the client, in the client's language."""
        self._save_letter(for_client=True)

    def _save_letter(self, *, for_client: bool) -> None:
        row = self.referral
        if row is None or not self.ui.may(Permission.EXPORT_RECORDS):
            return
        if for_client:
            title = self.tr("Save the client's referral letter")
            name = f"referral-letter-client-{row.record_number}-{row.id}.pdf"
        else:
            title = self.tr("Save referral letter")
            name = f"referral-letter-{row.record_number}-{row.id}.pdf"
        path = self.ui.dialogs.save_client_file(self, title, name, self.tr("PDF (*.pdf)"),
                                                session=self.ui.services.actor)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._show_letter_status("", refused=False)
        referrals = self.ui.services.referrals
        self.ui.operations.call(
            self, lambda: referrals.save_letter(row.id, path, for_client=for_client),
            done=self._letter_saved, failed=self._letter_failed)

    def _letter_saved(self, path: Path) -> None:
        self._show_letter_status(
            arg(self.tr("Letter saved: %1; it is logged as a disclosure."),
                file_place(path)), refused=False)
        self.letter_saved.emit(path)

    def _letter_failed(self, error: BaseException) -> None:
        """A refusal the case manager can act on is shown in the dialog, in the service's
        own sentence; anything unexpected goes to the usual failure report."""
        if not isinstance(error, CoordinatorError):
            self._failed(error)
            return
        self._show_letter_status(arg(self.tr("The letter was not saved. %1"),
                                     error_text(error)), refused=True)
        self.letter_refused.emit(error_text(error))

    def _show_letter_status(self, text: str, *, refused: bool) -> None:
        # "fieldError" is the theme's red text for a refusal, as in the packet dialog.
        self.letter_status.setObjectName("fieldError" if refused else "")
        self.letter_status.style().unpolish(self.letter_status)
        self.letter_status.style().polish(self.letter_status)
        self.letter_status.setText(text)
        self.letter_status.setVisible(bool(text))

    def change_status(self) -> StatusChangeDialog | None:
        if self.referral is None or is_closed(self.referral.status) \
                or not self.ui.may(Permission.EDIT_CARE):
            return None
        dialog = StatusChangeDialog(self.ui, self.referral, self)
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog

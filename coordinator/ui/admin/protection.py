"""The administrator's Data protection tab: whether the database is encrypted on disk,
where this workstation keeps its key, and the recovery code to write down (shown on
request, and the showing is audited)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.placeholders import arg

if TYPE_CHECKING:
    from coordinator.services.encryption import StoreProtection
    from coordinator.ui.context import UiContext


class ProtectionTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("protectionTab")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("How the database is protected"))

        self.recovery_note = QLabel()
        self.recovery_note.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCode")
        self.code.setReadOnly(True)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setMinimumWidth(360)
        self.show_button = QPushButton(self.tr("&Show recovery code"))
        self.show_button.setAccessibleDescription(self.tr(
            "Shows the code; the audit trail records that it was shown."))
        self.show_button.clicked.connect(self.reveal)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.show_button)
        code_row.addStretch(1)
        self.code_label = QLabel(self.tr("&Recovery code:"))
        self.code_label.setBuddy(self.code)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.status)
        layout.addWidget(self.recovery_note)
        layout.addWidget(self.code_label)
        layout.addLayout(code_row)
        layout.addStretch(1)
        self.show_protection(ui.services.encryption.protection())

    def show_protection(self, protection: StoreProtection) -> None:
        encrypted = protection.kind == "encrypted"
        if protection.kind == "encrypted" and protection.key_in_folder:
            self.status.setText(arg(self.tr(
                "This database is encrypted on disk (SQLCipher, AES-256): a copy of %1 shows "
                "nothing without its key. This workstation has no credential store, so it "
                "keeps the key in the folder %2, which only your account can open."),
                protection.location, protection.key_place))
        elif protection.kind == "encrypted":
            self.status.setText(arg(self.tr(
                "This database is encrypted on disk (SQLCipher, AES-256): a copy of %1 shows "
                "nothing without its key. This workstation keeps the key in the operating "
                "system's credential store (%2)."), protection.location, protection.key_place))
        elif protection.kind == "plain":
            self.status.setText(arg(self.tr(
                "This database file is not encrypted: anyone who copies %1 can read every "
                "record. Close Coordinator on every workstation, then encrypt it with "
                "'coordinator --db FILE --user NAME db encrypt'."), protection.location))
        else:
            self.status.setText(arg(self.tr(
                "The records are on the clinic's database server (%1): encrypt the server's "
                "disk with the server's own tools."), protection.location))
        if protection.has_recovery_code:
            self.recovery_note.setText(self.tr(
                "The recovery code opens this database on any workstation (the window that "
                "asks for it at start, or 'coordinator db unlock'). Write it down and keep "
                "it away from this workstation; replace it with a passphrase of your own "
                "with 'coordinator db recovery-passphrase'."))
        else:
            self.recovery_note.setText(self.tr(
                "An administrator chose this database's recovery passphrase; this "
                "workstation does not keep it. Change it with 'coordinator db "
                "recovery-passphrase'."))
        self.recovery_note.setVisible(encrypted)
        for widget in (self.code_label, self.code, self.show_button):
            widget.setVisible(encrypted and protection.has_recovery_code)

    def reveal(self) -> None:
        code = self.ui.services.encryption.reveal_recovery_code()
        if code is None:
            return
        self.code.setText(code)
        self.code.setEchoMode(QLineEdit.EchoMode.Normal)
        self.code.selectAll()
        self.code.setFocus()

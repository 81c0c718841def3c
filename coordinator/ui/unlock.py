"""The window that unlocks an encrypted database on this workstation with its recovery
passphrase: shown at start when the file is encrypted and no key kept here opens it (a new
workstation, a reinstalled one, a damaged key entry)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.errors import CoordinatorError
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.placeholders import arg
from coordinator.ui.said_text import error_text
from coordinator.ui.screen_fit import FittedDialog


class UnlockDialog(FittedDialog):
    """Recovery passphrase or code for ``path``; accepted once it opened the file and this
    workstation keeps the key."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName("unlockDialog")
        keep_visual_order(self)
        self.setWindowTitle(self.tr("Unlock the database — Coordinator"))
        self.setMinimumWidth(520)

        heading = QLabel(self.tr("This database is encrypted"))
        heading.setObjectName("dialogTitle")
        explanation = QLabel(arg(self.tr(
            "This workstation holds no key that opens %1. Type the database's recovery "
            "passphrase or recovery code (your administrator keeps it); the key is then kept "
            "on this workstation and you are not asked again."), path))
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Recovery passphrase or code"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Recovery passphrase:"), self.passphrase)
        label = form.labelForField(self.passphrase)
        if isinstance(label, QLabel):
            label.setBuddy(self.passphrase)

        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Unlock message"))
        self.problem.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit Coordinator"))
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def unlock(self) -> None:
        """Try the passphrase (about a quarter of a second: the key derivation is slow on
        purpose); a wrong one is said here and the window stays."""
        from pathlib import Path

        from coordinator.services.encryption import unlock

        typed = self.passphrase.text()
        if not typed.strip():
            self._refuse(self.tr("Type the recovery passphrase or code."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            unlock(Path(self.path), typed)
        except CoordinatorError as error:
            self._refuse(error_text(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

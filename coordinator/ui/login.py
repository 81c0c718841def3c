"""The sign-in dialog: user name and password, with the services' own refusal messages.

It is the first window of the app, shown before the database and the services are loaded
(``run_gui`` loads them on a worker thread meanwhile), so this module imports neither:
a person can type at once, and Enter pressed early signs in as soon as they are ready.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.errors import AuthenticationFailed
from coordinator.ui.dialogs import DialogService, report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.placeholders import arg
from coordinator.ui.resources import icon
from coordinator.ui.said_text import error_text
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.transport_note import TransportWarningLabel

if TYPE_CHECKING:
    from coordinator.domain.settings import SettingValue
    from coordinator.services.context import Actor
    from coordinator.ui.context import UiContext


class LoginDialog(FittedDialog):
    """Sign in; stays open with the reason when the services refuse."""

    signed_in = Signal(object)
    """The user signed in: ``(Actor)``."""
    sign_in_refused = Signal(str)
    """Wrong password, unknown user, locked or deactivated account: ``(message shown)``."""

    def __init__(self, ui: UiContext | None, *, username: str = "", message: str = "",
                 parent: QWidget | None = None) -> None:
        """``ui`` None: the services are still loading; ``attach`` brings them."""
        super().__init__(parent)
        self.ui = ui
        self._waiting_to_sign_in = False
        self.setObjectName("loginDialog")
        keep_visual_order(self)
        self.setWindowTitle(self.tr("Sign in — Coordinator"))
        self.setMinimumWidth(500)

        picture = QLabel()
        picture.setPixmap(icon("app").pixmap(48, 48))
        self.heading = QLabel(self.tr("Coordinator"))
        self.heading.setObjectName("dialogTitle")
        self.subheading = QLabel(self.tr("Sign in to continue."))
        self.subheading.setWordWrap(True)
        self.demo_note = QLabel(self.tr("This is a demo database with fictitious clients. "
                                        "Sign in as admin or casemanager with the password "
                                        "demo."))
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()

        self.username = QLineEdit(username)
        self.username.setObjectName("loginUsername")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        for field in (self.username, self.password):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.problem = QLabel(message)
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(message))
        self.problem.setAccessibleName(self.tr("Sign-in message"))

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.quit_button = self.buttons.addButton(self.tr("&Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit Coordinator"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.database = QLabel(self.tr("Opening the database…"))
        self.database.setObjectName("quietNote")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Before the password is typed: whether it would cross the network unencrypted.
        self.transport_warning = TransportWarningLabel()

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.heading)
        texts.addWidget(self.subheading)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.demo_note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        layout.addWidget(self.transport_warning, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.database)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.sign_in_button)
        self.setTabOrder(self.sign_in_button, self.quit_button)
        (self.password if username else self.username).setFocus()
        if ui is not None:
            self.attach(ui)

    @property
    def ready(self) -> bool:
        """Whether the services are here, so Sign in goes straight to them."""
        return self.ui is not None

    def attach(self, ui: UiContext) -> None:
        """The services are loaded: name the database, read the clinic's name, and sign in
        now if the person already pressed Enter."""
        self.ui = ui
        self.database.setText(arg(self.tr("Database: %1"), ui.services.db.display_name))
        self.transport_warning.show_for(ui.services.db.transport_warning)
        self._load_clinic(ui)
        if self._waiting_to_sign_in:
            self._waiting_to_sign_in = False
            self.sign_in_button.setEnabled(True)
            self.sign_in()

    def _load_clinic(self, ui: UiContext) -> None:
        services = ui.services

        def read(_progress: object, _cancelled: object) -> tuple[dict[str, SettingValue], bool]:
            return services.settings.all(), services.settings.is_demo()

        ui.operations.run(self, read, done=self._show_clinic,
                               failed=lambda _error: None)  # the header is a nicety

    def _show_clinic(self, answer: tuple[dict[str, SettingValue], bool]) -> None:
        values, is_demo = answer
        name = str(values.get("clinic_name", ""))
        if name:
            self.subheading.setText(arg(self.tr("%1 — sign in to continue."), name))
        self.demo_note.setVisible(is_demo)
        self.adjustSize()  # the clinic name and demo note may need more room

    def sign_in(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self._refuse(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        self.sign_in_button.setEnabled(False)
        self.problem.hide()
        if self.ui is None:
            # Enter before the database is open: signed in the moment it is (attach).
            self._waiting_to_sign_in = True
            return
        self.ui.operations.call(self, self.ui.services.auth.login, username, password,
                                done=self._signed_in, failed=self._failed)

    def _signed_in(self, actor: Actor) -> None:
        self.sign_in_button.setEnabled(True)
        self.signed_in.emit(actor)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        if isinstance(error, AuthenticationFailed):
            self._refuse(error_text(error))
            self.password.selectAll()
            self.password.setFocus()
        else:
            dialogs = self.ui.dialogs if self.ui is not None else DialogService()
            report_failure(dialogs, self, error, self.tr("Sign in"))
            self.sign_in_refused.emit(str(error))

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.sign_in_refused.emit(message)

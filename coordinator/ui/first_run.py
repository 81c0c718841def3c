"""First run on an empty database: create the administrator, or fill a demo caseload."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from coordinator.domain.errors import CoordinatorError, ValidationError
from coordinator.services.dto import UserInfo
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.layouts import NO_MARGINS, column
from coordinator.ui.operations import Operation
from coordinator.ui.placeholders import arg

DEMO_CLIENTS = 2000
DEMO_SEED = 1


def demo_available() -> bool:
    """Whether this build has the demo generator (``coordinator.demo``)."""
    try:
        from coordinator import demo
    except ImportError:
        return False
    return hasattr(demo, "generate_demo")


class FirstRunDialog(ServiceFormDialog):
    """Two ways to start: the administrator account, or a demo caseload to try things out."""

    administrator_created = Signal(object)
    """The first administrator was created: ``(UserInfo)``."""
    demo_created = Signal(object)
    """The demo caseload was generated: ``(DemoSummary)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Coordinator"))
        self.setMinimumWidth(560)
        self.save_button.setText(self.tr("&Continue"))
        self.save_button.setAccessibleName(self.tr("Continue"))
        self.cancel_button.setText(self.tr("&Quit"))
        self.cancel_button.setAccessibleName(self.tr("Quit Coordinator"))
        self.demo_operation: Operation | None = None

        heading = QLabel(self.tr("Welcome to Coordinator"))
        heading.setObjectName("dialogTitle")
        intro = QLabel(self.tr("This database is new and has no users yet. How would you "
                               "like to start?"))
        intro.setWordWrap(True)
        self.admin_choice = QRadioButton(self.tr("Create the &administrator account"))
        self.admin_choice.setAccessibleName(self.tr("Create the administrator account"))
        self.demo_choice = QRadioButton(self.tr("Fill with a &demo caseload to try "
                                                "Coordinator"))
        self.demo_choice.setAccessibleName(self.tr("Fill with a demo caseload"))
        group = QButtonGroup(self)
        group.addButton(self.admin_choice)
        group.addButton(self.demo_choice)
        self.admin_choice.setChecked(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._admin_page())
        self.pages.addWidget(self._demo_page())
        self.admin_choice.toggled.connect(
            lambda on: self.pages.setCurrentIndex(0 if on else 1))
        if not demo_available():
            self.demo_choice.setEnabled(False)
            self.demo_choice.setToolTip(self.tr("The demo generator is not part of this "
                                                "installation."))

        body = QWidget()
        column(body, heading, intro, self.admin_choice, self.demo_choice, self.pages,
               margins=NO_MARGINS, spacing=10)
        self.layout_with(body)
        self.setTabOrder(self.admin_choice, self.demo_choice)
        self.setTabOrder(self.demo_choice, self.username)
        self.setTabOrder(self.username, self.full_name)
        self.setTabOrder(self.full_name, self.password)
        self.setTabOrder(self.password, self.password_again)
        self.username.setFocus()

    def _admin_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(24, 8, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Administrator user name"))
        self.username.setPlaceholderText(self.tr("for example admin"))
        self.full_name = QLineEdit()
        self.full_name.setAccessibleName(self.tr("Administrator full name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setAccessibleName(self.tr("Password again"))
        self.errors.add_row(form, "username", self.tr("&User name"), self.username)
        self.errors.add_row(form, "full_name", self.tr("&Full name"), self.full_name)
        self.errors.add_row(form, "password", self.tr("&Password"), self.password)
        self.errors.add_row(form, "password_again", self.tr("Password a&gain"),
                            self.password_again)
        return page

    def _demo_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(24, 8, 0, 0)
        text = QLabel(self.tr("Coordinator fills this database with fictitious clients, "
                              "episodes, referrals and community resources, for training "
                              "and trying things out. Never enter real clients into a demo "
                              "database. Afterwards, sign in as admin or casemanager with "
                              "the password demo."))
        text.setWordWrap(True)
        form.addRow(text)
        self.demo_clients = QSpinBox()
        self.demo_clients.setRange(10, 100_000)
        self.demo_clients.setSingleStep(100)
        self.demo_clients.setValue(DEMO_CLIENTS)
        self.demo_clients.setAccessibleName(self.tr("Number of demo clients"))
        self.demo_clients.setMaximumWidth(140)
        self.errors.add_row(form, "clients", self.tr("&Number of clients"), self.demo_clients)
        return page

    def service_call(self) -> Any:
        if self.demo_choice.isChecked():
            return None
        if self.password.text() != self.password_again.text():
            raise ValidationError.for_fields(
                {"password_again": self.tr("The two passwords are not the same.")})
        username, full_name = self.username.text(), self.full_name.text()
        password, auth = self.password.text(), self.ui.services.auth
        return lambda: auth.create_first_admin(username, full_name, password)

    def submit(self) -> None:
        if self.demo_choice.isChecked():
            self.generate_demo()
            return
        super().submit()

    def _saved(self, result: object) -> None:
        if isinstance(result, UserInfo):
            self.administrator_created.emit(result)
        super()._saved(result)

    def generate_demo(self) -> None:
        from coordinator.demo import generate_demo

        db, clients = self.ui.services.db, self.demo_clients.value()
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.demo_operation = self.ui.operations.run(
            self, lambda progress, cancelled: generate_demo(
                db, clients=clients, seed=DEMO_SEED, progress=progress, cancelled=cancelled),
            progress=arg(self.tr("Creating %1 fictitious clients…"), str(clients)),
            done=self._demo_done, failed=self._demo_failed)

    def _demo_done(self, summary: object) -> None:
        self.demo_operation = None
        self.demo_created.emit(summary)
        self._saved(summary)

    def _demo_failed(self, error: BaseException) -> None:
        operation, self.demo_operation = self.demo_operation, None
        if (operation is not None and operation.is_cancel_requested()
                and isinstance(error, CoordinatorError)):
            # Cancelled on purpose: say so quietly, the choice stays open.
            self.save_button.setEnabled(True)
            self.errors.show({}, error.message)
            self.refused.emit(error)
            return
        self._refuse(error)

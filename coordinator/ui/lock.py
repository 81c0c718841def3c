"""The idle lock: an application-wide idle timer and the lock screen that replaces the data.

The lock screen is a page of the main window's central stack, so while it shows, no client
data is on screen at all (a dialog over the window would leave it visible behind).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QPushButton, QWidget

from coordinator.ui.layouts import STRETCH, column, row
from coordinator.ui.placeholders import arg
from coordinator.ui.resources import icon

# What counts as the person being at the keyboard.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})


CARD_WIDTH = 460


class IdleWatcher(QObject):
    """Emits ``went_idle`` after ``interval_ms`` without keyboard, mouse or touch input."""

    went_idle = Signal()
    """No input arrived for the whole interval."""
    restarted = Signal()
    """Input arrived, so the idle time starts again."""

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.went_idle)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
            self.restarted.emit()
        return False


class LockScreen(QWidget):
    """"Coordinator is locked": the password to continue, or Sign out."""

    unlock_requested = Signal(str)
    """The person entered a password to unlock: ``(password)``."""
    sign_out_requested = Signal()
    """The person chose to sign out instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.card = card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(CARD_WIDTH)
        picture = QLabel()
        picture.setPixmap(icon("lock").pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Coordinator is locked"))
        heading.setObjectName("lockTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.unlock_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        column(card, picture, heading, self.who, 8, password_label, self.password, self.problem,
               8, row(None, self.sign_out_button, STRETCH, self.unlock_button),
               margins=(32, 28, 32, 24), spacing=10)
        # The card sits a third of the way down: twice the room below it as above.
        outer = column(self, STRETCH, row(None, STRETCH, card, STRETCH))
        outer.addStretch(2)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.sign_out_button)
        self.setFocusProxy(self.password)

    def reset(self, full_name: str) -> None:
        self.who.setText(arg(self.tr("The window locked to keep client information private. "
                                     "%1, enter your password to continue."), full_name))
        self.password.clear()
        self.problem.hide()
        self.set_busy(False)
        self._fit_card()

    def _fit_card(self) -> None:
        # The card has a fixed width inside stretches, where Qt does not ask wrapped labels
        # for their height at that width; so the card is given that height itself.
        self.card.setMinimumHeight(self.card.heightForWidth(CARD_WIDTH))

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        if not busy:
            self.password.setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self._fit_card()
        self.password.selectAll()
        self.set_busy(False)

    def _submit(self) -> None:
        if self.unlock_button.isEnabled() and self.password.text():
            self.set_busy(True)
            self.unlock_requested.emit(self.password.text())

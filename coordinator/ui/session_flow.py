"""One workstation's way through first run, sign-in, the main window and sign-out.

First run (no users) -> first-run dialog -> sign in -> main window -> (Log out) -> sign in.
A session that a service call finds over (the account's role or status changed on another
workstation) also returns to sign-in, with the sentence saying why.

Given the app's ``Translations``, the flow also switches languages: sign-in (and first run)
speak the workstation's language, and each person's own language is put on as they sign
in, before any window of their session is built.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from coordinator.services.context import Actor
from coordinator.ui.change_password import ChangePasswordDialog
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose, report_failure
from coordinator.ui.first_run import FirstRunDialog
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.preferences import Preferences
from coordinator.ui.resources import SYSTEM_LANGUAGE, Translations
from coordinator.ui.translation import translate


class SessionFlow(QObject):
    """Walks one workstation through first run, sign-in, the main window and sign-out."""

    ended = Signal(int)
    """The person quit (or the store failed at start): ``(exit code)``."""
    window_shown = Signal(QWidget)
    """The next step's window is on screen: ``(first-run, sign-in or main window)``."""

    def __init__(self, ui: UiContext, *, startup_note: str = "",
                 translations: Translations | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.startup_note = startup_note
        #: None: the language is left as it is (tests of the flow alone).
        self.translations = translations
        self.window: QWidget | None = None
        # Queued: it may be emitted inside a widget's event handler that is about to close.
        ui.operations.session_ended.connect(self._session_ended,
                                            Qt.ConnectionType.QueuedConnection)

    def start(self, shown_login: LoginDialog | None = None) -> None:
        """Ask whether the database has users, then show sign-in or first run.

        Args:
            shown_login: the sign-in window already on screen while the services loaded
                (``run_gui``): it becomes this flow's, keeping what the person typed, or
                gives way to the first-run dialog on a database without users.
        """
        self.window = shown_login
        self.ui.operations.call(None, self.ui.services.auth.has_users,
                                done=self._has_users, failed=self._cannot_start)

    def _has_users(self, has_users: bool) -> None:
        early = self.window
        if has_users and isinstance(early, LoginDialog):
            self._adopt_login(early)
            early.attach(self.ui)
        elif has_users:
            self.show_login()
        else:
            self.show_first_run()

    def _cannot_start(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, None, error, translate("App", "Coordinator cannot start"))
        self.ended.emit(1)

    def show_first_run(self) -> None:
        dialog = FirstRunDialog(self.ui)
        dialog.administrator_created.connect(lambda user: self.show_login(user.username))
        dialog.demo_created.connect(lambda _summary: self.show_login("admin"))
        dialog.rejected.connect(lambda: self.ended.emit(0))
        self._show(dialog)

    def show_login(self, username: str = "", message: str = "") -> None:
        if self.translations is not None:
            # Sign-in belongs to the workstation, not to whoever signed out.
            self.translations.use_choice(SYSTEM_LANGUAGE)
        dialog = LoginDialog(self.ui, username=username, message=message)
        self._adopt_login(dialog)
        self._show(dialog)

    def _adopt_login(self, dialog: LoginDialog) -> None:
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(lambda: self.ended.emit(0))

    def _signed_in(self, actor: Actor) -> None:
        if self.translations is not None:
            self.translations.use_choice(Preferences(actor.user_id).language())
        if actor.must_change_password:
            self.show_change_password()
        else:
            self.show_main_window()

    def show_change_password(self) -> None:
        """After a temporary password: choose one's own before any client data shows."""
        dialog = ChangePasswordDialog(self.ui, required=True)
        dialog.saved.connect(lambda _result: self.show_main_window())
        dialog.rejected.connect(self._abandon_sign_in)
        self._show(dialog)

    def _abandon_sign_in(self) -> None:
        self.ui.operations.call(None, self.ui.services.auth.logout,
                                done=lambda _none: self.show_login(),
                                failed=self._cannot_start)

    def _session_ended(self, message: str) -> None:
        window = self.window
        if isinstance(window, MainWindow):
            window.end_session(message)  # closes its records and dialogs, then signed_out
        elif not isinstance(window, LoginDialog | FirstRunDialog):
            self.show_login(message=message)  # e.g. while choosing a new password

    def show_main_window(self) -> None:
        window = MainWindow(self.ui, startup_note=self.startup_note)
        self.startup_note = ""
        window.signed_out.connect(lambda message: self.show_login(message=message))
        window.closed.connect(lambda: self.ended.emit(0))
        self._show(window)

    def _show(self, window: QWidget) -> None:
        previous, self.window = self.window, window
        window.show()
        window.raise_()
        window.activateWindow()
        self.window_shown.emit(window)
        if previous is not None and previous is not window:
            # Gone from the screen at once (never two windows of the flow at a time), and
            # deleted once control is back in the event loop: usually we are inside one
            # of the previous window's own signals.
            previous.hide()
            QTimer.singleShot(0, lambda: dispose(previous))

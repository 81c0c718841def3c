"""The desktop app's entry point: ``run_gui``.

The sign-in window is on screen before SQLAlchemy, the models and the services are even
imported: they load on a worker thread while the person types (``BackendLoader``), and the
session flow (``coordinator.ui.session_flow``) takes that window over once they are ready.
Enter pressed before then signs in the moment they are. So this module, and everything it
imports at its top, stays free of the database layer.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from coordinator import private_temp
from coordinator.domain.errors import DatabaseLocked
from coordinator.ui.collector import GuiThreadCollector
from coordinator.ui.crash import install_crash_handler
from coordinator.ui.dialogs import DialogService, dispose, report_failure
from coordinator.ui.login import LoginDialog
from coordinator.ui.placeholders import arg
from coordinator.ui.resources import SYSTEM_LANGUAGE, Translations, apply_look
from coordinator.ui.translation import translate

if TYPE_CHECKING:
    from coordinator.services.app import AppServices
    from coordinator.ui.context import UiContext
    from coordinator.ui.session_flow import SessionFlow

_log = logging.getLogger(__name__)

#: What the worker thread imports besides the services: the windows that come after
#: sign-in, so pressing Enter does not wait for their modules. Importing only defines
#: classes; every widget is still made on the GUI thread.
_AFTER_SIGN_IN = ("coordinator.ui.context", "coordinator.ui.session_flow",
                  "coordinator.ui.main_window", "coordinator.ui.views.dashboard")

APP_NAME = "Coordinator"
ORGANIZATION_NAME = "Coordinator"


class BackendLoader(QObject):
    """Imports and opens the services on a worker thread; answers on the GUI thread."""

    loaded = Signal(object, object)
    """``(AppServices, Path | None)``: the services and the pre-upgrade copy, if any."""
    failed = Signal(object)
    """``(BaseException)``: the database could not be opened."""

    def __init__(self, location: str | None, parent: QObject | None = None, *,
                 start_logging: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.start_logging = start_logging
        #: The services once open, so they are closed even if the app quits before
        #: ``loaded`` reaches the GUI thread.
        self.opened: AppServices | None = None
        self._thread = threading.Thread(target=self._load, name="coordinator-start",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    def _load(self) -> None:
        # Signals emitted from this thread are queued to the receivers on the GUI thread.
        if self.start_logging is not None:
            self.start_logging()  # never raises: an unwritable log falls back to stderr
        try:
            from coordinator.services.app import open_services

            services, backup = open_services(self.location)
            self.opened = services
        except BaseException as error:
            self.failed.emit(error)
            return
        try:
            for name in _AFTER_SIGN_IN:
                importlib.import_module(name)
        except BaseException:
            _log.exception("Loading the windows after sign-in failed on the worker thread")
        self.loaded.emit(services, backup)


class Startup(QObject):
    """The app from its first window to its end: the early sign-in window, then the
    session flow on the loaded services (``open_app`` makes one)."""

    ready = Signal()
    """The services are loaded and the session flow has taken over."""

    def __init__(self, app: QApplication, location: str | None,
                 dialogs: DialogService, *, translations: Translations | None = None,
                 start_logging: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.location = location
        self.dialogs = dialogs
        self.translations = translations
        self.services: AppServices | None = None
        self.ui: UiContext | None = None
        self.flow: SessionFlow | None = None
        self.login: LoginDialog | None = None
        self.loader = self._loader(start_logging)

    def _loader(self, start_logging: Callable[[], None] | None) -> BackendLoader:
        loader = BackendLoader(self.location, self, start_logging=start_logging)
        loader.loaded.connect(self._loaded)
        loader.failed.connect(self._failed)
        return loader

    def start(self) -> None:
        login = LoginDialog(None)
        login.rejected.connect(self._quit_before_ready)
        self.login = login
        login.show()
        login.raise_()
        login.activateWindow()
        self.loader.start()

    def _quit_before_ready(self) -> None:
        if self.flow is None:
            self.app.exit(0)

    def _failed(self, error: BaseException) -> None:
        self._close_login()
        if isinstance(error, DatabaseLocked) and error.path is not None:
            self._ask_to_unlock(error.path)
            return
        report_failure(self.dialogs, None, error,
                       translate("App", "Coordinator cannot open the database"))
        self.app.exit(1)

    def _ask_to_unlock(self, path: str) -> None:
        """An encrypted file with no working key here: its recovery passphrase unlocks it,
        then the database is opened again behind a new sign-in window."""
        from coordinator.ui.unlock import UnlockDialog

        dialog = UnlockDialog(path)
        dialog.accepted.connect(self._open_again)
        dialog.rejected.connect(lambda: self.app.exit(1))
        self.dialogs.open_dialog(dialog)

    def _open_again(self) -> None:
        self.loader.wait()
        self.loader = self._loader(None)  # the log was opened by the first attempt
        self.start()

    def _loaded(self, services: AppServices, backup: Path | None) -> None:
        from coordinator.ui.context import UiContext
        from coordinator.ui.session_flow import SessionFlow

        self.services = services
        self.ui = ui = UiContext.create(services, self.dialogs)
        flow = SessionFlow(ui, startup_note=_upgrade_note(backup),
                           translations=self.translations, parent=self)
        flow.ended.connect(self.app.exit)
        self.flow = flow
        login = self.login
        self.login = None
        if login is not None and not login.isVisible():
            login = None  # closed while the services loaded
        flow.start(shown_login=login)
        if login is not None:
            from coordinator.ui.warm_up import warm_up

            waiting = login
            warm_up(ui, lambda: shiboken6.isValid(waiting) and waiting.isVisible()
                    and waiting.sign_in_button.isEnabled())
        self.ready.emit()

    def end_session(self, message: str) -> None:
        if self.ui is not None:
            self.ui.operations.session_ended.emit(message)

    def close(self) -> None:
        self.loader.wait()
        self._close_login()
        if self.ui is not None:
            self.ui.operations.wait()
            self.ui.close()
        services = self.services or self.loader.opened
        if services is not None:
            services.close()

    def _close_login(self) -> None:
        if self.login is not None:
            login, self.login = self.login, None
            login.hide()
            QTimer.singleShot(0, lambda: dispose(login))


def run_gui(location: str | None, *, dialogs: DialogService | None = None,
            start_logging: Callable[[], None] | None = None) -> int:
    """Start the desktop app on the database at ``location`` (None: the default).

    Args:
        location: a SQLite path or database URL; None uses ``COORDINATOR_DB`` or the
            per-user default file.
        dialogs: the dialog service (tests pass a recording fake).
        start_logging: opens the log (the command line's); called on the loading thread
            once the sign-in window is up.

    Returns:
        The exit code: 0 after a normal quit, 1 when the database cannot be used.
    """
    startup, finish = open_app(location, dialogs=dialogs, start_logging=start_logging)
    try:
        return startup.app.exec()
    finally:
        finish()


def open_app(location: str | None, *, dialogs: DialogService | None = None,
             start_logging: Callable[[], None] | None = None,
             ) -> tuple[Startup, Callable[[], None]]:
    """Put the sign-in window on screen and start loading the services behind it.

    The caller runs the event loop, then calls the returned function, which waits for
    the loading thread, closes the services and undoes what was installed on the
    application (``run_gui`` does exactly that; the start-up benchmark watches between).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setQuitOnLastWindowClosed(False)  # between windows (sign out -> sign in) none shows
    # Removed as the app quits, not only at the interpreter's exit (atexit does that too).
    app.aboutToQuit.connect(private_temp.remove)
    apply_look(app)
    # The workstation's language until someone signs in (the session flow switches it).
    translations = Translations(app)
    translations.use_choice(SYSTEM_LANGUAGE)
    # Before the worker thread starts: from now on cycles are collected on this thread.
    collector = GuiThreadCollector(app)
    startup = Startup(app, location, dialogs or DialogService(), translations=translations,
                      start_logging=start_logging)
    # A session found ended by a service called on the GUI thread returns to sign-in too,
    # instead of showing a message box.
    restore_hook = install_crash_handler(startup.dialogs, lambda: app.activeWindow(),
                                         session_ended=startup.end_session)

    def finish() -> None:
        app.aboutToQuit.disconnect(private_temp.remove)
        startup.close()
        collector.stop()
        restore_hook()
        translations.remove()
        startup.deleteLater()

    try:
        startup.start()
    except BaseException:
        finish()
        raise
    return startup, finish


def _upgrade_note(backup: Path | None) -> str:
    if backup is None:
        return ""
    return arg(translate("App", "The database was upgraded; the previous copy is %1."), str(backup))

"""The main window: navigation, the views, menus, status bar and the idle lock.

Each view is imported and built the first time it is shown (or asked for through
``views``; see ``navigation``), and the record window when the first record opens.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

import coordinator
from coordinator.domain.errors import (
    AccountDeactivated,
    AccountLocked,
    AuthenticationFailed,
    CoordinatorError,
)
from coordinator.domain.roles import Permission
from coordinator.domain.settings import SettingValue
from coordinator.services.notify import Change, Topic
from coordinator.ui.admin.access import admin_view_allowed
from coordinator.ui.announce import SHOWN_MS, belongs_to, tell_screen_reader
from coordinator.ui.changes import topics
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose, report_failure
from coordinator.ui.guide import GuideDialog, shortcut_lines
from coordinator.ui.labels import role_title
from coordinator.ui.language_dialog import LanguageDialog
from coordinator.ui.layouts import NO_MARGINS, column, row
from coordinator.ui.lock import IdleWatcher, LockScreen
from coordinator.ui.navigation import (
    LazyViews,
    ViewEntry,
    admin_view,
    clients_view,
    dashboard_view,
    facilities_view,
    referrals_view,
    resources_view,
    roll_call_view,
)
from coordinator.ui.placeholders import arg
from coordinator.ui.preferences import (
    Preferences,
    apply_at_sign_in,
    apply_text_size,
    text_sizes,
)
from coordinator.ui.resources import icon
from coordinator.ui.said_text import error_text
from coordinator.ui.screen_fit import room_for_window
from coordinator.ui.transport_note import TransportWarningLabel
from coordinator.ui.window_memory import remember

if TYPE_CHECKING:
    from coordinator.ui.record.window import RecordWindow

DEFAULT_IDLE_MINUTES = 15


def reports_view(ui: UiContext) -> QWidget:
    from coordinator.ui.reports.view import ReportsView

    return ReportsView(ui)


# How long closing the window waits for reads still running before it signs out.
CLOSE_WAITS_FOR_READS_MS = 5000

class MainWindow(QMainWindow):
    """The signed-in workspace. Closing it signs out; ``signed_out`` returns to sign-in."""

    locked = Signal()
    """The window locked (idle time or Lock now); no client data is on screen."""
    unlocked = Signal()
    """The right password was entered on the lock screen."""
    unlock_refused = Signal(str)
    """A wrong password on the lock screen: ``(message shown)``."""
    signed_out = Signal(str)
    """The session ended (Log out, or the account locked): ``(message for sign-in, or "")``."""
    closed = Signal()
    """The person closed the window (quit)."""
    clinic_loaded = Signal(dict)
    """Clinic settings were read and the title and badge updated: ``(settings)``."""
    record_opened = Signal(object)
    """A client record window was opened or brought to the front: ``(RecordWindow)``."""
    diagnostics_copied = Signal()
    """Help > Copy diagnostics put its text on the clipboard."""
    guide_opened = Signal(object)
    """Help > Quick guide was opened: ``(GuideDialog)``."""

    def __init__(self, ui: UiContext, *, idle_interval_ms: int | None = None,
                 startup_note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        actor = ui.services.actor
        if actor is None:
            raise RuntimeError("The main window needs a signed-in user.")
        self.actor = actor
        self.setObjectName("mainWindow")
        room = room_for_window(self)
        self.setMinimumSize(QSize(960, 620).boundedTo(room))
        self.resize(QSize(1280, 800).boundedTo(room))
        self.memory = remember(self, "mainWindow", actor.user_id)
        self.preferences = Preferences(actor.user_id)
        apply_at_sign_in(self.preferences)
        self.is_locked = False
        self.is_demo = False
        self.clinic_name = ""
        self._session_ended = False
        self._hidden_dialogs: list[QDialog] = []
        self.record_windows: dict[int, RecordWindow] = {}
        self._hidden_records: list[RecordWindow] = []
        self._fixed_idle_interval = idle_interval_ms is not None
        self._update_title()

        self.entries = self._view_entries()
        self.views = LazyViews([entry.key for entry in self.entries], self._build_view)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(212)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setObjectName("viewStack")
        for entry in self.entries:
            # A stand-in until the view is first shown (``_build_view``).
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(icon(entry.icon_name), entry.title)
            item.setSizeHint(QSize(0, 42))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)

        brand = QLabel(self.tr("Coordinator"))
        brand.setObjectName("brand")
        nav_panel = QWidget()
        nav_panel.setObjectName("navPanel")
        column(nav_panel, brand, (self.nav, 1), margins=NO_MARGINS, spacing=0)

        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        row(self.workspace, nav_panel, (self.stack, 1), margins=NO_MARGINS, spacing=0)

        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self._try_unlock)
        self.lock_screen.sign_out_requested.connect(self.log_out)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.workspace)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self.setTabOrder(self.nav, self.stack)

        self._build_menus()
        self._build_status_bar(startup_note)

        minutes_ms = DEFAULT_IDLE_MINUTES * 60_000
        self.idle = IdleWatcher(idle_interval_ms if idle_interval_ms is not None else minutes_ms,
                                self)
        self.idle.went_idle.connect(self.lock)
        self.idle.start()

        ui.changes.changed.connect(self._on_changed)
        # Other workstations' saves arrive as changes too (coordinator.services.live).
        ui.services.watch_other_workstations()
        self.show_view("dashboard")
        self.load_clinic()

    # Building --------------------------------------------------------------------------------

    def _view_entries(self) -> list[ViewEntry]:
        ui = self.ui
        entries = [
            ViewEntry("dashboard", self.tr("Dashboard"), "dashboard", lambda: dashboard_view(ui)),
            ViewEntry("clients", self.tr("Clients"), "clients", lambda: clients_view(ui)),
            ViewEntry("referrals", self.tr("Referrals"), "referrals", lambda: referrals_view(ui)),
            ViewEntry("roll-call", self.tr("Roll call"), "roll-call", lambda: roll_call_view(ui)),
            ViewEntry("resources", self.tr("Resources"), "resources", lambda: resources_view(ui)),
            ViewEntry("facilities", self.tr("Facilities"), "facilities",
                      lambda: facilities_view(ui)),
        ]
        if ui.may(Permission.VIEW_REPORTS):  # supervisors and administrators
            entries.append(ViewEntry("reports", self.tr("Reports"), "reports",
                                     lambda: reports_view(ui)))
        if admin_view_allowed(ui):
            entries.append(ViewEntry("admin", self.tr("Admin"), "admin", lambda: admin_view(ui)))
        return entries

    def _build_view(self, key: str) -> QWidget:
        """Build the view for ``key`` and put it in its place in the stack."""
        index = self.view_keys.index(key)
        view = self.entries[index].build()
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, view)
        if stand_in is not None:  # every key has its stand-in until built
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        opens_records = getattr(view, "client_requested", None)
        if opens_records is not None:
            opens_records.connect(self.open_record)
        return view

    def _build_text_size_menu(self, menu: QMenu) -> None:
        """One choice per text size; the chosen one is kept for this user."""
        menu.setObjectName("textSizeMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        chosen = self.preferences.text_size().key
        self.text_size_actions: dict[str, QAction] = {}
        for size in text_sizes():
            action = QAction(size.title, self)
            action.setCheckable(True)
            action.setChecked(size.key == chosen)
            action.triggered.connect(lambda _checked=False, size=size: self.choose_text_size(
                size.key))
            group.addAction(action)
            menu.addAction(action)
            self.text_size_actions[size.key] = action

    def choose_text_size(self, key: str) -> None:
        """Show text at the size ``key`` names now, and at every later sign-in."""
        self.preferences.set_text_size(key)
        self.text_size_actions[key].setChecked(True)
        apply_text_size(self.preferences.text_size())

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.log_out_action = QAction(self.tr("&Log out"), self)
        self.log_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.log_out_action.triggered.connect(self.log_out)
        self.lock_action = QAction(self.tr("Loc&k now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.log_out_action)
        file_menu.addSeparator()
        self._build_text_size_menu(file_menu.addMenu(self.tr("Te&xt size")))
        self.language_action = QAction(self.tr("Lan&guage…"), self)
        self.language_action.setStatusTip(
            self.tr("The language Coordinator speaks to you, from your next sign-in"))
        self.language_action.triggered.connect(self.show_language_choice)
        file_menu.addAction(self.language_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for number, entry in enumerate(self.entries, start=1):
            action = QAction(entry.title, self)
            action.setIcon(icon(entry.icon_name))
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_view(key))
            group.addAction(action)
            go_menu.addAction(action)
            self.go_actions[entry.key] = action
        self.go_menu = go_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("Quick &guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setStatusTip(self.tr("The main tasks and the keyboard shortcuts"))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.open_log_folder_action = QAction(self.tr("Open &log folder"), self)
        self.open_log_folder_action.setStatusTip(
            self.tr("Show the folder holding Coordinator's log file"))
        self.open_log_folder_action.triggered.connect(self.open_log_folder)
        self.copy_diagnostics_action = QAction(self.tr("Copy &diagnostics"), self)
        self.copy_diagnostics_action.setStatusTip(
            self.tr("Copy the versions, database kind and schema for your support contact "
                    "(no client data)"))
        self.copy_diagnostics_action.triggered.connect(self.copy_diagnostics)
        help_menu.addAction(self.open_log_folder_action)
        help_menu.addAction(self.copy_diagnostics_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About Coordinator"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self, startup_note: str) -> None:
        bar = self.statusBar()
        self.ui.announcer.announced.connect(self._announced)
        bar.setSizeGripEnabled(False)
        self.user_label = QLabel(arg(self.tr("Signed in as %1 (%2)"),
                                     self.actor.full_name, role_title(self.actor.role)))
        self.user_label.setObjectName("statusUser")
        self.note_label = QLabel(startup_note)
        self.note_label.setObjectName("quietNote")
        self.demo_badge = QLabel(self.tr("DEMO"))
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setToolTip(self.tr("A demo database with fictitious clients; do not "
                                           "enter real client information."))
        self.demo_badge.hide()
        # A long path is shortened in its middle, the whole of it in the tooltip.
        where = arg(self.tr("Database: %1"), self.ui.services.db.display_name)
        self.database_label = QLabel(self.fontMetrics().elidedText(
            where, Qt.TextElideMode.ElideMiddle, 420))
        self.database_label.setToolTip(where)
        self.database_label.setObjectName("statusDatabase")
        self.transport_label = TransportWarningLabel()
        bar.addWidget(self.user_label)
        bar.addWidget(self.note_label, 1)
        bar.addPermanentWidget(self.demo_badge)
        bar.addPermanentWidget(self.transport_label)
        bar.addPermanentWidget(self.database_label)
        self.transport_label.show_for(self.ui.services.db.transport_warning)

    def _announced(self, text: str, origin: object) -> None:
        """A save's confirmation: in the status bar; read out when it happened here."""
        if not shiboken6.isValid(self):
            return
        self.statusBar().showMessage(text, SHOWN_MS)
        if origin is None or belongs_to(self, origin):
            tell_screen_reader(self.statusBar(), text)

    # Views -----------------------------------------------------------------------------------

    @property
    def view_keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def current_view_key(self) -> str:
        return self.entries[self.stack.currentIndex()].key

    def show_view(self, key: str) -> None:
        if self.is_locked or key not in self.views:
            return
        self.nav.setCurrentRow(self.view_keys.index(key))

    def _show_row(self, row: int) -> None:
        if row < 0 or self.is_locked:
            return
        entry = self.entries[row]
        self.stack.setCurrentIndex(row)
        self.go_actions[entry.key].setChecked(True)
        self.views[entry.key].setFocus()

    # Client records --------------------------------------------------------------------------

    def open_record(self, client_id: int) -> RecordWindow | None:
        """Open the client's record window, or bring the one already open to the front."""
        if self.is_locked:
            return None
        window = self.record_windows.get(client_id)
        if window is None or not shiboken6.isValid(window):
            from coordinator.ui.record.window import RecordWindow

            window = RecordWindow(self.ui, client_id, self)
            window.window_closed.connect(self._record_closed)
            self.record_windows[client_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.record_opened.emit(window)
        return window

    def _record_closed(self, client_id: int) -> None:
        window = self.record_windows.pop(client_id, None)
        if window is not None:
            QTimer.singleShot(0, lambda: dispose(window))

    # Clinic settings -------------------------------------------------------------------------

    def load_clinic(self) -> None:
        services = self.ui.services

        def read(_progress: object, _cancelled: object) -> tuple[dict[str, SettingValue], bool]:
            return services.settings.all(), services.settings.is_demo()

        self.ui.operations.run(self, read, done=self._clinic_read)

    def _clinic_read(self, answer: tuple[dict[str, SettingValue], bool]) -> None:
        values, self.is_demo = answer
        self.clinic_name = str(values.get("clinic_name", ""))
        self._update_title()
        self.demo_badge.setVisible(self.is_demo)
        if not self._fixed_idle_interval:
            minutes = values.get("idle_lock_minutes", DEFAULT_IDLE_MINUTES)
            self.idle.set_interval(int(minutes) * 60_000)
        self.clinic_loaded.emit(values)

    def _update_title(self) -> None:
        title = self.tr("Coordinator")
        if self.clinic_name:
            title += f" — {self.clinic_name}"
        if self.is_demo:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if Topic.SETTING in topics(batch):
            self.load_clinic()

    def show_guide(self) -> GuideDialog:
        """Help → Quick guide, with the shortcuts of this window and its open views."""
        views = [(entry.title, self.views.built[entry.key]) for entry in self.entries
                 if entry.key in self.views.built]
        dialog = GuideDialog(shortcut_lines(self, views), self)
        self.ui.dialogs.open_dialog(dialog)
        self.guide_opened.emit(dialog)
        return dialog

    def show_language_choice(self) -> LanguageDialog:
        """File → Language…: this person's language, put on at their next sign-in."""
        dialog = LanguageDialog(self.preferences, self)
        self.ui.dialogs.open_dialog(dialog)
        return dialog

    def show_about(self) -> None:
        self.ui.dialogs.information(
            self, self.tr("About Coordinator"),
            arg(self.tr("Coordinator %1\n\nCare coordination across levels of care for "
                        "behavioral-health case managers.\n\nDatabase: %2"),
                coordinator.__version__, self.ui.services.db.display_name))

    def open_log_folder(self) -> None:
        """Show the log folder in the file manager, making it first if it is not there."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from coordinator.logs import log_folder

        folder = log_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.ui.dialogs.warning(
                self, self.tr("Open log folder"),
                arg(self.tr("The log folder %1 cannot be made (%2)."),
                    str(folder), error.strerror or type(error).__name__))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def copy_diagnostics(self) -> None:
        """Put the versions, the database's kind and schema revision and the log folder on
        the clipboard, for a support contact: nothing about any client."""
        import PySide6
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication

        from coordinator.services.diagnostics import Diagnostics

        def copy(facts: Diagnostics) -> None:
            unread = self.tr("could not be read")
            lines = [
                (self.tr("Coordinator"), facts.version),
                (self.tr("Python"), facts.python),
                (self.tr("Qt"), qVersion()),
                (self.tr("PySide6"), PySide6.__version__),
                (self.tr("Platform"), facts.platform),
                (self.tr("Database"), facts.database_kind),
                (self.tr("Schema revision"), facts.schema_revision or unread),
                (self.tr("Newest schema known"), facts.schema_head or unread),
                (self.tr("Log folder"), str(facts.log_folder)),
            ]
            QGuiApplication.clipboard().setText(
                "".join(f"{label}: {value}\n" for label, value in lines))
            self.statusBar().showMessage(self.tr("Diagnostics copied."), 5000)
            self.diagnostics_copied.emit()

        self.ui.operations.call(self, self.ui.services.diagnostics.collect, done=copy)

    # Locking ---------------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything behind the lock screen and audit it; the password unlocks."""
        if self.is_locked or self._session_ended:
            return
        self.is_locked = True
        self.idle.stop()
        self._hidden_dialogs = [dialog for dialog in self.findChildren(QDialog)
                                if dialog.isVisible()]
        # Record windows (and their dialogs, found above) show client data too.
        self._hidden_records = [window for window in self.record_windows.values()
                                if window.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        for window in self._hidden_records:
            window.hide()
        self.pages.setCurrentWidget(self.lock_screen)
        self._set_navigation_enabled(False)
        self.lock_screen.reset(self.actor.full_name)
        self.lock_screen.setFocus()
        self.ui.operations.call(self, self.ui.services.auth.record_idle_lock)
        self.locked.emit()

    def _set_navigation_enabled(self, enabled: bool) -> None:
        self.go_menu.setEnabled(enabled)
        for action in (*self.go_actions.values(), self.lock_action):
            action.setEnabled(enabled)

    def _try_unlock(self, password: str) -> None:
        self.ui.operations.call(self, self.ui.services.auth.unlock, password,
                                done=self._unlocked, failed=self._unlock_failed)

    def _unlocked(self, _result: object) -> None:
        self.is_locked = False
        self.pages.setCurrentWidget(self.workspace)
        self._set_navigation_enabled(True)
        for dialog in self._hidden_dialogs:
            if shiboken6.isValid(dialog):
                dialog.show()
        self._hidden_dialogs = []
        for window in self._hidden_records:
            if shiboken6.isValid(window):
                window.show()
        self._hidden_records = []
        self.idle.start()
        self.views[self.current_view_key()].setFocus()
        self.unlocked.emit()

    def _unlock_failed(self, error: BaseException) -> None:
        if isinstance(error, AccountLocked | AccountDeactivated):
            self.end_session(error_text(error))
        elif isinstance(error, AuthenticationFailed):
            self.lock_screen.show_problem(error_text(error))
            self.unlock_refused.emit(error_text(error))
        else:
            self.lock_screen.set_busy(False)
            report_failure(self.ui.dialogs, self, error)

    # Ending the session ----------------------------------------------------------------------

    def log_out(self) -> None:
        if not self.views_may_close():
            return
        self.ui.operations.call(self, self.ui.services.auth.logout,
                                done=lambda _result: self.end_session(""),
                                failed=lambda _error: self.end_session(""))

    def views_may_close(self) -> bool:
        """Ask each open view that holds work not saved yet (a ``may_leave()`` method, e.g.
        the roll call's marks) whether it may be dropped; False once one says stay."""
        for view in self.views.built.values():
            may_leave = getattr(view, "may_leave", None)
            if callable(may_leave) and not may_leave():
                self.show_view_of(view)
                return False
        return True

    def show_view_of(self, view: QWidget) -> None:
        """Bring ``view`` to the front, so the person sees what they are asked about."""
        for key, built in self.views.built.items():
            if built is view:
                self.show_view(key)

    def end_session(self, message: str) -> None:
        """Close the records and dialogs and return to sign-in, showing ``message``."""
        if self._session_ended:
            return
        self._session_ended = True
        self.idle.stop()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.signed_out.emit(message)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._session_ended and not self.views_may_close():
            event.ignore()
            return
        self.idle.stop()
        self.ui.services.stop_watching_other_workstations()
        for window in list(self.record_windows.values()):
            window.close()
        if not self._session_ended:
            self._session_ended = True
            # Quitting: sign out right here. It is one small audit row, and after this
            # event the app is gone, so a background operation would never report back.
            # Reads still running (a dashboard's, which logs its view) finish first, for
            # a few seconds at most, so that no view is logged after the sign-out.
            self.ui.operations.wait(CLOSE_WAITS_FOR_READS_MS)
            with contextlib.suppress(CoordinatorError):
                self.ui.services.auth.logout()
            self.closed.emit()
        super().closeEvent(event)

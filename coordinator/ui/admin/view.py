"""The Admin view: a tab per task the signed-in role may do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from coordinator.domain.roles import Permission
from coordinator.ui.admin.access import admin_view_allowed
from coordinator.ui.admin.audit import AuditTab
from coordinator.ui.admin.levels import LevelsTab
from coordinator.ui.admin.protection import ProtectionTab
from coordinator.ui.admin.settings_form import SettingsTab
from coordinator.ui.admin.users import UsersTab
from coordinator.ui.context import UiContext

__all__ = ["AdminView", "admin_view_allowed"]


def levels_tab_allowed(ui: UiContext) -> bool:
    """The levels of care are clinic set-up, edited next to the clinic settings: only an
    administrator gets the tab (the service asks for the same permission)."""
    return ui.may(Permission.MANAGE_SETTINGS)


class AdminView(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminView")
        title = QLabel(self.tr("Administration"))
        title.setObjectName("viewTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.setAccessibleName(self.tr("Administration sections"))
        self.users: UsersTab | None = None
        self.settings: SettingsTab | None = None
        self.levels: LevelsTab | None = None
        self.audit: AuditTab | None = None
        self.protection: ProtectionTab | None = None
        if ui.may(Permission.MANAGE_USERS):
            self.users = UsersTab(ui)
            self.tabs.addTab(self.users, self.tr("&Users"))
        if ui.may(Permission.MANAGE_SETTINGS):
            self.settings = SettingsTab(ui)
            self.tabs.addTab(self.settings, self.tr("Clinic se&ttings"))
        if levels_tab_allowed(ui):
            self.levels = LevelsTab(ui)
            self.tabs.addTab(self.levels, self.tr("&Levels of care"))
        if ui.may(Permission.VIEW_AUDIT):
            self.audit = AuditTab(ui)
            self.tabs.addTab(self.audit, self.tr("Au&dit trail"))
        if ui.may(Permission.MANAGE_SETTINGS):
            self.protection = ProtectionTab(ui)
            self.tabs.addTab(self.protection, self.tr("Data &protection"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

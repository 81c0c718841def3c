"""Who sees the Admin view, answered without loading it (the main window asks at start)."""

from __future__ import annotations

from coordinator.domain.roles import Permission
from coordinator.ui.context import UiContext

ADMIN_PERMISSIONS = (Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.VIEW_AUDIT)


def admin_view_allowed(ui: UiContext) -> bool:
    """Administrators see every tab; supervisors see the audit trail; others see none."""
    return any(ui.may(permission) for permission in ADMIN_PERMISSIONS)

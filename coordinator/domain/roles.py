"""Roles and what each may do (docs/architecture.md §3, Roles).

Permissions are checked inside services; the UI only hides what a role cannot use.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    CASE_MANAGER = "case_manager"
    READ_ONLY = "read_only"

    @property
    def label(self) -> str:
        """English title; the UI translates it."""
        return ROLE_TITLES[self]

    @classmethod
    def parse(cls, text: str) -> Role:
        """Accept ``case_manager``, ``case-manager`` or ``Case manager``."""
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(r.value for r in cls)
            raise ValueError(f"Unknown role '{text}'. Choose one of: {choices}.") from None


ROLE_TITLES: dict[Role, str] = {
    Role.ADMIN: "Administrator",
    Role.SUPERVISOR: "Supervisor",
    Role.CASE_MANAGER: "Case manager",
    Role.READ_ONLY: "Read-only",
}


class Permission(StrEnum):
    VIEW_CLIENTS = "view_clients"
    EDIT_CLIENTS = "edit_clients"
    EDIT_CARE = "edit_care"  # episodes, transitions, referrals, notes, assessments
    EXPORT_RECORDS = "export_records"
    VIEW_REPORTS = "view_reports"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    EDIT_REFERENCE = "edit_reference"  # facilities, resources (levels: MANAGE_SETTINGS)


_CLINICAL = {
    Permission.VIEW_CLIENTS,
    Permission.EDIT_CLIENTS,
    Permission.EDIT_CARE,
    Permission.EXPORT_RECORDS,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.SUPERVISOR: frozenset(
        _CLINICAL | {Permission.VIEW_REPORTS, Permission.VIEW_AUDIT, Permission.EDIT_REFERENCE}
    ),
    # Outcome reports read the whole clinic's caseload and name every client behind a
    # figure: supervisors and administrators only (a case manager's own clocks and
    # referrals are on the dashboard).
    Role.CASE_MANAGER: frozenset(_CLINICAL),
    Role.READ_ONLY: frozenset({Permission.VIEW_CLIENTS}),
}

PERMISSION_SENTENCES: dict[Permission, str] = {
    Permission.VIEW_CLIENTS: "view client records",
    Permission.EDIT_CLIENTS: "change client records",
    Permission.EDIT_CARE: "change episodes, transitions, referrals or notes",
    Permission.EXPORT_RECORDS: "print or export client records",
    Permission.VIEW_REPORTS: "view reports",
    Permission.VIEW_AUDIT: "view the audit trail",
    Permission.MANAGE_USERS: "manage user accounts",
    Permission.MANAGE_SETTINGS: "change clinic settings",
    Permission.EDIT_REFERENCE: "change reference data",
}


def allows(role: Role, permission: Permission) -> bool:
    """Whether ``role`` grants ``permission``."""
    return permission in ROLE_PERMISSIONS[role]

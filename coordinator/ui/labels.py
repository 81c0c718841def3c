"""Translated titles for coded values (roles, statuses, audit actions).

The domain keeps English titles next to its codes; the UI shows these instead so the Spanish
translation is a data file. Each title is written out literally so ``lupdate`` finds it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from coordinator.domain.roles import Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_title(role: Role) -> str:
    titles = {
        Role.ADMIN: _tr("Administrator"),
        Role.SUPERVISOR: _tr("Supervisor"),
        Role.CASE_MANAGER: _tr("Case manager"),
        Role.READ_ONLY: _tr("Read-only"),
    }
    return titles[role]


def client_status_title(status: str) -> str:
    titles = {
        "active": _tr("Active"),
        "discharged": _tr("Discharged"),
        "archived": _tr("Archived"),
    }
    return titles.get(status, status)


def audit_action_title(action: str) -> str:
    return _audit_action_titles().get(action, action)


def audit_actions() -> list[tuple[str, str]]:
    """Every audit action as ``(code, title)``, by title: the Audit view's action filter."""
    return sorted(_audit_action_titles().items(), key=lambda item: item[1].casefold())


def _audit_action_titles() -> dict[str, str]:
    return {
        "login": _tr("Signed in"),
        "login_failed": _tr("Sign-in failed"),
        "logout": _tr("Signed out"),
        "account_locked": _tr("Account locked"),
        "idle_lock": _tr("Window locked"),
        "unlock": _tr("Window unlocked"),
        "session_ended": _tr("Signed out: account changed"),
        "create": _tr("Created"),
        "update": _tr("Changed"),
        "view": _tr("Viewed"),
        "archive": _tr("Archived"),
        "export": _tr("Exported"),
        "print": _tr("Printed"),
        "settings_change": _tr("Settings changed"),
        "demo_generated": _tr("Demo caseload created"),
        "cancel": _tr("Cancelled"),
        "complete": _tr("Completed"),
        "discharge": _tr("Discharged"),
        "end": _tr("Ended"),
        "entered_in_error": _tr("Marked entered in error"),
        "import": _tr("Imported"),
        "rebuild": _tr("Rebuilt"),
        "close_out": _tr("Missed clock closed out"),
        "restore": _tr("Restored from a backup"),
        "status_change": _tr("Status changed"),
        "outcome": _tr("Outcome recorded"),
        "search": _tr("Searched clients"),
    }


def audit_record_title(entity_type: str, entity_id: str, name: str = "") -> str:
    """What an audit event is about, in words: "Episode 12", "Dashboard", "User account:
    Maria Lopez". A client's name has a column of its own, so a client is "Client record"."""
    titles = {
        "client": _tr("Client record"),
        "episode": _tr("Episode"),
        "transition": _tr("Transition"),
        "referral": _tr("Referral"),
        "consent": _tr("Consent"),
        "care_team_member": _tr("Care team member"),
        "client_note": _tr("Note"),
        "assessment": _tr("Assessment"),
        "safety_alert": _tr("Safety alert"),
        "attendance": _tr("Attendance"),
        "disclosure": _tr("Disclosure"),
        "user": _tr("User account"),
        "setting": _tr("Clinic settings"),
        "facility": _tr("Facility"),
        "level_of_care": _tr("Level of care"),
        "program_schedule": _tr("Program track"),
        "hsds": _tr("Resource directory"),
        "database": _tr("Database"),
        "transition_clock": _tr("Transition clocks"),
        "dashboard": _tr("Dashboard"),
        "referral_list": _tr("Referrals list"),
        "client_list": _tr("Clients list"),
        "roll_call": _tr("Roll call"),
        "clock_report": _tr("Clock report"),
        "audit_trail": _tr("Audit trail"),
        "client_diagnosis": _tr("Problem"),
        "client_medication": _tr("Medication"),
        "client_allergy": _tr("Allergy"),
        "appointment": _tr("Appointment"),
        "safety_plan": _tr("Safety plan"),
        "advance_directive": _tr("Advance directive"),
        "care_plan": _tr("Care plan"),
        "care_plan_goal": _tr("Care plan goal"),
        "care_plan_objective": _tr("Care plan objective"),
        "care_plan_intervention": _tr("Care plan intervention"),
        "care_plan_review": _tr("Care plan review"),
    }
    title = titles.get(entity_type, entity_type)
    if name:
        return f"{title}: {name}"
    # Lists and one-of-a-kind things have no number worth showing; records do.
    numbered = entity_type not in ("client", "dashboard", "referral_list", "client_list",
                                   "roll_call", "clock_report", "audit_trail", "setting",
                                   "database", "hsds", "transition_clock")
    return f"{title} {entity_id}" if entity_id and numbered else title


def setting_title(key: str, english: str) -> str:
    """The clinic setting's title; falls back to the registry's English title."""
    titles = {
        "clinic_name": _tr("Clinic name"),
        "clinic_address": _tr("Address"),
        "clinic_phone": _tr("Phone"),
        "clinic_fax": _tr("Fax"),
        "clinic_logo": _tr("Logo"),
        "clinic_npi": _tr("Clinic NPI"),
        "clinic_license": _tr("License number"),
        "step_down_window_days": _tr("Step-down window (days)"),
        "idle_lock_minutes": _tr("Lock after idle minutes"),
        "require_consent_all_disclosures": _tr("Require consent for all disclosures"),
        "pcl5_probable_ptsd_cutoff": _tr("PCL-5 probable PTSD cut-off"),
        "phq9_due_every_days": _tr("PHQ-9 due every (days, 0: never)"),
        "gad7_due_every_days": _tr("GAD-7 due every (days, 0: never)"),
        "pcl5_due_every_days": _tr("PCL-5 due every (days, 0: never)"),
        "care_plan_review_days_op": _tr("Care plan review every (days) in OP"),
        "care_plan_review_days_iop": _tr("Care plan review every (days) in IOP"),
        "care_plan_review_days_php": _tr("Care plan review every (days) in PHP"),
        "care_plan_review_days_res": _tr("Care plan review every (days) in RES"),
        "care_plan_review_days_inp": _tr("Care plan review every (days) in INP"),
        "care_plan_review_days_wm": _tr("Care plan review every (days) in WM"),
    }
    return titles.get(key, english)


def local_time(moment: datetime | None) -> str:
    """A stored UTC timestamp in the workstation's local time, e.g. ``2025-03-14 09:30``."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")

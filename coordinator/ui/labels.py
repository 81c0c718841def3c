"""Translated titles for coded values (roles, statuses, audit actions).

The domain keeps English titles next to its codes; the UI shows these instead so the Spanish
translation is a data file. Each title is written out literally so ``lupdate`` finds it.
"""

from __future__ import annotations

from datetime import datetime

from coordinator.domain.roles import Role
from coordinator.ui.locale_text import datetime_text
from coordinator.ui.translation import translate


def role_title(role: Role) -> str:
    titles = {
        Role.ADMIN: translate("Labels", "Administrator"),
        Role.SUPERVISOR: translate("Labels", "Supervisor"),
        Role.CASE_MANAGER: translate("Labels", "Case manager"),
        Role.READ_ONLY: translate("Labels", "Read-only"),
    }
    return titles[role]


def client_status_title(status: str) -> str:
    titles = {
        "active": translate("Labels", "Active"),
        "discharged": translate("Labels", "Discharged"),
        "archived": translate("Labels", "Archived"),
    }
    return titles.get(status, status)


def audit_action_title(action: str) -> str:
    return _audit_action_titles().get(action, action)


def audit_actions() -> list[tuple[str, str]]:
    """Every audit action as ``(code, title)``, by title: the Audit view's action filter."""
    return sorted(_audit_action_titles().items(), key=lambda item: item[1].casefold())


def _audit_action_titles() -> dict[str, str]:
    return {
        "login": translate("Labels", "Signed in"),
        "login_failed": translate("Labels", "Sign-in failed"),
        "logout": translate("Labels", "Signed out"),
        "account_locked": translate("Labels", "Account locked"),
        "idle_lock": translate("Labels", "Window locked"),
        "unlock": translate("Labels", "Window unlocked"),
        "session_ended": translate("Labels", "Signed out: account changed"),
        "create": translate("Labels", "Created"),
        "update": translate("Labels", "Changed"),
        "view": translate("Labels", "Viewed"),
        "archive": translate("Labels", "Archived"),
        "export": translate("Labels", "Exported"),
        "print": translate("Labels", "Printed"),
        "settings_change": translate("Labels", "Settings changed"),
        "demo_generated": translate("Labels", "Demo caseload created"),
        "cancel": translate("Labels", "Cancelled"),
        "complete": translate("Labels", "Completed"),
        "discharge": translate("Labels", "Discharged"),
        "end": translate("Labels", "Ended"),
        "entered_in_error": translate("Labels", "Marked entered in error"),
        "import": translate("Labels", "Imported"),
        "rebuild": translate("Labels", "Rebuilt"),
        "close_out": translate("Labels", "Missed clock closed out"),
        "restore": translate("Labels", "Restored from a backup"),
        "status_change": translate("Labels", "Status changed"),
        "outcome": translate("Labels", "Outcome recorded"),
        "search": translate("Labels", "Searched clients"),
    }


def audit_record_title(entity_type: str, entity_id: str, name: str = "") -> str:
    """What an audit event is about, in words: "Episode 12", "Dashboard", "User account:
    Maria Lopez". A client's name has a column of its own, so a client is "Client record"."""
    titles = {
        "client": translate("Labels", "Client record"),
        "episode": translate("Labels", "Episode"),
        "transition": translate("Labels", "Transition"),
        "referral": translate("Labels", "Referral"),
        "consent": translate("Labels", "Consent"),
        "care_team_member": translate("Labels", "Care team member"),
        "client_note": translate("Labels", "Note"),
        "assessment": translate("Labels", "Assessment"),
        "safety_alert": translate("Labels", "Safety alert"),
        "attendance": translate("Labels", "Attendance"),
        "disclosure": translate("Labels", "Disclosure"),
        "user": translate("Labels", "User account"),
        "setting": translate("Labels", "Clinic settings"),
        "facility": translate("Labels", "Facility"),
        "level_of_care": translate("Labels", "Level of care"),
        "program_schedule": translate("Labels", "Program track"),
        "hsds": translate("Labels", "Resource directory"),
        "database": translate("Labels", "Database"),
        "transition_clock": translate("Labels", "Transition clocks"),
        "dashboard": translate("Labels", "Dashboard"),
        "referral_list": translate("Labels", "Referrals list"),
        "client_list": translate("Labels", "Clients list"),
        "roll_call": translate("Labels", "Roll call"),
        "clock_report": translate("Labels", "Clock report"),
        "audit_trail": translate("Labels", "Audit trail"),
        "client_diagnosis": translate("Labels", "Problem"),
        "client_medication": translate("Labels", "Medication"),
        "client_allergy": translate("Labels", "Allergy"),
        "appointment": translate("Labels", "Appointment"),
        "safety_plan": translate("Labels", "Safety plan"),
        "advance_directive": translate("Labels", "Advance directive"),
        "care_plan": translate("Labels", "Care plan"),
        "care_plan_goal": translate("Labels", "Care plan goal"),
        "care_plan_objective": translate("Labels", "Care plan objective"),
        "care_plan_intervention": translate("Labels", "Care plan intervention"),
        "care_plan_review": translate("Labels", "Care plan review"),
        "inquiry": translate("Labels", "Intake inquiry"),
        "readiness_assessment": translate("Labels", "Readiness assessment"),
        "report_list": translate("Labels", "Report case list"),
        "outcome_report": translate("Labels", "Outcome reports"),
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
    """The clinic setting's title in the user's language (every setting of
    ``coordinator.domain.settings.SETTINGS`` has one; the English title for a key this
    version does not know)."""
    titles = {
        "clinic_name": translate("Labels", "Clinic name"),
        "clinic_address": translate("Labels", "Address"),
        "clinic_phone": translate("Labels", "Phone"),
        "clinic_fax": translate("Labels", "Fax"),
        "clinic_logo": translate("Labels", "Logo"),
        "clinic_npi": translate("Labels", "Clinic NPI"),
        "clinic_license": translate("Labels", "License number"),
        "step_down_window_days": translate("Labels", "Step-down window (days)"),
        "idle_lock_minutes": translate("Labels", "Lock after idle minutes"),
        "require_consent_all_disclosures":
            translate("Labels", "Require consent for all disclosures"),
        "minor_sud_consent_age": translate(
            "Labels", "Age a minor may consent to substance-use treatment alone (18: never)"),
        "require_readiness_assessment": translate(
            "Labels", "Require a readiness assessment before a step-up or step-down"),
        "demo_database": translate("Labels", "Demo database"),
        "pcl5_probable_ptsd_cutoff": translate("Labels", "PCL-5 probable PTSD cut-off"),
        "phq9_due_every_days": translate("Labels", "PHQ-9 due every (days, 0: never)"),
        "gad7_due_every_days": translate("Labels", "GAD-7 due every (days, 0: never)"),
        "pcl5_due_every_days": translate("Labels", "PCL-5 due every (days, 0: never)"),
        "care_plan_review_days_op": translate("Labels", "Care plan review every (days) in OP"),
        "care_plan_review_days_iop": translate("Labels", "Care plan review every (days) in IOP"),
        "care_plan_review_days_php": translate("Labels", "Care plan review every (days) in PHP"),
        "care_plan_review_days_res": translate("Labels", "Care plan review every (days) in RES"),
        "care_plan_review_days_inp": translate("Labels", "Care plan review every (days) in INP"),
        "care_plan_review_days_wm": translate("Labels", "Care plan review every (days) in WM"),
    }
    return titles.get(key, english)


def local_time(moment: datetime | None) -> str:
    """A stored UTC timestamp as local date and time, e.g. ``03/14/2025 9:30 AM``."""
    return datetime_text(moment)

"""Translated titles for the coded values of episodes, transitions and clocks.

Each title is written out literally so ``lupdate`` finds it; the domain keeps its English titles
next to the codes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from coordinator.domain.clocks import ClockState
from coordinator.domain.levels import Direction
from coordinator.ui.placeholders import arg


def _tr(text: str) -> str:
    return QCoreApplication.translate("CareTitles", text)


#: An arrow for each direction, always shown next to its word (never the glyph alone).
DIRECTION_ARROWS = {
    Direction.STEP_UP: "↑",
    Direction.STEP_DOWN: "↓",
    Direction.LATERAL: "→",
    Direction.INITIAL: "•",
    Direction.EXIT: "⏏",
}


def direction_title(direction: Direction) -> str:
    titles = {
        Direction.STEP_UP: _tr("Step-up"),
        Direction.STEP_DOWN: _tr("Step-down"),
        Direction.LATERAL: _tr("Lateral move"),
        Direction.INITIAL: _tr("Initial admission"),
        Direction.EXIT: _tr("Exit from care"),
    }
    return titles[direction]


def direction_text(direction: Direction) -> str:
    """Arrow and word, e.g. ``↓ Step-down``."""
    return f"{DIRECTION_ARROWS[direction]} {direction_title(direction)}"


def track_title(track: str | None) -> str:
    titles = {"morning": _tr("Morning"), "afternoon": _tr("Afternoon"),
              "evening": _tr("Evening")}
    return titles.get(track or "", track or "")


def modality_title(modality: str) -> str:
    titles = {"in_person": _tr("In person"), "telehealth": _tr("Telehealth"),
              "hybrid": _tr("Hybrid")}
    return titles.get(modality, modality)


def focus_title(focus: str) -> str:
    titles = {"mental_health": _tr("Mental health"), "substance_use": _tr("Substance use"),
              "co_occurring": _tr("Co-occurring")}
    return titles.get(focus, focus)


def episode_status_title(status: str) -> str:
    titles = {"planned": _tr("Planned"), "active": _tr("Active"),
              "completed": _tr("Completed"), "cancelled": _tr("Cancelled")}
    return titles.get(status, status)


def transition_status_title(status: str) -> str:
    titles = {"planned": _tr("Planned"), "completed": _tr("Completed"),
              "cancelled": _tr("Cancelled")}
    return titles.get(status, status)


def clock_state_title(state: ClockState) -> str:
    titles = {
        ClockState.OPEN: _tr("Open"),
        ClockState.MET: _tr("Met"),
        ClockState.MISSED: _tr("Missed"),
        ClockState.TRANSFERRED: _tr("Transferred"),
    }
    return titles[state]


def criterion_title(code: str) -> str:
    titles = {
        "symptoms_worsening": _tr("Symptoms worsening in current care"),
        "missing_obligations": _tr("Missing work, school or family obligations"),
        "recent_crisis": _tr("Recent ER visit or psychiatric crisis"),
        "relapse_risk": _tr("Increased relapse risk"),
        "safety_concern": _tr("Safety concern"),
        "clinically_stable": _tr("Clinically stable"),
        "needs_structure": _tr("Needs continued structure"),
        "reintegrating": _tr("Reintegrating into work, school or family"),
        "environment_triggers": _tr("Environment with triggers needing real-time processing"),
        "completing_24h_care": _tr("Completing residential or inpatient care"),
    }
    return titles.get(code, code)


def days_text(days: int) -> str:
    if days == 1:
        return _tr("1 day")
    return arg(_tr("%1 days"), str(days))


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def discharge_condition_title(code: str) -> str:
    titles = {"improved": _tr("Improved"), "unchanged": _tr("Unchanged"),
              "worse": _tr("Worse")}
    return titles.get(code, code)


def legal_status_title(code: str) -> str:
    titles = {
        "voluntary": _tr("Voluntary"),
        "involuntary_hold": _tr("Involuntary hold"),
        "conservatorship": _tr("Conservatorship"),
        "court_ordered": _tr("Court-ordered treatment"),
        "probation_parole": _tr("On probation or parole"),
    }
    return titles.get(code, code)


def housing_status_title(code: str) -> str:
    titles = {
        "stably_housed": _tr("Stably housed"),
        "with_family_or_friends": _tr("Staying with family or friends"),
        "sober_living": _tr("Sober living"),
        "shelter": _tr("Shelter"),
        "unsheltered": _tr("Unsheltered"),
        "institution": _tr("Institution (jail, hospital, nursing home)"),
    }
    return titles.get(code, code)

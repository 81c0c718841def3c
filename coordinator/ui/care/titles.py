"""Translated titles for the coded values of episodes, transitions and clocks.

Each title is written out literally so ``lupdate`` finds it; the domain keeps its English titles
next to the codes.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.levels import SEED_LEVELS, Direction
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

#: An arrow for each direction, always shown next to its word (never the glyph alone).
DIRECTION_ARROWS = {
    Direction.STEP_UP: "↑",
    Direction.STEP_DOWN: "↓",
    Direction.LATERAL: "→",
    Direction.INITIAL: "•",
    Direction.EXIT: "⏏",
}


# The English name each standard level was seeded with, by code (an administrator may rename).
_SEEDED_NAMES = {level.code: level.name for level in SEED_LEVELS}
_SEEDED_CODES = {level.name: level.code for level in SEED_LEVELS}


def level_name(name: str | None, code: str | None = None) -> str:
    """A level of care's name to show: a standard level still under the English name it was
    seeded with reads in the user's language; a name an administrator gave stays as stored.

    Args:
        name: the stored name ("" or None: nothing to show).
        code: the level's code when the caller has it; without it, a stored name equal to
            a seeded one is that level's.
    """
    if not name:
        return ""
    seeded = code if code is not None else _SEEDED_CODES.get(name)
    if seeded is None or _SEEDED_NAMES.get(seeded) != name:
        return name
    titles = {
        "OP": translate("CareTitles", "Outpatient"),
        "IOP": translate("CareTitles", "Intensive Outpatient"),
        "PHP": translate("CareTitles", "Partial Hospitalization"),
        "RES": translate("CareTitles", "Residential"),
        "INP": translate("CareTitles", "Inpatient"),
        "WM": translate("CareTitles", "Withdrawal management"),
    }
    return titles.get(seeded, name)


def level_text(name: str | None, code: str | None) -> str:
    """Name and code, e.g. "Intensive Outpatient (IOP)"; the code alone without a name."""
    shown = level_name(name, code)
    if not code:
        return shown
    return f"{shown} ({code})" if shown else code


def clock_title(kind: ClockKind, window_days: int) -> str:
    """E.g. "Mental-health follow-up (7 days)", by the clock's kind."""
    names = {
        ClockKind.STEP_DOWN: translate("CareTitles", "Step-down window"),
        ClockKind.FUH7: translate("CareTitles", "Mental-health follow-up"),
        ClockKind.FUH30: translate("CareTitles", "Mental-health follow-up"),
        ClockKind.FUI7: translate("CareTitles", "Substance-use follow-up"),
        ClockKind.FUI30: translate("CareTitles", "Substance-use follow-up"),
        ClockKind.IET_INITIATION: translate("CareTitles", "Substance-use treatment start"),
    }
    return f"{names.get(kind, kind.value)} ({days_text(window_days)})"


class _ClockLike(Protocol):
    @property
    def kind(self) -> ClockKind: ...
    @property
    def title(self) -> str: ...
    @property
    def window_days(self) -> int | None: ...


def clock_row_title(clock: _ClockLike) -> str:
    """A clock row's title in the user's language (the service's English title when the row
    does not say its window)."""
    if clock.window_days is None:
        return clock.title
    return clock_title(clock.kind, clock.window_days)


def direction_title(direction: Direction) -> str:
    titles = {
        Direction.STEP_UP: translate("CareTitles", "Step-up"),
        Direction.STEP_DOWN: translate("CareTitles", "Step-down"),
        Direction.LATERAL: translate("CareTitles", "Lateral move"),
        Direction.INITIAL: translate("CareTitles", "Initial admission"),
        Direction.EXIT: translate("CareTitles", "Exit from care"),
    }
    return titles[direction]


def direction_text(direction: Direction) -> str:
    """Arrow and word, e.g. ``↓ Step-down``."""
    return f"{DIRECTION_ARROWS[direction]} {direction_title(direction)}"


def track_title(track: str | None) -> str:
    titles = {"morning": translate("CareTitles", "Morning"),
              "afternoon": translate("CareTitles", "Afternoon"),
              "evening": translate("CareTitles", "Evening")}
    return titles.get(track or "", track or "")


def modality_title(modality: str) -> str:
    titles = {"in_person": translate("CareTitles", "In person"),
              "telehealth": translate("CareTitles", "Telehealth"),
              "hybrid": translate("CareTitles", "Hybrid")}
    return titles.get(modality, modality)


def focus_title(focus: str) -> str:
    titles = {"mental_health": translate("CareTitles", "Mental health"),
              "substance_use": translate("CareTitles", "Substance use"),
              "co_occurring": translate("CareTitles", "Co-occurring")}
    return titles.get(focus, focus)


def episode_status_title(status: str) -> str:
    titles = {"planned": translate("CareTitles", "Planned"),
              "active": translate("CareTitles", "Active"),
              "completed": translate("CareTitles", "Completed"),
              "cancelled": translate("CareTitles", "Cancelled")}
    return titles.get(status, status)


def transition_status_title(status: str) -> str:
    titles = {"planned": translate("CareTitles", "Planned"),
              "completed": translate("CareTitles", "Completed"),
              "cancelled": translate("CareTitles", "Cancelled")}
    return titles.get(status, status)


def clock_state_title(state: ClockState) -> str:
    titles = {
        ClockState.OPEN: translate("CareTitles", "Open"),
        ClockState.MET: translate("CareTitles", "Met"),
        ClockState.MISSED: translate("CareTitles", "Missed"),
        ClockState.TRANSFERRED: translate("CareTitles", "Transferred"),
    }
    return titles[state]


def criterion_title(code: str) -> str:
    titles = {
        "symptoms_worsening": translate("CareTitles", "Symptoms worsening in current care"),
        "missing_obligations":
            translate("CareTitles", "Missing work, school or family obligations"),
        "recent_crisis": translate("CareTitles", "Recent ER visit or psychiatric crisis"),
        "relapse_risk": translate("CareTitles", "Increased relapse risk"),
        "safety_concern": translate("CareTitles", "Safety concern"),
        "clinically_stable": translate("CareTitles", "Clinically stable"),
        "needs_structure": translate("CareTitles", "Needs continued structure"),
        "reintegrating": translate("CareTitles", "Reintegrating into work, school or family"),
        "environment_triggers": translate("CareTitles", "Environment with triggers needing "
                                                        "real-time processing"),
        "completing_24h_care": translate("CareTitles", "Completing residential or inpatient care"),
    }
    return titles.get(code, code)


def days_text(days: int) -> str:
    if days == 1:
        return translate("CareTitles", "1 day")
    return arg(translate("CareTitles", "%1 days"), str(days))


def day_text(day: date | None) -> str:
    return date_text(day)


def discharge_condition_title(code: str) -> str:
    titles = {"improved": translate("CareTitles", "Improved"),
              "unchanged": translate("CareTitles", "Unchanged"),
              "worse": translate("CareTitles", "Worse")}
    return titles.get(code, code)


def legal_status_title(code: str) -> str:
    titles = {
        "voluntary": translate("CareTitles", "Voluntary"),
        "involuntary_hold": translate("CareTitles", "Involuntary hold"),
        "conservatorship": translate("CareTitles", "Conservatorship"),
        "court_ordered": translate("CareTitles", "Court-ordered treatment"),
        "probation_parole": translate("CareTitles", "On probation or parole"),
    }
    return titles.get(code, code)


def housing_status_title(code: str) -> str:
    titles = {
        "stably_housed": translate("CareTitles", "Stably housed"),
        "with_family_or_friends": translate("CareTitles", "Staying with family or friends"),
        "sober_living": translate("CareTitles", "Sober living"),
        "shelter": translate("CareTitles", "Shelter"),
        "unsheltered": translate("CareTitles", "Unsheltered"),
        "institution": translate("CareTitles", "Institution (jail, hospital, nursing home)"),
    }
    return titles.get(code, code)

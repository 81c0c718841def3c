"""Transitions between a demo client's episodes: who decided, why, and which criteria.

Every journey starts with an ``initial`` transition; each later episode is reached by a
step-up, step-down or lateral move whose direction comes from the levels' intensities
(``domain.levels.direction_between``); a client discharged from care gets an ``exit``. Some
clients leaving 24-hour care or PHP have a planned step-down still to happen, some a
booked step-down they never arrived for.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations, pairwise

from coordinator.domain.levels import Direction, direction_between
from coordinator.domain.vocabulary import STEP_DOWN_CRITERIA, STEP_UP_CRITERIA, TransitionStatus
from coordinator.services.demo.common import DAYS, Batch, versioned
from coordinator.services.demo.episodes import (
    CANCELLED,
    PLANNED,
    ROUND_THE_CLOCK,
    STEP_DOWN_CLOCK_LEVELS,
    episode_row,
    pick_facility,
    plan_episode,
)
from coordinator.services.demo.reference import Facility
from coordinator.services.demo.state import ClientFacts, EpisodePlan, Run

_T_PLANNED, _T_COMPLETED, _T_CANCELLED = (
    TransitionStatus.PLANNED.value, TransitionStatus.COMPLETED.value,
    TransitionStatus.CANCELLED.value)
# Where a client steps down to from a level, most likely first.
_STEP_DOWN_TO = {"INP": ("PHP", "IOP", "IOP"), "RES": ("IOP", "IOP", "OP"),
                 "WM": ("RES", "IOP", "IOP"), "PHP": ("IOP", "IOP", "OP")}


def add_transitions(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """The transitions of the client's journey, and what is planned next."""
    rng, today = run.rng, run.timeline.today
    episodes = facts.episodes
    first = episodes[0]
    _transition(run, batch, facts, None, first, first.level, first.facility,
                _T_PLANNED if first.status == PLANNED else _T_COMPLETED, first.start)
    for before, after in pairwise(episodes):
        _transition(run, batch, facts, before, after, after.level, after.facility,
                    _T_COMPLETED, after.start)
    last = episodes[-1]
    scenario = facts.scenario
    if scenario == "completed":
        assert last.end is not None
        _transition(run, batch, facts, last, None, None, None, _T_COMPLETED, last.end)
        return
    if scenario == "pending":
        _appointment(run, batch, facts, first.facility, first.level, first.start)
        return
    if last.level not in STEP_DOWN_CLOCK_LEVELS:
        return
    target = rng.choice(_STEP_DOWN_TO[last.level])
    draw = rng.random()
    if scenario == "current" and draw < 0.4:
        planned = today + DAYS[rng.randint(1, 10)]
    elif scenario == "awaiting" and draw < 0.6:
        planned = today + DAYS[rng.randint(0, 6)]
    elif scenario == "overdue" and draw < 0.4:
        assert last.end is not None
        planned = last.end + DAYS[rng.randint(3, 10)]  # planned, never happened
    elif scenario == "overdue" and draw < 0.7:
        assert last.end is not None
        _no_show(run, batch, facts, last, target, last.end + DAYS[rng.randint(2, 7)])
        return
    else:
        return
    facility = pick_facility(run, facts, target)
    _transition(run, batch, facts, last, None, target, facility, _T_PLANNED, planned)
    if planned >= today:
        _appointment(run, batch, facts, facility, target, planned)


def _no_show(run: Run, batch: Batch, facts: ClientFacts, last: EpisodePlan, level: str,
             start: date) -> None:
    """A step-down admission that was booked and cancelled when the client did not come."""
    plan = plan_episode(run, facts, level, start, None, CANCELLED)
    batch.rows["episode"].append(episode_row(
        run, facts, plan, f"Stepped down from {last.facility.name}",
        "Did not arrive for admission; episode cancelled", ""))
    _transition(run, batch, facts, last, plan, level, plan.facility, _T_CANCELLED, start)


def _transition(run: Run, batch: Batch, facts: ClientFacts, before: EpisodePlan | None,
                after: EpisodePlan | None, level: str | None, facility: Facility | None,
                status: str, planned: date) -> None:
    rng, timeline, levels = run.rng, run.timeline, run.reference.levels
    direction = direction_between(
        levels[before.level].intensity if before else None,
        levels[level].intensity if level else None)
    criteria: tuple[str, ...] = ()
    from_name = levels[before.level].name if before else ""
    to_name = levels[level].name if level else ""
    where = facility.name if facility else ""
    if direction == Direction.INITIAL:
        rationale = f"Intake assessment completed; admitted to {to_name} at {where}."
    elif direction == Direction.EXIT:
        rationale = f"Completed {from_name}; treatment goals reviewed. Discharged from care."
    elif direction == Direction.LATERAL and before is not None and before.level == level:
        rationale = f"Readmitted to {to_name} at {where} after a return to use."
    elif direction == Direction.LATERAL:
        rationale = (f"Moved from {from_name} to {to_name} at {where}, at the same "
                     "intensity of care, for psychiatric stabilization.")
    else:
        if direction == Direction.STEP_DOWN:
            from_24h = before is not None and before.level in ROUND_THE_CLOCK
            criteria, reasons = rng.choice(_AFTER_24H if from_24h else _STEP_DOWNS)
            verb = "Step down"
        else:
            criteria, reasons = rng.choice(_TO_24H if level in ROUND_THE_CLOCK else _STEP_UPS)
            verb = "Step up"
        rationale = f"{reasons}. {verb} from {from_name} to {to_name} at {where}."
    decided_day = planned - DAYS[rng.randint(0, 3)]
    if before is not None and decided_day < before.start:
        decided_day = before.start
    yesterday = timeline.yesterday
    decided_at = timeline.at(min(decided_day, yesterday))
    completed = status == _T_COMPLETED
    updated = timeline.at(min(planned, yesterday)) if completed else decided_at
    decider = facts.case_manager_id if rng.random() < 0.85 else run.reference.supervisor_id
    batch.rows["transition"].append({
        "id": run.ids.next("transition"), "client_id": facts.id,
        "from_episode_id": before.id if before else None,
        "to_episode_id": after.id if after else None, "to_level_code": level,
        "to_facility_id": facility.id if facility else None,
        "to_track": after.track if after else None, "direction": _DIRECTIONS[direction],
        "status": status, "planned_date": planned,
        "completed_on": planned if completed else None, "rationale": rationale,
        "criteria": list(criteria), "decided_by_id": decider, "decided_at": decided_at,
        "version": 2 if completed else 1, "created_at": decided_at,
        "updated_at": max(updated, decided_at),
    })


def _criteria_choices(codes: list[str], sizes: tuple[int, ...], labels: dict[str, str],
                      then: str = "") -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every combination of ``sizes`` criteria codes, with the sentence naming them."""
    choices = []
    for size in sizes:
        for combo in combinations(codes, size):
            chosen = (*combo, then) if then else combo
            names = [labels[code] for code in chosen]
            choices.append((chosen, "; ".join([names[0], *(n.lower() for n in names[1:])])))
    return tuple(choices)


_DOWN_CODES = [code for code in STEP_DOWN_CRITERIA if code != "completing_24h_care"]
_STEP_DOWNS = _criteria_choices(_DOWN_CODES, (1, 2), STEP_DOWN_CRITERIA)
_AFTER_24H = _criteria_choices(_DOWN_CODES, (1, 2), STEP_DOWN_CRITERIA, "completing_24h_care")
_STEP_UPS = _criteria_choices(list(STEP_UP_CRITERIA), (1, 2, 3), STEP_UP_CRITERIA)
# Going into 24-hour care always involves a crisis or a safety concern.
_TO_24H = tuple(choice for choice in _STEP_UPS
                if {"safety_concern", "recent_crisis"} & set(choice[0]))
_DIRECTIONS = {direction: direction.value for direction in Direction}


def _appointment(run: Run, batch: Batch, facts: ClientFacts, facility: Facility, level: str,
                 day: date) -> None:
    """The intake appointment for a planned admission (9-11 am clinic time)."""
    timeline = run.timeline
    batch.rows["appointment"].append({
        "id": run.ids.next("appointment"), "client_id": facts.id, "facility_id": facility.id,
        "with_whom": "Intake coordinator",
        "starts_at": timeline.at(day, run.rng.choice((8, 10, 12, 16, 20))),
        "location": facility.name,
        "purpose": f"Intake for {run.reference.levels[level].name}", "status": "scheduled",
        "service_date": day, "kind": "intake", "level_code": level, "focus": facts.focus,
        "care_team_member_id": None, "transition_id": None, "recorded_by_id": None,
        "notes": "Bring ID, insurance card and medication list.",
        **versioned(timeline.at(timeline.yesterday)),
    })

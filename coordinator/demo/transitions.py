"""Transitions between a demo client's episodes: who decided, why, and which criteria.

Every journey starts with an ``initial`` transition; each later episode is reached by a
step-up, step-down or lateral move whose direction comes from the levels' intensities
(``domain.levels.direction_between``); a client discharged from care gets an ``exit``. Some
clients leaving 24-hour care or PHP have a planned step-down still to happen, some a
booked step-down they never arrived for.
"""

from __future__ import annotations

import random
from datetime import date
from itertools import combinations, pairwise

from coordinator.demo.appointments import (
    CONFIRMED,
    KEPT,
    MISSED,
    SCHEDULED,
    add_intake,
)
from coordinator.demo.common import DAYS, Batch
from coordinator.demo.episodes import (
    CANCELLED,
    PLANNED,
    ROUND_THE_CLOCK,
    STEP_DOWN_CLOCK_LEVELS,
    episode_row,
    pick_facility,
    plan_episode,
)
from coordinator.demo.reference import Facility
from coordinator.demo.state import ClientFacts, EpisodePlan, Run
from coordinator.domain.levels import Direction, direction_between
from coordinator.domain.vocabulary import STEP_DOWN_CRITERIA, STEP_UP_CRITERIA, TransitionStatus

_T_PLANNED, _T_COMPLETED, _T_CANCELLED = (
    TransitionStatus.PLANNED.value, TransitionStatus.COMPLETED.value,
    TransitionStatus.CANCELLED.value)
# Where a client steps down to from a level, most likely first.
_STEP_DOWN_TO = {"INP": ("PHP", "IOP", "IOP"), "RES": ("IOP", "IOP", "OP"),
                 "WM": ("RES", "IOP", "IOP"), "PHP": ("IOP", "IOP", "OP")}


def add_transitions(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """The transitions of the client's journey, what is planned next, and the intake
    appointments of step-downs (kept, or missed and booked again) and planned admissions."""
    levels = run.reference.levels
    episodes = facts.episodes
    first = episodes[0]
    first_id = _transition(run, batch, facts, None, first, first.level, first.facility,
                           _T_PLANNED if first.status == PLANNED else _T_COMPLETED,
                           first.start)
    for before, after in pairwise(episodes):
        moved_id = _transition(run, batch, facts, before, after, after.level, after.facility,
                               _T_COMPLETED, after.start)
        if (before.level in STEP_DOWN_CLOCK_LEVELS
                and levels[after.level].intensity < levels[before.level].intensity):
            _step_down_intake(run, batch, facts, before, after, moved_id)
    last = episodes[-1]
    scenario = facts.scenario
    if scenario == "completed":
        assert last.end is not None
        _transition(run, batch, facts, last, None, None, None, _T_COMPLETED, last.end)
        return
    if scenario == "pending":
        add_intake(run, batch, facts, first.facility, first.level, first.start,
                   _ahead(run), first_id)
        return
    if last.level in STEP_DOWN_CLOCK_LEVELS:
        _plan_step_down(run, batch, facts, last)


def _plan_step_down(run: Run, batch: Batch, facts: ClientFacts, last: EpisodePlan) -> None:
    """The step-down planned from the client's last stay in 24-hour care or PHP: ahead,
    due this week, or overdue (planned and never happened, or an intake not kept)."""
    rng, today, scenario = run.rng, run.timeline.today, facts.scenario
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
    # A plan whose day passed more than a week ago was mostly called off by now (the client
    # declined or went elsewhere); a few are still waiting for someone to act. Decided by a
    # generator of the client's own, so the rest of the demo is drawn the same.
    status = _T_PLANNED
    if planned < today - DAYS[7] and random.Random(facts.id * 31 + 7).random() < 0.8:
        status = _T_CANCELLED
    planned_id = _transition(run, batch, facts, last, None, target, facility, status,
                             planned)
    if last.end is not None and status == _T_PLANNED:
        row = facts.episode_rows[last.id]
        row["planned_next_level"], row["planned_next_start"] = target, planned
    if planned >= today:
        add_intake(run, batch, facts, facility, target, planned, _ahead(run), planned_id)
    elif rng.random() < 0.7:
        # The client did not come; the case manager has yet to book another intake.
        add_intake(run, batch, facts, facility, target, planned, MISSED, planned_id)


def _ahead(run: Run) -> str:
    """An intake still ahead: booked, and often already confirmed with the program."""
    return CONFIRMED if run.rng.random() < 0.45 else SCHEDULED


def _step_down_intake(run: Run, batch: Batch, facts: ClientFacts, before: EpisodePlan,
                      after: EpisodePlan, transition_id: int) -> None:
    """The intake at the lower level after 24-hour care or PHP, kept on the day the
    episode started; now and then a first intake the client missed a few days earlier.
    (Moving from IOP to outpatient care needs no intake: the clinic's therapist carries on.)"""
    rng = run.rng
    draw = rng.random()
    if draw >= 0.92:
        return  # admitted straight from the ward: no appointment on file
    assert before.end is not None
    gap = (after.start - before.end).days
    if draw < 0.06 and gap >= 3:
        add_intake(run, batch, facts, after.facility, after.level,
                   before.end + DAYS[rng.randint(1, gap - 1)], MISSED, transition_id)
    add_intake(run, batch, facts, after.facility, after.level, after.start, KEPT,
               transition_id)


def _no_show(run: Run, batch: Batch, facts: ClientFacts, last: EpisodePlan, level: str,
             start: date) -> None:
    """A step-down admission that was booked and cancelled when the client did not come."""
    plan = plan_episode(run, facts, level, start, None, CANCELLED)
    batch.rows["episode"].append(episode_row(
        run, facts, plan, f"Stepped down from {last.facility.name}",
        "Did not arrive for admission; episode cancelled", ""))
    moved_id = _transition(run, batch, facts, last, plan, level, plan.facility, _T_CANCELLED,
                           start)
    add_intake(run, batch, facts, plan.facility, level, start, MISSED, moved_id)


def _transition(run: Run, batch: Batch, facts: ClientFacts, before: EpisodePlan | None,
                after: EpisodePlan | None, level: str | None, facility: Facility | None,
                status: str, planned: date) -> int:
    """Write one transition; returns its id."""
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
    transition_id = run.ids.next("transition")
    batch.rows["transition"].append({
        "id": transition_id, "client_id": facts.id,
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
    return transition_id


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

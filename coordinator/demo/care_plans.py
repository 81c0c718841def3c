"""Care plans for the demo caseload: most clients now in IOP or PHP have one, started a few
days into the episode, with a goal per problem in the client's words, objectives with target
dates (a PHQ-9 or GAD-7 one for depression or anxiety), an intervention per goal, and
reviews every 30 days; about one in five has missed the latest review, so the dashboard has
plans due.

The draws come from a generator of their own, seeded by the client, so the rest of the demo
is drawn the same as without care plans.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from coordinator.demo.common import Batch, Row, versioned
from coordinator.demo.state import ClientFacts, Run
from coordinator.domain.care_plan import DEFAULT_REVIEW_DAYS

_PLANNED_LEVELS = ("IOP", "PHP")
_SHARE_WITH_PLAN = 0.85
_SHARE_LATE = 0.2

#: By condition: goals in a client's words, and (objective, instrument) pairs.
_GOALS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "depression": (("I want to get out of bed and enjoy my mornings again.",
                    "I want to feel like myself with my kids."),
                   (("PHQ-9 below 10 on two visits in a row", "PHQ-9"),
                    ("Plan one enjoyable activity on four days a week", ""))),
    "anxiety": (("I want to stop the panic attacks at work.",
                 "I want to take the bus without my heart racing."),
                (("GAD-7 below 10 at the next review", "GAD-7"),
                 ("Use the breathing exercise when worry starts, five days a week", ""))),
    "ptsd": (("I want to sleep through the night.",),
             (("Practise the grounding skill after each nightmare", ""),)),
    "alcohol": (("I want to stay sober and keep my job.",),
                (("Attend a mutual-help meeting twice a week", ""),
                 ("No drinking days logged daily for four weeks", ""))),
    "opioid": (("I want to stay on my medication and off the street.",),
               (("Take buprenorphine daily as prescribed", ""),)),
}
_GENERAL = (("I want to handle my moods without ending up in the hospital.",),
            (("Name three warning signs and one coping step for each", ""),))
_INTERVENTIONS = (("Cognitive behavioural therapy group", "Three times a week"),
                  ("Individual therapy", "Weekly"),
                  ("Relapse-prevention group", "Twice a week"),
                  ("Medication management with the psychiatrist", "Every two weeks"))
_PROGRESS = ("some", "some", "good", "not_started", "worse")


def add_care_plan(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """A plan (and its reviews) for the client's current IOP or PHP episode, if any."""
    last = facts.episodes[-1]
    if last.status != "active" or last.level not in _PLANNED_LEVELS:
        return
    rng = random.Random(facts.id * 104_729 + 17)
    if rng.random() > _SHARE_WITH_PLAN:
        return
    timeline, ids = run.timeline, run.ids
    starts = min(last.start + timedelta(days=rng.randint(1, 6)), timeline.yesterday)
    problems = [row for row in _own_diagnoses(batch, facts.id)
                if row["status"] == "active" and not str(row["code"]).startswith("F17")][:2]
    if not problems:
        return
    created = timeline.at(starts, 0)  # a fixed slot: no draw from the run's generator
    plan_id = ids.next("care_plan")
    batch.add("care_plan", {
        "id": plan_id, "client_id": facts.id, "episode_id": last.id, "plan_number": 1,
        "previous_plan_id": None, "status": "current", "starts_on": starts,
        "revision_reason": "", "created_by_id": facts.case_manager_id, **versioned(created)})
    objectives: list[Row] = []
    modality = "video" if last.modality == "telehealth" else "in_person"
    for position, problem in enumerate(problems):
        condition = facts.conditions[position] if position < len(facts.conditions) else ""
        goals, steps = _GOALS.get(condition, _GENERAL)
        goal_id = ids.next("care_plan_goal")
        batch.add("care_plan_goal", {
            "id": goal_id, "plan_id": plan_id, "diagnosis_id": problem["id"],
            "goal_text": rng.choice(goals), "status": "open", "position": position,
            **versioned(created)})
        for number, (text, instrument) in enumerate(steps):
            row: Row = {
                "id": ids.next("care_plan_objective"), "plan_id": plan_id,
                "goal_id": goal_id, "objective_text": text,
                "target_date": starts + timedelta(days=rng.choice((30, 45, 60, 90))),
                "instrument": instrument, "status": "open", "position": number,
                **versioned(created)}
            objectives.append(row)
            batch.add("care_plan_objective", row)
        text, frequency = rng.choice(_INTERVENTIONS)
        batch.add("care_plan_intervention", {
            "id": ids.next("care_plan_intervention"), "plan_id": plan_id, "goal_id": goal_id,
            "intervention_text": text,
            "modality": "phone" if rng.random() < 0.1 else modality,
            "frequency": frequency, "responsible_id": facts.case_manager_id,
            "position": 0, **versioned(created)})
    _reviews(run, batch, facts, plan_id, starts, objectives, rng)


def _own_diagnoses(batch: Batch, client_id: int) -> list[Row]:
    """The client's problem-list rows, the last ones written to the batch (read from the
    end: a batch holds thousands of clients)."""
    found: list[Row] = []
    for row in reversed(batch.rows["client_diagnosis"]):
        if row["client_id"] != client_id:
            break
        found.append(row)
    return found[::-1]


def _reviews(run: Run, batch: Batch, facts: ClientFacts, plan_id: int, starts: date,
             objectives: list[Row], rng: random.Random) -> None:
    today = run.timeline.today
    days = [starts + timedelta(days=DEFAULT_REVIEW_DAYS * number) for number in range(1, 20)]
    held = [day for day in days if day < today]
    if held and rng.random() < _SHARE_LATE:
        held = held[:-1]  # the latest one was missed: the plan is due for review
    signer = run.reference.user_names.get(facts.case_manager_id, "")
    for day in held:
        review_id = run.ids.next("care_plan_review")
        took_part = rng.random() < 0.9
        batch.add("care_plan_review", {
            "id": review_id, "plan_id": plan_id, "reviewed_on": day,
            "client_participated": took_part,
            "participation_note": "" if took_part else "Did not come to the review meeting.",
            "client_signature": facts.full_name if took_part else "",
            "client_signed_on": day if took_part else None,
            "clinician_signature": "", "clinician_signed_on": None,
            "case_manager_signature": signer, "case_manager_signed_on": day,
            "recorded_by_id": facts.case_manager_id,
            "recorded_at": run.timeline.at(day, 1)})
        for objective in objectives:
            if objective["status"] == "met":
                continue
            progress = rng.choice(_PROGRESS)
            if day >= objective["target_date"] and rng.random() < 0.5:
                progress = "met"
                objective["status"] = "met"
            batch.add("care_plan_progress", {
                "id": run.ids.next("care_plan_progress"), "review_id": review_id,
                "objective_id": objective["id"], "progress": progress, "note": ""})

"""Safety plans and advance directives for a demo client.

A client gets a Stanley-Brown safety plan (Stanley & Brown 2012: warning signs, coping on
one's own, people and places that distract, people to ask for help, professionals and crisis
lines, making the environment safe, reasons for living) when a screen raised a safety alert,
when the record carries a note about suicide, self-harm or overdose risk, and usually on
discharge from inpatient care. A later alert revises the plan as a new version, or reviews
the one in force; the alert then names the plan that addressed it. Advance directives follow
who tends to have them: a psychiatric directive for some adults with a serious mental
illness, a medical one for some over 50, a POLST for a few over 70.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coordinator.demo.clinical import SAFETY_PLAN_NOTES
from coordinator.demo.clinicians import CLINICIAN_BY_LISTING
from coordinator.demo.common import DAYS, Batch, Row, WeightedChoice, versioned
from coordinator.demo.directory import CLINIC_PHONE
from coordinator.demo.state import ClientFacts, Run
from coordinator.demo.texts import (
    CRISIS_LINES,
    DIRECTIVE_LOCATIONS,
    DIRECTIVE_NONE_NOTES,
    EXTRA_CRISIS_LINES,
    MEDICAL_DIRECTIVE_NOTES,
    POLST_NOTES,
    PSYCHIATRIC_DIRECTIVE_NOTES,
    SAFETY_COPING,
    SAFETY_DISTRACTIONS,
    SAFETY_ENVIRONMENT,
    SAFETY_FIREARMS,
    SAFETY_PEOPLE,
    SAFETY_REASONS,
    SAFETY_REVIEW_ACTIONS,
    SAFETY_REVISE_ACTIONS,
    SAFETY_WARNING_SIGNS,
    SAFETY_WRITE_ACTIONS,
    SUBSTANCE_WARNING_SIGNS,
    TEEN_SAFETY_PEOPLE,
    TEEN_SAFETY_REASONS,
)
from coordinator.domain.vocabulary import Instrument

_FIREARMS: WeightedChoice[str] = WeightedChoice([
    ("no_access", 68), ("secured", 17), ("access", 5), ("not_asked", 10)])
_MAX_VERSIONS = 3
_CSSRS = Instrument.CSSRS.value
# A plan written after an inpatient stay, for most clients discharged from one.
_AFTER_INPATIENT_SHARE = 0.8


def add_safety_plans(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """The client's safety plan versions, and the plan each addressed alert names."""
    rng, timeline = run.rng, run.timeline
    yesterday = timeline.yesterday
    # (day, alert or None), in the order they happened.
    events: list[tuple[date, dict[str, Any] | None]] = [
        (alert["raised_at"].date(), alert) for alert in facts.alerts]
    for episode in facts.episodes:
        if (episode.level == "INP" and episode.end is not None and episode.end <= yesterday
                and rng.random() < _AFTER_INPATIENT_SHARE):
            events.append((episode.end, None))
    if facts.safety_note in SAFETY_PLAN_NOTES:
        events.append((min(facts.first_day, yesterday), None))
    if not events:
        return
    events.sort(key=lambda event: event[0])
    plans: list[tuple[int, int, date]] = []  # (id, number, completed on)
    for day, alert in events:
        if alert is not None and alert["addressed_at"] is None:
            continue  # raised this week and not yet addressed: on the dashboard
        revised = False
        if not plans or (plans[-1][2] < day and len(plans) < _MAX_VERSIONS and rng.random()
                         < (0.6 if alert is not None else 0.3)):
            plans.append(_plan(run, batch, facts, len(plans) + 1, day))
            revised = True
        if alert is not None:
            plan_id, number, _ = plans[-1]
            version = f"version {number}"
            if alert["reason"].startswith(_CSSRS):
                done = "written" if revised else "reviewed"
                action = (f"Discharge safety plan ({version}) {done} with the client and the "
                          "inpatient team; follow-up appointment within 7 days confirmed.")
            else:
                actions = (SAFETY_REVIEW_ACTIONS if not revised else SAFETY_WRITE_ACTIONS
                           if number == 1 else SAFETY_REVISE_ACTIONS)
                action = f"{rng.choice(actions).format(plan=version)}; crisis lines given."
            alert["safety_plan_id"] = plan_id
            alert["action_taken"] = action


def _plan(run: Run, batch: Batch, facts: ClientFacts, number: int,
          day: date) -> tuple[int, int, date]:
    rng = run.rng
    phrases = run.phrases
    teen = facts.adolescent
    firearms = _FIREARMS.pick(rng)
    environment = phrases(SAFETY_ENVIRONMENT, 1, 2)
    if SAFETY_FIREARMS[firearms]:
        environment = f"{environment}\n{rng.choice(SAFETY_FIREARMS[firearms])}"
    warning_signs = phrases(SAFETY_WARNING_SIGNS, 2, 3)
    if facts.substance_use and rng.random() < 0.6:
        warning_signs = f"{warning_signs}\n{rng.choice(SUBSTANCE_WARNING_SIGNS)}"
    plan_id = run.ids.next("safety_plan")
    stamp = run.timeline.at(day)
    batch.rows["safety_plan"].append({
        "id": plan_id, "client_id": facts.id, "plan_number": number, "completed_on": day,
        "completed_by_id": facts.case_manager_id,
        "warning_signs": warning_signs,
        "coping_strategies": phrases(SAFETY_COPING, 2, 3),
        "distractions": phrases(SAFETY_DISTRACTIONS, 2, 2),
        "people_to_ask": _people(run, facts, teen),
        "professionals": _professionals(run, facts),
        "environment_safety": environment,
        "firearms_access": firearms,
        "reasons_for_living": phrases(TEEN_SAFETY_REASONS if teen else SAFETY_REASONS, 1, 2),
        "entered_in_error": False, **versioned(stamp),
    })
    return plan_id, number, day


def _people(run: Run, facts: ClientFacts, teen: bool) -> str:
    name, number, relation = facts.contact
    other = run.rng.choice(TEEN_SAFETY_PEOPLE if teen else SAFETY_PEOPLE)
    return f"{name} ({relation.lower()}): {number}\n{other}" if name else other


def _professionals(run: Run, facts: ClientFacts) -> str:
    """The case manager and the prescriber at the clinic, then the crisis lines."""
    rng, reference = run.rng, run.reference
    manager = reference.user_names[facts.case_manager_id]
    lines = [f"{manager}, my case manager at {reference.clinic_name}: {CLINIC_PHONE}"]
    clinician = CLINICIAN_BY_LISTING.get(facts.prescriber)
    if clinician is not None:
        lines.append(f"{clinician.name}, {clinician.credentials}: {clinician.phone}")
    lines.extend(CRISIS_LINES)
    if rng.random() < 0.5:
        lines.append(rng.choice(EXTRA_CRISIS_LINES))
    return "\n".join(lines)


def add_directives(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """Psychiatric and medical advance directives and POLST forms, where the client has
    one or was asked and has none."""
    age = facts.age
    if age < 18:
        return
    random = run.rng.random
    conditions = facts.conditions
    if "bipolar" in conditions or "psychosis" in conditions:
        draw = random()
        if draw < 0.25:
            _directive(run, batch, facts, "psychiatric", draw < 0.1)
    if age > 50:
        draw = random()
        if draw < 0.35:
            _directive(run, batch, facts, "medical", draw < 0.15)
    if age > 70 and random() < 0.2:
        _directive(run, batch, facts, "polst", True)


_NOTES = {"psychiatric": PSYCHIATRIC_DIRECTIVE_NOTES, "medical": MEDICAL_DIRECTIVE_NOTES,
          "polst": POLST_NOTES}


def _directive(run: Run, batch: Batch, facts: ClientFacts, kind: str, present: bool) -> None:
    rng, timeline = run.rng, run.timeline
    yesterday = timeline.yesterday
    asked = min(facts.first_day + DAYS[rng.randint(0, 14)], yesterday)
    signed: date | None = None
    location = agent = agent_phone = ""
    if present:
        signed = min(facts.first_day - DAYS[rng.randint(20, 1500)], yesterday)
        location = rng.choice(DIRECTIVE_LOCATIONS)
        name, number, _ = facts.contact
        if kind != "polst" and name:
            agent, agent_phone = name, number
        notes = rng.choice(_NOTES[kind])
    else:
        notes = rng.choice(DIRECTIVE_NONE_NOTES)
    row: Row = {
        "id": run.ids.next("advance_directive"), "client_id": facts.id, "kind": kind,
        "present": present, "signed_on": signed, "location": location, "agent_name": agent,
        "agent_phone": agent_phone, "notes": notes, "recorded_by_id": facts.case_manager_id,
        **versioned(timeline.at(asked)),
    }
    batch.rows["advance_directive"].append(row)

"""A demo client's appointments: intakes at the next level of care, the follow-up visit after
a discharge from 24-hour care, and the clinic's ordinary psychiatry, therapy, primary-care,
peer-support and medication-for-addiction visits of the last four weeks and the next three.

A kept appointment is a service the transition clocks count (NCQA HEDIS FUH and FUI: a
follow-up visit 1-7 or 1-30 days after the discharge), so the follow-ups after inpatient,
residential and withdrawal-management stays are mostly kept within the week: the dashboard
shows mostly met clocks, a few at risk and a few missed. A handful of past visits still wait
for their outcome, as on any clinic's Monday.
"""

from __future__ import annotations

from datetime import date

from coordinator.demo.common import DAYS, Batch, Row, WeightedChoice
from coordinator.demo.episodes import (
    COMPLETED,
    MENTAL,
    ROUND_THE_CLOCK,
    SUBSTANCE,
)
from coordinator.demo.names import PSYCHIATRISTS, THERAPISTS
from coordinator.demo.reference import Facility
from coordinator.demo.state import ClientFacts, Run

# Kinds (domain.clinical_record.AppointmentKind) and statuses (AppointmentStatus).
INTAKE, PSYCHIATRY, THERAPY, COUNSELING, MOUD, PEER, PRIMARY_CARE = (
    "intake", "psychiatry", "therapy", "substance_use_counseling", "moud", "peer_support",
    "primary_care")
SCHEDULED, CONFIRMED, KEPT, MISSED, CANCELLED = (
    "scheduled", "confirmed", "kept", "missed", "cancelled")
_MARKED = frozenset({KEPT, MISSED, CANCELLED})
# Appointments start on the hour or the half hour, 9 am to 3:30 pm clinic time (the demo's
# slots are quarter hours from 15:00 UTC).
_HALF_HOURS = tuple(range(6, 34, 2))
_OUTCOME: WeightedChoice[str] = WeightedChoice([(KEPT, 84), (MISSED, 9), (CANCELLED, 7)])
_AHEAD: WeightedChoice[str] = WeightedChoice([(SCHEDULED, 55), (CONFIRMED, 45)])
# Visits in the days just past that nobody has marked yet: "past due without an outcome".
_UNMARKED_SHARE = 0.06
_UNMARKED_DAYS = 5
_ROUTINE_PAST_DAYS = 28
_ROUTINE_AHEAD_DAYS = 20
_PURPOSES = {
    INTAKE: "Intake", PSYCHIATRY: "Medication management", THERAPY: "Individual therapy",
    COUNSELING: "Substance use counseling", MOUD: "Medication for addiction treatment",
    PEER: "Peer recovery coaching", PRIMARY_CARE: "Primary care visit",
}
_FOLLOW_UP_PURPOSES = {
    PSYCHIATRY: "Follow-up after hospital discharge: medication review",
    THERAPY: "Follow-up after hospital discharge: therapy",
    COUNSELING: "Follow-up after discharge: substance use counseling",
    MOUD: "Follow-up after discharge: medication for addiction treatment",
}
_NOTES = {
    KEPT: ("", "", "Seen; next visit booked.", "Seen by telehealth.",
           "Seen; medication list updated."),
    MISSED: ("No-show; voicemail left.", "Did not come; outreach call made the same day.",
             "No-show; text reminder had been confirmed."),
    CANCELLED: ("Client cancelled: work schedule.", "Cancelled by the clinic: provider out.",
                "Client cancelled: no ride; rescheduled."),
    SCHEDULED: ("Reminder call planned the day before.", ""),
    CONFIRMED: ("Confirmed by phone.", "Confirmed by text."),
}
_INTAKE_NOTES = {
    KEPT: ("Admitted.", "Arrived on time; admitted.", "Admitted; orientation completed.",
           "Admitted; medication list reconciled."),
    MISSED: ("Did not arrive; the program called the case manager.",
             "No-show for admission; outreach started.",
             "Did not come; phone went to voicemail."),
    SCHEDULED: ("Bring ID, insurance card and medication list.",),
    CONFIRMED: ("Confirmed with the program; bring ID, insurance card and medication list.",
                "Transportation arranged; bring ID, insurance card and medication list."),
}
_PSYCHIATRY_ROLES = ("Psychiatrist", "Psychiatric nurse practitioner")


def appointment_row(run: Run, facts: ClientFacts, day: date, kind: str, status: str, *,
                    facility: Facility | None, with_whom: str, purpose: str,
                    level: str | None = None, member_id: int | None = None,
                    transition_id: int | None = None, location: str = "",
                    notes: str | None = None) -> Row:
    """An appointment on ``day`` (the clinic's calendar day; ``starts_at`` the same day in
    clinic hours), booked a few days ahead and marked on the day when it has an outcome."""
    random, timeline = run.rng.random, run.timeline
    yesterday = timeline.yesterday
    booked_on = day - DAYS[3 + int(random() * 12)]
    booked = timeline.at(booked_on if booked_on < yesterday else yesterday)
    starts_at = timeline.at(day, _HALF_HOURS[int(random() * len(_HALF_HOURS))])
    marked = status in _MARKED
    if notes is None:
        choices = _NOTES[status]
        notes = choices[int(random() * len(choices))]
    return {
        "id": run.ids.next("appointment"), "client_id": facts.id,
        "facility_id": facility.id if facility else None, "care_team_member_id": member_id,
        "with_whom": with_whom, "starts_at": starts_at, "service_date": day, "kind": kind,
        "level_code": level, "focus": facts.focus,
        "location": location or (facility.spec.name if facility else ""), "purpose": purpose,
        "status": status, "notes": notes, "transition_id": transition_id,
        "recorded_by_id": facts.case_manager_id,
        # Booked a few days ahead; marked on the day once it has an outcome.
        "version": 2 if marked else 1, "created_at": booked,
        "updated_at": (starts_at if starts_at > booked else booked) if marked else booked,
    }


def add_intake(run: Run, batch: Batch, facts: ClientFacts, facility: Facility, level: str,
               day: date, status: str, transition_id: int | None) -> None:
    """The intake appointment for an admission at ``level`` on ``day``."""
    choices = _INTAKE_NOTES[status]
    notes = choices[int(run.rng.random() * len(choices))]
    batch.rows["appointment"].append(appointment_row(
        run, facts, day, INTAKE, status, facility=facility, with_whom="Intake coordinator",
        purpose=f"Intake for {run.reference.levels[level].name}", level=level,
        transition_id=transition_id, notes=notes))


def add_appointments(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """Follow-ups after discharges from 24-hour care, and the routine visits around today."""
    _after_discharges(run, batch, facts)
    if facts.focus != MENTAL:
        _treatment_start(run, batch, facts)
    if facts.scenario in ("current", "awaiting", "overdue"):
        _routine(run, batch, facts)


def _after_discharges(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """A follow-up visit after each discharge that starts an FUH or FUI clock."""
    rng, timeline = run.rng, run.timeline
    yesterday = timeline.yesterday
    episodes = facts.episodes
    mental = facts.focus != SUBSTANCE
    substance = facts.focus != MENTAL
    for index, episode in enumerate(episodes):
        end = episode.end
        if end is None or episode.status != COMPLETED or end > yesterday:
            continue
        level = episode.level
        if not ((level == "INP" and mental) or (level in ROUND_THE_CLOCK and substance)):
            continue
        after = episodes[index + 1] if index + 1 < len(episodes) else None
        if after is not None:
            gap = (after.start - end).days
            if after.level in ROUND_THE_CLOCK and gap <= 30:
                continue  # transferred to 24-hour care: no clock to meet
            if 1 <= gap <= 7 and rng.random() < 0.7:
                continue  # the kept intake at the next level is the follow-up
        # After inpatient care for co-occurring disorders, one visit for each (FUH and FUI).
        kinds = [_mental_health_kind(run)] if level == "INP" and mental else []
        if substance:
            kinds.append(MOUD if facts.on_use_disorder_medication and rng.random() < 0.6
                         else COUNSELING)
        for kind in kinds:
            _follow_up_visit(run, batch, facts, end, kind)


def _follow_up_visit(run: Run, batch: Batch, facts: ClientFacts, discharged: date,
                     kind: str) -> None:
    """One follow-up visit of ``kind`` after a discharge: mostly kept within the week,
    some later, some missed, a few never booked."""
    rng, end = run.rng, discharged
    draw = rng.random()
    if draw < 0.84:
        status = KEPT
        day = _weekday_within(end + DAYS[rng.randint(1, 7)], end + DAYS[7])
    elif draw < 0.91:
        status, day = KEPT, _weekday(end + DAYS[rng.randint(8, 24)])
    elif draw < 0.97:
        status = MISSED
        day = _weekday_within(end + DAYS[rng.randint(2, 6)], end + DAYS[7])
    else:
        return  # nothing booked: the clock runs out unless something else meets it
    if day > run.timeline.yesterday:
        status = _AHEAD.pick(rng)
    with_whom, member_id, facility, place = _provider(run, facts, kind)
    batch.rows["appointment"].append(appointment_row(
        run, facts, day, kind, status, facility=facility, with_whom=with_whom,
        purpose=_FOLLOW_UP_PURPOSES[kind], member_id=member_id, location=place))


def _treatment_start(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """A counselling or medication visit in the first two weeks of substance-use care that
    begins outside 24-hour care (NCQA HEDIS IET initiation: treatment within 14 days)."""
    rng, yesterday = run.rng, run.timeline.yesterday
    first = facts.episodes[0]
    if first.level in ROUND_THE_CLOCK or first.start > yesterday:
        return
    draw = rng.random()
    if draw < 0.82:
        status = KEPT
        day = _weekday_within(first.start + DAYS[rng.randint(1, 9)], first.start + DAYS[13])
    elif draw < 0.9:
        status = MISSED
        day = _weekday_within(first.start + DAYS[rng.randint(1, 9)], first.start + DAYS[13])
    else:
        return
    if day > yesterday:
        status = _AHEAD.pick(rng)
    kind = MOUD if facts.on_use_disorder_medication and rng.random() < 0.5 else COUNSELING
    with_whom, member_id, facility, place = _provider(run, facts, kind)
    batch.rows["appointment"].append(appointment_row(
        run, facts, day, kind, status, facility=facility, with_whom=with_whom,
        purpose=_PURPOSES[kind], member_id=member_id, location=place))


def _mental_health_kind(run: Run) -> str:
    return PSYCHIATRY if run.rng.random() < 0.6 else THERAPY


def _routine(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """Visits of the last four weeks and the next three for a client in care."""
    random = run.rng.random
    team = facts.team
    visits: list[tuple[str, bool]] = []  # (kind, ahead of today)
    if facts.prescriber:
        if random() < 0.3:
            visits.append((PSYCHIATRY, False))
        if random() < 0.3:
            visits.append((PSYCHIATRY, True))
    if "Therapist" in team:
        if random() < 0.25:
            visits.append((THERAPY, False))
        if random() < 0.25:
            visits.append((THERAPY, True))
    if facts.on_use_disorder_medication and random() < 0.4:
        visits.append((MOUD, True))
    if "Primary care provider" in team and random() < 0.15:
        visits.append((PRIMARY_CARE, random() < 0.5))
    if "Peer recovery specialist" in team and random() < 0.6:
        visits.append((PEER, random() < 0.6))
    for kind, ahead in visits:
        _visit(run, batch, facts, kind, ahead=ahead)


def _visit(run: Run, batch: Batch, facts: ClientFacts, kind: str, *, ahead: bool) -> None:
    rng, timeline = run.rng, run.timeline
    today = timeline.today
    if ahead:
        day = _weekday(today + DAYS[rng.randint(0, _ROUTINE_AHEAD_DAYS)])
        status = _AHEAD.pick(rng)
    else:
        back = rng.randint(1, _ROUTINE_PAST_DAYS)
        day = today - DAYS[back]
        if day.weekday() >= 5:
            day -= DAYS[day.weekday() - 4]  # the Friday before
            back = (today - day).days
        status = _OUTCOME.pick(rng)
        if back <= _UNMARKED_DAYS and rng.random() < _UNMARKED_SHARE:
            status = SCHEDULED
    start = facts.episodes[0].start
    if day < start:
        return  # not in care yet
    with_whom, member_id, facility, place = _provider(run, facts, kind)
    batch.rows["appointment"].append(appointment_row(
        run, facts, day, kind, status, facility=facility, with_whom=with_whom,
        purpose=_PURPOSES[kind], member_id=member_id, location=place))


def _provider(run: Run, facts: ClientFacts,
              kind: str) -> tuple[str, int | None, Facility | None, str]:
    """Who the visit is with, their care-team row if any, and where: the facility (the
    clinic by default; a private-practice therapist's own office) or, for a practice that
    is not in the directory, its name."""
    rng, team = run.rng, facts.team
    clinic = _own_clinic(run)
    if kind in (PSYCHIATRY, MOUD):
        member = team.get(_PSYCHIATRY_ROLES[0]) or team.get(_PSYCHIATRY_ROLES[1])
        if member:
            return member[1], member[0], clinic, ""
        return facts.prescriber or rng.choice(PSYCHIATRISTS), None, clinic, ""
    if kind == THERAPY:
        member = team.get("Therapist")
        if member:
            office = _facility(run, member[2]) if member[2] else clinic
            return member[1], member[0], office, ""
        return rng.choice(THERAPISTS), None, clinic, ""
    if kind in (PRIMARY_CARE, PEER):
        member = team.get("Primary care provider" if kind == PRIMARY_CARE
                          else "Peer recovery specialist")
        if member:
            return member[1], member[0], None, member[3]
    return "Substance use counselor", None, clinic, ""


def _own_clinic(run: Run) -> Facility:
    clinic: Facility | None = run.lookups.get("own outpatient clinic")
    if clinic is None:
        clinic = run.lookups["own outpatient clinic"] = next(
            f for f in run.reference.facilities if f.spec.own and "OP" in f.spec.levels)
    return clinic


def _facility(run: Run, facility_id: int) -> Facility:
    by_id: dict[int, Facility] | None = run.lookups.get("facilities by id")
    if by_id is None:
        by_id = run.lookups["facilities by id"] = {f.id: f for f in run.reference.facilities}
    return by_id[facility_id]


def _weekday(day: date) -> date:
    """The day, or the Monday after when it falls on a weekend."""
    weekday = day.weekday()
    return day + DAYS[7 - weekday] if weekday >= 5 else day


def _weekday_within(day: date, latest: date) -> date:
    """A weekday near ``day`` no later than ``latest`` (the Friday before a weekend)."""
    weekday = day.weekday()
    if weekday < 5:
        return day
    moved = day + DAYS[7 - weekday]
    return moved if moved <= latest else day - DAYS[weekday - 4]

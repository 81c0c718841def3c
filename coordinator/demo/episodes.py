"""Episodes of care for a demo client: which facility, track, modality and hours; the
episode rows themselves; and attendance in our own IOP and PHP tracks."""

from __future__ import annotations

import random
from datetime import date

from coordinator.demo.common import DAYS, SLOTS, Batch, Row, WeightedChoice
from coordinator.demo.reference import Facility
from coordinator.demo.state import ClientFacts, EpisodePlan, Run
from coordinator.domain.levels import Direction, direction_between
from coordinator.domain.vocabulary import CareFocus, EpisodeStatus, Modality

# Plain-string codes: enum member lookups cost more than they look in the inner loops.
MENTAL, SUBSTANCE, CO_OCCURRING = (CareFocus.MENTAL_HEALTH.value,
                                   CareFocus.SUBSTANCE_USE.value,
                                   CareFocus.CO_OCCURRING.value)
PLANNED, ACTIVE, COMPLETED, CANCELLED = (
    EpisodeStatus.PLANNED.value, EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value,
    EpisodeStatus.CANCELLED.value)
_IN_PERSON, _TELEHEALTH, _HYBRID = (Modality.IN_PERSON.value, Modality.TELEHEALTH.value,
                                    Modality.HYBRID.value)

# Discharge from these starts the step-down clock (docs/architecture.md 3, transition clocks).
STEP_DOWN_CLOCK_LEVELS = frozenset({"INP", "RES", "WM", "PHP"})
# 24-hour settings: two stays of one client never overlap, not even by a day.
ROUND_THE_CLOCK = frozenset({"INP", "RES", "WM"})

_OWN_SHARE = {"IOP": 0.7, "PHP": 0.65, "OP": 0.45}
_ALL_TRACKS = ("morning", "afternoon", "evening")


def pick_facility(run: Run, facts: ClientFacts, level: str) -> Facility:
    """A facility offering ``level`` to this client: our own program when we run one."""
    rng = run.rng
    key = (level, facts.adolescent, facts.focus)
    choices = run.facility_choices.get(key)
    if choices is None:
        offering = [f for f in run.reference.facilities if level in f.spec.levels]
        candidates = [f for f in offering if _serves(f, facts)] or offering
        ours = [f for f in candidates if f.spec.own]
        if len(ours) > 1 and facts.focus != CO_OCCURRING:
            wanted = "sud" if facts.focus == SUBSTANCE else "mh"
            ours = [f for f in ours if f.spec.focus == wanted] or ours
        others = [f for f in candidates if not f.spec.own] or candidates
        speaking = [f for f in others if f.spec.spanish] or others
        choices = run.facility_choices[key] = (tuple(ours), tuple(others), tuple(speaking))
    own, partners, spanish = choices
    if own and rng.random() < _OWN_SHARE.get(level, 0.0):
        return rng.choice(own)
    if facts.spanish and rng.random() < 0.5:
        return rng.choice(spanish)
    return rng.choice(partners)


def _serves(facility: Facility, facts: ClientFacts) -> bool:
    spec = facility.spec
    if spec.population != "all" and (spec.population == "adolescent") != facts.adolescent:
        return False
    if spec.focus == "any" or facts.focus == CO_OCCURRING:
        return True
    return (spec.focus == "sud") == (facts.focus == SUBSTANCE)


def plan_episode(run: Run, facts: ClientFacts, level: str, start: date, end: date | None,
                 status: str) -> EpisodePlan:
    """An episode at a fitting facility, with a track and modality for day programs."""
    rng = run.rng
    facility = pick_facility(run, facts, level)
    track: str | None = None
    modality = _IN_PERSON
    if level in ("IOP", "PHP"):
        track = "morning" if level == "PHP" else rng.choice(facility.spec.tracks
                                                            or _ALL_TRACKS)
        draw = rng.random()
        if level == "IOP" and not facts.adolescent:
            modality = (_IN_PERSON if draw < 0.65 else _TELEHEALTH if draw < 0.85
                        else _HYBRID)
        elif draw > 0.88:
            modality = _HYBRID
    elif level == "OP":
        draw = rng.random()
        modality = _IN_PERSON if draw < 0.55 else _TELEHEALTH if draw < 0.85 else _HYBRID
    return EpisodePlan(run.ids.next("episode"), level, facility, start, end, status, track,
                       modality)


def _hours(run: Run, facts: ClientFacts, level: str) -> float | None:
    """Planned weekly hours, mostly inside the level's range (docs/architecture.md 3)."""
    rng = run.rng
    if level == "OP":
        return None if rng.random() < 0.1 else rng.choice((1.0, 1.0, 1.5, 2.0, 3.0))
    if level == "IOP":
        if facts.adolescent:
            return rng.choice((6.0, 7.5, 9.0))
        if rng.random() < 0.05:  # a reduced schedule: the app warns, it does not refuse
            return rng.choice((6.0, 7.5))
        return rng.choice((9.0, 9.0, 10.5, 12.0, 12.0, 15.0))
    if level == "PHP":
        return 18.0 if rng.random() < 0.03 else rng.choice((20.0, 25.0, 25.0, 30.0))
    return None


def episode_row(run: Run, facts: ClientFacts, episode: EpisodePlan, source: str,
                disposition: str, aftercare: str, details: Row | None = None) -> Row:
    """The episode's row; ``details`` fills the discharge columns of a completed one."""
    timeline = run.timeline
    created = timeline.at(min(episode.start, timeline.yesterday))
    changed = episode.end is not None or episode.status == CANCELLED
    updated = timeline.at(min(episode.end or episode.start, timeline.yesterday)) \
        if changed else created
    row = {
        "id": episode.id, "client_id": facts.id, "level_code": episode.level,
        "facility_id": episode.facility.id, "focus": facts.focus, "track": episode.track,
        "modality": episode.modality, "planned_weekly_hours": _hours(run, facts, episode.level),
        "start_date": episode.start, "end_date": episode.end, "status": episode.status,
        "admission_source": source, "discharge_disposition": disposition,
        "aftercare_plan": aftercare, "created_by_id": facts.case_manager_id,
        "discharge_condition": "", "mental_status": "", "treatment_provided": "",
        "substances": "", "last_use_on": None, "legal_status": "", "housing_status": "",
        "planned_next_level": None, "planned_next_start": None,
        "entered_in_error": False, "version": 2 if changed else 1, "created_at": created,
        "updated_at": max(updated, created),
    }
    if details:
        row.update(details)
    facts.episode_rows[episode.id] = row
    return row


def direction_word(run: Run, before: str, after: str) -> str:
    """"Stepped up", "Stepped down" or "Transferred", for moving from one level to another."""
    key = ("direction word", before, after)
    word: str | None = run.lookups.get(key)
    if word is None:
        levels = run.reference.levels
        direction = direction_between(levels[before].intensity, levels[after].intensity)
        word = run.lookups[key] = {Direction.STEP_UP: "Stepped up",
                                   Direction.STEP_DOWN: "Stepped down"}.get(direction,
                                                                            "Transferred")
    return word


_ATTENDANCE: WeightedChoice[str] = WeightedChoice([
    ("present", 78), ("late", 6), ("excused", 6), ("unexcused", 10)])


# How far back the roll call goes: the reports' default periods (the last full quarter, this
# year) need marks, and a whole history would slow a large demo for little.
_ROLL_CALL_HISTORY_DAYS = 200
# Most clients come reliably, some miss now and then, a few struggle: the share of sessions
# each kind misses without an excuse.
_RELIABILITY: WeightedChoice[float] = WeightedChoice([(0.03, 70), (0.1, 25), (0.3, 5)])


def add_attendance(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """The roll call of our own IOP and PHP tracks: three weeks of sessions for a client in
    one now, and the earlier sessions of the last 200 days (ended stays included)."""
    _earlier_attendance(run, batch, facts)
    last = facts.episodes[-1]
    if last.status != ACTIVE or last.track is None:
        return
    schedule = run.reference.schedules.get((last.facility.id, last.track))
    if schedule is None:
        return
    rng, timeline = run.rng, run.timeline
    weekdays, minutes = schedule
    day = max(last.start, timeline.today - DAYS[21])
    rows = batch.rows["attendance"]
    while day < timeline.today:
        if day.weekday() in weekdays:
            status = _ATTENDANCE.pick(rng)
            if status == "present" and (last.modality == _TELEHEALTH or (
                    last.modality == _HYBRID and rng.random() < 0.5)):
                status = "telehealth"
            attended = minutes if status in ("present", "telehealth") else (
                minutes - 30 if status == "late" else 0)
            stamp = timeline.at(day)
            mark_id = run.ids.next("attendance")
            rows.append({
                "id": mark_id, "episode_id": last.id, "client_id": facts.id,
                "session_date": day, "status": status, "minutes": attended,
                "recorded_by_id": facts.case_manager_id, "version": 1, "created_at": stamp,
                "updated_at": stamp, "modality": session_modality(status, mark_id),
            })
        day += DAYS[1]


def _earlier_attendance(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """Sessions before the last three weeks, from a generator of their own (seeded by the
    episode), so the rest of the demo is drawn the same as without them."""
    timeline = run.timeline
    recent = timeline.today - DAYS[21]
    oldest = timeline.today - DAYS[_ROLL_CALL_HISTORY_DAYS]
    for episode in facts.episodes:
        if episode.track is None or episode.status not in (ACTIVE, COMPLETED):
            continue
        schedule = run.reference.schedules.get((episode.facility.id, episode.track))
        if schedule is None:
            continue
        last_day = min(episode.end or timeline.today, recent if episode.status == ACTIVE
                       else timeline.today)
        day = max(episode.start, oldest)
        if day >= last_day:
            continue
        rng = random.Random(episode.id * 7_919 + facts.id)
        missing = _RELIABILITY.pick(rng)
        weekdays, minutes = schedule
        rows = batch.rows["attendance"]
        while day < last_day:
            if day.weekday() in weekdays:
                status = _earlier_status(rng, missing, episode.modality)
                attended = minutes if status in ("present", "telehealth") else (
                    minutes - 30 if status == "late" else 0)
                stamp = timeline.at(day, rng.randrange(SLOTS))
                mark_id = run.ids.next("attendance")
                rows.append({
                    "id": mark_id, "episode_id": episode.id,
                    "client_id": facts.id, "session_date": day, "status": status,
                    "minutes": attended, "recorded_by_id": facts.case_manager_id,
                    "version": 1, "created_at": stamp, "updated_at": stamp,
                    "modality": session_modality(status, mark_id),
                })
            day += DAYS[1]


def session_modality(status: str, mark_id: int) -> str:
    """How a demo session was attended: telehealth marks by video, one in five of them by
    phone (picked by the mark's id, so the seeded draws stay as they were)."""
    if status != "telehealth":
        return "in_person"
    return "phone" if mark_id % 5 == 0 else "video"


def _earlier_status(rng: random.Random, missing: float, modality: str) -> str:
    draw = rng.random()
    if draw < missing:
        return "unexcused"
    if draw < missing + 0.05:
        return "excused"
    if draw < missing + 0.11:
        return "late"
    if modality == _TELEHEALTH or (modality == _HYBRID and rng.random() < 0.5):
        return "telehealth"
    return "present"

"""The demo's intake inquiries and readiness assessments, added after each batch of clients
from the rows the batch already holds.

Inquiries: a client admitted in the last year came through an inquiry before the first
episode (most from a hospital's discharge planner, the client or family), with the
insurance verified and, for IOP and PHP, an authorization of sessions (one whose first
episode is still planned is open); a share of the
clients discharged in the last months called again, and those inquiries are still open,
declined, not reached or referred elsewhere (most calls of the last week still open, a
few older ones waiting on an answer). Readiness assessments: about two thirds of
the step-ups and step-downs still planned, and half of those completed in the last half
year, have the clinician's ratings of the six dimensions behind them.

Each client's rows are drawn from a generator seeded by the client, not from the run's, so
the rest of the demo is the same with or without them.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from coordinator.demo.common import Batch, Row, WeightedChoice, versioned
from coordinator.demo.state import Run
from coordinator.domain.intake import InquiryOutcome, InquirySource, VerificationStatus
from coordinator.domain.readiness import AsamDimension, RiskRating

_SOURCES = WeightedChoice([
    (InquirySource.HOSPITAL, 0.30), (InquirySource.SELF, 0.20),
    (InquirySource.FAMILY, 0.15), (InquirySource.PRIMARY_CARE, 0.13),
    (InquirySource.OTHER_PROGRAM, 0.12), (InquirySource.COURT, 0.10),
])
_CONTACTS = {
    InquirySource.HOSPITAL: ("Discharge planner, Mercy General", "Social worker, St. Rose "
                             "Hospital", "Discharge planner, County Psychiatric"),
    InquirySource.SELF: ("",),
    InquirySource.FAMILY: ("Mother", "Spouse", "Sister", "Adult son"),
    InquirySource.PRIMARY_CARE: ("Dr. Patel, Eastside Family Medicine",
                                 "Nurse care manager, Harbor Clinic"),
    InquirySource.OTHER_PROGRAM: ("Intake coordinator, Bayview Residential",
                                  "Counselor, Oak Street Outpatient"),
    InquirySource.COURT: ("Probation officer, county drug court",
                          "Court liaison, behavioral health court"),
}
_AUTHORIZED_LEVELS = {"IOP": (12, 30), "PHP": (10, 20)}
_LATER_OUTCOMES = WeightedChoice([
    (InquiryOutcome.DECLINED, 0.35), (InquiryOutcome.NOT_REACHED, 0.35),
    (InquiryOutcome.REFERRED_ELSEWHERE, 0.30),
])
_REFERRED_TO = ("Outpatient therapist closer to home", "Bayview Residential",
                "Community mental health center", "Peer recovery center")
_STEP_RATINGS = {
    "step_down": WeightedChoice([(RiskRating.NONE, 0.25), (RiskRating.LOW, 0.45),
                                 (RiskRating.MODERATE, 0.25), (RiskRating.HIGH, 0.05)]),
    "step_up": WeightedChoice([(RiskRating.LOW, 0.15), (RiskRating.MODERATE, 0.45),
                               (RiskRating.HIGH, 0.40)]),
}
_NARRATIVES: dict[AsamDimension, dict[RiskRating, str]] = {
    AsamDimension.ACUTE_INTOXICATION: {
        RiskRating.NONE: "No use reported since admission", RiskRating.LOW: "No withdrawal signs",
        RiskRating.MODERATE: "Mild withdrawal last week, resolved",
        RiskRating.HIGH: "Using daily; withdrawal likely"},
    AsamDimension.BIOMEDICAL: {
        RiskRating.NONE: "No medical concerns", RiskRating.LOW: "Chronic condition, managed",
        RiskRating.MODERATE: "Needs medication follow-up",
        RiskRating.HIGH: "Unstable medical condition"},
    AsamDimension.EMOTIONAL_BEHAVIORAL: {
        RiskRating.NONE: "Mood stable", RiskRating.LOW: "Mood improving on medication",
        RiskRating.MODERATE: "Ongoing anxiety, no safety concerns",
        RiskRating.HIGH: "Recent suicidal ideation"},
    AsamDimension.READINESS_TO_CHANGE: {
        RiskRating.NONE: "Engaged and setting goals", RiskRating.LOW: "Attends and participates",
        RiskRating.MODERATE: "Ambivalent about treatment",
        RiskRating.HIGH: "Not ready to engage"},
    AsamDimension.RELAPSE_POTENTIAL: {
        RiskRating.NONE: "Strong coping skills", RiskRating.LOW: "Uses coping plan",
        RiskRating.MODERATE: "Cravings in the evenings",
        RiskRating.HIGH: "Relapsed twice this month"},
    AsamDimension.RECOVERY_ENVIRONMENT: {
        RiskRating.NONE: "Stable housing, supportive family",
        RiskRating.LOW: "Supportive roommate",
        RiskRating.MODERATE: "Housing uncertain", RiskRating.HIGH: "Living with active users"},
}
_CONSULTED = ("Attending psychiatrist at the hospital", "Residential counselor",
              "Primary care physician", "Outpatient therapist", "Program nurse")


def add_intake(run: Run, batch: Batch) -> None:
    """Inquiries and readiness assessments for the clients of ``batch``."""
    episodes: dict[int, list[Row]] = defaultdict(list)
    for episode in batch.rows.get("episode", ()):
        if not episode.get("entered_in_error"):
            episodes[episode["client_id"]].append(episode)
    for client in batch.rows.get("client", ()):
        if client["status"] == "archived":
            continue
        rng = random.Random(client["id"] * 104_729 + 7)
        stays = sorted(episodes.get(client["id"], ()), key=lambda row: row["start_date"])
        if not stays:
            continue
        _admitted(run, batch, rng, client, stays[0])
        if client["status"] == "discharged":
            _called_again(run, batch, rng, client, stays[-1])
    starts = {row["id"]: row["start_date"]
              for rows in episodes.values() for row in rows}
    for transition in list(batch.rows.get("transition", ())):
        _assessment(run, batch, transition, starts)


def _inquiry(run: Run, client: Row, rng: random.Random, source: InquirySource,
             first_contact: date, level: str | None, outcome: InquiryOutcome,
             outcome_on: date | None) -> Row:
    today = run.timeline.today
    payer, member = client["insurance_payer"], client["insurance_member_id"]
    verified = bool(payer and member) and rng.random() < 0.85
    verified_on = min(first_contact + timedelta(days=rng.randint(0, 3)), today)
    stamp = run.timeline.at(first_contact)
    return {
        "id": run.ids.next("inquiry"), "client_id": client["id"], "source": source.value,
        "source_contact": rng.choice(_CONTACTS[source]), "first_contact_on": first_contact,
        "requested_level_code": level, "insurance_payer": payer,
        "insurance_member_id": member,
        "verification_status": (VerificationStatus.VERIFIED if verified
                                else VerificationStatus.NOT_VERIFIED).value,
        "verified_on": verified_on if verified else None,
        "authorization_number": "", "authorized_units": None, "authorization_start": None,
        "authorization_end": None, "outcome": outcome.value, "outcome_on": outcome_on,
        "referral_id": None, "referred_to": "", "notes": "",
        "created_by_id": client["primary_case_manager_id"],
        **versioned(stamp, run.timeline.at(outcome_on) if outcome_on else stamp),
    }


def _admitted(run: Run, batch: Batch, rng: random.Random, client: Row, first: Row) -> None:
    """The inquiry before the client's first episode, when that began in the last year."""
    start: date = first["start_date"]
    today = run.timeline.today
    if start < run.timeline.days_ago(365):
        return
    source = _SOURCES.pick(rng)
    wait = rng.randint(0, 4) if source is InquirySource.HOSPITAL else rng.randint(1, 14)
    # An admission planned for a later day was asked for in the last days, not today.
    asked = today - timedelta(days=rng.randint(0, 5))
    first_contact = (start - timedelta(days=wait) if start <= today
                     else min(start - timedelta(days=wait), asked))
    # Not started yet (a planned first episode): the inquiry waits for the admission.
    waiting = first["status"] == "planned" or start > today
    row = _inquiry(run, client, rng, source, first_contact, first["level_code"],
                   InquiryOutcome.OPEN if waiting else InquiryOutcome.ADMITTED,
                   None if waiting else start)
    units = _AUTHORIZED_LEVELS.get(first["level_code"])
    if units is not None and row["verification_status"] == VerificationStatus.VERIFIED.value:
        row.update(authorization_number=f"AUTH-{rng.randrange(10**6):06d}",
                   authorized_units=rng.randint(*units), authorization_start=start,
                   authorization_end=start + timedelta(days=rng.randint(30, 60)))
    batch.add("inquiry", row)


def _called_again(run: Run, batch: Batch, rng: random.Random, client: Row,
                  last: Row) -> None:
    """About half the clients discharged in the last eight months called again."""
    ended: date | None = last["end_date"]
    today = run.timeline.today
    if ended is None or ended < run.timeline.days_ago(240) or rng.random() >= 0.5:
        return
    first_contact = min(ended + timedelta(days=rng.randint(3, 60)), today)
    # Most calls are answered within days: only the last week's are mostly still open.
    recent = (today - first_contact).days <= 7
    source = rng.choice((InquirySource.SELF, InquirySource.FAMILY, InquirySource.PRIMARY_CARE))
    level = rng.choice(("OP", "IOP", "IOP", "PHP"))
    if rng.random() < (0.8 if recent else 0.02):
        batch.add("inquiry", _inquiry(run, client, rng, source, first_contact, level,
                                      InquiryOutcome.OPEN, None))
        return
    outcome = _LATER_OUTCOMES.pick(rng)
    decided = min(first_contact + timedelta(days=rng.randint(1, 10)), today)
    row = _inquiry(run, client, rng, source, first_contact, level, outcome, decided)
    if outcome is InquiryOutcome.REFERRED_ELSEWHERE:
        row["referred_to"] = rng.choice(_REFERRED_TO)
    batch.add("inquiry", row)


def _assessment(run: Run, batch: Batch, transition: Row, starts: dict[int, date]) -> None:
    """The readiness assessment behind a step-up or step-down, for a believable share."""
    direction = transition["direction"]
    if direction not in _STEP_RATINGS or transition["from_episode_id"] is None:
        return
    today = run.timeline.today
    planned: date = transition["planned_date"]
    rng = random.Random(transition["id"] * 7_907 + 3)
    if transition["status"] == "planned":
        share = 0.65
    elif transition["status"] == "completed" and planned >= run.timeline.days_ago(180):
        share = 0.5
    else:
        return
    if rng.random() >= share:
        return
    since = starts.get(transition["from_episode_id"], planned)
    assessed = max(min(planned - timedelta(days=rng.randint(1, 5)), today), since)
    consulted_on = max(assessed - timedelta(days=rng.randint(0, 3)), since)
    assessment_id = run.ids.next("readiness_assessment")
    stamp = run.timeline.at(assessed)
    batch.add("readiness_assessment", {
        "id": assessment_id, "client_id": transition["client_id"],
        "episode_id": transition["from_episode_id"], "assessed_on": assessed,
        "assessed_by_id": transition["decided_by_id"],
        "recommended_level_code": transition["to_level_code"],
        "consulted": rng.choice(_CONSULTED), "consulted_on": consulted_on,
        "summary": "", "entered_in_error": False, **versioned(stamp)})
    ratings = _STEP_RATINGS[direction]
    for dimension in AsamDimension:
        rating = ratings.pick(rng)
        batch.add("readiness_dimension", {
            "assessment_id": assessment_id, "dimension": dimension.value,
            "rating": rating.value, "narrative": _NARRATIVES[dimension][rating]})

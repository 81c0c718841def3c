"""Coded values shared by the store, the services and the UI.

Codes are stored; the English titles here are translated by the UI. Referral statuses follow
FHIR R4 Task.status (http://hl7.org/fhir/R4/valueset-task-status.html).
"""

from __future__ import annotations

from enum import StrEnum


class ClientStatus(StrEnum):
    ACTIVE = "active"
    DISCHARGED = "discharged"
    ARCHIVED = "archived"


class EpisodeStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Track(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Modality(StrEnum):
    IN_PERSON = "in_person"
    TELEHEALTH = "telehealth"
    HYBRID = "hybrid"


class CareFocus(StrEnum):
    """What an episode treats; decides which follow-up clocks (FUH or FUI) apply."""

    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    CO_OCCURRING = "co_occurring"


class TransitionStatus(StrEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


STEP_UP_CRITERIA: dict[str, str] = {
    "symptoms_worsening": "Symptoms worsening in current care",
    "missing_obligations": "Missing work, school or family obligations",
    "recent_crisis": "Recent ER visit or psychiatric crisis",
    "relapse_risk": "Increased relapse risk",
    "safety_concern": "Safety concern",
}

STEP_DOWN_CRITERIA: dict[str, str] = {
    "clinically_stable": "Clinically stable",
    "needs_structure": "Needs continued structure",
    "reintegrating": "Reintegrating into work, school or family",
    "environment_triggers": "Environment with triggers needing real-time processing",
    "completing_24h_care": "Completing residential or inpatient care",
}


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    REQUESTED = "requested"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    IN_PROGRESS = "in-progress"
    ON_HOLD = "on-hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"


CLOSED_REFERRAL_STATUSES = frozenset(
    {ReferralStatus.REJECTED, ReferralStatus.COMPLETED, ReferralStatus.CANCELLED,
     ReferralStatus.FAILED}
)


class ReferralOutcome(StrEnum):
    GOT_HELP = "got_help"
    COULD_NOT_CONTACT = "could_not_contact"
    NOT_ELIGIBLE = "not_eligible"
    NO_CAPACITY = "no_capacity"
    NO_LONGER_INTERESTED = "no_longer_interested"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    OTHER = "other"


class ReferralCategory(StrEnum):
    HOUSING = "housing"
    EMPLOYMENT = "employment"
    PHYSICAL_HEALTH = "physical_health"
    FOOD = "food"
    TRANSPORTATION = "transportation"
    LEGAL = "legal"
    BENEFITS = "benefits"
    EDUCATION = "education"
    CHILDCARE = "childcare"
    FAMILY_SUPPORT = "family_support"
    PEER_SUPPORT = "peer_support"
    SUBSTANCE_USE = "substance_use"
    MENTAL_HEALTH = "mental_health"
    OTHER = "other"


class ReferralPriority(StrEnum):
    """FHIR request-priority codes."""

    ROUTINE = "routine"
    URGENT = "urgent"
    ASAP = "asap"
    STAT = "stat"


class FacilityKind(StrEnum):
    HOSPITAL = "hospital"
    PSYCHIATRIC_HOSPITAL = "psychiatric_hospital"
    RESIDENTIAL = "residential"
    DETOX = "detox"
    PHP_IOP = "php_iop"
    OUTPATIENT_CLINIC = "outpatient_clinic"
    THERAPIST = "therapist"
    OWN_PROGRAM = "own_program"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    TELEHEALTH = "telehealth"
    EXCUSED = "excused"
    UNEXCUSED = "unexcused"


class NoteKind(StrEnum):
    CALL = "call"
    COORDINATION = "coordination"
    VISIT = "visit"
    OUTREACH = "outreach"
    OTHER = "other"


class Instrument(StrEnum):
    PHQ9 = "PHQ-9"
    GAD7 = "GAD-7"
    PHQA = "PHQ-A"
    PCL5 = "PCL-5"
    EPDS = "EPDS"
    CSSRS = "C-SSRS"


class DocumentType(StrEnum):
    TRANSFER_SUMMARY = "transfer_summary"
    DISCHARGE_SUMMARY = "discharge_summary"
    REFERRAL_LETTER = "referral_letter"
    #: The referral letter addressed to the client, in the client's language.
    CLIENT_REFERRAL_LETTER = "client_referral_letter"

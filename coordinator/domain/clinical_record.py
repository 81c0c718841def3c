"""The words of the clinical record: problem list, medications, allergies, appointments,
safety plan, advance directives and discharge details, and the NPI check.

Stored values are these codes; the UI and the documents title them. Lists a person picks
from (routes, frequencies) keep one wording everywhere: "sublingual film" and "twice daily"
read the same on every screen and every packet.
"""

from __future__ import annotations

from enum import StrEnum


class DiagnosisStatus(StrEnum):
    ACTIVE = "active"
    RESOLVED = "resolved"
    RULED_OUT = "ruled_out"


class AllergyStatus(StrEnum):
    """Whether anyone asked: "not asked" is not "no known allergies"."""

    NOT_ASKED = "not_asked"
    NO_KNOWN = "no_known"
    RECORDED = "recorded"


class AllergySeverity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    UNKNOWN = "unknown"


class MedicationStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    STOPPED = "stopped"


class MedicationRoute(StrEnum):
    BY_MOUTH = "oral"
    SUBLINGUAL_TABLET = "sublingual_tablet"
    SUBLINGUAL_FILM = "sublingual_film"
    ORALLY_DISINTEGRATING = "orally_disintegrating"
    LONG_ACTING_INJECTION = "long_acting_injection"
    INTRAMUSCULAR = "intramuscular"
    SUBCUTANEOUS = "subcutaneous"
    TRANSDERMAL_PATCH = "transdermal"
    NASAL = "nasal"
    INHALED = "inhaled"
    TOPICAL = "topical"
    OTHER = "other"


class MedicationFrequency(StrEnum):
    ONCE_DAILY = "once_daily"
    TWICE_DAILY = "twice_daily"
    THREE_TIMES_DAILY = "three_times_daily"
    FOUR_TIMES_DAILY = "four_times_daily"
    AT_BEDTIME = "at_bedtime"
    EVERY_MORNING = "every_morning"
    EVERY_OTHER_DAY = "every_other_day"
    WEEKLY = "weekly"
    EVERY_TWO_WEEKS = "every_two_weeks"
    MONTHLY = "monthly"
    AS_NEEDED = "as_needed"
    OTHER = "other"


class DoseUnit(StrEnum):
    MG = "mg"
    MCG = "mcg"
    G = "g"
    ML = "mL"
    UNITS = "units"
    TABLET = "tablet"
    CAPSULE = "capsule"
    PUFF = "puff"
    PATCH = "patch"


class AppointmentKind(StrEnum):
    INTAKE = "intake"  # admission at the next level of care (``level_code`` says which)
    PSYCHIATRY = "psychiatry"
    THERAPY = "therapy"
    SUBSTANCE_USE_COUNSELING = "substance_use_counseling"
    MEDICATION_FOR_USE_DISORDER = "moud"  # a buprenorphine, methadone or naltrexone visit
    PEER_SUPPORT = "peer_support"
    PRIMARY_CARE = "primary_care"
    CASE_MANAGEMENT = "case_management"
    OTHER = "other"


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    CONFIRMED = "confirmed"  # confirmed with the receiving program
    KEPT = "kept"
    MISSED = "missed"
    CANCELLED = "cancelled"


#: Appointments still ahead of the client; the others have an outcome.
PENDING_APPOINTMENTS = frozenset({AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED})


class DirectiveKind(StrEnum):
    PSYCHIATRIC = "psychiatric"
    MEDICAL = "medical"
    POLST = "polst"


class FirearmsAccess(StrEnum):
    NOT_ASKED = "not_asked"
    NO_ACCESS = "no_access"
    ACCESS_SECURED = "secured"  # stored away, locked, or held by someone else
    ACCESS = "access"


class DischargeCondition(StrEnum):
    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    WORSE = "worse"


class LegalStatus(StrEnum):
    VOLUNTARY = "voluntary"
    INVOLUNTARY_HOLD = "involuntary_hold"  # e.g. California's 72-hour 5150 hold
    CONSERVATORSHIP = "conservatorship"
    COURT_ORDERED = "court_ordered"
    PROBATION_PAROLE = "probation_parole"


class HousingStatus(StrEnum):
    STABLY_HOUSED = "stably_housed"
    WITH_FAMILY_OR_FRIENDS = "with_family_or_friends"
    SOBER_LIVING = "sober_living"
    SHELTER = "shelter"
    UNSHELTERED = "unsheltered"
    INSTITUTION = "institution"


# The words documents print (in English; the screens translate their own titles).
ROUTE_WORDS: dict[str, str] = {
    MedicationRoute.BY_MOUTH: "By mouth",
    MedicationRoute.SUBLINGUAL_TABLET: "Sublingual tablet",
    MedicationRoute.SUBLINGUAL_FILM: "Sublingual film",
    MedicationRoute.ORALLY_DISINTEGRATING: "Orally disintegrating tablet",
    MedicationRoute.LONG_ACTING_INJECTION: "Long-acting injection",
    MedicationRoute.INTRAMUSCULAR: "Intramuscular injection",
    MedicationRoute.SUBCUTANEOUS: "Subcutaneous injection",
    MedicationRoute.TRANSDERMAL_PATCH: "Transdermal patch",
    MedicationRoute.NASAL: "Nasal",
    MedicationRoute.INHALED: "Inhaled",
    MedicationRoute.TOPICAL: "On the skin (topical)",
    MedicationRoute.OTHER: "Other route",
}
FREQUENCY_WORDS: dict[str, str] = {
    MedicationFrequency.ONCE_DAILY: "Once daily",
    MedicationFrequency.TWICE_DAILY: "Twice daily",
    MedicationFrequency.THREE_TIMES_DAILY: "Three times daily",
    MedicationFrequency.FOUR_TIMES_DAILY: "Four times daily",
    MedicationFrequency.AT_BEDTIME: "At bedtime",
    MedicationFrequency.EVERY_MORNING: "Every morning",
    MedicationFrequency.EVERY_OTHER_DAY: "Every other day",
    MedicationFrequency.WEEKLY: "Weekly",
    MedicationFrequency.EVERY_TWO_WEEKS: "Every two weeks",
    MedicationFrequency.MONTHLY: "Monthly",
    MedicationFrequency.AS_NEEDED: "As needed",
    MedicationFrequency.OTHER: "Other schedule",
}
#: What a document says of allergies when none is listed.
NO_ALLERGY_WORDS: dict[str, str] = {
    AllergyStatus.NO_KNOWN: "No known allergies.",
    AllergyStatus.NOT_ASKED: "Not asked: no allergy history was taken. Ask before giving any "
                             "medication.",
}


def npi_is_valid(npi: str) -> bool:
    """A National Provider Identifier: ten digits whose last is the Luhn check digit of the
    first nine prefixed with the card issuer prefix 80840 (CMS, "Requirements for
    Constructing the NPI Check Digit"; ISO/IEC 7812)."""
    if len(npi) != 10 or not npi.isascii() or not npi.isdigit():
        return False
    digits = [int(character) for character in "80840" + npi[:9]]
    total = 0
    # Doubling starts from the rightmost digit of the payload, as in every Luhn check.
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10 == int(npi[9])


# More words documents print, for the discharge and transfer summaries.
APPOINTMENT_KIND_WORDS: dict[str, str] = {
    AppointmentKind.INTAKE: "Intake",
    AppointmentKind.PSYCHIATRY: "Psychiatry",
    AppointmentKind.THERAPY: "Therapy",
    AppointmentKind.SUBSTANCE_USE_COUNSELING: "Substance-use counseling",
    AppointmentKind.MEDICATION_FOR_USE_DISORDER: "Medication for a use disorder",
    AppointmentKind.PEER_SUPPORT: "Peer support",
    AppointmentKind.PRIMARY_CARE: "Primary care",
    AppointmentKind.CASE_MANAGEMENT: "Case management",
    AppointmentKind.OTHER: "Other",
}
DIRECTIVE_WORDS: dict[str, str] = {
    DirectiveKind.PSYCHIATRIC: "Psychiatric advance directive",
    DirectiveKind.MEDICAL: "Medical advance directive",
    DirectiveKind.POLST: "POLST",
}
FIREARMS_WORDS: dict[str, str] = {
    FirearmsAccess.NOT_ASKED: "Not asked",
    FirearmsAccess.NO_ACCESS: "No access to a firearm",
    FirearmsAccess.ACCESS_SECURED: "Has access; firearm locked away or held by someone else",
    FirearmsAccess.ACCESS: "Has access to a firearm",
}
CONDITION_WORDS: dict[str, str] = {
    DischargeCondition.IMPROVED: "Improved",
    DischargeCondition.UNCHANGED: "Unchanged",
    DischargeCondition.WORSE: "Worse",
}
LEGAL_WORDS: dict[str, str] = {
    LegalStatus.VOLUNTARY: "Voluntary",
    LegalStatus.INVOLUNTARY_HOLD: "Involuntary hold",
    LegalStatus.CONSERVATORSHIP: "Conservatorship",
    LegalStatus.COURT_ORDERED: "Court-ordered treatment",
    LegalStatus.PROBATION_PAROLE: "On probation or parole",
}
HOUSING_WORDS: dict[str, str] = {
    HousingStatus.STABLY_HOUSED: "Stably housed",
    HousingStatus.WITH_FAMILY_OR_FRIENDS: "Staying with family or friends",
    HousingStatus.SOBER_LIVING: "Sober living",
    HousingStatus.SHELTER: "Shelter",
    HousingStatus.UNSHELTERED: "Unsheltered",
    HousingStatus.INSTITUTION: "Institution (jail, hospital, nursing home)",
}
#: The Stanley-Brown safety plan's steps in the plan's order, as documents head them
#: (Stanley & Brown 2012), keyed by the plan's field names.
SAFETY_PLAN_STEPS: tuple[tuple[str, str], ...] = (
    ("warning_signs", "Step 1. Warning signs"),
    ("coping_strategies", "Step 2. Internal coping strategies"),
    ("distractions", "Step 3. People and social settings that provide distraction"),
    ("people_to_ask", "Step 4. People whom I can ask for help"),
    ("professionals", "Step 5. Professionals or agencies to contact during a crisis"),
    ("environment_safety", "Step 6. Making the environment safe"),
)

"""What a transfer or discharge packet shows, as plain frozen dataclasses.

The packet service maps the database to these, and the document modules only arrange them,
so the consent gate can inspect a ``Packet`` (does it carry Part 2 information?) and add the
consent it rests on before anything is rendered. Every collection may be empty: the
documents then print "None recorded" instead of dropping the section, so a reader can tell
"none" from "left out".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coordinator.domain.timeline import JourneyLayout
from coordinator.reports.care_plan_section import CarePlanPrint
from coordinator.reports.common import Letterhead


@dataclass(frozen=True)
class PacketClient:
    name: str
    record_number: str
    birth_date: date | None = None
    preferred_name: str = ""
    pronouns: str = ""
    sex_at_birth: str = ""
    gender_identity: str = ""
    phone: str = ""
    address: str = ""
    preferred_language: str = ""
    interpreter_needed: bool = False
    emergency_contact: str = ""
    guardian: str = ""
    insurance: str = ""


@dataclass(frozen=True)
class CareLevelRow:
    """One stay at a level of care, for the history table."""

    level: str            # e.g. "Intensive Outpatient (IOP)"
    facility: str
    start_date: date
    end_date: date | None
    status: str
    disposition: str = ""


@dataclass(frozen=True)
class DiagnosisRow:
    code: str
    description: str
    primary: bool = False
    substance_use: bool = False
    status: str = "active"
    onset_date: date | None = None


@dataclass(frozen=True)
class MedicationRow:
    name: str
    dose: str = ""
    route: str = ""
    frequency: str = ""
    prescriber: str = ""
    start_date: date | None = None
    status: str = "active"


@dataclass(frozen=True)
class AllergyRow:
    substance: str
    reaction: str = ""
    severity: str = ""


@dataclass(frozen=True)
class SafetyAlertRow:
    raised_on: date
    reason: str
    addressed_on: date | None = None
    action_taken: str = ""


@dataclass(frozen=True)
class AssessmentRow:
    administered_on: date
    instrument: str
    total: int | None
    band: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CareTeamRow:
    role: str
    name: str
    organization: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""


@dataclass(frozen=True)
class ReferralRow:
    category: str
    to: str
    status: str
    reason: str = ""
    follow_up_due: date | None = None


@dataclass(frozen=True)
class AppointmentRow:
    """A booked appointment ahead of the client: where, when and with whom."""

    when: str             # already in the clinic's local time, e.g. "2026-03-20 14:30"
    with_whom: str
    location: str = ""
    purpose: str = ""     # the kind and purpose, e.g. "Intake: IOP evening track"
    status: str = "Scheduled"


@dataclass(frozen=True)
class StayDates:
    """The stay the packet is about: the episode the client leaves (or is still in)."""

    level: str            # e.g. "Residential (RES)"
    facility: str
    admitted_on: date
    #: The discharge or transfer day; None while the client is still in this care.
    left_on: date | None
    #: Days from admission to the day left (to the prepared date while still in care).
    length_of_stay_days: int
    #: ``left_on`` is the date of a move planned out of the stay, not yet made.
    left_is_planned: bool = False


@dataclass(frozen=True)
class ClinicianLine:
    """The clinician responsible for the client's care at this clinic."""

    name: str
    credentials: str = ""
    npi: str = ""
    phone: str = ""

    def text(self) -> str:
        """e.g. "Maria Lopez, LCSW · NPI 1234567893 · 562-555-0100"."""
        name = ", ".join(part for part in (self.name, self.credentials) if part)
        return " · ".join(part for part in (
            name, f"NPI {self.npi}" if self.npi else "", self.phone) if part)


@dataclass(frozen=True)
class DischargeFacts:
    """How the client leaves this stay, as the discharge details record it (words)."""

    condition: str = ""
    mental_status: str = ""
    legal_status: str = ""
    housing_status: str = ""
    #: Substances used and the last use: printed on Part 2 packets only.
    substances: str = ""
    last_use_on: date | None = None


@dataclass(frozen=True)
class TreatmentFacts:
    """The treatment given in this stay."""

    #: The clinician's own account from the discharge details.
    summary: str = ""
    #: e.g. "Intensive Outpatient (IOP), in person, evening track, 9 hours a week planned".
    program: str = ""
    #: Roll-call figures of the stay; zero sessions when no roll call was taken.
    sessions_attended: int = 0
    sessions_expected: int = 0
    hours_attended: float = 0.0
    excused_absences: int = 0
    #: Attended over expected (unexcused absences count against it), or None.
    adherence: float | None = None
    #: Active medication for a substance-use disorder, e.g. "Buprenorphine 8 mg, Once daily".
    use_disorder_medications: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScreenLine:
    """The latest result of a suicide-risk screen: C-SSRS, or PHQ-9 item 9."""

    name: str
    on: date
    result: str


@dataclass(frozen=True)
class SafetyPlanText:
    """The Stanley-Brown safety plan in force, step by step (heading, the client's words)."""

    plan_number: int
    completed_on: date
    completed_by: str
    steps: tuple[tuple[str, str], ...]
    firearms: str
    reasons_for_living: str = ""


@dataclass(frozen=True)
class DirectiveRow:
    kind: str             # e.g. "Psychiatric advance directive"
    status: str           # "On file, signed 2025-03-02", "None (client has none)"
    location: str = ""
    agent: str = ""


@dataclass(frozen=True)
class NextStep:
    """The planned next level of care and when it starts."""

    level: str
    starts_on: date | None = None
    facility: str = ""


@dataclass(frozen=True)
class OpenClock:
    """A transition clock still open: what must happen by when."""

    title: str            # e.g. "Mental-health follow-up (7 days)"
    due_on: date
    #: e.g. "The client must be seen by 2026-12-08 for the mental-health follow-up."
    sentence: str = ""


@dataclass(frozen=True)
class ReceivingFacility:
    """Where a transfer sends the client; printed as a block near the top."""

    name: str
    address: str = ""
    phone: str = ""
    fax: str = ""
    intake_contact: str = ""


@dataclass(frozen=True)
class ConsentReference:
    """The release of information a disclosure rests on, as the consent gate found it.

    The packet prints a one-line reference in its Consent section and the whole summary on
    a page of its own, so the recipient holds a copy of what the client agreed to
    (42 CFR 2.32 asks that the consent accompany a Part 2 disclosure).
    """

    consent_id: int
    recipient: str
    purpose: str
    information: str
    includes_part2: bool
    #: e.g. "Dara Sok (client)" or "Ana Sok (mother, authorized representative)".
    signed_by: str
    signed_on: date | None
    #: A date, an event ("end of treatment"), or both, in words.
    expires: str
    discloser: str = ""
    #: How the client may revoke, in words (42 CFR 2.31(a)(6), 2024 rule), e.g. "In
    #: writing to the Privacy Officer, 100 Main St …, or orally to any staff member".
    revocation: str = ""
    #: The redisclosure statement of a single consent for treatment, payment and health care
    #: operations to a covered entity (42 CFR 2.31(a)(4)(iii)); "" when not such a consent.
    tpo_statement: str = ""
    #: The parent or guardian who signed with a minor (42 CFR 2.14(b)), e.g.
    #: "Ana Sok (mother)"; "" when the client signed alone.
    co_signed_by: str = ""


@dataclass(frozen=True)
class Packet:
    """Everything one transfer or discharge summary prints, in the order it prints it."""

    letterhead: Letterhead
    client: PacketClient
    prepared_on: date
    prepared_by: str
    #: Why the client is transferred or discharged (the case manager's words).
    reason: str
    care_history: tuple[CareLevelRow, ...] = ()
    #: The journey chart's geometry; None when the client has no episodes.
    timeline: JourneyLayout | None = None
    diagnoses: tuple[DiagnosisRow, ...] = ()
    medications: tuple[MedicationRow, ...] = ()
    allergies: tuple[AllergyRow, ...] = ()
    #: What to print when no allergy is listed: "No known allergies." or "Not asked: …".
    no_allergies_text: str = ""
    safety_note: str = ""
    safety_alerts: tuple[SafetyAlertRow, ...] = ()
    assessments: tuple[AssessmentRow, ...] = ()
    care_team: tuple[CareTeamRow, ...] = ()
    referrals: tuple[ReferralRow, ...] = ()
    aftercare_plan: str = ""
    appointments: tuple[AppointmentRow, ...] = ()
    #: The stay the packet is about (None: the client has no episode).
    stay: StayDates | None = None
    clinician: ClinicianLine | None = None
    clinic_npi: str = ""
    discharge: DischargeFacts = DischargeFacts()
    treatment: TreatmentFacts = TreatmentFacts()
    #: The latest C-SSRS and PHQ-9 item 9 results.
    screens: tuple[ScreenLine, ...] = ()
    safety_plan: SafetyPlanText | None = None
    directives: tuple[DirectiveRow, ...] = ()
    next_step: NextStep | None = None
    open_clocks: tuple[OpenClock, ...] = ()
    #: The current care plan's goals, objectives and latest progress (None: no plan).
    care_plan: CarePlanPrint | None = None
    #: Only on a transfer summary.
    receiving_facility: ReceivingFacility | None = None
    consent: ConsentReference | None = None
    #: Whether the packet carries substance-use treatment (42 CFR Part 2) information;
    #: such a packet prints the redisclosure notice on every page.
    part2: bool = False
    #: Who signs, e.g. ("Case manager: Carla Mendes", "Receiving clinician").
    signers: tuple[str, ...] = ("Case manager", "Clinical supervisor")
    #: The language the packet prints in ("en", "es": ``document_language``): the client's
    #: own copy of a discharge summary may be in the client's language; a packet for a
    #: facility is always in the clinic's. Coded values are already in it.
    language: str = "en"

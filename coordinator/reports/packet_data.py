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
from coordinator.reports.common import Letterhead


@dataclass(frozen=True)
class PacketClient:
    name: str
    record_number: str
    birth_date: date | None = None
    preferred_name: str = ""
    pronouns: str = ""
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
    when: str             # already in the clinic's local time, e.g. "2026-03-20 14:30"
    with_whom: str
    location: str = ""
    purpose: str = ""
    status: str = "booked"


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
    #: Only on a transfer summary.
    receiving_facility: ReceivingFacility | None = None
    consent: ConsentReference | None = None
    #: Whether the packet carries substance-use treatment (42 CFR Part 2) information;
    #: such a packet prints the redisclosure notice on every page.
    part2: bool = False
    #: Who signs, e.g. ("Case manager: Carla Mendes", "Receiving clinician").
    signers: tuple[str, ...] = ("Case manager", "Clinical supervisor")

"""What a FHIR transfer or discharge document says, as plain frozen dataclasses.

The packet service fills these from the same record the PDF prints (its words) and the codes
behind those words (statuses, ICD-10-CM, LOINC); ``fhir_bundle`` turns them into a FHIR R4
document Bundle. Nothing here reads a database or knows Qt.

Every fact carries a ``key`` that is stable within one document ("Condition/7"); the builder
derives each entry's ``urn:uuid`` from the document's id and that key, so the same document
always gets the same references, and two documents never share one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
BCP47 = "urn:ietf:bcp:47"
#: The Gravity Project's SDOH Clinical Care codes for social-risk categories and task outputs.
SDOHCC_CODES = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes"


@dataclass(frozen=True)
class Coded:
    """One coding: a system, a code and its display."""

    system: str
    code: str
    display: str = ""


@dataclass(frozen=True)
class PatientFacts:
    record_number: str
    #: The URI naming the clinic's record numbers (``Identifier.system``).
    record_system: str
    given: tuple[str, ...]
    family: str
    #: The whole name as the PDF prints it.
    name_text: str
    birth_date: date | None
    #: FHIR administrative gender: male, female, other or unknown.
    gender: str
    #: US Core birth sex: F, M or UNK; "" when not recorded.
    birth_sex: str = ""
    #: A BCP-47 language code, or None when the preferred language has none here.
    language: Coded | None = None
    language_text: str = ""
    interpreter_needed: bool = False
    phone: str = ""
    address_text: str = ""


@dataclass(frozen=True)
class OrganizationFacts:
    key: str
    name: str
    npi: str = ""
    phone: str = ""
    address_text: str = ""


@dataclass(frozen=True)
class StayFacts:
    """One stay at a level of care (an EpisodeOfCare)."""

    key: str
    level_code: str
    level: str
    facility: str
    start: date
    end: date | None
    #: The episode's status: planned, active or completed.
    status: str


@dataclass(frozen=True)
class ConditionFacts:
    key: str
    code: str
    description: str
    #: The diagnosis's status: active, resolved or ruled_out.
    status: str
    primary: bool = False
    onset: date | None = None


@dataclass(frozen=True)
class MedicationFacts:
    key: str
    name: str
    dosage: str = ""
    start: date | None = None
    prescriber: str = ""


@dataclass(frozen=True)
class AllergyFacts:
    key: str
    substance: str
    reaction: str = ""
    #: FHIR reaction severity: mild, moderate or severe; "" when not known.
    severity: str = ""


@dataclass(frozen=True)
class ScoreFacts:
    """One measurement total (an Observation)."""

    key: str
    instrument: str
    #: The LOINC code of the instrument's total, where one is known (PHQ-9, GAD-7).
    code: Coded | None
    on: date
    total: int | None
    band: str = ""


@dataclass(frozen=True)
class ReferralFacts:
    """A community referral: the ServiceRequest and the Task that tracks it."""

    key: str
    category: str
    #: The SDOH Clinical Care category, where the referral's category has one.
    sdoh_category: Coded | None
    to: str
    reason: str
    #: The referral's status, a FHIR Task.status code.
    status: str
    status_words: str
    authored: date | None = None
    follow_up_due: date | None = None
    #: The outcome code (``ReferralOutcome``) and words; "" while open.
    outcome: str = ""
    outcome_words: str = ""
    outcome_note: str = ""


@dataclass(frozen=True)
class ConsentFacts:
    key: str
    recipient: str
    purpose: str
    information: str
    includes_part2: bool
    signed_by: str
    signed_on: date | None
    expires_on: date | None
    expires_text: str = ""


@dataclass(frozen=True)
class AppointmentFacts:
    key: str
    starts_at: datetime
    #: As the PDF prints it, e.g. "2026-04-09 14:30".
    when_text: str
    with_whom: str
    location: str = ""
    purpose: str = ""


@dataclass(frozen=True)
class SectionFacts:
    """One section of the document, in the PDF's order and with its heading."""

    title: str
    lines: tuple[str, ...]
    #: The keys of the entries the section lists.
    entries: tuple[str, ...] = ()
    code: Coded | None = None


@dataclass(frozen=True)
class DocumentFacts:
    """Everything one transfer or discharge summary says, ready for ``fhir_bundle``."""

    document_id: uuid.UUID
    #: The Composition's type: LOINC 18761-7 (transfer) or 18842-5 (discharge).
    kind: Coded
    title: str
    #: When the document was made (the Bundle's timestamp), aware.
    made_at: datetime
    language: str
    patient: PatientFacts
    author: OrganizationFacts
    receiving: OrganizationFacts | None
    #: The case manager who prepared it (a Composition author, by name).
    prepared_by: str
    stays: tuple[StayFacts, ...] = ()
    conditions: tuple[ConditionFacts, ...] = ()
    medications: tuple[MedicationFacts, ...] = ()
    allergies: tuple[AllergyFacts, ...] = ()
    scores: tuple[ScoreFacts, ...] = ()
    referrals: tuple[ReferralFacts, ...] = ()
    consent: ConsentFacts | None = None
    appointments: tuple[AppointmentFacts, ...] = ()
    sections: tuple[SectionFacts, ...] = ()
    #: The PDF the same record printed as, carried as a DocumentReference.
    pdf: bytes = b""
    pdf_title: str = ""
    part2: bool = False

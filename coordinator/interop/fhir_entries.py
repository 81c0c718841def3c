"""The entries of a FHIR document Bundle, one function per resource, from ``fhir_document``.

Each returns JSON-ready dicts without empty values (FHIR allows no empty strings, lists or
objects); ``fhir_bundle`` puts them together and links them.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import date, datetime
from typing import Any

from coordinator.interop.fhir_document import (
    ICD10CM,
    LOINC,
    SDOHCC_CODES,
    AllergyFacts,
    AppointmentFacts,
    Coded,
    ConditionFacts,
    ConsentFacts,
    DocumentFacts,
    MedicationFacts,
    OrganizationFacts,
    PatientFacts,
    ReferralFacts,
    ScoreFacts,
    StayFacts,
)

Resource = dict[str, Any]

US_CORE_PATIENT = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"
US_CORE_BIRTH_SEX = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex"
INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
NPI = "http://hl7.org/fhir/sid/us-npi"
V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
V3_PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
URI_VALUE = "urn:ietf:rfc:3986"
#: The clinic's own codes: levels of care ("IOP") and referral outcomes ("got_help").
LEVEL_OF_CARE = "urn:coordinator:level-of-care"
REFERRAL_OUTCOME = "urn:coordinator:referral-outcome"

_EPISODE_STATUS = {"planned": "planned", "active": "active", "completed": "finished",
                   "cancelled": "cancelled"}
#: A referral's Task status as the status of the ServiceRequest it fulfils.
_REQUEST_STATUS = {"draft": "draft", "requested": "active", "received": "active",
                   "accepted": "active", "ready": "active", "in-progress": "active",
                   "on-hold": "on-hold", "completed": "completed", "rejected": "revoked",
                   "cancelled": "revoked", "failed": "revoked",
                   "entered-in-error": "entered-in-error"}
_GENDERS = frozenset({"male", "female", "other", "unknown"})


def pdf_sha256_uri(pdf: bytes) -> str:
    """The RFC 6920 name of ``pdf`` by its SHA-256: ``ni:///sha-256;`` and base64url."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(pdf).digest()).decode("ascii")
    return "ni:///sha-256;" + digest.rstrip("=")


def part2_labels() -> list[Resource]:
    """42 CFR Part 2 information, and the prohibition on redisclosing it without consent."""
    return [{"system": V3_ACT_CODE, "code": "42CFRPart2", "display": "42 CFR Part2"},
            {"system": V3_ACT_CODE, "code": "NORDSCLCD",
             "display": "no redisclosure without consumer consent directive"},
            {"system": V3_CONFIDENTIALITY, "code": "R", "display": "restricted"}]


# --- who ------------------------------------------------------------------------------------

def patient_resource(patient: PatientFacts) -> Resource:
    extensions: list[Resource] = []
    if patient.birth_sex:
        extensions.append({"url": US_CORE_BIRTH_SEX, "valueCode": patient.birth_sex})
    if patient.interpreter_needed:
        extensions.append({"url": INTERPRETER_REQUIRED, "valueBoolean": True})
    language = None
    if patient.language is not None or patient.language_text:
        language = {"language": drop_empty({
            "coding": [coding(patient.language)] if patient.language is not None else [],
            "text": patient.language_text}), "preferred": True}
    return drop_empty({
        "resourceType": "Patient",
        "meta": {"profile": [US_CORE_PATIENT]},
        "extension": extensions,
        "identifier": [{
            "use": "usual",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                 "code": "MR", "display": "Medical record number"}]},
            "system": patient.record_system, "value": patient.record_number}],
        "name": [drop_empty({"use": "official", "text": patient.name_text,
                              "family": patient.family, "given": list(patient.given)})],
        "telecom": [{"system": "phone", "value": patient.phone}] if patient.phone else [],
        "gender": patient.gender if patient.gender in _GENDERS else "unknown",
        "birthDate": day(patient.birth_date),
        "address": [{"text": patient.address_text}] if patient.address_text else [],
        "communication": [language] if language is not None else [],
    })


def organization_resource(organization: OrganizationFacts) -> Resource:
    return drop_empty({
        "resourceType": "Organization",
        "identifier": [{"system": NPI, "value": organization.npi}] if organization.npi else [],
        "name": organization.name,
        "telecom": ([{"system": "phone", "value": organization.phone}]
                    if organization.phone else []),
        "address": ([{"text": organization.address_text}]
                    if organization.address_text else []),
    })


# --- the record -----------------------------------------------------------------------------

def episode_resource(stay: StayFacts, patient: Resource) -> Resource:
    return drop_empty({
        "resourceType": "EpisodeOfCare",
        "status": _EPISODE_STATUS.get(stay.status, "finished" if stay.end else "active"),
        "type": [{"coding": [{"system": LEVEL_OF_CARE, "code": stay.level_code,
                              "display": stay.level}], "text": stay.level}],
        "patient": patient,
        "managingOrganization": {"display": stay.facility} if stay.facility else {},
        "period": period(stay.start, stay.end),
    })


def condition_resource(row: ConditionFacts, patient: Resource) -> Resource:
    refuted = row.status == "ruled_out"
    return drop_empty({
        "resourceType": "Condition",
        "clinicalStatus": code_concept(
            "http://terminology.hl7.org/CodeSystem/condition-clinical",
            "resolved" if row.status == "resolved" else "inactive" if refuted else "active"),
        "verificationStatus": code_concept(
            "http://terminology.hl7.org/CodeSystem/condition-ver-status",
            "refuted" if refuted else "confirmed"),
        "category": [code_concept("http://terminology.hl7.org/CodeSystem/condition-category",
                                  "problem-list-item", "Problem List Item")],
        "code": concept(Coded(ICD10CM, row.code, row.description), row.description),
        "subject": patient,
        "onsetDateTime": day(row.onset),
    })


def medication_resource(row: MedicationFacts, patient: Resource) -> Resource:
    return drop_empty({
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": {"text": row.name},
        "subject": patient,
        "effectivePeriod": {"start": day(row.start)} if row.start else {},
        "dosage": [{"text": row.dosage}] if row.dosage else [],
        "note": [{"text": row.prescriber}] if row.prescriber else [],
    })


def allergy_resource(row: AllergyFacts, patient: Resource) -> Resource:
    reaction = drop_empty({"manifestation": [{"text": row.reaction}],
                            "severity": row.severity if row.severity in (
                                "mild", "moderate", "severe") else ""})
    return drop_empty({
        "resourceType": "AllergyIntolerance",
        "clinicalStatus": code_concept(
            "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"),
        "verificationStatus": code_concept(
            "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
            "confirmed"),
        "code": {"text": row.substance},
        "patient": patient,
        "reaction": [reaction] if row.reaction else [],
    })


def observation_resource(row: ScoreFacts, patient: Resource) -> Resource:
    resource: Resource = {
        "resourceType": "Observation",
        "status": "final",
        "category": [code_concept("http://terminology.hl7.org/CodeSystem/observation-category",
                                  "survey", "Survey")],
        "code": (concept(row.code, row.instrument) if row.code is not None
                 else {"text": row.instrument}),
        "subject": patient,
        "effectiveDateTime": day(row.on),
    }
    if row.total is not None:
        resource["valueInteger"] = row.total
    elif row.band:
        resource["valueCodeableConcept"] = {"text": row.band}
    else:
        resource["dataAbsentReason"] = code_concept(
            "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown")
    if row.band and row.total is not None:
        resource["interpretation"] = [{"text": row.band}]
    return resource


# --- referrals, consent, appointments, the PDF ---------------------------------------------

def service_request_resource(referral: ReferralFacts, patient: Resource) -> Resource:
    category: Resource = {"text": referral.category}
    if referral.sdoh_category is not None:
        category = concept(referral.sdoh_category, referral.category)
    return drop_empty({
        "resourceType": "ServiceRequest",
        "status": _REQUEST_STATUS.get(referral.status, "unknown"),
        "intent": "order",
        "category": [category],
        "code": {"text": referral.category},
        "subject": patient,
        "authoredOn": day(referral.authored),
        "performer": [{"display": referral.to}] if referral.to else [],
        "reasonCode": [{"text": referral.reason}] if referral.reason else [],
    })


def task_resource(referral: ReferralFacts, patient: Resource, request: Resource) -> Resource:
    outputs = []
    if referral.outcome:
        outcome = ": ".join(part for part in (referral.outcome_words, referral.outcome_note)
                            if part)
        outputs.append({
            "type": concept(Coded(SDOHCC_CODES, "resulting-activity", "Resulting Activity")),
            "valueCodeableConcept": concept(Coded(REFERRAL_OUTCOME, referral.outcome,
                                                  referral.outcome_words), outcome)})
    return drop_empty({
        "resourceType": "Task",
        "status": referral.status,
        "businessStatus": {"text": referral.status_words},
        "intent": "order",
        "code": code_concept("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                             "Fulfill the focal request"),
        "focus": request,
        "for": patient,
        "authoredOn": day(referral.authored),
        "owner": {"display": referral.to} if referral.to else {},
        "restriction": ({"period": {"end": day(referral.follow_up_due)}}
                        if referral.follow_up_due else {}),
        "output": outputs,
    })


def consent_resource(consent: ConsentFacts, patient: Resource, author: Resource,
                     receiving: Resource | None) -> Resource:
    recipient = receiving if receiving is not None else {"display": consent.recipient}
    return drop_empty({
        "resourceType": "Consent",
        "status": "active",
        "scope": code_concept("http://terminology.hl7.org/CodeSystem/consentscope",
                              "patient-privacy", "Privacy Consent"),
        "category": [code_concept(LOINC, "59284-0", "Patient Consent")],
        "patient": patient,
        "dateTime": day(consent.signed_on),
        "organization": [author],
        "policyRule": (code_concept(V3_ACT_CODE, "42CFRPart2", "42 CFR Part2")
                       if consent.includes_part2
                       else code_concept(V3_ACT_CODE, "OPTIN", "opt-in")),
        "provision": drop_empty({
            "type": "permit",
            "period": period(consent.signed_on, consent.expires_on),
            "actor": [{"role": code_concept(V3_PARTICIPATION, "IRCP", "information recipient"),
                       "reference": recipient}],
            "code": [{"text": consent.information}] if consent.information else [],
        }),
    })


def appointment_resource(row: AppointmentFacts, patient: Resource) -> Resource:
    participants: list[Resource] = [{"actor": patient, "status": "accepted"}]
    if row.with_whom:
        participants.append({"actor": {"display": row.with_whom}, "status": "accepted"})
    if row.location:
        participants.append({"type": [code_concept(V3_PARTICIPATION, "LOC", "location")],
                             "actor": {"display": row.location}, "status": "accepted"})
    return drop_empty({
        "resourceType": "Appointment",
        "status": "booked",
        "description": row.purpose,
        # The record holds when an appointment starts, not how long it lasts; a booked
        # appointment must give both, so it ends as it starts.
        "start": instant(row.starts_at),
        "end": instant(row.starts_at),
        "participant": participants,
    })


def document_reference_resource(facts: DocumentFacts, patient: Resource,
                                author: Resource) -> Resource:
    resource: Resource = drop_empty({
        "resourceType": "DocumentReference",
        "identifier": [{"system": URI_VALUE, "value": pdf_sha256_uri(facts.pdf)}],
        "status": "current",
        "docStatus": "final",
        "type": concept(facts.kind),
        "subject": patient,
        "date": instant(facts.made_at),
        "author": [author],
        "description": facts.title,
        "content": [{"attachment": drop_empty({
            "contentType": "application/pdf",
            "language": facts.language,
            "data": base64.b64encode(facts.pdf).decode("ascii"),
            "size": len(facts.pdf),
            "hash": base64.b64encode(hashlib.sha1(facts.pdf).digest()).decode("ascii"),
            "title": facts.pdf_title,
            "creation": instant(facts.made_at),
        })}],
    })
    if facts.part2:
        resource["securityLabel"] = [{"coding": [label]} for label in part2_labels()]
    return resource


# --- values ---------------------------------------------------------------------------------

def coding(coded: Coded) -> Resource:
    return drop_empty({"system": coded.system, "code": coded.code, "display": coded.display})


def concept(coded: Coded, text: str = "") -> Resource:
    return drop_empty({"coding": [coding(coded)], "text": text})


def code_concept(system: str, code: str, display: str = "") -> Resource:
    """A CodeableConcept of one coding."""
    return concept(Coded(system, code, display))


def day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def instant(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def period(start: date | None, end: date | None) -> Resource:
    return drop_empty({"start": day(start), "end": day(end)})


def drop_empty(values: Resource) -> Resource:
    """``values`` without the empty strings, lists and objects FHIR does not allow."""
    return {key: value for key, value in values.items() if value not in ("", [], {}, None)}

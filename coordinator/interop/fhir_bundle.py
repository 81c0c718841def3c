"""A transfer or discharge summary as a FHIR R4 document Bundle (JSON), from ``DocumentFacts``.

The Bundle is a FHIR document: ``type`` "document", the Composition first, every entry a
``urn:uuid`` full URL that the others reference. Alongside the Composition come the Patient
(US Core profile), the clinic and the receiving facility (Organization), one EpisodeOfCare
per stay at a level of care, Condition (ICD-10-CM), MedicationStatement, AllergyIntolerance,
Observation (PHQ-9 total LOINC 44261-6, GAD-7 total 70274-6), a ServiceRequest and a Task
per community referral, the Consent the disclosure rests on, an Appointment per booked
follow-up, and the PDF itself as a DocumentReference.

Referrals follow the Gravity Project's SDOH Clinical Care guide: the ServiceRequest is the
referral, the Task (``focus`` the ServiceRequest) carries its status, the status in the
clinic's words as ``businessStatus``, and the outcome as an output of type
"resulting-activity".

The PDF's SHA-256 is the DocumentReference's identifier, as an RFC 6920 named-information
URI (``ni:///sha-256;…``, base64url); ``Attachment.hash`` is what FHIR defines it to be,
the base64 SHA-1 of the data.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from html import escape
from typing import Any

from coordinator.interop.fhir_document import (
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
    SectionFacts,
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


def document_bundle(facts: DocumentFacts) -> Resource:
    """The FHIR R4 document Bundle for ``facts``, as JSON-ready dicts."""
    ids = _Ids(facts.document_id)
    patient = ids.ref("Patient", facts.patient.name_text)
    author = ids.ref(facts.author.key, facts.author.name)
    receiving = (ids.ref(facts.receiving.key, facts.receiving.name)
                 if facts.receiving is not None else None)
    entries: list[tuple[str, Resource]] = [
        ("Patient", _patient(facts.patient)),
        (facts.author.key, _organization(facts.author))]
    if facts.receiving is not None:
        entries.append((facts.receiving.key, _organization(facts.receiving)))
    entries += [(stay.key, _episode(stay, patient)) for stay in facts.stays]
    entries += [(row.key, _condition(row, patient)) for row in facts.conditions]
    entries += [(row.key, _medication(row, patient)) for row in facts.medications]
    entries += [(row.key, _allergy(row, patient)) for row in facts.allergies]
    entries += [(row.key, _observation(row, patient)) for row in facts.scores]
    for referral in facts.referrals:
        request_key = f"{referral.key}/request"
        entries.append((request_key, _service_request(referral, patient)))
        entries.append((f"{referral.key}/task", _task(
            referral, patient, ids.ref(request_key, referral.category))))
    if facts.consent is not None:
        entries.append((facts.consent.key, _consent(facts.consent, patient, author,
                                                    receiving)))
    entries += [(row.key, _appointment(row, patient)) for row in facts.appointments]
    entries.append(("DocumentReference/pdf", _document_reference(facts, patient, author)))
    composition = _composition(facts, ids, patient, author)
    return {
        "resourceType": "Bundle",
        "identifier": {"system": URI_VALUE, "value": f"urn:uuid:{facts.document_id}"},
        "type": "document",
        "timestamp": _instant(facts.made_at),
        "entry": [{"fullUrl": ids.url(key), "resource": resource}
                  for key, resource in [("Composition", composition), *entries]],
    }


def bundle_json(bundle: Resource) -> bytes:
    """The Bundle as UTF-8 JSON, indented so a person can read it."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def pdf_sha256_uri(pdf: bytes) -> str:
    """The RFC 6920 name of ``pdf`` by its SHA-256: ``ni:///sha-256;`` and base64url."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(pdf).digest()).decode("ascii")
    return "ni:///sha-256;" + digest.rstrip("=")


class _Ids:
    """Each entry's ``urn:uuid``, derived from the document's id and the entry's key."""

    def __init__(self, document_id: uuid.UUID) -> None:
        self.document_id = document_id

    def url(self, key: str) -> str:
        return f"urn:uuid:{uuid.uuid5(self.document_id, key)}"

    def ref(self, key: str, display: str = "") -> Resource:
        return _drop_empty({"reference": self.url(key), "display": display})


# --- the Composition ----------------------------------------------------------------------

def _composition(facts: DocumentFacts, ids: _Ids, patient: Resource,
                 author: Resource) -> Resource:
    resource: Resource = {
        "resourceType": "Composition",
        "identifier": {"system": URI_VALUE, "value": f"urn:uuid:{facts.document_id}"},
        "status": "final",
        "type": _concept(facts.kind),
        "subject": patient,
        "date": _instant(facts.made_at),
        "author": [author],
        "title": facts.title,
        "confidentiality": "R" if facts.part2 else "N",
        "attester": [{"mode": "professional", "time": _instant(facts.made_at),
                      "party": author}],
        "custodian": author,
        "section": [_section(section, ids) for section in facts.sections],
    }
    if facts.language:
        resource["language"] = facts.language
    if facts.part2:
        resource["meta"] = {"security": _part2_labels()}
    return resource


def _part2_labels() -> list[Resource]:
    """42 CFR Part 2 information, and the prohibition on redisclosing it without consent."""
    return [{"system": V3_ACT_CODE, "code": "42CFRPart2", "display": "42 CFR Part2"},
            {"system": V3_ACT_CODE, "code": "NORDSCLCD",
             "display": "no redisclosure without consumer consent directive"},
            {"system": V3_CONFIDENTIALITY, "code": "R", "display": "restricted"}]


def _section(section: SectionFacts, ids: _Ids) -> Resource:
    resource: Resource = {"title": section.title}
    if section.code is not None:
        resource["code"] = _concept(section.code)
    resource["text"] = _narrative(section.lines)
    if section.entries:
        resource["entry"] = [ids.ref(key) for key in section.entries]
    elif not section.lines:
        resource["emptyReason"] = {"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason",
            "code": "nilknown", "display": "Nil Known"}]}
    return resource


def _narrative(lines: Iterable[str]) -> Resource:
    body = "".join(f"<p>{escape(line)}</p>" for line in lines if line) or "<p>—</p>"
    return {"status": "generated",
            "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


# --- who ------------------------------------------------------------------------------------

def _patient(patient: PatientFacts) -> Resource:
    extensions: list[Resource] = []
    if patient.birth_sex:
        extensions.append({"url": US_CORE_BIRTH_SEX, "valueCode": patient.birth_sex})
    if patient.interpreter_needed:
        extensions.append({"url": INTERPRETER_REQUIRED, "valueBoolean": True})
    language = None
    if patient.language is not None or patient.language_text:
        language = {"language": _drop_empty({
            "coding": [_coding(patient.language)] if patient.language is not None else [],
            "text": patient.language_text}), "preferred": True}
    return _drop_empty({
        "resourceType": "Patient",
        "meta": {"profile": [US_CORE_PATIENT]},
        "extension": extensions,
        "identifier": [{
            "use": "usual",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                 "code": "MR", "display": "Medical record number"}]},
            "system": patient.record_system, "value": patient.record_number}],
        "name": [_drop_empty({"use": "official", "text": patient.name_text,
                              "family": patient.family, "given": list(patient.given)})],
        "telecom": [{"system": "phone", "value": patient.phone}] if patient.phone else [],
        "gender": patient.gender if patient.gender in _GENDERS else "unknown",
        "birthDate": _day(patient.birth_date),
        "address": [{"text": patient.address_text}] if patient.address_text else [],
        "communication": [language] if language is not None else [],
    })


def _organization(organization: OrganizationFacts) -> Resource:
    return _drop_empty({
        "resourceType": "Organization",
        "identifier": [{"system": NPI, "value": organization.npi}] if organization.npi else [],
        "name": organization.name,
        "telecom": ([{"system": "phone", "value": organization.phone}]
                    if organization.phone else []),
        "address": ([{"text": organization.address_text}]
                    if organization.address_text else []),
    })


# --- the record -----------------------------------------------------------------------------

def _episode(stay: StayFacts, patient: Resource) -> Resource:
    return _drop_empty({
        "resourceType": "EpisodeOfCare",
        "status": _EPISODE_STATUS.get(stay.status, "finished" if stay.end else "active"),
        "type": [{"coding": [{"system": LEVEL_OF_CARE, "code": stay.level_code,
                              "display": stay.level}], "text": stay.level}],
        "patient": patient,
        "managingOrganization": {"display": stay.facility} if stay.facility else {},
        "period": _period(stay.start, stay.end),
    })


def _condition(row: ConditionFacts, patient: Resource) -> Resource:
    refuted = row.status == "ruled_out"
    return _drop_empty({
        "resourceType": "Condition",
        "clinicalStatus": _code(
            "http://terminology.hl7.org/CodeSystem/condition-clinical",
            "resolved" if row.status == "resolved" else "inactive" if refuted else "active"),
        "verificationStatus": _code(
            "http://terminology.hl7.org/CodeSystem/condition-ver-status",
            "refuted" if refuted else "confirmed"),
        "category": [_code("http://terminology.hl7.org/CodeSystem/condition-category",
                           "problem-list-item", "Problem List Item")],
        "code": _concept(Coded("http://hl7.org/fhir/sid/icd-10-cm", row.code,
                               row.description), row.description),
        "subject": patient,
        "onsetDateTime": _day(row.onset),
    })


def _medication(row: MedicationFacts, patient: Resource) -> Resource:
    return _drop_empty({
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": {"text": row.name},
        "subject": patient,
        "effectivePeriod": {"start": _day(row.start)} if row.start else {},
        "dosage": [{"text": row.dosage}] if row.dosage else [],
        "note": [{"text": row.prescriber}] if row.prescriber else [],
    })


def _allergy(row: AllergyFacts, patient: Resource) -> Resource:
    reaction = _drop_empty({"manifestation": [{"text": row.reaction}],
                            "severity": row.severity if row.severity in (
                                "mild", "moderate", "severe") else ""})
    return _drop_empty({
        "resourceType": "AllergyIntolerance",
        "clinicalStatus": _code(
            "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"),
        "verificationStatus": _code(
            "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
            "confirmed"),
        "code": {"text": row.substance},
        "patient": patient,
        "reaction": [reaction] if row.reaction else [],
    })


def _observation(row: ScoreFacts, patient: Resource) -> Resource:
    resource: Resource = {
        "resourceType": "Observation",
        "status": "final",
        "category": [_code("http://terminology.hl7.org/CodeSystem/observation-category",
                           "survey", "Survey")],
        "code": (_concept(row.code, row.instrument) if row.code is not None
                 else {"text": row.instrument}),
        "subject": patient,
        "effectiveDateTime": _day(row.on),
    }
    if row.total is not None:
        resource["valueInteger"] = row.total
    elif row.band:
        resource["valueCodeableConcept"] = {"text": row.band}
    else:
        resource["dataAbsentReason"] = _code(
            "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown")
    if row.band and row.total is not None:
        resource["interpretation"] = [{"text": row.band}]
    return resource


# --- referrals, consent, appointments, the PDF ---------------------------------------------

def _service_request(referral: ReferralFacts, patient: Resource) -> Resource:
    category: Resource = {"text": referral.category}
    if referral.sdoh_category is not None:
        category = _concept(referral.sdoh_category, referral.category)
    return _drop_empty({
        "resourceType": "ServiceRequest",
        "status": _REQUEST_STATUS.get(referral.status, "unknown"),
        "intent": "order",
        "category": [category],
        "code": {"text": referral.category},
        "subject": patient,
        "authoredOn": _day(referral.authored),
        "performer": [{"display": referral.to}] if referral.to else [],
        "reasonCode": [{"text": referral.reason}] if referral.reason else [],
    })


def _task(referral: ReferralFacts, patient: Resource, request: Resource) -> Resource:
    outputs = []
    if referral.outcome:
        outcome = ": ".join(part for part in (referral.outcome_words, referral.outcome_note)
                            if part)
        outputs.append({
            "type": _concept(Coded(SDOHCC_CODES, "resulting-activity", "Resulting Activity")),
            "valueCodeableConcept": _concept(Coded(REFERRAL_OUTCOME, referral.outcome,
                                                   referral.outcome_words), outcome)})
    return _drop_empty({
        "resourceType": "Task",
        "status": referral.status,
        "businessStatus": {"text": referral.status_words},
        "intent": "order",
        "code": _code("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                      "Fulfill the focal request"),
        "focus": request,
        "for": patient,
        "authoredOn": _day(referral.authored),
        "owner": {"display": referral.to} if referral.to else {},
        "restriction": ({"period": {"end": _day(referral.follow_up_due)}}
                        if referral.follow_up_due else {}),
        "output": outputs,
    })


def _consent(consent: ConsentFacts, patient: Resource, author: Resource,
             receiving: Resource | None) -> Resource:
    recipient = receiving if receiving is not None else {"display": consent.recipient}
    return _drop_empty({
        "resourceType": "Consent",
        "status": "active",
        "scope": _code("http://terminology.hl7.org/CodeSystem/consentscope",
                       "patient-privacy", "Privacy Consent"),
        "category": [_code(LOINC, "59284-0", "Patient Consent")],
        "patient": patient,
        "dateTime": _day(consent.signed_on),
        "organization": [author],
        "policyRule": (_code(V3_ACT_CODE, "42CFRPart2", "42 CFR Part2")
                       if consent.includes_part2 else _code(V3_ACT_CODE, "OPTIN", "opt-in")),
        "provision": _drop_empty({
            "type": "permit",
            "period": _period(consent.signed_on, consent.expires_on),
            "actor": [{"role": _code(V3_PARTICIPATION, "IRCP", "information recipient"),
                       "reference": recipient}],
            "code": [{"text": consent.information}] if consent.information else [],
        }),
    })


def _appointment(row: AppointmentFacts, patient: Resource) -> Resource:
    participants: list[Resource] = [{"actor": patient, "status": "accepted"}]
    if row.with_whom:
        participants.append({"actor": {"display": row.with_whom}, "status": "accepted"})
    if row.location:
        participants.append({"type": [_code(V3_PARTICIPATION, "LOC", "location")],
                             "actor": {"display": row.location}, "status": "accepted"})
    return _drop_empty({
        "resourceType": "Appointment",
        "status": "booked",
        "description": row.purpose,
        # The record holds when an appointment starts, not how long it lasts; a booked
        # appointment must give both, so it ends as it starts.
        "start": _instant(row.starts_at),
        "end": _instant(row.starts_at),
        "participant": participants,
    })


def _document_reference(facts: DocumentFacts, patient: Resource,
                        author: Resource) -> Resource:
    resource: Resource = _drop_empty({
        "resourceType": "DocumentReference",
        "identifier": [{"system": URI_VALUE, "value": pdf_sha256_uri(facts.pdf)}],
        "status": "current",
        "docStatus": "final",
        "type": _concept(facts.kind),
        "subject": patient,
        "date": _instant(facts.made_at),
        "author": [author],
        "description": facts.title,
        "content": [{"attachment": _drop_empty({
            "contentType": "application/pdf",
            "language": facts.language,
            "data": base64.b64encode(facts.pdf).decode("ascii"),
            "size": len(facts.pdf),
            "hash": base64.b64encode(hashlib.sha1(facts.pdf).digest()).decode("ascii"),
            "title": facts.pdf_title,
            "creation": _instant(facts.made_at),
        })}],
    })
    if facts.part2:
        resource["securityLabel"] = [{"coding": [label]} for label in _part2_labels()]
    return resource


# --- values ---------------------------------------------------------------------------------

def _coding(coded: Coded) -> Resource:
    return _drop_empty({"system": coded.system, "code": coded.code, "display": coded.display})


def _concept(coded: Coded, text: str = "") -> Resource:
    return _drop_empty({"coding": [_coding(coded)], "text": text})


def _code(system: str, code: str, display: str = "") -> Resource:
    return _concept(Coded(system, code, display))


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _instant(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def _period(start: date | None, end: date | None) -> Resource:
    return _drop_empty({"start": _day(start), "end": _day(end)})


def _drop_empty(values: Resource) -> Resource:
    """``values`` without the empty strings, lists and objects FHIR does not allow."""
    return {key: value for key, value in values.items() if value not in ("", [], {}, None)}

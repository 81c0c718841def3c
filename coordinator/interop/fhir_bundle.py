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

import json
import uuid
from collections.abc import Iterable
from html import escape

from coordinator.interop.fhir_document import DocumentFacts, SectionFacts
from coordinator.interop.fhir_entries import (
    URI_VALUE,
    Resource,
    allergy_resource,
    appointment_resource,
    concept,
    condition_resource,
    consent_resource,
    document_reference_resource,
    drop_empty,
    episode_resource,
    instant,
    medication_resource,
    observation_resource,
    organization_resource,
    part2_labels,
    patient_resource,
    pdf_sha256_uri,
    service_request_resource,
    task_resource,
)

__all__ = ["bundle_json", "document_bundle", "pdf_sha256_uri"]


def document_bundle(facts: DocumentFacts) -> Resource:
    """The FHIR R4 document Bundle for ``facts``, as JSON-ready dicts."""
    ids = _Ids(facts.document_id)
    patient = ids.ref("Patient", facts.patient.name_text)
    author = ids.ref(facts.author.key, facts.author.name)
    receiving = (ids.ref(facts.receiving.key, facts.receiving.name)
                 if facts.receiving is not None else None)
    entries: list[tuple[str, Resource]] = [
        ("Patient", patient_resource(facts.patient)),
        (facts.author.key, organization_resource(facts.author))]
    if facts.receiving is not None:
        entries.append((facts.receiving.key, organization_resource(facts.receiving)))
    entries += [(stay.key, episode_resource(stay, patient)) for stay in facts.stays]
    entries += [(row.key, condition_resource(row, patient)) for row in facts.conditions]
    entries += [(row.key, medication_resource(row, patient)) for row in facts.medications]
    entries += [(row.key, allergy_resource(row, patient)) for row in facts.allergies]
    entries += [(row.key, observation_resource(row, patient)) for row in facts.scores]
    for referral in facts.referrals:
        request_key = f"{referral.key}/request"
        entries.append((request_key, service_request_resource(referral, patient)))
        entries.append((f"{referral.key}/task", task_resource(
            referral, patient, ids.ref(request_key, referral.category))))
    if facts.consent is not None:
        entries.append((facts.consent.key,
                        consent_resource(facts.consent, patient, author, receiving)))
    entries += [(row.key, appointment_resource(row, patient)) for row in facts.appointments]
    entries.append(("DocumentReference/pdf",
                    document_reference_resource(facts, patient, author)))
    composition = _composition(facts, ids, patient, author)
    return {
        "resourceType": "Bundle",
        "identifier": {"system": URI_VALUE, "value": f"urn:uuid:{facts.document_id}"},
        "type": "document",
        "timestamp": instant(facts.made_at),
        "entry": [{"fullUrl": ids.url(key), "resource": resource}
                  for key, resource in [("Composition", composition), *entries]],
    }


def bundle_json(bundle: Resource) -> bytes:
    """The Bundle as UTF-8 JSON, indented so a person can read it."""
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class _Ids:
    """Each entry's ``urn:uuid``, derived from the document's id and the entry's key."""

    def __init__(self, document_id: uuid.UUID) -> None:
        self.document_id = document_id

    def url(self, key: str) -> str:
        return f"urn:uuid:{uuid.uuid5(self.document_id, key)}"

    def ref(self, key: str, display: str = "") -> Resource:
        return drop_empty({"reference": self.url(key), "display": display})


# --- the Composition ----------------------------------------------------------------------

def _composition(facts: DocumentFacts, ids: _Ids, patient: Resource,
                 author: Resource) -> Resource:
    resource: Resource = {
        "resourceType": "Composition",
        "identifier": {"system": URI_VALUE, "value": f"urn:uuid:{facts.document_id}"},
        "status": "final",
        "type": concept(facts.kind),
        "subject": patient,
        "date": instant(facts.made_at),
        # The case manager who prepared it (by name: staff are not entries) and the clinic.
        "author": [{"display": facts.prepared_by}, author] if facts.prepared_by else [author],
        "title": facts.title,
        "confidentiality": "R" if facts.part2 else "N",
        "custodian": author,
        "section": [_section(section, ids) for section in facts.sections],
    }
    if facts.language:
        resource["language"] = facts.language
    if facts.part2:
        resource["meta"] = {"security": part2_labels()}
    return resource


def _section(section: SectionFacts, ids: _Ids) -> Resource:
    resource: Resource = {"title": section.title}
    if section.code is not None:
        resource["code"] = concept(section.code)
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

"""The FHIR bundle builder alone, from plain facts: how the clinic's statuses become FHIR
codes, empty sections, and stable references (no database, no Qt)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from fhir.resources.R4B import get_fhir_model_class

from coordinator.interop.fhir_bundle import document_bundle
from coordinator.interop.fhir_document import (
    LOINC,
    Coded,
    ConditionFacts,
    DocumentFacts,
    OrganizationFacts,
    PatientFacts,
    ReferralFacts,
    SectionFacts,
    StayFacts,
)

DOCUMENT_ID = uuid.UUID("6f1c1b9e-0b7a-4a53-9d55-2f0f3c1f7a10")


def facts(**changes: object) -> DocumentFacts:
    values: dict[str, object] = dict(
        document_id=DOCUMENT_ID, kind=Coded(LOINC, "18842-5", "Discharge summary"),
        title="Discharge summary", made_at=datetime(2026, 4, 1, 12, 0, tzinfo=UTC),
        language="en",
        patient=PatientFacts("MRN-000042", "urn:coordinator:record-number", ("Ana",), "Ruiz",
                             "Ana Ruiz", date(1990, 5, 6), "female", "F"),
        author=OrganizationFacts("Organization/clinic", "Riverside Behavioral Health",
                                 "1234567893"),
        receiving=None, prepared_by="Carla Mendes", pdf=b"%PDF-1.4 test")
    values.update(changes)
    return DocumentFacts(**values)  # type: ignore[arg-type]


def entries_of(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [entry["resource"] for entry in bundle["entry"]
            if entry["resource"]["resourceType"] == kind]


def test_a_ruled_out_diagnosis_is_refuted_and_a_resolved_one_resolved() -> None:
    bundle = document_bundle(facts(conditions=(
        ConditionFacts("Condition/1", "F41.1", "Generalized anxiety disorder", "ruled_out"),
        ConditionFacts("Condition/2", "F32.0", "Major depressive disorder, mild", "resolved"))))

    codes = [(row["clinicalStatus"]["coding"][0]["code"],
              row["verificationStatus"]["coding"][0]["code"])
             for row in entries_of(bundle, "Condition")]
    assert codes == [("inactive", "refuted"), ("resolved", "confirmed")]


def test_a_rejected_referral_revokes_its_request_and_keeps_the_task_status() -> None:
    bundle = document_bundle(facts(referrals=(ReferralFacts(
        "Referral/9", "Legal", None, "Legal Aid Lane County", "Eviction notice", "rejected",
        "Rejected", date(2026, 3, 3), outcome="not_eligible", outcome_words="Not eligible"),)))

    [request] = entries_of(bundle, "ServiceRequest")
    [task] = entries_of(bundle, "Task")
    assert (request["status"], request["category"]) == ("revoked", [{"text": "Legal"}])
    assert task["status"] == "rejected"
    assert task["output"][0]["valueCodeableConcept"]["text"] == "Not eligible"
    for resource in (request, task):
        get_fhir_model_class(str(resource["resourceType"])).model_validate(resource)


def test_a_section_with_nothing_recorded_says_nil_known_and_one_with_entries_lists_them() -> None:
    bundle = document_bundle(facts(
        stays=(StayFacts("EpisodeOfCare/3", "IOP", "Intensive Outpatient (IOP)", "Harbor IOP",
                         date(2026, 3, 2), date(2026, 3, 27), "completed"),),
        sections=(SectionFacts("Allergies", ()),
                  SectionFacts("Levels of care", ("IOP · Harbor IOP",),
                               ("EpisodeOfCare/3",)))))

    composition = bundle["entry"][0]["resource"]
    empty, levels = composition["section"]
    assert empty["emptyReason"]["coding"][0]["code"] == "nilknown"
    [stay_url] = [entry["fullUrl"] for entry in bundle["entry"]
                  if entry["resource"]["resourceType"] == "EpisodeOfCare"]
    assert levels["entry"] == [{"reference": stay_url}]
    assert "IOP · Harbor IOP" in levels["text"]["div"]
    get_fhir_model_class("Composition").model_validate(composition)


def test_the_same_document_keeps_its_references_and_another_gets_new_ones() -> None:
    first, again = document_bundle(facts()), document_bundle(facts())
    other = document_bundle(facts(document_id=uuid.uuid4()))

    urls = [entry["fullUrl"] for entry in first["entry"]]
    assert urls == [entry["fullUrl"] for entry in again["entry"]]
    assert not set(urls) & {entry["fullUrl"] for entry in other["entry"]}

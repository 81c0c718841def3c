"""A transfer summary as a FHIR R4 document Bundle: every resource validates with the
``fhir.resources`` R4B models, says what the PDF inside it prints, and leaves the clinic
through the same consent gate and disclosure log as the PDF."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.errors import ConsentRequired
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import (
    Instrument,
    ReferralCategory,
    ReferralOutcome,
    ReferralStatus,
)
from coordinator.interop.fhir_bundle import pdf_sha256_uri
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.dto import ClientInput
from coordinator.services.packets import PacketRequest
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.services.test_packets import (
    NOON_APRIL_1,
    consent_to,
    disclosures,
    recorded_client,
)

EVERY_RESOURCE_TYPE = {
    "Composition", "Patient", "Organization", "EpisodeOfCare", "Condition",
    "MedicationStatement", "AllergyIntolerance", "Observation", "ServiceRequest", "Task",
    "Consent", "Appointment", "DocumentReference"}


@pytest.fixture
def admin(database: Database) -> AppServices:
    services = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(services, "maria", Role.CASE_MANAGER)
    return services


@pytest.fixture
def maria(database: Database, admin: AppServices) -> AppServices:
    return signed_in(database, "maria", SteppingClock(NOON_APRIL_1))


def lan_with_everything(database: Database, admin: AppServices,
                        maria: AppServices) -> dict[str, int]:
    """Lan's record (see ``recorded_client``) with a PHQ-9 and a GAD-7, a food referral
    that closed with help received, and her Part 2 consent to Mercy Hospital."""
    ids = recorded_client(database, admin, maria)
    client = ids["client"]
    maria.assessments.record(client, AssessmentInput(
        Instrument.PHQ9, date(2026, 3, 20), (2, 2, 1, 2, 1, 1, 2, 1, 0)))
    maria.assessments.record(client, AssessmentInput(
        Instrument.GAD7, date(2026, 3, 20), (1, 2, 1, 1, 0, 1, 1)))
    food = maria.referrals.create(client, ReferralInput(
        ReferralCategory.FOOD, "Needs groceries until benefits start", date(2026, 3, 30),
        facility_id=ids["harbor"]))
    food = maria.referrals.change_status(food.id, food.version, ReferralStatus.ACCEPTED)
    maria.referrals.change_status(food.id, food.version, ReferralStatus.COMPLETED,
                                  "Weekly box from the pantry", ReferralOutcome.GOT_HELP)
    maria.consents.record(client, consent_to(ids["mercy"]))
    return ids


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [entry["resource"] for entry in bundle["entry"]
            if entry["resource"]["resourceType"] == kind]


def the_pdf(bundle: dict[str, Any]) -> bytes:
    [reference] = resources(bundle, "DocumentReference")
    return base64.b64decode(reference["content"][0]["attachment"]["data"])


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def validate_every_entry(bundle: dict[str, Any]) -> None:
    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def test_a_transfer_bundle_holds_every_resource_and_each_validates_as_fhir_r4(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = lan_with_everything(database, admin, maria)

    prepared = maria.packets.prepare_fhir(PacketRequest.transfer(
        ids["client"], ids["mercy"], "Relapse risk rising; needs 24-hour care."))
    bundle = json.loads(prepared.json)

    validate_every_entry(bundle)
    assert bundle["type"] == "document"
    assert bundle["entry"][0]["resource"]["resourceType"] == "Composition"
    assert {entry["resource"]["resourceType"] for entry in bundle["entry"]} == (
        EVERY_RESOURCE_TYPE)
    # Every reference points at an entry of the bundle.
    urls = {entry["fullUrl"] for entry in bundle["entry"]}
    assert all(url.startswith("urn:uuid:") for url in urls)
    references = {match for match in _references(bundle)}
    assert references and references <= urls


def _references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [ref for item in value.values() for ref in _references(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in _references(item)]
    return []


def test_the_bundle_says_what_the_pdf_inside_it_prints(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = lan_with_everything(database, admin, maria)

    prepared = maria.packets.prepare_fhir(PacketRequest.transfer(ids["client"], ids["mercy"]))
    bundle = json.loads(prepared.json)
    pdf = the_pdf(bundle)
    text = pdf_text(pdf)

    [composition] = resources(bundle, "Composition")
    assert composition["type"]["coding"][0]["code"] == "18761-7"
    assert composition["confidentiality"] == "R"  # a Part 2 record
    assert [section["title"] for section in composition["section"]][:4] == [
        "Stay", "Receiving facility", "Client", "Reason for transfer"]
    assert all(section["title"] in text for section in composition["section"])
    [patient] = resources(bundle, "Patient")
    assert patient["meta"]["profile"] == [
        "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]
    assert patient["name"][0]["text"] == "Lan Nguyễn" and "Lan Nguyễn" in text
    assert patient["birthDate"] == "1979-07-09" and "1979-07-09" in text
    record_number = patient["identifier"][0]["value"]
    assert record_number == prepared.packet.record_number and record_number in text
    codes = [condition["code"]["coding"][0] for condition in resources(bundle, "Condition")]
    assert [(code["system"], code["code"]) for code in codes] == [
        ("http://hl7.org/fhir/sid/icd-10-cm", "F33.2"),
        ("http://hl7.org/fhir/sid/icd-10-cm", "F10.20")]
    assert all(code["code"] in text for code in codes) and "F41.1" not in text
    stays = resources(bundle, "EpisodeOfCare")
    assert [(stay["type"][0]["coding"][0]["code"], stay["period"]) for stay in stays] == [
        ("INP", {"start": "2026-03-01", "end": "2026-03-12"}),
        ("IOP", {"start": "2026-03-22"})]
    assert "2026-03-01" in text and "2026-03-12" in text and "2026-03-22" in text
    assert [row["medicationCodeableConcept"]["text"]
            for row in resources(bundle, "MedicationStatement")] == ["Sertraline"]
    assert [(row["code"]["text"], row["reaction"][0]["manifestation"][0]["text"])
            for row in resources(bundle, "AllergyIntolerance")] == [("Penicillin", "Hives")]
    scores = {row["code"]["coding"][0]["code"]: (row["effectiveDateTime"], row["valueInteger"])
              for row in resources(bundle, "Observation")}
    assert scores == {"44261-6": ("2026-03-20", 12), "70274-6": ("2026-03-20", 7)}
    assert "PHQ-9" in text and "GAD-7" in text and "2026-03-20" in text
    [appointment] = resources(bundle, "Appointment")
    assert appointment["status"] == "booked" and "2026-04-09 14:30" in text
    [consent] = resources(bundle, "Consent")
    assert consent["policyRule"]["coding"][0]["code"] == "42CFRPart2"
    assert consent["dateTime"] == "2026-03-25" and "2026-03-25" in text
    assert consent["provision"]["period"] == {"start": "2026-03-25", "end": "2026-09-25"}


def test_each_referral_is_a_service_request_with_a_task_for_its_status_and_outcome(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = lan_with_everything(database, admin, maria)

    bundle = json.loads(maria.packets.prepare_fhir(
        PacketRequest.transfer(ids["client"], ids["mercy"])).json)

    urls = {id(entry["resource"]): entry["fullUrl"] for entry in bundle["entry"]}
    requests = resources(bundle, "ServiceRequest")
    tasks = resources(bundle, "Task")
    assert [request["category"][0]["coding"][0]["code"] for request in requests] == [
        "housing-instability", "food-insecurity"]
    assert [request["status"] for request in requests] == ["active", "completed"]
    assert [task["focus"]["reference"] for task in tasks] == [
        urls[id(request)] for request in requests]
    assert [(task["status"], task["businessStatus"]["text"]) for task in tasks] == [
        ("accepted", "Accepted"), ("completed", "Completed")]
    assert "output" not in tasks[0]
    [output] = tasks[1]["output"]
    assert output["type"]["coding"][0]["code"] == "resulting-activity"
    assert output["valueCodeableConcept"]["text"] == "Got help: Weekly box from the pantry"


def test_the_pdf_rides_along_with_its_sha1_hash_and_its_sha256_named(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = lan_with_everything(database, admin, maria)

    prepared = maria.packets.prepare_fhir(PacketRequest.transfer(ids["client"], ids["mercy"]))
    [reference] = resources(json.loads(prepared.json), "DocumentReference")
    pdf = the_pdf(json.loads(prepared.json))

    attachment = reference["content"][0]["attachment"]
    assert pdf == prepared.packet.pdf and pdf.startswith(b"%PDF")
    assert attachment["contentType"] == "application/pdf"
    assert attachment["size"] == len(pdf)
    assert attachment["hash"] == base64.b64encode(hashlib.sha1(pdf).digest()).decode()
    digest = base64.urlsafe_b64encode(hashlib.sha256(pdf).digest()).decode().rstrip("=")
    assert reference["identifier"][0]["value"] == pdf_sha256_uri(pdf) == (
        f"ni:///sha-256;{digest}")


def test_a_saved_bundle_is_logged_with_the_sha256_of_the_json_written(
        database: Database, admin: AppServices, maria: AppServices, tmp_path: Path) -> None:
    ids = lan_with_everything(database, admin, maria)
    preview = maria.packets.prepare(PacketRequest.transfer(ids["client"], ids["mercy"]))

    saved = maria.packets.save_fhir(preview, tmp_path / "lan.json")

    written = (tmp_path / "lan.json").read_bytes()
    assert the_pdf(json.loads(written)) == preview.pdf  # the PDF the user previewed
    [disclosure] = disclosures(database)
    assert disclosure.sha256 == hashlib.sha256(written).hexdigest() == saved.disclosure.sha256
    assert (disclosure.document_type, disclosure.file_name) == ("transfer_summary", "lan.json")
    assert disclosure.recipient_name == "Mercy Hospital"
    assert disclosure.consent_id == preview.consent_id is not None
    assert not list(tmp_path.glob(".*.part"))


def test_a_part2_bundle_without_consent_is_refused_and_leaves_nothing(
        database: Database, admin: AppServices, maria: AppServices, tmp_path: Path) -> None:
    ids = recorded_client(database, admin, maria)  # an alcohol-use diagnosis, no consent
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "lan.json"

    with pytest.raises(ConsentRequired, match="substance-use treatment information"):
        maria.packets.save_fhir(PacketRequest.transfer(ids["client"], ids["mercy"]), out)

    assert list(folder.iterdir()) == []
    assert disclosures(database) == []


def test_discharge_bundles_for_demo_clients_validate(database: Database) -> None:
    generate_demo(database, clients=12, seed=3, today=date(2026, 4, 1))
    services = AppServices(database, clock=SteppingClock(NOON_APRIL_1))
    services.auth.login("casemanager", DEMO_PASSWORD)
    seen: set[str] = set()
    for client in services.clients.search("", limit=6):
        bundle = json.loads(services.packets.prepare_fhir(
            PacketRequest.discharge(client.id, active_ok=True)).json)
        validate_every_entry(bundle)
        [composition] = resources(bundle, "Composition")
        assert composition["type"]["coding"][0]["code"] == "18842-5"
        seen |= {entry["resource"]["resourceType"] for entry in bundle["entry"]}
    assert {"Composition", "Patient", "EpisodeOfCare", "DocumentReference"} <= seen


def test_a_spanish_speakers_own_discharge_copy_is_a_spanish_document(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    rosa = maria.clients.create(ClientInput("Rosa", "Quispe", date(1990, 1, 2),
                                            preferred_language="Spanish"))
    stay = maria.episodes.add(rosa.id, EpisodeInput("IOP", date(2026, 3, 2)))
    maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 27), "Completed IOP")
    maria.diagnoses.add(rosa.id, DiagnosisInput("F32.1", is_primary=True))

    prepared = maria.packets.prepare_fhir(PacketRequest.discharge(rosa.id))
    bundle = json.loads(prepared.json)
    text = pdf_text(the_pdf(bundle))

    validate_every_entry(bundle)
    [composition] = resources(bundle, "Composition")
    assert (composition["language"], composition["title"]) == ("es", "Resumen de alta")
    assert composition["type"]["coding"][0]["code"] == "18842-5"
    assert "Consent" not in {entry["resource"]["resourceType"] for entry in bundle["entry"]}
    titles = [section["title"] for section in composition["section"]]
    assert titles[:2] == ["Estancia", "Cliente"] and "Diagnósticos" in titles
    assert all(title in text for title in titles)
    [patient] = resources(bundle, "Patient")
    assert patient["communication"][0]["language"]["coding"][0]["code"] == "es"
    [stay_resource] = resources(bundle, "EpisodeOfCare")
    assert (stay_resource["status"], stay_resource["period"]) == (
        "finished", {"start": "2026-03-02", "end": "2026-03-27"})

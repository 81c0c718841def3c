"""``coordinator export fhir``: a transfer as a FHIR R4 document Bundle from the command line,
through the same consent gate (exit 3) and disclosure log as the PDF."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from coordinator.cli import CLIENT_FILE_NOTICE
from tests.cli_helpers import run
from tests.test_cli_packets import clinic, disclosures, record_consent

__all__ = ["clinic"]  # the fixture: Dara Sok (alcohol-use diagnosis), Mercy Hospital


def test_a_part2_bundle_without_consent_exits_3_and_writes_and_logs_nothing(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dara.json"

    code, stdout, stderr = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export",
                               "fhir", "--client", str(clinic["mrn"]), "--to",
                               "Mercy Hospital", "--out", str(out))

    assert code == 3 and stdout == ""
    assert "substance-use treatment information" in stderr and "Mercy Hospital" in stderr
    assert not out.exists() and not list(tmp_path.glob(".*.part"))
    assert disclosures(clinic["db"]) == []


def test_a_bundle_with_consent_is_saved_and_logged_with_the_jsons_sha256(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record_consent(clinic)
    out = tmp_path / "dara.json"

    code, stdout, stderr = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export",
                               "fhir", "--client", str(clinic["mrn"]), "--to",
                               str(clinic["mercy"]), "--out", str(out))

    assert (code, stderr) == (0, CLIENT_FILE_NOTICE + "\n")
    written = out.read_bytes()
    digest = hashlib.sha256(written).hexdigest()
    [(kind, logged, pages)] = disclosures(clinic["db"])
    assert (kind, logged) == ("transfer_summary", digest)
    assert stdout == (f"Saved {out} (FHIR R4 document bundle; the PDF inside has {pages} "
                      f"pages) for Mercy Hospital; logged as disclosure 1, SHA-256 "
                      f"{digest}.\n")
    bundle = json.loads(written)
    Bundle.model_validate(bundle)
    [patient] = [entry["resource"] for entry in bundle["entry"]
                 if entry["resource"]["resourceType"] == "Patient"]
    assert patient["identifier"][0]["value"] == clinic["mrn"]
    assert (patient["name"][0]["given"], patient["birthDate"]) == (["Dara"], "1988-02-01")
    [consent] = [entry["resource"] for entry in bundle["entry"]
                 if entry["resource"]["resourceType"] == "Consent"]
    assert consent["policyRule"]["coding"][0]["code"] == "42CFRPart2"
    [reference] = [entry["resource"] for entry in bundle["entry"]
                   if entry["resource"]["resourceType"] == "DocumentReference"]
    pdf = base64.b64decode(reference["content"][0]["attachment"]["data"])
    assert pdf.startswith(b"%PDF")


def test_a_discharge_bundle_is_the_clients_own_copy(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "discharge.json"

    code, stdout, _ = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export", "fhir",
                          "--document", "discharge", "--client", str(clinic["mrn"]),
                          "--out", str(out))

    assert code == 0 and " for " not in stdout
    composition = json.loads(out.read_bytes())["entry"][0]["resource"]
    assert composition["type"]["coding"][0]["code"] == "18842-5"
    assert [kind for kind, _, _ in disclosures(clinic["db"])] == ["discharge_summary"]


def test_a_transfer_bundle_without_a_facility_is_one_sentence_and_nothing_else(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dara.json"

    code, stdout, stderr = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export",
                               "fhir", "--client", str(clinic["mrn"]), "--out", str(out))

    assert (code, stdout) == (1, "")
    assert stderr == ("coordinator: A transfer goes to a receiving facility: add --to "
                      "FACILITY.\n")
    assert not out.exists() and disclosures(clinic["db"]) == []

"""``coordinator export transfer`` and ``coordinator export discharge``: the consent gate
from the command line (exit 3), the file, and the disclosure it logs."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coordinator.cli import CLIENT_FILE_NOTICE
from coordinator.domain.consent import Recipient, RevocationMethod, Signer
from coordinator.services.app import open_services
from coordinator.services.care import EpisodeInput
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.store.models import ClientDiagnosis
from tests.cli_helpers import run
from tests.sqlite_damage import open_db

PASSWORD = "admin-password-1"


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    """Administrator 'ana'; Dara Sok with an alcohol-use diagnosis; Mercy Hospital."""
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("COORDINATOR_PASSWORD", PASSWORD)
    assert run(capsys, "--db", str(path), "users", "add", "ana", "--role", "admin")[0] == 0
    services, _ = open_services(str(path))
    try:
        services.auth.login("ana", PASSWORD)
        mercy = services.facilities.create(FacilityInput("Mercy Hospital", "hospital",
                                                         ("INP",)))
        dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
        with Session(services.db.engine) as session, session.begin():
            session.add(ClientDiagnosis(client_id=dara.id, code="F10.20", substance_use=True,
                                        description="Alcohol use disorder, moderate"))
    finally:
        services.close()
    return {"db": str(path), "mrn": dara.record_number, "client": dara.id, "mercy": mercy.id}


def disclosures(db: object) -> list[tuple[str, str, int]]:
    with open_db(str(db)) as connection:
        rows = connection.execute(
            "SELECT document_type, sha256, page_count FROM disclosure ORDER BY id").fetchall()
    connection.close()
    return [(kind, digest, pages) for kind, digest, pages in rows]


def record_consent(clinic: dict[str, object]) -> None:
    services, _ = open_services(str(clinic["db"]))
    try:
        services.auth.login("ana", PASSWORD)
        services.consents.record(int(str(clinic["client"])), ConsentInput(
            Recipient(facility_id=int(str(clinic["mercy"]))), "Continuity of care",
            "Diagnoses and SUD treatment", True, Signer.CLIENT, "Dara Sok",
            services.ctx.clock().astimezone().date(), expiration_event="End of treatment",
            right_to_revoke_explained=True,
            discloser="Riverside Behavioral Health",
            revocation_method=RevocationMethod.IN_WRITING_OR_ORALLY,
            revocation_contact="Privacy Officer, Riverside Behavioral Health"))
    finally:
        services.close()


def test_a_transfer_without_consent_exits_3_and_writes_nothing(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dara.pdf"

    code, stdout, stderr = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export",
                               "transfer", "--client", str(clinic["mrn"]), "--to",
                               "mercy hospital", "--out", str(out))

    assert code == 3 and stdout == ""
    assert "substance-use treatment information" in stderr and "Mercy Hospital" in stderr
    assert not out.exists() and not list(tmp_path.glob(".*.part"))
    assert disclosures(clinic["db"]) == []


def test_a_transfer_with_consent_saves_the_file_and_logs_its_sha256(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record_consent(clinic)
    out = tmp_path / "dara.pdf"

    code, stdout, stderr = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export",
                               "transfer", "--client", str(clinic["mrn"]), "--to",
                               str(clinic["mercy"]), "--out", str(out))

    assert (code, stderr) == (0, CLIENT_FILE_NOTICE + "\n")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    [(kind, logged, pages)] = disclosures(clinic["db"])
    assert (kind, logged) == ("transfer_summary", digest)
    assert stdout == (f"Saved {out} ({pages} pages) for Mercy Hospital; logged as disclosure "
                      f"1, SHA-256 {digest}.\n")


def test_a_discharge_summary_is_the_clients_own_copy(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "discharge.pdf"

    code, stdout, _ = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export",
                          "discharge", "--client", str(clinic["mrn"]), "--out", str(out))

    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert [kind for kind, _, _ in disclosures(clinic["db"])] == ["discharge_summary"]
    assert stdout.startswith(f"Saved {out} (") and " for " not in stdout


def test_a_discharge_summary_for_a_client_in_care_needs_active_ok(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services, _ = open_services(str(clinic["db"]))
    try:
        services.auth.login("ana", PASSWORD)
        services.episodes.add(int(str(clinic["client"])), EpisodeInput("IOP", date(2026, 1, 5)))
    finally:
        services.close()
    out = tmp_path / "discharge.pdf"
    base = ("--db", str(clinic["db"]), "--user", "ana", "export", "discharge", "--client",
            str(clinic["mrn"]), "--out", str(out))

    code, _, stderr = run(capsys, *base)

    assert (code, stderr) == (1, "coordinator: Dara Sok is still in active care; a discharge "
                                 "summary is for a client who has left. Add --active-ok to "
                                 "make it anyway.\n")
    assert not out.exists() and disclosures(clinic["db"]) == []
    code, stdout, _ = run(capsys, *base, "--active-ok")
    assert code == 0 and stdout.startswith(f"Saved {out} (")
    assert [kind for kind, _, _ in disclosures(clinic["db"])] == ["discharge_summary"]


def test_an_unknown_facility_or_client_fails_with_one_line(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ("--db", str(clinic["db"]), "--user", "ana", "export", "transfer")
    code, _, stderr = run(capsys, *base, "--client", str(clinic["mrn"]), "--to", "Nowhere",
                          "--out", str(tmp_path / "x.pdf"))
    assert (code, stderr) == (1, "coordinator: No facility has the id or name 'Nowhere'.\n")
    code, _, stderr = run(capsys, *base, "--client", "NO-SUCH", "--to", "Mercy Hospital",
                          "--out", str(tmp_path / "x.pdf"))
    assert (code, stderr) == (1, "coordinator: No client has the record number NO-SUCH.\n")


def test_a_file_that_cannot_be_saved_is_refused_before_the_database_is_opened(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A mistyped --out folder is answered at once: nobody is signed in, no record is read,
    and the database file named is not even created."""
    monkeypatch.setenv("COORDINATOR_PASSWORD", PASSWORD)
    database = tmp_path / "never-opened.sqlite3"
    missing = tmp_path / "no-such-folder" / "summary.pdf"
    code, _, stderr = run(capsys, "--db", str(database), "--user", "ana", "export",
                          "discharge", "--client", "MRN-000001", "--out", str(missing))
    assert code == 1
    assert stderr == (f"coordinator: Could not save summary.pdf: the folder "
                      f"{missing.parent} does not exist.\n")
    assert not database.exists()
    code, _, stderr = run(capsys, "--db", str(database), "--user", "ana", "export",
                          "transfer", "--client", "MRN-000001", "--to", "Mercy",
                          "--out", str(tmp_path))
    assert (code, stderr) == (1, f"coordinator: Could not save {tmp_path.name} in "
                                 f"{tmp_path.parent}: a folder has that name.\n")
    assert not database.exists()

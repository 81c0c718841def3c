"""A day's real work through the command line and the services, and then the log file: the
records it names are ids, never the client's name or record number, even where the failure
was about a file whose name is the client's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coordinator.domain.consent import Recipient, RevocationMethod, Signer
from coordinator.domain.errors import ValidationError
from coordinator.logs import LOG_DIR_ENV, log_failure, unconfigure_logging
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.packets import PacketRequest
from coordinator.store.engine import Database
from coordinator.store.models import ClientDiagnosis
from tests.cli_helpers import run

GIVEN, FAMILY, MRN = "Zebulon", "Quartzfeather", "ZQ-581306"
PASSWORD = "admin-password-1"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    yield folder
    unconfigure_logging()


def _read_log(folder: Path) -> str:
    for handler in logging.getLogger("coordinator").handlers:
        handler.flush()
    return (folder / "coordinator.log").read_text(encoding="utf-8")


def test_packets_refusals_and_unwritable_files_leave_ids_in_the_log_never_the_name(
        log_dir: Path, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services = AppServices(database)
    services.auth.create_first_admin("ana", "Ana Admin", PASSWORD)
    services.auth.login("ana", PASSWORD)
    mercy = services.facilities.create(FacilityInput("Mercy Hospital", "hospital", ("INP",)))
    client = services.clients.create(ClientInput(GIVEN, FAMILY, date(1990, 4, 2),
                                                 record_number=MRN))
    with Session(database.engine) as session, session.begin():
        session.add(ClientDiagnosis(client_id=client.id, code="F10.20", substance_use=True,
                                    description="Alcohol use disorder, moderate"))
    services.auth.logout()
    monkeypatch.setenv("COORDINATOR_PASSWORD", PASSWORD)
    db = database.url.render_as_string(hide_password=False)
    out = tmp_path / f"Transfer summary - {GIVEN} {FAMILY}.pdf"
    transfer = ("--db", db, "--user", "ana", "export", "transfer", "--client", MRN, "--to",
                str(mercy.id), "--out", str(out))

    # Refused by the consent gate: the sentence names the client.
    refused, _, refusal = run(capsys, *transfer)
    services.auth.login("ana", PASSWORD)
    services.consents.record(client.id, ConsentInput(
        Recipient(facility_id=mercy.id), "Continuity of care", "Diagnoses and SUD treatment",
        True, Signer.CLIENT, f"{GIVEN} {FAMILY}", services.ctx.clock().astimezone().date(),
        expiration_event="End of treatment", right_to_revoke_explained=True,
        discloser="Riverside Behavioral Health",
        revocation_method=RevocationMethod.IN_WRITING_OR_ORALLY,
        revocation_contact="Privacy Officer"))
    services.episodes.add(client.id, EpisodeInput("IOP", date(2026, 1, 5)))
    services.auth.logout()
    # Made and saved under a file name that is the client's.
    made, _, _ = run(capsys, *transfer)
    # Not written: where its hidden temporary file would go, a folder has that name.
    blocked = tmp_path / f"Discharge - {GIVEN} {FAMILY}.pdf"
    (tmp_path / f".{blocked.name}.part").mkdir()
    unwritable, _, not_written = run(capsys, "--db", db, "--user", "ana", "export",
                                     "discharge", "--client", MRN, "--active-ok", "--out",
                                     str(blocked))
    # Refused: still in care, in a sentence naming the client.
    in_care, _, still_in_care = run(capsys, "--db", db, "--user", "ana", "export",
                                    "discharge", "--client", MRN, "--out",
                                    str(tmp_path / "discharge.pdf"))
    # A batch that cannot make one of its packets, and a form's refusal shown to the user.
    services.auth.login("ana", PASSWORD)
    batch = services.packets.save_batch(
        [PacketRequest.transfer(client.id, mercy.id, ""),
         PacketRequest.transfer(client.id + 1000, mercy.id, "")], tmp_path)
    try:
        services.clients.create(ClientInput(GIVEN, FAMILY, date(1990, 4, 2), record_number=MRN,
                                            email=f"{GIVEN}.{FAMILY}(at)mail"))
    except ValidationError as error:
        log_failure(logging.getLogger("coordinator.ui.dialogs"), "Failure shown to the user",
                    error)
        refused_form = error.message
    services.auth.logout()

    assert (refused, made, unwritable, in_care) == (3, 0, 1, 1)
    assert out.read_bytes().startswith(b"%PDF") and not blocked.exists()
    assert FAMILY in refusal and FAMILY in still_in_care
    assert FAMILY in refused_form and MRN in refused_form
    assert FAMILY in not_written  # the person is told which file was not saved
    assert len(batch.saved) == 1 and len(batch.refused) == 1
    text = _read_log(log_dir)
    assert "export transfer failed (exit 3)" in text
    assert "export discharge failed (exit 1)" in text
    assert "IsADirectoryError: [Errno 21] Is a directory [file name withheld" in text
    assert f"for client {client.id + 1000} (facility {mercy.id}) not made: NotFound" in text
    assert "ValidationError: [message withheld: it may name a client] (fields:" in text
    for private in (GIVEN, FAMILY, MRN):
        assert private not in text


def test_markup_reportlab_cannot_parse_is_logged_without_the_text_it_quotes(
        log_dir: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from coordinator.logs import configure_logging

    configure_logging()
    try:
        Paragraph(f"<b>{GIVEN} <i>{FAMILY}</b>", getSampleStyleSheet()["Normal"])
    except ValueError as error:
        assert FAMILY in str(error)  # what the log would have held
        log_failure(logging.getLogger("coordinator.test"), "Packet not made", error)

    text = _read_log(log_dir)
    assert "ValueError: [message withheld: it may quote a document's text]" in text
    assert "paraparser.py" in text  # the frames stay: they are code
    assert FAMILY not in text

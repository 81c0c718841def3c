"""The command line says on stderr, before it writes a file (or standard output) with client
information, that it holds protected health information and that the export is audited;
each such export is in the audit trail. The community resource directory (HSDS) holds no
client information: its export says nothing of the kind, and is still audited.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator.cli import CLIENT_FILE_NOTICE, CLIENT_OUTPUT_NOTICE
from coordinator.private_temp import TEMP_DIR_ENV
from tests.cli_helpers import run
from tests.sqlite_damage import open_db
from tests.test_cli_packets import PASSWORD, clinic, record_consent

__all__ = ["clinic"]  # the packet tests' clinic: ana, Dara Sok, Mercy Hospital

ROOT = Path(__file__).resolve().parents[1]


def exports(db: object) -> list[tuple[str, str]]:
    with open_db(str(db)) as connection:
        rows = connection.execute("SELECT entity_type, detail FROM audit_event WHERE action = "
                                  "'export' ORDER BY id").fetchall()
    connection.close()
    return [(kind, detail) for kind, detail in rows]


def test_clock_and_report_exports_say_so_on_stderr_and_are_audited(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(clinic["db"]), "--user", "ana")

    clocks = run(capsys, *db, "report", "clocks", "--format", "csv")
    table = run(capsys, *db, "report", "clocks")
    pdf = run(capsys, *db, "report", "step-down", "--format", "pdf", "--out",
              str(tmp_path / "step-down.pdf"))
    csv_file = run(capsys, *db, "report", "census", "--format", "csv", "--out",
                   str(tmp_path / "census.csv"))

    assert clocks[0] == 0 and clocks[1].startswith("Client,Record number")
    assert clocks[2] == CLIENT_OUTPUT_NOTICE + "\n"
    assert table[0] == 0 and table[2] == ""  # shown, not exported
    assert pdf[0] == 0 and pdf[2] == CLIENT_FILE_NOTICE + "\n"
    assert csv_file[0] == 0 and csv_file[2] == CLIENT_FILE_NOTICE + "\n"
    assert (tmp_path / "step-down.pdf").is_file() and (tmp_path / "census.csv").is_file()
    assert [kind for kind, _detail in exports(clinic["db"])] == [
        "clock_report", "outcome_report", "outcome_report"]


def test_the_resource_directory_export_holds_no_client_information_and_says_nothing(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export", "hsds",
                         str(tmp_path / "directory"))

    assert (code, err) == (0, "") and out.startswith("Exported ")
    assert exports(clinic["db"]) == [("hsds", "resource directory to directory")]


def test_a_refused_packet_says_only_why(
        clinic: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(clinic["db"]), "--user", "ana", "export",
                       "transfer", "--client", str(clinic["mrn"]), "--to", "Mercy Hospital",
                       "--out", str(tmp_path / "dara.pdf"))

    assert code == 3 and CLIENT_FILE_NOTICE not in err  # nothing was about to be written


def test_a_packet_from_the_command_line_says_so_first_and_leaves_no_private_folder(
        clinic: dict[str, object], tmp_path: Path) -> None:
    """The real command in a process of its own: it makes its private temporary folder
    while the PDF is made, and the folder is gone once the command has exited."""
    record_consent(clinic)
    temp = tmp_path / "temp"
    temp.mkdir()
    logs = tmp_path / "logs"
    out = tmp_path / "Transfer summary - Dara Sok.pdf"
    env = {**os.environ, TEMP_DIR_ENV: str(temp), "COORDINATOR_LOG_DIR": str(logs),
           "COORDINATOR_PASSWORD": PASSWORD}

    done = subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(clinic["db"]), "--user", "ana",
         "export", "transfer", "--client", str(clinic["mrn"]), "--to", "Mercy Hospital",
         "--out", str(out)], cwd=ROOT, env=env, text=True, capture_output=True, check=False)

    assert done.returncode == 0, done.stderr
    assert done.stderr == CLIENT_FILE_NOTICE + "\n"
    assert out.read_bytes().startswith(b"%PDF")
    log = (logs / "coordinator.log").read_text(encoding="utf-8")
    made = [line.split("Private temporary folder ")[1].split()[0]
            for line in log.splitlines() if "Private temporary folder" in line]
    assert len(made) == 1 and made[0].startswith("coordinator-")
    assert list(temp.iterdir()) == []  # removed as the command exited
    assert [kind for kind, _detail in exports(clinic["db"])] == ["client"]

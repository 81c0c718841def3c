"""The county-scale harness works end to end: two workstation processes on one SQLite file.

Only that it runs and reports every operation of the mix with counts, no errors and a
figure: no timing is asserted. It runs as a subprocess, as ``make bench-county`` runs it,
so the workstations are real separate processes signed in to the app's encrypted file
(its key in the test run's key folder, which the subprocess inherits).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
MIX = ("search", "open_record", "dashboard", "save_transition", "record_assessment",
       "change_referral")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_two_workstations_on_one_file_report_every_operation(tmp_path: Path) -> None:
    results, figure = tmp_path / "county.json", tmp_path / "county.png"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("COORDINATOR_DB", None)

    # Twelve operations each: more than one round of the mix (ten), so every operation
    # comes up at least once on each workstation.
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.county", "--engine", "sqlite", "--clients", "200",
         "--workstations", "2", "--operations", "12", "--cache", str(tmp_path),
         "--json", str(results), "--png", str(figure)],
        cwd=REPOSITORY, env=environment, capture_output=True, text=True, timeout=300,
        check=False)

    assert run.returncode == 0, run.stdout + run.stderr
    document = json.loads(results.read_text(encoding="utf-8"))
    [measured] = document["runs"]
    assert (measured["engine"], measured["clients"], measured["workstations"]) == \
        ("sqlite", 200, 2)
    operations = measured["operations"]
    assert set(operations) == set(MIX)
    for key in MIX:
        assert operations[key]["count"] >= 2, key  # at least once on each workstation
        assert operations[key]["errors"] == 0, (key, measured["errors"])
        assert operations[key]["p95_ms"] >= operations[key]["p50_ms"] > 0, key
        assert key in run.stdout
    assert measured["total"]["count"] == 24
    assert measured["total"]["errors"] == 0, measured["errors"]
    assert operations["search"]["target"] == "p95 < 50 ms"
    assert operations["dashboard"]["target"] == "p95 < 300 ms"
    assert operations["save_transition"]["target"] == "p95 < 100 ms"
    assert [w["username"] for w in measured["workstations_detail"]] == \
        ["casemanager", "skeo"]
    assert document["machine"]["cores"] >= 1
    # The file is kept in the repository: it names files, never this machine's folders.
    assert str(tmp_path) not in results.read_text(encoding="utf-8")
    assert measured["store"]["file"] == "county-demo-200.sqlite3"
    assert figure.read_bytes().startswith(PNG_SIGNATURE)

    # The README's table, printed from the same file, carries this run's row and machine.
    table = subprocess.run(
        [sys.executable, "-m", "benchmarks.county.results", str(results)],
        cwd=REPOSITORY, env=environment, capture_output=True, text=True, timeout=60,
        check=True).stdout
    [row] = [line for line in table.splitlines() if line.startswith("| SQLite |")]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[:3] == ["SQLite", "200", "2"]
    # Rounded for reading: within half of the last shown digit of the JSON's figures.
    shown_p50, shown_p95 = (float(part.replace(",", "")) for part in cells[3].split(" / "))
    assert shown_p50 == pytest.approx(operations["search"]["p50_ms"], abs=0.5)
    assert shown_p95 == pytest.approx(operations["search"]["p95_ms"], abs=0.5)
    assert cells[-1] == "0"
    assert f"Measured {measured['measured_at'][:10]} on {measured['machine']['cpu']}" in table

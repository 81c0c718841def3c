"""The benchmark harness works end to end on a small caseload.

Only that it runs and reports: no timing is asserted, because a test machine's speed says
nothing about the code. The harness runs as a subprocess, as ``make bench`` runs it, so its
own child processes (the app's cold start) are exercised too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
NOT_BUILT = "not built yet"


def _harness(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("COORDINATOR_DB", None)
    return subprocess.run([sys.executable, "-m", "benchmarks", *arguments], cwd=REPOSITORY,
                          env=environment, capture_output=True, text=True, timeout=300,
                          check=False)


def _operations() -> dict[str, str]:
    listing = _harness("--list")
    assert listing.returncode == 0, listing.stderr
    keys_and_titles = (line.split(maxsplit=1) for line in listing.stdout.splitlines())
    return {key: title for key, title in keys_and_titles}


def test_a_small_run_reports_every_operation_with_numbers(tmp_path: Path) -> None:
    operations = _operations()
    results = tmp_path / "results.json"

    run = _harness("--clients", "2000", "--runs", "1", "--warmup", "0",
                   "--cache", str(tmp_path), "--json", str(results))

    assert run.returncode == 0, run.stdout + run.stderr
    for title in operations.values():
        assert title in run.stdout
    document = json.loads(results.read_text(encoding="utf-8"))
    rows = {row["key"]: row for row in document["rows"]}
    assert set(rows) == set(operations)
    for key, row in rows.items():
        if row["result"] == NOT_BUILT:
            assert row["measured"] is None, key
            continue
        assert isinstance(row["measured"]["median"], float | int), key
        assert isinstance(row["measured"]["p95"], float | int), key
        if row["floor"] is not None:
            assert isinstance(row["floor"]["median"], float | int), key
            assert isinstance(row["ratio"], float), key
    assert rows["search"]["floor"] is not None
    assert rows["dashboard"]["floor"] is not None
    assert rows["cold_start"]["floor"] is not None
    assert rows["transfer_packet"]["floor"] is not None  # the floor exists before the packet
    assert document["machine"]["cores"] >= 1
    assert document["database"]["clients"] == 2000

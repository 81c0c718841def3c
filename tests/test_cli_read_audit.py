"""``coordinator report clocks`` prints client names, so each run is one audit event that
says how many rows it showed (a table on screen) or exported (CSV)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator.cli import main
from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.clinical_dates import local_today
from coordinator.services.app import open_services
from coordinator.store.engine import open_database
from coordinator.store.models import AuditEvent


@pytest.fixture
def demo_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "demo.sqlite3"
    services, _ = open_services(str(path))
    try:
        generate_demo(services.db, clients=80, seed=5)
    finally:
        services.close()
    monkeypatch.setenv("COORDINATOR_PASSWORD", DEMO_PASSWORD)
    return path


def events_after(path: Path, event_id: int) -> list[tuple[str, str, str, str]]:
    db = open_database(str(path))
    try:
        with db.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(  # type: ignore[misc]
                select(AuditEvent.username, AuditEvent.action, AuditEvent.entity_type,
                       AuditEvent.detail).where(AuditEvent.id > event_id)
                .order_by(AuditEvent.id))]
    finally:
        db.dispose()


def newest_event(path: Path) -> int:
    db = open_database(str(path))
    try:
        with db.engine.connect() as connection:
            return int(connection.execute(
                select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)).scalar_one())
    finally:
        db.dispose()


def test_the_csv_is_one_export_event_with_its_row_count(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = newest_event(demo_path)

    code = main(["--db", str(demo_path), "--user", "casemanager", "report", "clocks",
                 "--format", "csv"])

    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))[1:]
    today = local_today().isoformat()
    assert code == 0 and len(rows) > 20
    assert events_after(demo_path, before) == [
        ("casemanager", "login", "user", ""),
        ("casemanager", "export", "clock_report", f"CSV of {len(rows)} rows on {today}")]


def test_the_table_is_one_view_event_with_its_row_count(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = newest_event(demo_path)

    code = main(["--db", str(demo_path), "--user", "casemanager", "report", "clocks"])

    lines = capsys.readouterr().out.splitlines()[2:]  # under the header and its rule
    today = local_today().isoformat()
    assert code == 0 and len(lines) > 20
    assert events_after(demo_path, before)[1:] == [
        ("casemanager", "view", "clock_report", f"table of {len(lines)} rows on {today}")]


def test_a_refused_sign_in_prints_nothing_and_logs_no_export(
        demo_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COORDINATOR_PASSWORD", "not-the-password")
    before = newest_event(demo_path)

    code = main(["--db", str(demo_path), "--user", "casemanager", "report", "clocks",
                 "--format", "csv"])

    assert (code, capsys.readouterr().out) == (1, "")
    assert [event[1] for event in events_after(demo_path, before)] == ["login_failed"]

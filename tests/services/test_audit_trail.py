"""The audit trail records who did what, and proves no event was altered or removed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from tests.services.audit_tampering import tamper
from tests.services.helpers import admin_services
from tests.sqlite_damage import BACKUP_PASSPHRASE


def test_create_update_view_archive_and_export_are_recorded(database: Database,
                                                            tmp_path: Path) -> None:
    services = admin_services(database)
    client = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    updated = services.clients.update(client.id, client.version,
                                      replace(client.details, city="Lynn"))
    services.clients.get(client.id)
    services.clients.archive(client.id, updated.version)
    if database.sqlite_path is not None:
        services.backup.backup_to(tmp_path / "copy.sqlite3", BACKUP_PASSPHRASE)
    actions = [(e.action, e.detail) for e in reversed(services.audit.recent())]
    assert actions[:6] == [
        ("create", "first administrator ana"), ("login", ""),
        ("create", "MRN-000001"), ("update", "city"), ("view", "MRN-000001"),
        ("archive", "MRN-000001"),
    ]
    if database.sqlite_path is not None:
        assert actions[6] == ("export", "backup to copy.sqlite3")
    assert services.audit.verify().intact


def test_editing_one_event_row_is_named_by_verify(database: Database) -> None:
    services = admin_services(database)
    for name in ("Dara", "Lan", "José"):
        services.clients.create(ClientInput(name, "Test"))
    report = services.audit.verify()
    assert report.intact and report.checked == 5
    tamper(database, "UPDATE audit_event SET detail = 'MRN-999999' WHERE id = 4")
    report = services.audit.verify()
    assert report.broken_at == 4
    assert report.checked == 3
    assert report.reason == "event 4 was altered after it was written"


def test_removing_an_event_is_detected(database: Database) -> None:
    services = admin_services(database)
    for name in ("Dara", "Lan"):
        services.clients.create(ClientInput(name, "Test"))
    tamper(database, "DELETE FROM audit_event WHERE id = 3")
    report = services.audit.verify()
    assert report.broken_at == 4
    assert "removed" in report.reason

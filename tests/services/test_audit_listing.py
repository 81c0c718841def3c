"""The Audit view's service: events with names instead of ids, filters in SQL, paging past
the first page, and a CSV export that is itself logged with its row count.

Maria (a case manager) admits Dara Sok on Monday 2 March 2026 and opens her record on
Wednesday 4 March; Ana (the administrator) opens Lan Nguyễn's record that Wednesday.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coordinator.domain.errors import PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.audit_export import COLUMNS
from coordinator.services.audit_query import AuditFilter
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import AuditEntry, ClientInput, ClientRecord
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

MONDAY_NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
WEDNESDAY = date(2026, 3, 4)


@dataclass
class Trail:
    ana: AppServices
    maria: AppServices
    dara: ClientRecord
    lan: ClientRecord
    episode_id: int


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exports (the database file lives beside it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def trail(database: Database) -> Trail:
    clock = SteppingClock(MONDAY_NOON)
    ana = admin_services(database, clock)
    add_user(ana, "maria", Role.CASE_MANAGER)
    maria = signed_in(database, "maria", clock)
    dara = maria.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    lan = maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    episode = maria.episodes.add(dara.id, EpisodeInput("IOP", date(2026, 3, 2)))
    clock.advance(days=2)
    maria.clients.get(dara.id)
    ana.clients.get(lan.id)
    return Trail(ana, maria, dara, lan, episode.id)


def described(entries: list[AuditEntry]) -> list[tuple[str, str, str, str, str]]:
    return [(entry.user_full_name, entry.action, entry.entity_type, entry.client_name,
             entry.record_number) for entry in entries]


def test_events_about_a_client_and_their_records_carry_names(trail: Trail) -> None:
    entries = trail.ana.audit.page(AuditFilter(client_id=trail.dara.id))

    number = trail.dara.record_number
    assert described(entries) == [
        ("Maria", "view", "client", "Sok, Dara", number),
        ("Maria", "create", "episode", "Sok, Dara", number),
        ("Maria", "create", "client", "Sok, Dara", number),
    ]
    assert entries[1].entity_id == str(trail.episode_id)
    assert trail.ana.audit.count_matching(AuditFilter(client_id=trail.dara.id)) == 3


def test_an_event_about_an_account_names_the_account(trail: Trail) -> None:
    created = [entry for entry in trail.ana.audit.page(AuditFilter(action="create"))
               if entry.entity_type == "user"]

    assert [(entry.user_full_name, entry.entity_type, entry.entity_name)
            for entry in created] == [("Ana Admin", "user", "Maria"),
                                      ("Ana Admin", "user", "Ana Admin")]


def test_filters_by_user_action_and_day_combine(trail: Trail) -> None:
    audit = trail.ana.audit

    by_ana = audit.page(AuditFilter(username="ana"))
    views = audit.page(AuditFilter(action="view"))
    wednesday = audit.page(AuditFilter(since=WEDNESDAY, until=WEDNESDAY))
    before_wednesday = audit.page(AuditFilter(until=date(2026, 3, 3)))
    maria_on_wednesday = audit.page(AuditFilter(username="maria", since=WEDNESDAY))

    assert {entry.username for entry in by_ana} == {"ana"}
    assert "view" in {entry.action for entry in by_ana}
    assert [(entry.username, entry.client_name) for entry in views] == [
        ("ana", "Nguyễn, Lan"), ("maria", "Sok, Dara")]
    assert [(entry.username, entry.action) for entry in wednesday] == [
        ("ana", "view"), ("maria", "view")]
    assert "view" not in {entry.action for entry in before_wednesday}
    assert len(before_wednesday) + len(wednesday) == audit.count_matching(AuditFilter())
    assert described(maria_on_wednesday) == [
        ("Maria", "view", "client", "Sok, Dara", trail.dara.record_number)]


def test_paging_reaches_every_event_past_the_first_two_hundred(trail: Trail) -> None:
    with trail.maria.ctx.unit_of_work() as uow:  # 450 more openings of Dara's record
        for _ in range(450):
            uow.audit("view", "client", trail.dara.id, trail.dara.record_number)
    chosen = AuditFilter(client_id=trail.dara.id, action="view")
    audit = trail.ana.audit

    pages = [audit.page(chosen, limit=200)]
    while len(pages[-1]) == 200:
        pages.append(audit.page(chosen, before_id=pages[-1][-1].id, limit=200))

    ids = [entry.id for page in pages for entry in page]
    assert [len(page) for page in pages] == [200, 200, 51]
    assert ids == sorted(set(ids), reverse=True)
    assert audit.count_matching(chosen) == 451


def test_a_csv_export_holds_the_filtered_rows_and_is_logged_with_its_count(
        trail: Trail, out: Path) -> None:
    target = out / "dara.csv"
    chosen = AuditFilter(client_id=trail.dara.id)

    rows = trail.ana.audit.export_csv(chosen, target)

    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert rows == 3
    assert lines[0] == list(COLUMNS)
    assert [(line[2], line[3], line[4], line[7], line[8]) for line in lines[1:]] == [
        ("maria", "Maria", "view", "Sok, Dara", trail.dara.record_number),
        ("maria", "Maria", "create", "Sok, Dara", trail.dara.record_number),
        ("maria", "Maria", "create", "Sok, Dara", trail.dara.record_number)]
    assert sorted(path.name for path in out.iterdir()) == ["dara.csv"]
    newest = trail.ana.audit.page(AuditFilter(), limit=1)[0]
    assert (newest.username, newest.action, newest.entity_type, newest.detail) == (
        "ana", "export", "audit_trail",
        f"3 events to dara.csv (CSV); client {trail.dara.record_number}")


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(
        trail: Trail, out: Path) -> None:
    trail.maria.clients.update(trail.lan.id, trail.lan.version,
                               ClientInput("Lan", "=HYPERLINK(1)", date(1979, 7, 9)))
    trail.ana.audit.export_csv(AuditFilter(client_id=trail.lan.id), out / "lan.csv")

    with (out / "lan.csv").open(encoding="utf-8-sig", newline="") as stream:
        names = {line[7] for line in list(csv.reader(stream))[1:]}
    assert names == {"'=HYPERLINK(1), Lan"}


def test_an_export_onto_a_folder_is_refused_before_anything_is_logged(
        trail: Trail, out: Path) -> None:
    before = trail.ana.audit.count()

    with pytest.raises(ValidationError) as refused:
        trail.ana.audit.export_csv(AuditFilter(), out)

    assert refused.value.fields == {
        "path": f"{out} is a folder; choose a file name for the export."}
    assert trail.ana.audit.count() == before
    assert list(out.iterdir()) == []


def test_a_case_manager_may_neither_list_nor_export_the_trail(
        trail: Trail, out: Path) -> None:
    for attempt in (lambda: trail.maria.audit.page(AuditFilter()),
                    lambda: trail.maria.audit.export_csv(AuditFilter(), out / "a.csv")):
        with pytest.raises(PermissionDenied, match="view the audit trail"):
            attempt()
    assert list(out.iterdir()) == []

"""The care team and the contact log, as a case manager keeps them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import NoteKind
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.services.team import CareTeamInput, NoteInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, ClientNote
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
THERAPIST = CareTeamInput("Therapist", "Dr. Lena Ito", "Riverside Counseling",
                          "555-0101", "555-0102", "lito@riverside.example",
                          date(2026, 1, 5))


def audit_actions(database: Database, entity_type: str) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(select(AuditEvent.action).where(
            AuditEvent.entity_type == entity_type).order_by(AuditEvent.id)).scalars())


def test_a_therapist_joins_is_edited_and_leaves_the_care_team(database: Database) -> None:
    admin = admin_services(database)
    changes: list[Change] = []
    admin.notifier.subscribe(changes.extend)
    client = admin.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    member = admin.team.add(client.id, THERAPIST)
    admin.team.add(client.id, CareTeamInput("Psychiatrist", "Dr. Omar Haddad"))
    assert [(m.role, m.name) for m in admin.team.members_of(client.id)] == [
        ("Psychiatrist", "Dr. Omar Haddad"), ("Therapist", "Dr. Lena Ito")]
    assert any(c.topic == "care_team" and member.id in c.ids for c in changes)
    assert any(c.topic == "client" and client.id in c.ids for c in changes)

    edited = admin.team.update(member.id, member.version,
                               replace(THERAPIST, phone="555-0199"))
    assert edited.details.phone == "555-0199"
    ended = admin.team.end(edited.id, edited.version, date(2026, 3, 1))
    assert ended.ended and ended.details.end_date == date(2026, 3, 1)
    members = admin.team.members_of(client.id)
    assert [(m.name, m.ended) for m in members] == [
        ("Dr. Omar Haddad", False), ("Dr. Lena Ito", True)]
    assert [m.name for m in admin.team.members_of(client.id, include_ended=False)] == [
        "Dr. Omar Haddad"]
    assert audit_actions(database, "care_team_member") == ["create", "create", "update", "end"]


def test_an_edit_made_on_an_old_version_is_refused(database: Database) -> None:
    admin = admin_services(database)
    client = admin.clients.create(ClientInput("Dara", "Sok"))
    member = admin.team.add(client.id, THERAPIST)
    admin.team.update(member.id, member.version, replace(THERAPIST, fax=""))
    with pytest.raises(Conflict, match="changed by another user"):
        admin.team.update(member.id, member.version, replace(THERAPIST, name="Someone"))
    with pytest.raises(Conflict):
        admin.team.end(member.id, member.version, date(2026, 3, 1))
    assert admin.team.members_of(client.id)[0].name == "Dr. Lena Ito"


def test_a_team_member_needs_a_role_a_name_and_a_real_email(database: Database) -> None:
    admin = admin_services(database)
    client = admin.clients.create(ClientInput("Dara", "Sok"))
    with pytest.raises(ValidationError) as caught:
        admin.team.add(client.id, CareTeamInput(" ", "", email="not-an-address",
                                                start_date=date(2026, 3, 1),
                                                end_date=date(2026, 2, 1)))
    assert caught.value.fields == {
        "role": "Choose the team member's role.",
        "name": "Enter the team member's name.",
        "email": "'not-an-address' does not look like an e-mail address.",
        "end_date": "The end date is before the start date.",
    }
    assert admin.team.members_of(client.id) == []


def test_the_contact_log_is_newest_first_with_the_authors_name(database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)
    maria = signed_in(database, "maria", SteppingClock(NOW))
    client = admin.clients.create(ClientInput("Dara", "Sok"))
    maria.notes.add(client.id, NoteInput(NoteKind.CALL, "Mother", "Left a voicemail.",
                                         NOW - timedelta(days=2)))
    latest = maria.notes.add(client.id, NoteInput(
        NoteKind.COORDINATION, "Riverside IOP", "  Intake booked for Monday.  ",
        NOW - timedelta(hours=1)))
    admin.notes.add(client.id, NoteInput(NoteKind.VISIT, "Client", "Home visit.",
                                         NOW - timedelta(days=1)))
    notes = admin.notes.notes_of(client.id)
    assert [(n.body, n.author_name) for n in notes] == [
        ("Intake booked for Monday.", "Maria"), ("Home visit.", "Ana Admin"),
        ("Left a voicemail.", "Maria")]
    assert notes[0].occurred_at == NOW - timedelta(hours=1)
    assert notes[0].occurred_at.tzinfo is not None
    assert notes[0].kind == "coordination" and notes[0].contact_with == "Riverside IOP"
    assert latest.author_name == "Maria"


def test_a_note_needs_text_and_cannot_be_dated_in_the_future(database: Database) -> None:
    admin = admin_services(database, SteppingClock(NOW))
    client = admin.clients.create(ClientInput("Dara", "Sok"))
    with pytest.raises(ValidationError) as caught:
        admin.notes.add(client.id, NoteInput(NoteKind.CALL, "Mother", "   ",
                                             NOW + timedelta(hours=2)))
    assert caught.value.fields == {"body": "Write what happened in the note.",
                                   "occurred_at": "The contact cannot be in the future."}
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(ClientNote.id))).scalar_one() == 0


def test_a_note_entered_in_error_stays_in_the_log_marked(database: Database) -> None:
    admin = admin_services(database, SteppingClock(NOW))
    client = admin.clients.create(ClientInput("Dara", "Sok"))
    note = admin.notes.add(client.id, NoteInput(NoteKind.CALL, "Mother", "Wrong chart.",
                                                NOW - timedelta(minutes=5)))
    with pytest.raises(ValidationError, match="Say why"):
        admin.notes.mark_entered_in_error(note.id, note.version, " ")
    marked = admin.notes.mark_entered_in_error(note.id, note.version, "Wrong client")
    assert marked.entered_in_error
    assert [(n.body, n.entered_in_error) for n in admin.notes.notes_of(client.id)] == [
        ("Wrong chart.", True)]
    with pytest.raises(Conflict):
        admin.notes.mark_entered_in_error(note.id, note.version, "Again")
    assert audit_actions(database, "client_note") == ["create", "entered_in_error"]

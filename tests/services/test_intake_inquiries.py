"""Intake inquiries on a real database (either engine): a hospital's discharge planner
calls on Monday 2 March 2026 about Dara, who starts the evening IOP track at Harbor on
Monday 9 March; the payer authorized 20 IOP sessions. Harbor's track meets every weekday.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, insert, select

from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.intake import (
    Authorization,
    InquiryOutcome,
    InquirySource,
    VerificationStatus,
)
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.attendance_views import AttendanceMark, ScheduleInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.intake_views import COUNTED_INQUIRIES, InquiryInput, InsuranceInput
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Client, Inquiry
from tests.services.helpers import (
    SteppingClock,
    add_partner_facility,
    add_user,
    admin_services,
    signed_in,
)

FIRST_CONTACT = date(2026, 3, 2)
IOP_START = date(2026, 3, 9)
AUTHORIZED = Authorization("AUTH-77812", 20, IOP_START, date(2026, 4, 30))


def from_hospital(**changes: object) -> InquiryInput:
    inquiry = InquiryInput(
        source=InquirySource.HOSPITAL, first_contact_on=FIRST_CONTACT,
        source_contact="M. Reyes, discharge planner, Mercy General",
        requested_level_code="IOP",
        insurance=InsuranceInput("Blue Shield", "XKP-20931", VerificationStatus.VERIFIED,
                                 date(2026, 3, 3)),
        authorization=AUTHORIZED, outcome=InquiryOutcome.ADMITTED,
        outcome_on=IOP_START)
    return replace(inquiry, **changes)  # type: ignore[arg-type]


def weekdays(first: date, last: date) -> list[date]:
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5]


@dataclass
class Clinic:
    database: Database
    clock: SteppingClock
    admin: AppServices
    maria: AppServices
    schedule_id: int
    harbor: int

    def admit_to_iop(self, client_id: int) -> int:
        return self.maria.episodes.add(client_id, EpisodeInput(
            "IOP", IOP_START, self.harbor, track="evening", planned_weekly_hours=9)).id

    def attend(self, episode_id: int, days: list[date], status: str = "present") -> None:
        for day in days:
            roll = self.maria.attendance.roll_call(self.schedule_id, day)
            saved = next((row.version for row in roll.rows
                          if row.episode_id == episode_id), None)
            self.maria.attendance.mark(self.schedule_id, day, [
                AttendanceMark(episode_id, status, expected_version=saved)])

    def rows(self) -> tuple[int, int]:
        with self.database.engine.connect() as connection:
            return (connection.execute(select(func.count(Inquiry.id))).scalar_one(),
                    connection.execute(select(func.count(Client.id))).scalar_one())


@pytest.fixture
def clinic(database: Database) -> Clinic:
    clock = SteppingClock(datetime(2026, 3, 27, 17, 0, tzinfo=UTC))  # Friday
    admin = admin_services(database, clock)
    add_user(admin, "maria", Role.CASE_MANAGER)
    harbor = add_partner_facility(database, "Harbor IOP", ("IOP", "PHP"))
    schedule = admin.attendance.add_schedule(
        ScheduleInput(harbor, "IOP", "evening", (0, 1, 2, 3, 4), 180, time(17, 30)))
    return Clinic(database, clock, admin, signed_in(database, "maria", clock),
                  schedule.id, harbor)


def test_an_inquiry_about_someone_new_makes_the_client_and_counts_days_to_the_first_session(
        clinic: Clinic) -> None:
    inquiry = clinic.maria.inquiries.create(
        None, from_hospital(), new_client=ClientInput("Dara", "Sok", date(1991, 5, 14)))

    assert (inquiry.client_name, inquiry.details.source, inquiry.requested_level_name) == (
        "Sok, Dara", InquirySource.HOSPITAL, "Intensive Outpatient")
    assert inquiry.days_to_first_session is None  # nothing attended yet
    episode = clinic.admit_to_iop(inquiry.client_id)
    # Absent on the first evening, there on the second: 8 days from the call.
    clinic.attend(episode, [IOP_START], "unexcused")
    clinic.attend(episode, [IOP_START + timedelta(days=1)])

    again = clinic.maria.inquiries.inquiries_of(inquiry.client_id)[0]
    assert (again.first_session_on, again.days_to_first_session) == (date(2026, 3, 10), 8)
    assert again.days_open is None  # admitted
    assert clinic.maria.clients.get(inquiry.client_id).case_manager_name == "Maria"


def test_authorized_iop_sessions_count_down_and_warn_from_80_percent(clinic: Clinic) -> None:
    client = clinic.maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    inquiry = clinic.maria.inquiries.create(client.id, from_hospital())
    episode = clinic.admit_to_iop(client.id)
    clinic.attend(episode, weekdays(IOP_START, date(2026, 3, 27)))  # 15 evenings

    counted = clinic.maria.inquiries.get(inquiry.id).authorization_use
    assert counted is not None
    assert (counted.units, counted.used, counted.remaining, counted.warnings) == (20, 15, 5, ())

    clinic.clock.advance(days=3)  # Monday 30 March: the 16th evening is 80 %
    clinic.attend(episode, [date(2026, 3, 30)])
    warned = clinic.maria.inquiries.get(inquiry.id)
    assert warned.warnings == ("16 of 20 authorized sessions used (80 %); 4 left.",)


def test_an_authorization_ending_within_a_week_warns_and_an_absence_uses_no_unit(
        clinic: Clinic) -> None:
    client = clinic.maria.clients.create(ClientInput("Ana", "Ruiz"))
    ends_soon = replace(AUTHORIZED, ends_on=date(2026, 4, 3))
    inquiry = clinic.maria.inquiries.create(client.id, from_hospital(authorization=ends_soon))
    episode = clinic.admit_to_iop(client.id)
    clinic.attend(episode, [date(2026, 3, 25), date(2026, 3, 26)], "unexcused")
    clinic.attend(episode, [date(2026, 3, 27)])

    view = clinic.maria.inquiries.get(inquiry.id)
    assert view.authorization_use is not None and view.authorization_use.used == 1
    assert view.warnings == ("The authorization ends in 7 days (2026-04-03).",)

    clinic.clock.advance(days=8)
    assert clinic.maria.inquiries.get(inquiry.id).warnings == (
        "The authorization ended on 2026-04-03.",)


def test_bad_input_is_refused_field_by_field_and_nothing_is_saved(clinic: Clinic) -> None:
    other = clinic.maria.clients.create(ClientInput("Bo", "Lee"))
    referral = clinic.maria.referrals.create(other.id, ReferralInput(
        ReferralCategory.HOUSING, "Needs a bed", date(2026, 4, 3), facility_id=clinic.harbor))
    before = clinic.rows()
    bad = from_hospital(
        authorization=Authorization("A-1", 20, date(2026, 3, 20), date(2026, 3, 9)),
        insurance=InsuranceInput("Blue\x00Shield", "X" * 61, VerificationStatus.VERIFIED),
        outcome=InquiryOutcome.REFERRED_ELSEWHERE, referral_id=referral.id)

    with pytest.raises(ValidationError) as refused:
        clinic.maria.inquiries.create(None, bad, new_client=ClientInput("Kim", "Tran"))

    assert refused.value.fields == {
        "authorization_end": "The authorization ends on 2026-03-09, before it starts on "
                             "2026-03-20.",
        "insurance_payer": "Insurance payer contains an invisible control character "
                           "(U+0000) that cannot be saved; remove it.",
        "insurance_member_id": "Member ID: at most 60 characters (this has 61).",
        "verified_on": "Enter the day the payer verified the insurance.",
        "referral_id": "That referral belongs to another client.",
    }
    assert clinic.rows() == before  # neither the inquiry nor the new client

    with pytest.raises(ValidationError) as nameless:
        clinic.maria.inquiries.create(None, from_hospital(), new_client=ClientInput("", "Tran"))
    assert nameless.value.fields == {"given_name": "Enter the client's first name."}
    with pytest.raises(ValidationError) as unsaid:
        clinic.maria.inquiries.create(other.id, from_hospital(
            outcome=InquiryOutcome.REFERRED_ELSEWHERE,
            authorization=Authorization(units=20)))
    assert unsaid.value.fields == {
        "authorization_start": "Enter the first day the authorization covers.",
        "authorization_end": "Enter the last day the authorization covers.",
        "referred_to": "Say where the client was referred, or choose the referral made "
                       "for it."}
    assert clinic.rows() == before


def test_open_inquiries_list_the_longest_waiting_first_and_a_referral_closes_one(
        clinic: Clinic) -> None:
    waiting = []
    for given, day in (("Ada", date(2026, 3, 20)), ("Ben", date(2026, 3, 12)),
                       ("Cy", date(2026, 3, 26))):
        client = clinic.maria.clients.create(ClientInput(given, "Moss"))
        waiting.append(clinic.maria.inquiries.create(client.id, InquiryInput(
            InquirySource.FAMILY, day, requested_level_code="PHP")))

    listed = clinic.maria.inquiries.open_inquiries()
    assert [(row.client_name, row.days_open) for row in listed.rows] == [
        ("Moss, Ben", 15), ("Moss, Ada", 7), ("Moss, Cy", 1)]
    newest = clinic.maria.inquiries.open_inquiries(2, newest_first=True)
    assert ([row.client_name for row in newest.rows], newest.total) == (
        ["Moss, Cy", "Moss, Ada"], 3)

    ben = waiting[1]
    referral = clinic.maria.referrals.create(ben.client_id, ReferralInput(
        ReferralCategory.MENTAL_HEALTH, "PHP closer to home", date(2026, 4, 3),
        facility_id=clinic.harbor))
    referred = clinic.maria.inquiries.update(ben.id, ben.version, replace(
        ben.details, outcome=InquiryOutcome.REFERRED_ELSEWHERE, referral_id=referral.id))
    assert (referred.details.outcome_on, referred.referral_title) == (
        date(2026, 3, 27), "Mental health referral, requested")
    assert [row.client_name for row in clinic.maria.inquiries.open_inquiries().rows] == [
        "Moss, Ada", "Moss, Cy"]
    with pytest.raises(Conflict):
        clinic.maria.inquiries.update(ben.id, ben.version, ben.details)


def test_past_a_thousand_open_inquiries_the_count_says_more_than_a_thousand(
        clinic: Clinic) -> None:
    """A county's server holds tens of thousands of open inquiries: they are counted only
    as far as "more than 1,000", and an archived client's are not counted."""
    waiting = clinic.maria.clients.create(ClientInput("Ada", "Moss"))
    gone = clinic.maria.clients.create(ClientInput("Ben", "Moss"))
    clinic.admin.clients.archive(gone.id, gone.version)

    def add_open(client_id: int, how_many: int) -> None:
        with clinic.database.engine.begin() as connection:
            connection.execute(insert(Inquiry), [
                {"client_id": client_id, "source": InquirySource.FAMILY.value,
                 "first_contact_on": date(2026, 3, 1) + timedelta(days=number % 20)}
                for number in range(how_many)])

    add_open(waiting.id, COUNTED_INQUIRIES)
    exactly = clinic.maria.inquiries.open_inquiries(5)
    assert (exactly.total, exactly.more_than_counted, len(exactly.rows)) == (1000, False, 5)
    add_open(gone.id, 3)
    assert clinic.maria.inquiries.open_inquiries(5).total == 1000
    add_open(waiting.id, 1)
    more = clinic.maria.inquiries.open_inquiries(5)
    assert (more.total, more.more_than_counted) == (1001, True)


def test_each_change_is_audited_and_a_read_only_user_changes_nothing(
        clinic: Clinic) -> None:
    client = clinic.maria.clients.create(ClientInput("Dara", "Sok"))
    created = clinic.maria.inquiries.create(client.id, from_hospital(
        outcome=InquiryOutcome.OPEN, authorization=Authorization()))
    updated = clinic.maria.inquiries.update(created.id, created.version, replace(
        created.details, authorization=AUTHORIZED, outcome=InquiryOutcome.DECLINED))
    clinic.maria.inquiries.get(updated.id)

    with clinic.database.engine.connect() as connection:
        events = connection.execute(
            select(AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.entity_type == "inquiry").order_by(AuditEvent.id)).all()
    assert [tuple(event) for event in events] == [
        ("create", f"hospital_discharge_planner inquiry for client {client.id}, open"),
        ("update", "authorization_end, authorization_number, authorization_start, "
                   "authorized_units, outcome, outcome_on"),
        ("view", f"client {client.id}"),
    ]

    add_user(clinic.admin, "reader", Role.READ_ONLY)
    reader = signed_in(clinic.database, "reader", clinic.clock)
    before = clinic.rows()
    with pytest.raises(PermissionDenied):
        reader.inquiries.create(client.id, from_hospital())
    with pytest.raises(PermissionDenied):
        reader.inquiries.update(updated.id, updated.version, from_hospital())
    assert clinic.rows() == before
    assert reader.inquiries.inquiries_of(client.id)[0].details.outcome is \
        InquiryOutcome.DECLINED

"""A mistyped year on a clinical date is refused under its field, on both engines.

Rosa Núñez was born on 17 May 1990; today is 3 March 2026. Nothing on her record can be
dated before 1900 or before her birth, and a date that may lie ahead (a planned admission,
a follow-up, a consent's expiry) cannot lie more than ten years ahead.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coordinator.domain.consent import Recipient, Signer
from coordinator.domain.errors import ValidationError
from coordinator.domain.vocabulary import Instrument, NoteKind, ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.attendance_views import ScheduleInput
from coordinator.services.care.dto import EpisodeInput, TransitionPlan
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.referral_views import ReferralInput
from coordinator.services.team import CareTeamInput, NoteInput
from coordinator.store.engine import Database
from tests.services.helpers import admin_services

BORN = date(1990, 5, 17)
BEFORE_1900 = "is before 1900; check the year."
BEFORE_BIRTH = "is before the client's date of birth (1990-05-17); check the date."


@pytest.fixture
def ana(database: Database) -> AppServices:
    return admin_services(database)


@pytest.fixture
def rosa(ana: AppServices) -> int:
    return ana.clients.create(ClientInput("Rosa", "Núñez", BORN)).id


def refusal(call: object) -> dict[str, str]:
    """The per-field sentences a service call was refused with."""
    assert callable(call)
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.fields


def phq9_on(day: date) -> AssessmentInput:
    return AssessmentInput(Instrument.PHQ9, day, (1, 1, 1, 1, 1, 0, 0, 0, 0))


def test_a_birth_date_before_1900_is_refused(ana: AppServices) -> None:
    assert refusal(lambda: ana.clients.create(
        ClientInput("Rosa", "Núñez", date(1899, 12, 31)))) == {
        "birth_date": "The date of birth is before 1900; check the year."}


def test_an_assessment_before_1900_or_before_birth_is_refused_and_not_saved(
        ana: AppServices, rosa: int) -> None:
    assert refusal(lambda: ana.assessments.record(rosa, phq9_on(date(1899, 12, 31)))) == {
        "administered_on": f"The assessment date 1899-12-31 {BEFORE_1900}"}
    assert refusal(lambda: ana.assessments.record(rosa, phq9_on(date(1990, 5, 16)))) == {
        "administered_on": f"The assessment date 1990-05-16 {BEFORE_BIRTH}"}
    assert ana.assessments.assessments_of(rosa) == []
    assert ana.assessments.record(rosa, phq9_on(date(2026, 3, 2))).total == 5


def test_an_episode_before_birth_or_planned_decades_ahead_is_refused(
        ana: AppServices, rosa: int) -> None:
    assert refusal(lambda: ana.episodes.add(rosa, EpisodeInput(
        "IOP", date(1989, 1, 9), end_date=date(1899, 2, 1)))) == {
        "start_date": f"The start date 1989-01-09 {BEFORE_BIRTH}",
        "end_date": f"The end date 1899-02-01 {BEFORE_1900}"}
    assert refusal(lambda: ana.episodes.add(rosa, EpisodeInput("IOP", date(2062, 3, 3)))) == {
        "start_date": "The start date 2062-03-03 is more than 10 years from today; "
                      "check the year."}
    assert ana.episodes.episodes_of(rosa) == []


def test_a_planned_episode_cannot_begin_before_birth(ana: AppServices, rosa: int) -> None:
    planned = ana.episodes.add(rosa, EpisodeInput("IOP", date(2026, 3, 9)))
    assert refusal(lambda: ana.episodes.begin(planned.id, planned.version,
                                              date(1985, 3, 2))) == {
        "start_date": f"The start date 1985-03-02 {BEFORE_BIRTH}"}


def test_a_transition_planned_before_birth_is_refused_even_when_confirmed(
        ana: AppServices, rosa: int) -> None:
    plan = TransitionPlan("IOP", date(1970, 1, 5), "Admitted after a crisis visit")
    assert refusal(lambda: ana.transitions.plan(rosa, None, plan,
                                                confirm_far_date=True)) == {
        "planned_date": f"The planned date 1970-01-05 {BEFORE_BIRTH}"}
    assert ana.transitions.transitions_of(rosa) == []


def test_a_referral_follow_up_before_1900_is_refused(ana: AppServices, rosa: int) -> None:
    harbor = ana.facilities.create(FacilityInput("Harbor House", "residential",
                                                 levels=("RES",))).id
    details = ReferralInput(ReferralCategory.HOUSING, "Needs sober housing",
                            date(1026, 3, 10), facility_id=harbor)
    assert refusal(lambda: ana.referrals.create(rosa, details)) == {
        "follow_up_due": f"The follow-up date 1026-03-10 {BEFORE_1900}"}


def test_a_consent_signed_before_birth_or_expiring_in_a_century_is_refused(
        ana: AppServices, rosa: int) -> None:
    consent = ConsentInput(Recipient(class_name="Family"), "Coordination of care",
                           "Discharge summary", includes_part2=False,
                           signed_by=Signer.CLIENT, signer_name="Rosa Núñez",
                           signed_on=date(1989, 3, 2), expires_on=date(2126, 3, 2))
    assert refusal(lambda: ana.consents.record(rosa, consent)) == {
        "signed_on": f"The date signed 1989-03-02 {BEFORE_BIRTH}",
        "expires_on": "The expiration date 2126-03-02 is more than 10 years from today; "
                      "check the year."}
    assert ana.consents.consents_of(rosa) == []


def test_a_note_and_a_care_team_member_dated_before_birth_are_refused(
        ana: AppServices, rosa: int) -> None:
    note = NoteInput(NoteKind.CALL, "Mother", "Called about transport",
                     datetime(1880, 1, 2, 15, 0, tzinfo=UTC))
    assert refusal(lambda: ana.notes.add(rosa, note)) == {
        "occurred_at": f"The contact's date 1880-01-02 {BEFORE_1900}"}
    member = CareTeamInput("Therapist", "Dr. Ana Ruiz", start_date=date(1975, 6, 1))
    assert refusal(lambda: ana.team.add(rosa, member)) == {
        "start_date": f"The start date 1975-06-01 {BEFORE_BIRTH}"}
    assert ana.notes.notes_of(rosa) == [] and ana.team.members_of(rosa) == []


def test_a_roll_call_dated_before_1900_is_refused(ana: AppServices) -> None:
    clinic = ana.facilities.create(FacilityInput("Riverside IOP", "own_program",
                                                 levels=("IOP",))).id
    evenings = ana.attendance.add_schedule(ScheduleInput(clinic, "IOP", "evening",
                                                         (0, 1, 3), 180))
    # 1 January 1894 was a Monday, a day the evening track meets.
    assert refusal(lambda: ana.attendance.mark(evenings.id, date(1894, 1, 1), [])) == {
        "day": f"The session date 1894-01-01 {BEFORE_1900}"}

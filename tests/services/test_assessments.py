"""Assessments as a case manager records them: scores, trends and safety alerts (both
engines)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.instruments import DuplicateAssessment, Flag
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.services.safety_plans import CRISIS_LINES, SafetyPlanInput
from coordinator.store.engine import Database
from coordinator.store.models import Assessment, AuditEvent, Facility, SafetyAlert
from tests.services.helpers import (
    ADMIN_PASSWORD,
    SteppingClock,
    add_user,
    admin_services,
    signed_in,
)

NOON_MARCH_20 = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def phq9(day: date, *answers: int) -> AssessmentInput:
    return AssessmentInput(Instrument.PHQ9, day, tuple(answers))


def counts(database: Database) -> tuple[int, int]:
    with database.engine.connect() as connection:
        return (connection.execute(select(func.count(Assessment.id))).scalar_one(),
                connection.execute(select(func.count(SafetyAlert.id))).scalar_one())


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(NOON_MARCH_20)


@pytest.fixture
def carla(database: Database, clock: SteppingClock) -> AppServices:
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


@pytest.fixture
def dara(carla: AppServices) -> int:
    """Dara Sok, in IOP from 2 March to 13 March, then in outpatient from 13 March."""
    client_id = carla.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    carla.episodes.add(client_id, EpisodeInput("IOP", date(2026, 3, 2),
                                               end_date=date(2026, 3, 13)))
    carla.episodes.add(client_id, EpisodeInput("OP", date(2026, 3, 13)))
    return client_id


def test_a_phq9_is_scored_attached_to_the_iop_episode_and_audited(
        database: Database, carla: AppServices, dara: int) -> None:
    changes: list[Change] = []
    carla.notifier.subscribe(changes.extend)
    saved = carla.assessments.record(dara, phq9(date(2026, 3, 3), 2, 2, 2, 2, 1, 1, 1, 1, 0))
    assert (saved.total, saved.band, saved.flags) == (12, "Moderate", ())
    assert saved.level_name == "Intensive Outpatient"
    assert saved.administered_by_name == "Carla"
    assert saved.item_answers == (2, 2, 2, 2, 1, 1, 1, 1, 0)
    assert carla.assessments.assessments_of(dara) == [saved]
    assert carla.assessments.open_alerts_of(dara) == []
    assert Change("assessment", frozenset({saved.id})) in changes
    with database.engine.connect() as connection:
        detail = connection.execute(select(AuditEvent.detail).where(
            AuditEvent.entity_type == "assessment")).scalar_one()
    assert detail == f"PHQ-9 for client {dara} on 2026-03-03: 12 (Moderate)"


def test_on_the_step_down_day_the_score_goes_to_the_episode_that_starts(
        carla: AppServices, dara: int) -> None:
    saved = carla.assessments.record(dara, phq9(date(2026, 3, 13), 1, 1, 1, 1, 1, 0, 0, 0, 0))
    assert saved.level_name == "Outpatient"


def test_item_9_raises_an_alert_until_a_clinician_records_what_was_done(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    saved = carla.assessments.record(dara, phq9(date(2026, 3, 20), 1, 1, 1, 1, 1, 1, 1, 1, 2))
    assert saved.flags == (Flag.SELF_HARM_ITEM.value,)
    [alert] = carla.assessments.open_alerts_of(dara)
    assert alert.reason == "PHQ-9 on 2026-03-20: Thoughts of death or self-harm (item 9)"
    assert (alert.client_name, alert.assessment_id) == ("Sok, Dara", saved.id)
    assert [row.id for row in carla.assessments.open_alerts()] == [alert.id]
    clock.advance(minutes=25)
    done = carla.assessments.address_alert(
        alert.id, "  Safety plan reviewed; crisis line number given.  ", alert.version)
    assert done.addressed_at == datetime(2026, 3, 20, 12, 25, tzinfo=UTC)
    assert (done.addressed_by_name, done.action_taken) == (
        "Carla", "Safety plan reviewed; crisis line number given.")
    assert carla.assessments.open_alerts_of(dara) == []
    assert carla.assessments.open_alerts() == []
    assert carla.assessments.alerts_of(dara) == [done]
    with pytest.raises(ValidationError, match="already addressed"):
        carla.assessments.address_alert(alert.id, "Again", done.version)
    with pytest.raises(Conflict, match="changed by another user"):
        carla.assessments.address_alert(alert.id, "Again", alert.version)


def test_addressing_an_alert_needs_words_for_what_was_done(
        carla: AppServices, dara: int) -> None:
    carla.assessments.record(dara, phq9(date(2026, 3, 20), 0, 0, 0, 0, 0, 0, 0, 0, 1))
    [alert] = carla.assessments.open_alerts_of(dara)
    with pytest.raises(ValidationError) as caught:
        carla.assessments.address_alert(alert.id, "   ", alert.version)
    assert set(caught.value.fields) == {"action_taken"}
    assert len(carla.assessments.open_alerts_of(dara)) == 1


def test_bad_input_is_refused_field_by_field_and_nothing_is_saved(
        database: Database, carla: AppServices, dara: int) -> None:
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        carla.assessments.record(dara, phq9(date(2026, 3, 20), 1, 1, 1, 9, 1, 1, 1, 1, 1))
    assert caught.value.fields == {
        "item_answers": "Item 4 of the PHQ-9 must be a whole number from 0 to 3."}
    with pytest.raises(ValidationError, match="items 8 and 9 are not answered"):
        carla.assessments.record(dara, phq9(date(2026, 3, 20), 1, 1, 1, 1, 1, 1, 1))
    with pytest.raises(ValidationError) as caught:
        carla.assessments.record(dara, phq9(date(2026, 3, 21), *[1] * 9))
    assert caught.value.fields == {
        "administered_on": "An assessment cannot be dated after today."}
    with pytest.raises(ValidationError, match="low, moderate or high"):
        carla.assessments.record(dara, AssessmentInput(
            Instrument.CSSRS, date(2026, 3, 20), risk_level="unsure"))
    assert counts(database) == before


def test_a_second_phq9_the_same_day_needs_confirmation(
        database: Database, carla: AppServices, dara: int) -> None:
    carla.assessments.record(dara, phq9(date(2026, 3, 20), *[1] * 9))
    with pytest.raises(DuplicateAssessment) as caught:
        carla.assessments.record(dara, phq9(date(2026, 3, 20), *[2] * 8, 0))
    assert caught.value.fields == {"administered_on": (
        "A PHQ-9 is already recorded for this client on 2026-03-20.")}
    assert counts(database) == (1, 1)
    again = carla.assessments.record(dara, phq9(date(2026, 3, 20), *[2] * 8, 0),
                                     confirm_duplicate=True)
    assert again.total == 16
    # Another instrument the same day is no duplicate.
    carla.assessments.record(dara, AssessmentInput(Instrument.GAD7, date(2026, 3, 20),
                                                   (1,) * 7))


def test_the_trend_counts_change_from_each_episodes_first_score(
        carla: AppServices, dara: int) -> None:
    for day, answers in [(2, (3, 3, 2, 2, 2, 2, 2, 2, 2)), (6, (2, 2, 2, 2, 2, 2, 1, 1, 0)),
                         (11, (2, 2, 1, 1, 1, 1, 1, 1, 0)), (13, (1, 1, 1, 1, 1, 1, 1, 1, 0)),
                         (20, (1, 1, 0, 0, 0, 0, 0, 0, 0))]:
        carla.assessments.record(dara, phq9(date(2026, 3, day), *answers))
    carla.assessments.record(dara, AssessmentInput(Instrument.CSSRS, date(2026, 3, 2),
                                                   risk_level="low"))
    [trend] = carla.assessments.trends(dara)
    assert trend.instrument is Instrument.PHQ9
    assert [band.lowest for band in trend.bands] == [0, 5, 10, 15, 20]
    assert [(p.administered_on.day, p.total, p.change, p.outcomes) for p in trend.points] == [
        (2, 20, None, ()),
        (6, 14, -6, ("reliable improvement",)),
        (11, 10, -10, ("response", "reliable improvement")),
        (13, 8, None, ()),  # the first score in outpatient
        (20, 2, -6, ("reliable improvement",)),  # from 8: no response or remission words
    ]
    assert [(span.level_code, span.start, span.end) for span in trend.episodes] == [
        ("IOP", date(2026, 3, 2), date(2026, 3, 13)), ("OP", date(2026, 3, 13), None)]


def test_an_entry_in_error_leaves_the_trend_and_closes_its_alert(
        carla: AppServices, dara: int) -> None:
    wrong = carla.assessments.record(dara, phq9(date(2026, 3, 20), *[1] * 9))
    marked = carla.assessments.mark_entered_in_error(wrong.id, wrong.version, "Wrong client")
    assert marked.entered_in_error
    assert carla.assessments.trends(dara) == []
    assert carla.assessments.open_alerts_of(dara) == []
    [closed] = carla.assessments.alerts_of(dara)
    assert closed.action_taken == "Assessment entered in error: Wrong client"
    assert carla.assessments.assessments_of(dara, include_entered_in_error=False) == []
    # Entered in error, it no longer blocks the day's real entry.
    carla.assessments.record(dara, phq9(date(2026, 3, 20), *[1] * 8, 0))


def test_epds_and_cssrs_raise_alerts_from_what_the_clinician_entered(
        carla: AppServices, dara: int) -> None:
    epds = carla.assessments.record(dara, AssessmentInput(
        Instrument.EPDS, date(2026, 3, 20), total=14, self_harm=True))
    assert (epds.total, epds.band) == (14, "Assess further")
    cssrs = carla.assessments.record(dara, AssessmentInput(
        Instrument.CSSRS, date(2026, 3, 20), risk_level="moderate"))
    assert (cssrs.total, cssrs.band, cssrs.risk_level) == (None, "Moderate risk", "moderate")
    assert [alert.reason for alert in carla.assessments.open_alerts_of(dara)] == [
        "EPDS on 2026-03-20: Thoughts of self-harm (EPDS item 10)",
        "C-SSRS on 2026-03-20: C-SSRS moderate risk"]


def test_the_clinic_pcl5_cutoff_decides_probable_ptsd(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    answers = (2,) * 15 + (1, 0, 0, 0, 0)  # 31
    first = carla.assessments.record(dara, AssessmentInput(
        Instrument.PCL5, date(2026, 3, 19), answers))
    assert first.band == "Below the cut-off"
    admin = signed_in(database, "ana", clock, password=ADMIN_PASSWORD)
    admin.settings.update({"pcl5_probable_ptsd_cutoff": 31})
    second = carla.assessments.record(dara, AssessmentInput(
        Instrument.PCL5, date(2026, 3, 20), answers))
    assert second.band == "Probable PTSD"
    assert Flag.PROBABLE_PTSD.value in second.flags
    [trend] = carla.assessments.trends(dara)
    assert [band.lowest for band in trend.bands] == [0, 31]


def test_a_read_only_user_sees_scores_and_alerts_but_cannot_record(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    carla.assessments.record(dara, phq9(date(2026, 3, 20), *[1] * 9))
    admin = signed_in(database, "ana", clock, password=ADMIN_PASSWORD)
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", clock)
    assert len(reader.assessments.assessments_of(dara)) == 1
    [alert] = reader.assessments.open_alerts_of(dara)
    with pytest.raises(PermissionDenied):
        reader.assessments.address_alert(alert.id, "Called", alert.version)


def test_due_assessments_follow_the_clinic_schedule_in_each_active_episode(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    admin = signed_in(database, "ana", clock, password=ADMIN_PASSWORD)
    admin.clients.create(ClientInput("Lan", "Nguyen"))  # on Ana's caseload, not Carla's
    with Session(database.engine) as session, session.begin():
        partner = Facility(name="Harbor Counseling", kind="outpatient", is_own_program=False)
        session.add(partner)
        session.flush()
        partner_id = partner.id
    elsewhere = carla.clients.create(ClientInput("Mai", "Tran")).id
    carla.episodes.add(elsewhere, EpisodeInput("OP", date(2026, 3, 1), facility_id=partner_id))
    carla.assessments.record(dara, phq9(date(2026, 3, 10), *[1] * 8, 0))  # in IOP: not OP's
    due = carla.assessments.due()
    assert [(row.instrument, row.level_code, row.due_on, row.days_overdue, row.last_given)
            for row in due] == [
        (Instrument.GAD7, "OP", date(2026, 3, 13), 7, None),
        (Instrument.PHQ9, "OP", date(2026, 3, 13), 7, None)]
    assert due[0].client_name == "Sok, Dara"
    carla.assessments.record(dara, AssessmentInput(Instrument.PHQA, date(2026, 3, 14),
                                                   (1,) * 9 + (0, 0)))
    assert [row.instrument for row in carla.assessments.due()] == [Instrument.GAD7]
    clock.advance(days=1)  # 21 March: a week after the PHQ-A
    admin.settings.update({"gad7_due_every_days": 0, "pcl5_due_every_days": 30})
    assert [(row.instrument, row.due_on, row.days_overdue, row.last_given)
            for row in carla.assessments.due()] == [
        (Instrument.PCL5, date(2026, 3, 13), 8, None),
        (Instrument.PHQ9, date(2026, 3, 21), 0, date(2026, 3, 14))]


def audit_details(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(
            select(AuditEvent.detail).order_by(AuditEvent.id)).scalars())


def _safety_plan(day: date, signs: str) -> SafetyPlanInput:
    return SafetyPlanInput(completed_on=day, warning_signs=signs,
                           coping_strategies="Walk the dog", professionals=CRISIS_LINES)


def test_an_alert_addressed_by_reviewing_the_safety_plan_names_its_version(
        database: Database, carla: AppServices, dara: int) -> None:
    carla.assessments.record(dara, phq9(date(2026, 3, 20), 1, 1, 1, 1, 1, 1, 1, 1, 2))
    [alert] = carla.assessments.open_alerts_of(dara)
    first = carla.safety_plans.save(dara, None, _safety_plan(date(2026, 3, 2), "Not sleeping"))
    second = carla.safety_plans.save(dara, 1, _safety_plan(date(2026, 3, 20), "Not eating"))
    before = len(audit_details(database))
    # Only the plan in force may be named.
    with pytest.raises(ValidationError) as caught:
        carla.assessments.address_alert(alert.id, "", alert.version, safety_plan_id=first.id)
    assert caught.value.fields == {"safety_plan_id": (
        "Safety plan version 1 is no longer the plan in force; reload to name the current "
        "one.")}
    done = carla.assessments.address_alert(alert.id, " Crisis line given ", alert.version,
                                           safety_plan_id=second.id)
    assert done.action_taken == "Safety plan version 2 reviewed; Crisis line given"
    assert (done.safety_plan_id, done.safety_plan_number) == (second.id, 2)
    assert carla.assessments.alerts_of(dara) == [done]
    assert audit_details(database)[before:] == [
        "addressed: Safety plan version 2 reviewed; Crisis line given"]


def test_the_safety_plan_alone_says_what_was_done_and_must_be_the_clients(
        carla: AppServices, dara: int) -> None:
    other = carla.clients.create(ClientInput("Lan", "Nguyen", date(1990, 1, 1))).id
    elsewhere = carla.safety_plans.save(other, None, _safety_plan(date(2026, 3, 20), "Quiet"))
    carla.assessments.record(dara, AssessmentInput(Instrument.CSSRS, date(2026, 3, 20),
                                                   risk_level="high"))
    [alert] = carla.assessments.open_alerts_of(dara)
    with pytest.raises(ValidationError) as caught:
        carla.assessments.address_alert(alert.id, "", alert.version,
                                        safety_plan_id=elsewhere.id)
    assert caught.value.fields == {"safety_plan_id": "That safety plan is not this client's."}
    written = carla.safety_plans.save(dara, None, _safety_plan(date(2026, 3, 20), "Pacing"))
    done = carla.assessments.address_alert(alert.id, "", alert.version,
                                           safety_plan_id=written.id)
    assert done.action_taken == "Safety plan version 1 reviewed"


def test_a_cssrs_screen_counts_from_the_day_of_the_flagged_score(
        carla: AppServices, dara: int) -> None:
    flagged = carla.assessments.record(dara, phq9(date(2026, 3, 18), *[1] * 9))
    assert not carla.assessments.cssrs_screened_since(flagged.id)
    carla.assessments.record(dara, AssessmentInput(Instrument.CSSRS, date(2026, 3, 17),
                                                   risk_level="low"))
    assert not carla.assessments.cssrs_screened_since(flagged.id)  # the day before
    screen = carla.assessments.record(dara, AssessmentInput(
        Instrument.CSSRS, date(2026, 3, 18), risk_level="low"))
    assert carla.assessments.cssrs_screened_since(flagged.id)
    carla.assessments.mark_entered_in_error(screen.id, screen.version, "Wrong client")
    assert not carla.assessments.cssrs_screened_since(flagged.id)

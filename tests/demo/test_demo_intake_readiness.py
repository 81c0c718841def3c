"""The demo's intake inquiries and readiness assessments: believable shares, and rows the
app's own services read and would save again as they are."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from coordinator.demo import generate_demo
from coordinator.domain.intake import InquiryOutcome
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.store.models import (
    Episode,
    Inquiry,
    ReadinessAssessment,
    ReadinessDimension,
    Transition,
)
from tests.services.helpers import SteppingClock

TODAY = date(2026, 4, 1)


def test_most_inquiries_led_to_an_admission_and_a_share_of_level_changes_were_assessed(
        database: Database) -> None:
    generate_demo(database, clients=300, seed=5, today=TODAY)
    with database.engine.connect() as connection:
        outcomes = Counter(outcome for (outcome,) in connection.execute(
            select(Inquiry.outcome)))
        late_contacts = connection.execute(
            select(func.count(Inquiry.id))
            .join(Episode, Episode.client_id == Inquiry.client_id)
            .where(Inquiry.outcome == InquiryOutcome.ADMITTED.value,
                   Inquiry.first_contact_on > Episode.start_date,
                   Inquiry.outcome_on == Episode.start_date)).scalar_one()
        dimensions = Counter(count for (count,) in connection.execute(
            select(func.count()).select_from(ReadinessDimension)
            .group_by(ReadinessDimension.assessment_id)))
        behind = Counter(direction for (direction,) in connection.execute(
            select(Transition.direction).join(
                ReadinessAssessment,
                ReadinessAssessment.episode_id == Transition.from_episode_id)
            .where(ReadinessAssessment.recommended_level_code == Transition.to_level_code)
            .distinct()))
        step_changes = connection.execute(select(func.count(Transition.id)).where(
            Transition.direction.in_(("step_up", "step_down")))).scalar_one()
        assessed = connection.execute(
            select(func.count(ReadinessAssessment.id))).scalar_one()

    total = sum(outcomes.values())
    assert outcomes[InquiryOutcome.ADMITTED.value] > 0.7 * total
    assert outcomes[InquiryOutcome.OPEN.value] >= 5
    assert outcomes[InquiryOutcome.DECLINED.value] + \
        outcomes[InquiryOutcome.NOT_REACHED.value] >= 3
    assert late_contacts == 0  # nobody was admitted before they first called
    assert set(dimensions) == {6}
    assert set(behind) <= {"step_up", "step_down"} and behind
    assert 0.1 * step_changes < assessed < step_changes

    services = AppServices(database, clock=SteppingClock(datetime(2026, 4, 1, 16, tzinfo=UTC)))
    services.auth.login("casemanager", "demo")
    listed = services.inquiries.open_inquiries()
    assert listed.total == outcomes[InquiryOutcome.OPEN.value]
    # A believable day: most open inquiries came in this week (at most a quarter wait longer).
    waiting_long = [row.days_open for row in listed.rows if (row.days_open or 0) >= 7]
    assert len(waiting_long) <= listed.total // 4, (waiting_long, listed.total)
    for view in listed.rows[:5]:  # what the demo wrote, the service saves as it is
        again = services.inquiries.update(view.id, view.version, view.details)
        assert again.details == view.details

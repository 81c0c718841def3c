"""A client's appointments: intakes at the next level, psychiatry, therapy, primary care …

A kept appointment is a service date the transition clocks count (domain.clocks).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.vocabulary import CareFocus
from coordinator.services.context import ServiceContext


@dataclass(frozen=True)
class AppointmentInput:
    """What a person enters for an appointment.

    ``service_date`` and ``at`` are the clinic's calendar day and local time. With whom:
    a facility (``facility_id``, and ``with_whom`` one of its contacts or a name), or a
    care-team member (``care_team_member_id``), or only a name in ``with_whom``.
    ``level_code`` names the level of care of an intake.
    """

    kind: AppointmentKind
    service_date: date
    at: time | None = None
    facility_id: int | None = None
    care_team_member_id: int | None = None
    with_whom: str = ""
    level_code: str | None = None
    focus: str = CareFocus.MENTAL_HEALTH.value
    location: str = ""
    purpose: str = ""
    status: AppointmentStatus = AppointmentStatus.SCHEDULED
    notes: str = ""
    transition_id: int | None = None


class AppointmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

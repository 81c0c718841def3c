"""Sample journeys the chart tests share (the app's painter and the packet's drawing)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from coordinator.domain.levels import Direction
from coordinator.domain.timeline import (
    JourneyClock,
    JourneyEpisode,
    JourneyLayout,
    JourneyMove,
    journey_layout,
)

TODAY = date(2026, 3, 30)

STEP_DOWN_WINDOW_OPEN = JourneyClock("Step-down window (14 days)", date(2026, 3, 28),
                                     date(2026, 4, 11), "open")


def clinic_hospital_then_planned_iop(
        hospital: str = "Mercy Hospital",
        clocks: Sequence[JourneyClock] = (STEP_DOWN_WINDOW_OPEN,)) -> JourneyLayout:
    """A clinic until 27 Feb, two days later a hospital stay (named ``hospital``) until
    28 Mar, then a step down to an IOP planned for 6 Apr; today is 30 Mar."""
    return journey_layout(
        [JourneyEpisode("OP", "Outpatient", 1, "Riverside Clinic", date(2025, 11, 1),
                        date(2026, 2, 27), "completed"),
         JourneyEpisode("INP", "Inpatient", 5, hospital, date(2026, 3, 1),
                        date(2026, 3, 28), "completed"),
         JourneyEpisode("IOP", "Intensive Outpatient", 2, "Harbor IOP", date(2026, 4, 6),
                        None, "planned")],
        [JourneyMove(Direction.STEP_UP, "OP", "INP", date(2026, 2, 27), date(2026, 3, 1),
                     "completed", 2),
         JourneyMove(Direction.STEP_DOWN, "INP", "IOP", date(2026, 3, 28), date(2026, 4, 6),
                     "planned", None)],
        list(clocks),
        today=TODAY)

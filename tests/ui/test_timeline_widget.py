"""The timeline in the client record: it reads in words, and renders to a PNG file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.levels import Direction
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionCompletion, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.services.journey import Journey
from coordinator.ui.timeline import TimelineWidget, render_timeline_png

MARCH_1, MARCH_12, MARCH_22 = date(2026, 3, 1), date(2026, 3, 12), date(2026, 3, 22)


def hospital_then_iop(services: AppServices) -> Journey:
    client = services.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    stay = services.episodes.add(client.id, EpisodeInput("INP", MARCH_1))
    stay = services.episodes.discharge(stay.id, stay.version, MARCH_12, "Home")
    plan = services.transitions.plan(client.id, stay.id, TransitionPlan(
        "IOP", MARCH_22, "Stable; evening IOP.", ("clinically_stable",)),
        confirm_far_date=True)
    services.transitions.complete(plan.id, plan.version, TransitionCompletion(MARCH_22))
    return services.journey.journey(client.id, today=date(2026, 4, 1))


def test_the_description_names_the_levels_the_step_down_and_the_gap(
        qtbot: QtBot, services: AppServices) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    assert widget.accessibleName() == "Levels-of-care timeline"
    assert widget.accessibleDescription() == "No episodes recorded."

    journey = hospital_then_iop(services)
    assert journey.transitions[0].direction is Direction.STEP_DOWN
    widget.set_journey(journey)

    description = widget.accessibleDescription()
    assert description.startswith("Inpatient 1 March 2026 to 12 March 2026; stepped down "
                                  "from Inpatient to Intensive Outpatient on 22 March 2026 "
                                  "(gap 10 days); Intensive Outpatient since 22 March 2026")
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.grab().width() == widget.width()  # paints without errors
    assert widget.minimumSizeHint().width() < widget.sizeHint().width()


def test_an_open_step_down_clock_is_read_out(qtbot: QtBot, services: AppServices) -> None:
    client = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    stay = services.episodes.add(client.id, EpisodeInput("PHP", date(2026, 1, 5)))
    services.episodes.discharge(stay.id, stay.version, date(2026, 1, 25), "Home")
    journey = services.journey.journey(client.id, today=date(2026, 1, 30))
    assert [(row.kind, row.state) for row in journey.clocks] == [
        (ClockKind.STEP_DOWN, ClockState.OPEN)]
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_journey(journey)
    assert "open clock: Step-down window (14 days), due 8 February 2026" in (
        widget.accessibleDescription())


def test_render_timeline_png_writes_an_image_of_the_requested_size(
        qtbot: QtBot, services: AppServices, tmp_path: Path) -> None:
    journey = hospital_then_iop(services)
    path = render_timeline_png(journey, tmp_path / "timeline.png", 640, 280)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (640, 280)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    sharp = QImage(str(render_timeline_png(journey, tmp_path / "print.png", 1280, 560,
                                           scale=2)))
    assert (sharp.width(), sharp.height()) == (1280, 560)


def test_a_planned_step_down_with_its_clock_open_paints_and_reads_out(
        qtbot: QtBot, services: AppServices, tmp_path: Path) -> None:
    client = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    stay = services.episodes.add(client.id, EpisodeInput("INP", date(2026, 3, 1)))
    stay = services.episodes.discharge(stay.id, stay.version, date(2026, 3, 28), "Home")
    services.transitions.plan(client.id, stay.id, TransitionPlan(
        "IOP", date(2026, 4, 6), "Stable; evening IOP.", ("clinically_stable",)),
        confirm_far_date=True)
    journey = services.journey.journey(client.id, today=date(2026, 3, 30))
    assert ClockState.OPEN in {row.state for row in journey.clocks}

    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_journey(journey)
    layout = widget.journey_layout()
    assert layout is not None and [arrow.planned for arrow in layout.arrows] == [True]
    description = widget.accessibleDescription()
    assert "planned: stepped down from Inpatient to Intensive Outpatient" in description
    assert "open clock: Step-down window (14 days), due 11 April 2026" in description
    # Painted at the record's size and at a cramped one, where labels have to give way.
    for size in (widget.sizeHint(), widget.minimumSizeHint()):
        widget.resize(size)
        assert widget.grab().size() == size
    image = QImage(str(render_timeline_png(journey, tmp_path / "planned.png", 480, 220)))
    assert (image.width(), image.height()) == (480, 220)

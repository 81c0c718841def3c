"""The discharge and transfer packets print the current care plan: each goal in the
client's words with its problem, the objectives with target date and status, and the
latest progress recorded at a review."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from coordinator.domain.care_plan import Progress
from coordinator.services.care_plan_views import ProgressInput, ReviewInput, Signature
from coordinator.services.dto import ClientInput
from coordinator.services.packets import PacketRequest
from coordinator.store.engine import Database
from tests.services.care_plan_setup import iop_client_with_plan, june_clock
from tests.services.helpers import add_partner_facility, admin_services


def flowing(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(
        io.BytesIO(pdf)).pages).split())


def test_both_packets_print_the_goals_objectives_and_their_latest_progress(
        database: Database) -> None:
    services = admin_services(database, june_clock())
    ada = iop_client_with_plan(services)
    walk = ada.plan.goals[0].objectives[1]
    services.care_plans.record_review(ada.plan.id, ReviewInput(
        date(2026, 6, 17), True, progress=(
            ProgressInput(walk.id, Progress.MET.value, "Walks every morning"),
            ProgressInput(ada.plan.goals[1].objectives[0].id, Progress.SOME.value)),
        client=Signature("Ada Moss", date(2026, 6, 17))))
    partner = add_partner_facility(database, "Harbor Outpatient", ("OP",))

    for request in (PacketRequest.discharge(ada.client_id, active_ok=True),
                    PacketRequest.transfer(ada.client_id, partner)):
        text = flowing(services.packets.prepare(
            request, invariant=True).pdf)
        section = text.split("Care plan", 1)[1].split("Current risk", 1)[0]
        assert ("Version 1, in force from 2026-05-18; last reviewed 2026-06-17; next "
                "review due 2026-07-17.") in section
        assert "Goal 1 (Open): “I want to enjoy my mornings again.”" in section
        assert "Problem: F33.1" in section
        assert "Goal 2 (Open): “I want to ride the bus without panicking.”" in section
        assert ("Walk outside 20 minutes on five days a week 2026-06-30 Met Met (review "
                "2026-06-17): Walks every morning") in section
        assert ("Ride the bus to group twice a week 2026-07-15 Open Some progress (review "
                "2026-06-17)") in section
        assert "PHQ-9 below 10 on two visits in a row 2026-07-31 Open" in section


def test_a_client_without_a_plan_gets_none_recorded_under_the_heading(
        database: Database) -> None:
    services = admin_services(database, june_clock())
    client = services.clients.create(ClientInput("Ben", "Lowe", date(1985, 1, 5)))
    text = flowing(services.packets.prepare(PacketRequest.discharge(client.id),
                                            invariant=True).pdf)
    assert text.split("Care plan", 1)[1].lstrip().startswith("None recorded")

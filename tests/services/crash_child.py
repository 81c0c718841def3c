"""A workstation that saves through the services until it is killed, for the crash test.

It runs in a process of its own (forked from a server that imported it once, so thirty of
them start in seconds), acts for the user the test signed in (a workstation signed in
earlier; checking the password again in every round would spend the test's time on
Argon2), and creates clients, recording a PHQ-9 for every second one. After each save's
commit has returned it sends that save's key to the test, which kills it with SIGKILL at
a moment the test picks.
"""

from __future__ import annotations

from datetime import date
from itertools import count
from multiprocessing.connection import Connection

from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.context import Actor
from coordinator.services.dto import ClientInput
from coordinator.store.engine import open_database


def save_until_killed(location: str, actor: Actor, tag: str,
                      acknowledged: Connection) -> None:
    """Save forever, sending ("client", record number) or ("assessment", id) after each."""
    services = AppServices(open_database(location))
    services.ctx.sign_in(actor)
    for number in count(1):
        client = services.clients.create(
            ClientInput("Kim", f"Round {tag} save {number}", date(1991, 4, 12)))
        acknowledged.send(("client", client.record_number))
        if number % 2 == 0:
            given = services.ctx.clock().astimezone().date()
            assessment = services.assessments.record(client.id, AssessmentInput(
                Instrument.PHQ9, given, (2, 1, 1, 0, 1, 0, 1, 0, 0)))
            acknowledged.send(("assessment", str(assessment.id)))

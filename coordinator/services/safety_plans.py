"""The Stanley-Brown safety plan: dated versions, the latest in force.

The Safety Planning Intervention (Stanley & Brown 2012) is a short written plan made with
the client: (1) the warning signs of a coming crisis, (2) what the client can do alone to
cope, (3) people and social settings that take their mind off things, (4) people they can
ask for help, (5) professionals and agencies to contact in a crisis, (6) making the
environment safe (means restriction: medications, firearms), and the reasons for living.

A plan is revised with the client, never edited in place: each save writes the next
version (``plan_number`` 1, 2, …) and keeps the earlier ones as history. The plan in force
is the highest-numbered version not entered in error. A revision names the version it
started from, so a version saved meanwhile on another workstation is not silently buried.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import FirearmsAccess
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus
from coordinator.domain.words import said
from coordinator.services.care.records import lock_client, user_names
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.field_limits import column_problems, text_problem
from coordinator.services.notify import Topic
from coordinator.store.models import Client, SafetyPlan

#: What the form puts in step 5 of a new plan: the national line and a line to complete.
CRISIS_LINES = ("988 Suicide & Crisis Lifeline: call or text 988\n"
                "Local crisis line: ")

#: The most a step may hold: a plan is read in a crisis, and prints on a page or two.
STEP_LIMIT = 4000

#: The plan's steps in the order of the form, with the sentence when a needed one is blank.
STEPS = ("warning_signs", "coping_strategies", "distractions", "people_to_ask",
         "professionals", "environment_safety", "reasons_for_living")
_NEEDED = {
    "warning_signs": ("A safety plan needs its warning signs (step 1): the thoughts, moods, "
                      "situations or behaviour that come before a crisis."),
    "coping_strategies": ("A safety plan needs at least one coping strategy (step 2): "
                          "something the client can do alone to take their mind off "
                          "their problems."),
    "professionals": ("A safety plan needs the professionals and agencies to contact in a "
                      "crisis (step 5), e.g. 988 Suicide & Crisis Lifeline: call or text "
                      "988."),
}


@dataclass(frozen=True)
class SafetyPlanInput:
    """One version of the plan as written with the client; who completed it is the
    signed-in user."""

    completed_on: date
    warning_signs: str = ""
    coping_strategies: str = ""
    distractions: str = ""
    people_to_ask: str = ""
    professionals: str = ""
    environment_safety: str = ""
    firearms_access: FirearmsAccess = FirearmsAccess.NOT_ASKED
    reasons_for_living: str = ""


@dataclass(frozen=True)
class SafetyPlanView:
    id: int
    client_id: int
    #: The row's edit version (for marking it entered in error), not the plan's number.
    version: int
    #: "Version 3" of the client's plan: 1, 2, … in the order they were saved.
    plan_number: int
    details: SafetyPlanInput
    completed_by_name: str
    entered_in_error: bool

    @property
    def completed_on(self) -> date:
        return self.details.completed_on


_INPUT_FIELDS = tuple(field.name for field in fields(SafetyPlanInput))


class SafetyPlanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def current(self, client_id: int) -> SafetyPlanView | None:
        """The plan in force: the latest version not entered in error, or None."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            row = _current_row(uow.session, client_id)
            return _views(uow.session, [row])[0] if row is not None else None

    def history(self, client_id: int) -> list[SafetyPlanView]:
        """Every version of the client's plan, the newest first, entered-in-error ones
        included (marked)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            rows = uow.session.execute(select(SafetyPlan).where(
                SafetyPlan.client_id == client_id).order_by(
                SafetyPlan.plan_number.desc(), SafetyPlan.id.desc())).scalars().all()
            return _views(uow.session, rows)

    # --- writes --------------------------------------------------------------------------

    def save(self, client_id: int, based_on_version: int | None,
             details: SafetyPlanInput) -> SafetyPlanView:
        """Write the next version of the client's plan; the earlier ones stay as history.

        ``based_on_version`` is the plan number the person started from (None: they
        started from a blank form because there was no plan). If the plan in force is no
        longer that one, another workstation saved or withdrew a version meanwhile, and
        this raises ``Conflict`` rather than bury that work.
        """
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        problems = _problems(details)
        with self.ctx.unit_of_work() as uow:
            # Locked, so two workstations saving at once queue up here and the second one
            # sees the first one's version: no two versions get the same number.
            client = lock_client(uow.session, client_id)
            if client.status == ClientStatus.ARCHIVED.value:
                raise ValidationError(said(
                    "Validation", "The client's record is archived; restore it first."))
            today = self.ctx.clock().astimezone().date()
            if details.completed_on > today:
                problems["completed_on"] = said(
                    "Validation", "The safety plan cannot be dated after today.")
            elif problem := clinical_date_problem(
                    said("Validation", "The date completed"), details.completed_on, today=today,
                    birth_date=client.birth_date):
                problems["completed_on"] = problem
            if problems:
                raise ValidationError.for_fields(problems)
            in_force = _current_row(uow.session, client_id)
            if (in_force.plan_number if in_force else None) != based_on_version:
                raise _newer_plan(in_force)
            last = uow.session.execute(select(func.max(SafetyPlan.plan_number)).where(
                SafetyPlan.client_id == client_id)).scalar_one()
            row = SafetyPlan(client_id=client_id, plan_number=(last or 0) + 1,
                             completed_by_id=actor.user_id, entered_in_error=False,
                             **{name: getattr(details, name) for name in _INPUT_FIELDS})
            row.firearms_access = FirearmsAccess(details.firearms_access).value
            uow.session.add(row)
            uow.session.flush()
            uow.audit("create", "safety_plan", row.id,
                      f"version {row.plan_number} for client {client_id}, completed "
                      f"{details.completed_on.isoformat()}")
            uow.changed(Topic.SAFETY_PLAN, row.id)
            uow.changed(Topic.CLIENT, client_id)
            return _views(uow.session, [row])[0]

    def mark_entered_in_error(self, plan_id: int, expected_version: int,
                              reason: str) -> SafetyPlanView:
        """A version written by mistake (wrong client, say) stays in the history, marked;
        the previous version is in force again. The reason goes to the audit trail."""
        self.ctx.require(Permission.EDIT_CARE)
        why = reason.strip()
        if not why:
            raise ValidationError.for_fields(
                {"reason": said(
                    "Validation", "Say why this safety plan is in error, e.g. wrong client.")})
        if problem := text_problem("Reason", why, 300):
            raise ValidationError.for_fields({"reason": problem})
        with self.ctx.unit_of_work() as uow:
            row = load(uow.session, SafetyPlan, plan_id, "safety plan")
            client = lock_client(uow.session, row.client_id)
            if client.status == ClientStatus.ARCHIVED.value:
                raise ValidationError(said(
                    "Validation", "The client's record is archived; restore it first."))
            if row.version != expected_version:
                raise stale_conflict()
            if row.entered_in_error:
                raise ValidationError(said(
                    "Validation", "This safety plan is already marked entered in error."))
            row.entered_in_error = True
            uow.session.flush()
            uow.audit("entered_in_error", "safety_plan", row.id,
                      f"version {row.plan_number}: {why}")
            uow.changed(Topic.SAFETY_PLAN, row.id)
            uow.changed(Topic.CLIENT, row.client_id)
            return _views(uow.session, [row])[0]


def _cleaned(details: SafetyPlanInput) -> SafetyPlanInput:
    steps: dict[str, Any] = {name: str(getattr(details, name)).strip() for name in STEPS}
    return replace(details, **steps)


def _problems(details: SafetyPlanInput) -> dict[str, str]:
    problems = column_problems(SafetyPlan, {name: getattr(details, name) for name in STEPS},
                               limits=dict.fromkeys(STEPS, STEP_LIMIT))
    for name, sentence in _NEEDED.items():
        if not getattr(details, name) and name not in problems:
            problems[name] = sentence
    try:
        FirearmsAccess(details.firearms_access)
    except ValueError:
        problems["firearms_access"] = said(
            "Validation", "Choose whether the client can get to a firearm.")
    return problems


def _newer_plan(in_force: SafetyPlan | None) -> Conflict:
    if in_force is None:
        return Conflict("The safety plan you started from was marked entered in error by "
                        "another user since you opened it. Reload it and make your change "
                        "again.")
    return Conflict(f"Another user saved version {in_force.plan_number} of the safety plan "
                    "since you opened it. Reload it and make your change again.")


def _current_row(session: Session, client_id: int) -> SafetyPlan | None:
    return session.execute(select(SafetyPlan).where(
        SafetyPlan.client_id == client_id, SafetyPlan.entered_in_error.is_(False))
        .order_by(SafetyPlan.plan_number.desc(), SafetyPlan.id.desc())
        .limit(1)).scalar_one_or_none()


def _views(session: Session, rows: Sequence[SafetyPlan]) -> list[SafetyPlanView]:
    found = list(rows)
    names = user_names(session, (row.completed_by_id for row in found))
    return [_view(row, names.get(row.completed_by_id or 0, "")) for row in found]


def _view(row: SafetyPlan, by_name: str) -> SafetyPlanView:
    try:
        firearms = FirearmsAccess(row.firearms_access)
    except ValueError:
        firearms = FirearmsAccess.NOT_ASKED
    details = SafetyPlanInput(
        completed_on=row.completed_on, firearms_access=firearms,
        **{name: getattr(row, name) for name in STEPS})
    return SafetyPlanView(row.id, row.client_id, row.version, row.plan_number, details,
                          by_name, row.entered_in_error)

"""One simulated workstation: a case manager signed in, working through a scripted mix.

Each workstation is its own process (started with ``spawn``, so it shares nothing with the
parent but what it is handed), opens the app's services on the database, signs in as a
demo case manager and picks its working set (clients of that case manager, their planned
transitions and open referrals) before the start. Then it waits for the parent's signal,
so every workstation starts at once, and works: the same service calls the app's views and
dialogs make, back to back (or with a pause between them, ``think_ms``), each one timed.

A save refused because another workstation changed the record first (``Conflict``, the
app's stale-edit check) counts as a detected conflict: the workstation reloads the record,
as the app asks the person to, and goes on. Any other exception is an error, kept with its
type and message; the workstation goes on with its next operation.
"""

from __future__ import annotations

import random
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: The operations of the mix, with how many of each a round of ten holds. A search is one
#: keystroke (a person types about four per search), so the round is about one search,
#: two records opened, one dashboard and one of each save.
MIX: tuple[tuple[str, int], ...] = (
    ("search", 4),
    ("open_record", 2),
    ("dashboard", 1),
    ("save_transition", 1),
    ("record_assessment", 1),
    ("change_referral", 1),
)
ROUND = tuple(key for key, times in MIX for _ in range(times))

#: At most this many clients per workstation, and planned transitions and open referrals
#: (each read once before the start, for the version its save is based on).
WORKING_SET = 200
SAVE_SET = 50
# Referral statuses a referral can go on hold from, and back to (ALLOWED_MOVES).
_BACK_FROM_HOLD = "accepted"
_ASSESSMENT_ITEMS = 9


@dataclass(frozen=True)
class WorkstationPlan:
    """What one workstation is told to do (pickled to its process)."""

    index: int
    database: str
    username: str
    password: str
    seed: int
    seconds: float | None
    operations: int | None
    think_ms: float = 0.0


@dataclass
class Tally:
    """What one workstation measured: latencies per operation, conflicts, errors."""

    index: int
    username: str
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    prepared_s: float = 0.0
    worked_s: float = 0.0
    working_set: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"index": self.index, "username": self.username,
                "latencies_ms": self.latencies_ms, "conflicts": self.conflicts,
                "errors": self.errors, "prepared_s": self.prepared_s,
                "worked_s": self.worked_s, "working_set": self.working_set}


class Workstation:
    """The signed-in services and the records this workstation works on."""

    def __init__(self, services: Any, rng: random.Random) -> None:
        self.services = services
        self.rng = rng
        self.clients: list[int] = []
        self.transitions: dict[int, Any] = {}  # id → the TransitionView last read
        self.referrals: dict[int, Any] = {}  # id → the ReferralView last read
        self._typed = ""
        self._typing = ""
        # The record of the save under way: (versions known, its id, how to read it again).
        self._stale: tuple[dict[int, Any], int, Callable[[int], Any]] | None = None

    def choose_working_set(self) -> None:
        """This case manager's active clients, planned transitions and open referrals (the
        whole clinic's where the caseload has none), a seeded sample of each."""
        from sqlalchemy import select

        from coordinator.domain.vocabulary import CLOSED_REFERRAL_STATUSES, ClientStatus
        from coordinator.store.models import Client, Referral, Transition

        actor = self.services.actor
        mine = Client.primary_case_manager_id == actor.user_id
        clients = select(Client.id).where(Client.status == ClientStatus.ACTIVE.value)
        transitions = select(Transition.id).join(Client, Client.id == Transition.client_id) \
            .where(Transition.status == "planned")
        referrals = select(Referral.id).join(Client, Client.id == Referral.client_id).where(
            Referral.status.not_in([status.value for status in CLOSED_REFERRAL_STATUSES]))
        with self.services.db.engine.connect() as connection:
            def sample(query: Any, size: int) -> list[int]:
                ids = list(connection.execute(query.where(mine).order_by(Client.id)).scalars())
                if not ids:
                    ids = list(connection.execute(query.limit(5 * size)).scalars())
                return sorted(self.rng.sample(ids, min(size, len(ids))))

            self.clients = sample(clients, WORKING_SET)
            transition_ids = sample(transitions, SAVE_SET)
            referral_ids = sample(referrals, SAVE_SET)
        # What the record window shows before the person presses Edit: the current versions.
        self.transitions = {tid: self.services.transitions.get(tid) for tid in transition_ids}
        self.referrals = {rid: self.services.referrals.get(rid) for rid in referral_ids}
        if not (self.clients and self.transitions and self.referrals):
            raise RuntimeError(
                f"The demo database gave this workstation {len(self.clients)} clients, "
                f"{len(self.transitions)} planned transitions and {len(self.referrals)} "
                "open referrals; it needs some of each.")

    # --- the operations --------------------------------------------------------------------

    def search(self) -> None:
        """One keystroke in the Clients view's search box: the count and the first page."""
        from benchmarks.app_calls import search_keystroke
        from coordinator.demo.names import CULTURES

        if not self._typing or len(self._typed) >= min(len(self._typing), 5):
            culture = self.rng.choices(CULTURES, [c.weight for c in CULTURES])[0]
            self._typing, self._typed = self.rng.choice(culture.family).lower(), ""
        self._typed = self._typing[:len(self._typed) + 1]
        search_keystroke(self.services, self._typed)

    def open_record(self) -> None:
        from benchmarks.app_calls import read_record

        read_record(self.services, self.rng.choice(self.clients))

    def dashboard(self) -> None:
        from benchmarks.app_calls import open_own_dashboard

        open_own_dashboard(self.services)

    def save_transition(self) -> None:
        """Edit a planned transition's rationale, as the transition dialog saves it, on the
        version this workstation last read."""
        from coordinator.services.care.dto import TransitionPlan

        transition_id = self.rng.choice(sorted(self.transitions))
        known = self.transitions[transition_id]
        plan = TransitionPlan(
            to_level_code=known.to_level_code, planned_date=known.planned_date,
            rationale=f"Reviewed with the client; plan holds (check {self.rng.randrange(10**6)}).",
            criteria=known.criteria, to_facility_id=known.to_facility_id,
            to_track=known.to_track)
        self._stale = (self.transitions, transition_id, self.services.transitions.get)
        self.transitions[transition_id] = self.services.transitions.update(
            transition_id, known.version, plan, confirm_far_date=True)

    def record_assessment(self) -> None:
        """A PHQ-9 given today, as the assessment dialog saves it (a second one the same
        day is confirmed, as the person would)."""
        from coordinator.domain.vocabulary import Instrument
        from coordinator.services.assessment_views import AssessmentInput

        answers = tuple(self.rng.randint(0, 3) for _ in range(_ASSESSMENT_ITEMS - 1))
        # Item 9 (thoughts of self-harm) above 0 raises a safety alert: now and then.
        answers += (1 if self.rng.random() < 0.02 else 0,)
        today = self.services.ctx.clock().astimezone().date()  # the service's own today
        entry = AssessmentInput(Instrument.PHQ9, today, answers)
        self.services.assessments.record(self.rng.choice(self.clients), entry,
                                         confirm_duplicate=True)

    def change_referral(self) -> None:
        """Put an open referral on hold, or take one off hold (a draft is sent), on the
        version this workstation last read."""
        from coordinator.domain.vocabulary import ReferralStatus

        referral_id = self.rng.choice(sorted(self.referrals))
        known = self.referrals[referral_id]
        target = (ReferralStatus.REQUESTED if known.status == ReferralStatus.DRAFT
                  else ReferralStatus(_BACK_FROM_HOLD) if known.status == ReferralStatus.ON_HOLD
                  else ReferralStatus.ON_HOLD)
        self._stale = (self.referrals, referral_id, self.services.referrals.get)
        self.referrals[referral_id] = self.services.referrals.change_status(
            referral_id, known.version, target, "Checked with the receiving program.")

    def reload_after_conflict(self) -> None:
        """Read the record whose save was refused again, as the app asks the person to."""
        if self._stale is not None:
            known, record_id, read = self._stale
            known[record_id] = read(record_id)
            self._stale = None


def run(plan: WorkstationPlan, go: Any, reports: Any) -> None:
    """The process's whole life: prepare, say ready, wait for ``go``, work, report.

    Args:
        go: a ``multiprocessing.Event`` the parent sets when every workstation is ready.
        reports: a ``multiprocessing.Queue`` for ("ready" | "failed" | "done", index, ...).
    """
    try:
        tally, workstation = _prepare(plan)
    except BaseException:  # the parent reports it and stops the run
        reports.put(("failed", plan.index, traceback.format_exc()))
        return
    reports.put(("ready", plan.index, None))
    go.wait()
    try:
        _work(plan, workstation, tally)
    except BaseException:
        reports.put(("failed", plan.index, traceback.format_exc()))
        return
    finally:
        workstation.services.close()
    reports.put(("done", plan.index, tally.as_json()))


def _prepare(plan: WorkstationPlan) -> tuple[Tally, Workstation]:
    from coordinator.services.app import open_services

    started = time.perf_counter()
    services, _backup = open_services(plan.database)
    try:
        services.auth.login(plan.username, plan.password)
        workstation = Workstation(services, random.Random(plan.seed))
        workstation.choose_working_set()
        # The reads once, untimed, as in a person's first minute: statements compiled and
        # cached, the derived data (the stored clocks) brought up to date.
        workstation.search()
        workstation.open_record()
        workstation.dashboard()
    except BaseException:
        services.close()
        raise
    tally = Tally(plan.index, plan.username, {key: [] for key in ROUND},
                  {key: 0 for key in ROUND})
    tally.prepared_s = time.perf_counter() - started
    tally.working_set = {"clients": len(workstation.clients),
                         "planned_transitions": len(workstation.transitions),
                         "open_referrals": len(workstation.referrals)}
    return tally, workstation


def _work(plan: WorkstationPlan, workstation: Workstation, tally: Tally) -> None:
    from coordinator.domain.errors import Conflict

    rng = workstation.rng
    started = time.perf_counter()
    done = 0
    schedule: list[str] = []
    while not _finished(plan, done, time.perf_counter() - started):
        if not schedule:
            schedule = list(ROUND)
            rng.shuffle(schedule)
        key = schedule.pop()
        action = getattr(workstation, key)
        began = time.perf_counter()
        try:
            action()
        except Conflict:
            tally.latencies_ms[key].append((time.perf_counter() - began) * 1000)
            tally.conflicts[key] += 1
            _keep_error(tally, f"{key} (reload)", workstation.reload_after_conflict)
        except Exception as error:  # every other failure is counted, and kept
            tally.errors.append(_error(key, error))
        else:
            tally.latencies_ms[key].append((time.perf_counter() - began) * 1000)
        done += 1
        if plan.think_ms > 0:
            time.sleep(rng.expovariate(1000 / plan.think_ms))
    tally.worked_s = time.perf_counter() - started
    # Signing out is not measured, and a failure there is not the mix's.
    _keep_error(tally, "sign out", workstation.services.auth.logout)


def _finished(plan: WorkstationPlan, done: int, elapsed_s: float) -> bool:
    if plan.operations is not None and done >= plan.operations:
        return True
    return plan.seconds is not None and elapsed_s >= plan.seconds


def _keep_error(tally: Tally, what: str, action: Callable[[], object]) -> None:
    try:
        action()
    except Exception as error:
        tally.errors.append(_error(what, error))


def _error(what: str, error: Exception) -> dict[str, str]:
    return {"operation": what, "type": type(error).__qualname__, "message": str(error)[:500]}

"""One object holding every service over one database, for the UI, the CLI and tests.

Each service is made, and its module imported, the first time it is used: a command that
needs two services does not import thirty (a mistyped record number is answered before the
packet renderer is even loaded), and the app's start loads only what its first screen uses.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from coordinator.services.context import Actor, Clock, ServiceContext, system_clock
from coordinator.services.notify import ChangeNotifier
from coordinator.store import migrate
from coordinator.store.engine import Database, open_database

if TYPE_CHECKING:
    from coordinator.services.allergies import AllergyService
    from coordinator.services.appointments import AppointmentService
    from coordinator.services.assessments import AssessmentService
    from coordinator.services.attendance import AttendanceService
    from coordinator.services.audit import AuditService
    from coordinator.services.auth import AuthService
    from coordinator.services.backup import BackupService
    from coordinator.services.care import EpisodeService, LevelService, TransitionService
    from coordinator.services.care_plans import CarePlanService
    from coordinator.services.clients import ClientService
    from coordinator.services.clinician import ClinicianService
    from coordinator.services.clocks import ClockService
    from coordinator.services.consents import ConsentService
    from coordinator.services.dashboard import DashboardService
    from coordinator.services.diagnoses import DiagnosisService
    from coordinator.services.diagnostics import DiagnosticsService
    from coordinator.services.directives import AdvanceDirectiveService
    from coordinator.services.encryption import EncryptionService
    from coordinator.services.facilities import FacilityService
    from coordinator.services.hsds import HsdsService
    from coordinator.services.intake import InquiryService
    from coordinator.services.journey import JourneyService
    from coordinator.services.live import OtherWorkstations
    from coordinator.services.medications import MedicationService
    from coordinator.services.packets import PacketService
    from coordinator.services.readiness import ReadinessService
    from coordinator.services.record_read import RecordReadService
    from coordinator.services.record_summary import RecordSummaryService
    from coordinator.services.referrals import ReferralService
    from coordinator.services.registry import RegistryService
    from coordinator.services.reports import ReportService
    from coordinator.services.resources import ResourceService
    from coordinator.services.safety_plans import SafetyPlanService
    from coordinator.services.settings import SettingsService
    from coordinator.services.team import CareTeamService, NoteService
    from coordinator.services.users import UserService

T = TypeVar("T")


class _Lazy(Generic[T]):
    """A service attribute of ``AppServices``: ``coordinator.services.<module>.<name>(ctx)``,
    made on first use.

    The made service is stored in the instance's ``__dict__``, which a non-data descriptor
    like this one leaves to ordinary attribute lookup from then on. A lock keeps two
    threads (the GUI and a worker) from making two.
    """

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @overload
    def __get__(self, services: None, owner: type) -> _Lazy[T]: ...

    @overload
    def __get__(self, services: AppServices, owner: type) -> T: ...

    def __get__(self, services: AppServices | None, owner: type) -> _Lazy[T] | T:
        if services is None:
            return self
        with services._making:
            made: Any = services.__dict__.get(self.attribute)
            if made is None:
                module = importlib.import_module(f"coordinator.services.{self.module}")
                kind = getattr(module, self.name)
                made = services.__dict__[self.attribute] = kind(services.ctx)
        result: T = made
        return result


class AppServices:
    """The services of one signed-in (or not yet signed-in) workstation session."""

    auth: _Lazy[AuthService] = _Lazy("auth", "AuthService")
    users: _Lazy[UserService] = _Lazy("users", "UserService")
    audit: _Lazy[AuditService] = _Lazy("audit", "AuditService")
    settings: _Lazy[SettingsService] = _Lazy("settings", "SettingsService")
    clients: _Lazy[ClientService] = _Lazy("clients", "ClientService")
    registry: _Lazy[RegistryService] = _Lazy("registry", "RegistryService")
    levels: _Lazy[LevelService] = _Lazy("care", "LevelService")
    episodes: _Lazy[EpisodeService] = _Lazy("care", "EpisodeService")
    transitions: _Lazy[TransitionService] = _Lazy("care", "TransitionService")
    dashboard: _Lazy[DashboardService] = _Lazy("dashboard", "DashboardService")
    clocks: _Lazy[ClockService] = _Lazy("clocks", "ClockService")
    journey: _Lazy[JourneyService] = _Lazy("journey", "JourneyService")
    backup: _Lazy[BackupService] = _Lazy("backup", "BackupService")
    team: _Lazy[CareTeamService] = _Lazy("team", "CareTeamService")
    notes: _Lazy[NoteService] = _Lazy("team", "NoteService")
    referrals: _Lazy[ReferralService] = _Lazy("referrals", "ReferralService")
    packets: _Lazy[PacketService] = _Lazy("packets", "PacketService")
    consents: _Lazy[ConsentService] = _Lazy("consents", "ConsentService")
    assessments: _Lazy[AssessmentService] = _Lazy("assessments", "AssessmentService")
    resources: _Lazy[ResourceService] = _Lazy("resources", "ResourceService")
    facilities: _Lazy[FacilityService] = _Lazy("facilities", "FacilityService")
    hsds: _Lazy[HsdsService] = _Lazy("hsds", "HsdsService")
    attendance: _Lazy[AttendanceService] = _Lazy("attendance", "AttendanceService")
    # The clinical record (docs/architecture.md §3).
    diagnoses: _Lazy[DiagnosisService] = _Lazy("diagnoses", "DiagnosisService")
    medications: _Lazy[MedicationService] = _Lazy("medications", "MedicationService")
    allergies: _Lazy[AllergyService] = _Lazy("allergies", "AllergyService")
    appointments: _Lazy[AppointmentService] = _Lazy("appointments", "AppointmentService")
    safety_plans: _Lazy[SafetyPlanService] = _Lazy("safety_plans", "SafetyPlanService")
    directives: _Lazy[AdvanceDirectiveService] = _Lazy("directives", "AdvanceDirectiveService")
    clinician: _Lazy[ClinicianService] = _Lazy("clinician", "ClinicianService")
    care_plans: _Lazy[CarePlanService] = _Lazy("care_plans", "CarePlanService")
    summary: _Lazy[RecordSummaryService] = _Lazy("record_summary", "RecordSummaryService")
    record: _Lazy[RecordReadService] = _Lazy("record_read", "RecordReadService")
    diagnostics: _Lazy[DiagnosticsService] = _Lazy("diagnostics", "DiagnosticsService")
    # Intake inquiries and the readiness assessments behind level changes.
    inquiries: _Lazy[InquiryService] = _Lazy("intake", "InquiryService")
    readiness: _Lazy[ReadinessService] = _Lazy("readiness", "ReadinessService")
    # Outcome reports (the step-down rate first).
    reports: _Lazy[ReportService] = _Lazy("reports", "ReportService")
    # The store's encryption, for the administrator.
    encryption: _Lazy[EncryptionService] = _Lazy("encryption", "EncryptionService")
    #: Other workstations' changes, delivered to ``notifier`` while started.
    other_workstations: _Lazy[OtherWorkstations] = _Lazy("live", "OtherWorkstations")

    def __init__(self, db: Database, *, notifier: ChangeNotifier | None = None,
                 clock: Clock = system_clock) -> None:
        self.db = db
        self.ctx = ServiceContext(db, notifier, clock)
        self._making = threading.RLock()

    @property
    def actor(self) -> Actor | None:
        return self.ctx.actor

    @property
    def notifier(self) -> ChangeNotifier:
        return self.ctx.notifier

    def watch_other_workstations(self) -> None:
        """Deliver other workstations' changes to ``notifier`` from now on."""
        self.other_workstations.start()

    def stop_watching_other_workstations(self) -> None:
        watch = self.__dict__.get("other_workstations")  # made only once started
        if watch is not None:
            watch.stop()

    def close(self) -> None:
        self.stop_watching_other_workstations()
        self.db.dispose()


def open_services(location: str | None = None, *,
                  check_intact: bool = False) -> tuple[AppServices, Path | None]:
    """Open the store, upgrade its schema (copying a SQLite file aside first) and wrap it.

    Args:
        check_intact: scan a SQLite file for damaged pages first (``DatabaseDamaged``), as
            the command line does before every command; the app's start does not, so a
            100,000-client file opens at once.

    Returns the services and the path of the pre-upgrade copy, if one was made.
    """
    db = open_database(location)
    try:
        if check_intact:
            db.ensure_intact()
        if not db.is_sqlite:
            from coordinator.store.copy_to_server import refuse_unfinished_copy

            refuse_unfinished_copy(db)
        backup = migrate.upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return AppServices(db), backup

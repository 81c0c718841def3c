"""One object holding every service over one database, for the UI, the CLI and tests."""

from __future__ import annotations

from pathlib import Path

from coordinator.services.allergies import AllergyService
from coordinator.services.appointments import AppointmentService
from coordinator.services.assessments import AssessmentService
from coordinator.services.attendance import AttendanceService
from coordinator.services.audit import AuditService
from coordinator.services.auth import AuthService
from coordinator.services.backup import BackupService
from coordinator.services.care import EpisodeService, LevelService, TransitionService
from coordinator.services.clients import ClientService
from coordinator.services.clinician import ClinicianService
from coordinator.services.clocks import ClockService
from coordinator.services.consents import ConsentService
from coordinator.services.context import Actor, Clock, ServiceContext, system_clock
from coordinator.services.dashboard import DashboardService
from coordinator.services.diagnoses import DiagnosisService
from coordinator.services.diagnostics import DiagnosticsService
from coordinator.services.directives import AdvanceDirectiveService
from coordinator.services.facilities import FacilityService
from coordinator.services.hsds import HsdsService
from coordinator.services.journey import JourneyService
from coordinator.services.medications import MedicationService
from coordinator.services.notify import ChangeNotifier
from coordinator.services.packets import PacketService
from coordinator.services.record_summary import RecordSummaryService
from coordinator.services.referrals import ReferralService
from coordinator.services.registry import RegistryService
from coordinator.services.resources import ResourceService
from coordinator.services.safety_plans import SafetyPlanService
from coordinator.services.settings import SettingsService
from coordinator.services.team import CareTeamService, NoteService
from coordinator.services.users import UserService
from coordinator.store import migrate
from coordinator.store.engine import Database, open_database


class AppServices:
    """The services of one signed-in (or not yet signed-in) workstation session."""

    def __init__(self, db: Database, *, notifier: ChangeNotifier | None = None,
                 clock: Clock = system_clock) -> None:
        self.db = db
        self.ctx = ServiceContext(db, notifier, clock)
        self.auth = AuthService(self.ctx)
        self.users = UserService(self.ctx)
        self.audit = AuditService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.clients = ClientService(self.ctx)
        self.registry = RegistryService(self.ctx)
        self.levels = LevelService(self.ctx)
        self.episodes = EpisodeService(self.ctx)
        self.transitions = TransitionService(self.ctx)
        self.dashboard = DashboardService(self.ctx)
        self.clocks = ClockService(self.ctx)
        self.journey = JourneyService(self.ctx)
        self.backup = BackupService(self.ctx)
        self.team = CareTeamService(self.ctx)
        self.notes = NoteService(self.ctx)
        self.referrals = ReferralService(self.ctx)
        self.packets = PacketService(self.ctx)
        self.consents = ConsentService(self.ctx)
        self.assessments = AssessmentService(self.ctx)
        self.resources = ResourceService(self.ctx)
        self.facilities = FacilityService(self.ctx)
        self.hsds = HsdsService(self.ctx)
        self.attendance = AttendanceService(self.ctx)
        # The clinical record (docs/architecture.md §3).
        self.diagnoses = DiagnosisService(self.ctx)
        self.medications = MedicationService(self.ctx)
        self.allergies = AllergyService(self.ctx)
        self.appointments = AppointmentService(self.ctx)
        self.safety_plans = SafetyPlanService(self.ctx)
        self.directives = AdvanceDirectiveService(self.ctx)
        self.clinician = ClinicianService(self.ctx)
        self.summary = RecordSummaryService(self.ctx)
        self.diagnostics = DiagnosticsService(self.ctx)

    @property
    def actor(self) -> Actor | None:
        return self.ctx.actor

    @property
    def notifier(self) -> ChangeNotifier:
        return self.ctx.notifier

    def close(self) -> None:
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
        backup = migrate.upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return AppServices(db), backup

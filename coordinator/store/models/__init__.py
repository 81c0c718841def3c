"""All tables; importing this package registers every model on ``Base.metadata``."""

from coordinator.store.models.base import Base, UTCDateTime, utcnow
from coordinator.store.models.care import (
    Assessment,
    Attendance,
    ClockCloseOut,
    Episode,
    Facility,
    FacilityLevel,
    LevelOfCare,
    ProgramSchedule,
    SafetyAlert,
    Transition,
    TransitionClock,
)
from coordinator.store.models.care_plan import (
    CarePlan,
    CarePlanGoal,
    CarePlanIntervention,
    CarePlanObjective,
    CarePlanProgress,
    CarePlanReview,
)
from coordinator.store.models.coordination import (
    Appointment,
    ClientNote,
    Consent,
    Disclosure,
    Referral,
    ReferralEvent,
)
from coordinator.store.models.intake import Inquiry
from coordinator.store.models.people import (
    AdvanceDirective,
    CareTeamMember,
    Client,
    ClientAllergy,
    ClientDiagnosis,
    ClientMedication,
    ClientNameWord,
    SafetyPlan,
    User,
)
from coordinator.store.models.readiness import ReadinessAssessment, ReadinessDimension
from coordinator.store.models.resources import (
    HsdsAddress,
    HsdsAttribute,
    HsdsLanguage,
    HsdsLocation,
    HsdsOrganization,
    HsdsPhone,
    HsdsProgram,
    HsdsSchedule,
    HsdsService,
    HsdsServiceAtLocation,
    HsdsTaxonomy,
    HsdsTaxonomyTerm,
)
from coordinator.store.models.system import AuditEvent, Setting

__all__ = [
    "AdvanceDirective", "Appointment", "Assessment", "Attendance", "AuditEvent", "Base",
    "CarePlan", "CarePlanGoal", "CarePlanIntervention", "CarePlanObjective",
    "CarePlanProgress", "CarePlanReview",
    "CareTeamMember", "Client", "ClientAllergy", "ClientDiagnosis", "ClientMedication",
    "ClientNameWord", "ClientNote", "ClockCloseOut", "Consent", "Disclosure", "Episode",
    "Facility", "FacilityLevel",
    "HsdsAddress", "HsdsAttribute", "HsdsLanguage", "HsdsLocation", "HsdsOrganization",
    "HsdsPhone", "HsdsProgram", "HsdsSchedule", "HsdsService", "HsdsServiceAtLocation",
    "HsdsTaxonomy", "HsdsTaxonomyTerm", "Inquiry", "LevelOfCare", "ProgramSchedule",
    "ReadinessAssessment", "ReadinessDimension", "Referral",
    "ReferralEvent", "SafetyAlert", "SafetyPlan", "Setting", "Transition", "TransitionClock",
    "UTCDateTime", "User", "utcnow",
]

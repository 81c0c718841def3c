"""What the care services take and return: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime

from coordinator.domain.levels import Direction
from coordinator.domain.vocabulary import CareFocus, Modality


@dataclass(frozen=True)
class LevelInput:
    """What an administrator may change about a level of care (its code stays)."""

    name: str
    asam_level: str
    min_weekly_hours: float | None
    max_weekly_hours: float | None
    round_the_clock: bool | None  # None: varies (withdrawal management)
    intensity: int
    description: str = ""


@dataclass(frozen=True)
class LevelView:
    code: str
    name: str
    asam_level: str
    min_weekly_hours: float | None
    max_weekly_hours: float | None
    round_the_clock: bool | None
    intensity: int
    description: str
    version: int

    def details(self) -> LevelInput:
        """The editable part, to start an edit from."""
        return LevelInput(self.name, self.asam_level, self.min_weekly_hours,
                          self.max_weekly_hours, self.round_the_clock, self.intensity,
                          self.description)


@dataclass(frozen=True)
class FacilityChoice:
    """A facility or one of our own programs, for a picker."""

    id: int
    name: str
    kind: str
    is_own_program: bool
    accepts_referrals: bool
    city: str


@dataclass(frozen=True)
class EpisodeInput:
    """What a person types into the episode form.

    A new episode with an end date is recorded as completed (history); one starting after
    today without an end date is planned; otherwise it is active.
    """

    level_code: str
    start_date: date
    facility_id: int | None = None
    focus: str = CareFocus.MENTAL_HEALTH.value
    track: str | None = None
    modality: str = Modality.IN_PERSON.value
    planned_weekly_hours: float | None = None
    end_date: date | None = None
    admission_source: str = ""
    discharge_disposition: str = ""
    aftercare_plan: str = ""


@dataclass(frozen=True)
class DischargeDetails:
    """How the client left an episode, for the discharge summary and the next program.

    Codes are the values of ``domain.clinical_record`` (``DischargeCondition``,
    ``LegalStatus``, ``HousingStatus``); "" means not recorded. ``substances`` and
    ``last_use_on`` belong to substance-use and co-occurring episodes only. Hours attended
    are not repeated here: the roll call has them.
    """

    discharge_condition: str = ""
    #: Mental status at discharge, in a clinician's summary words.
    mental_status: str = ""
    #: The treatment modalities given (groups, individual therapy, medication …).
    treatment_provided: str = ""
    substances: str = ""
    last_use_on: date | None = None
    legal_status: str = ""
    housing_status: str = ""
    #: The level of care the client goes to next, and from when.
    planned_next_level: str | None = None
    planned_next_start: date | None = None

    def filled(self) -> tuple[str, ...]:
        """The names of the fields that say something, in form order."""
        return tuple(item.name for item in fields(self)
                     if getattr(self, item.name) not in ("", None))

    def is_empty(self) -> bool:
        return not self.filled()


#: The names of the discharge details, which are also the episode's column names.
DISCHARGE_FIELDS = tuple(item.name for item in fields(DischargeDetails))


@dataclass(frozen=True)
class EpisodeView:
    id: int
    client_id: int
    level_code: str
    level_name: str
    intensity: int
    round_the_clock: bool | None
    facility_id: int | None
    facility_name: str
    focus: str
    track: str | None
    modality: str
    planned_weekly_hours: float | None
    start_date: date
    end_date: date | None
    status: str
    admission_source: str
    discharge_disposition: str
    aftercare_plan: str
    entered_in_error: bool
    version: int
    #: A sentence when the planned hours are outside the level's usual range.
    hours_warning: str | None
    #: Days from the end of the client's previous episode to this one's start.
    days_since_previous: int | None
    #: A completed transition has already moved the client on from this episode.
    left: bool
    #: How the client left (empty while the episode runs, or when nobody recorded it).
    discharge: DischargeDetails = field(default_factory=DischargeDetails)

    def details(self) -> EpisodeInput:
        """The editable part, to start an edit from."""
        return EpisodeInput(self.level_code, self.start_date, self.facility_id, self.focus,
                            self.track, self.modality, self.planned_weekly_hours,
                            self.end_date, self.admission_source, self.discharge_disposition,
                            self.aftercare_plan)


@dataclass(frozen=True)
class TransitionPlan:
    """Where a transition goes, when, and why.

    ``to_level_code`` None plans an exit from care. ``criteria`` are codes from the
    step-up or step-down checklist that fits the derived direction.
    """

    to_level_code: str | None
    planned_date: date
    rationale: str
    criteria: tuple[str, ...] = ()
    to_facility_id: int | None = None
    to_track: str | None = None


@dataclass(frozen=True)
class TransitionCompletion:
    """What happened when a planned transition took place.

    Args:
        start_date: first day of the next episode (None for an exit).
        discharged_on: last day of the episode the client leaves; leave None when that
            episode was already discharged (its recorded end date is used).
        discharge_disposition: blank: "Stepped down to Intensive Outpatient" and the like.
        modality: blank: in person (or what a planned episode booked ahead says).
        planned_weekly_hours: None: none recorded (or what a booked episode says).
        focus: blank: the focus of the episode the client leaves.
        admission_source: blank: "Stepped down from <facility>" and the like.
    """

    start_date: date | None
    discharged_on: date | None = None
    discharge_disposition: str = ""
    modality: str = ""
    planned_weekly_hours: float | None = None
    focus: str = ""
    admission_source: str = ""


@dataclass(frozen=True)
class TransitionView:
    id: int
    client_id: int
    direction: Direction
    status: str
    from_episode_id: int | None
    from_level_code: str | None
    from_level_name: str
    from_facility_name: str
    #: The end date of the episode left (None while it is still running).
    discharged_on: date | None
    to_episode_id: int | None
    to_level_code: str | None
    to_level_name: str
    to_facility_id: int | None
    to_facility_name: str
    to_track: str | None
    planned_date: date
    completed_on: date | None
    #: First day of the next episode once it started; for a planned move, None.
    next_start: date | None
    #: Days from discharge to the next start (planned date while still planned).
    gap_days: int | None
    criteria: tuple[str, ...]
    rationale: str
    decided_by_id: int | None
    decided_by_name: str
    decided_at: datetime | None
    version: int
    #: A sentence while a planned date is unusually far from today.
    planned_date_warning: str | None


@dataclass(frozen=True)
class CompletedTransition:
    """The completed transition, the episode the client left and the one they started."""

    transition: TransitionView
    discharged: EpisodeView | None
    started: EpisodeView | None

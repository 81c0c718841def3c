"""Standard instruments on a client's record (docs/architecture.md 3, "Measurement-based care"):
record an administration, list them, follow each instrument's trend across episodes,
and the safety alerts a flagged answer raises until a clinician records what was done.

An assessment is attached to the episode that was taking place on the day it was given,
so the trend can say how far the client has come since the episode's first score. A
flagged answer (PHQ-9/PHQ-A item 9 above 0, EPDS item 10 above 0, C-SSRS moderate or high)
raises the alert in the same transaction as the score: there is never a saved item 9
without its alert. Nothing is deleted: a mistaken entry is marked entered in error, which
takes it off the trend and closes any alert it raised, saying why.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from coordinator.domain.assessment_schedule import (
    COUNTS_AS,
    DUE_EVERY_SETTING,
    days_overdue,
    next_due,
)
from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.errors import ValidationError
from coordinator.domain.instrument_wording import languages_of
from coordinator.domain.instruments import (
    DuplicateAssessment,
    Score,
    definition,
    outcomes,
    score_items,
    score_risk,
    score_total,
)
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus, Instrument
from coordinator.domain.words import said
from coordinator.services.assessment_views import (
    AssessmentInput,
    AssessmentView,
    DueAssessment,
    EpisodeSpan,
    SafetyAlertView,
    Trend,
    TrendPoint,
    alert_view,
    assessment_view,
)
from coordinator.services.care.records import levels_by_code, lock_client, user_names
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.field_limits import possible_key, text_problem
from coordinator.services.notify import Topic
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Assessment,
    Client,
    Episode,
    Facility,
    SafetyAlert,
    SafetyPlan,
)

_ACTION_LIMIT = 2000
_REASON_LIMIT = 300
_TAKING_PLACE = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)
_TREND_ORDER = (Instrument.PHQ9, Instrument.PHQA, Instrument.GAD7, Instrument.PCL5,
                Instrument.EPDS)


class AssessmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def assessments_of(self, client_id: int, *,
                       include_entered_in_error: bool = True) -> list[AssessmentView]:
        """The client's assessments, the most recent first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            query = select(Assessment).where(Assessment.client_id == client_id)
            if not include_entered_in_error:
                query = query.where(Assessment.entered_in_error.is_(False))
            rows = uow.session.execute(query.order_by(
                Assessment.administered_on.desc(), Assessment.id.desc())).scalars().all()
            return _views(uow.session, rows)

    def trends(self, client_id: int) -> list[Trend]:
        """A trend per scored instrument the client has taken, depression first; the
        C-SSRS screener has no total and no trend."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            cutoff = int(read_settings(uow.session)["pcl5_probable_ptsd_cutoff"])
            rows = uow.session.execute(select(Assessment).where(
                Assessment.client_id == client_id, Assessment.entered_in_error.is_(False),
                Assessment.total.is_not(None))
                .order_by(Assessment.administered_on, Assessment.id)).scalars().all()
            spans = _episode_spans(uow.session, client_id)
        taken = {row.instrument for row in rows}
        return [_trend(instrument, [row for row in rows if row.instrument == instrument],
                       spans, cutoff)
                for instrument in _TREND_ORDER if instrument.value in taken]

    def open_alerts_of(self, client_id: int) -> list[SafetyAlertView]:
        """The client's safety alerts not yet addressed, the oldest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return _alerts(uow.session, SafetyAlert.client_id == client_id,
                           SafetyAlert.addressed_at.is_(None))

    def alerts_of(self, client_id: int) -> list[SafetyAlertView]:
        """Every safety alert of the client, open or addressed, the oldest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return _alerts(uow.session, SafetyAlert.client_id == client_id)

    def open_alerts(self, limit: int = 100) -> list[SafetyAlertView]:
        """Open safety alerts across the clinic for the dashboard, the oldest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return _alerts(uow.session, SafetyAlert.addressed_at.is_(None), limit=limit)

    def cssrs_screened_since(self, assessment_id: int) -> bool:
        """Whether a C-SSRS screen (not entered in error) was given on or after the day of
        ``assessment_id``: after a flagged PHQ-9 the app offers one only when none was."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            given = load(uow.session, Assessment, assessment_id, "assessment")
            screen = uow.session.execute(select(Assessment.id).where(
                Assessment.client_id == given.client_id,
                Assessment.instrument == Instrument.CSSRS.value,
                Assessment.entered_in_error.is_(False),
                Assessment.administered_on >= given.administered_on).limit(1)
            ).scalar_one_or_none()
            return screen is not None

    def due(self, limit: int = 100) -> list[DueAssessment]:
        """Instruments due today or late for the clients on the signed-in user's caseload
        who are in an active episode at one of the clinic's own programs (or at no named
        facility), the longest overdue first; how often each is due is a clinic
        setting (``coordinator.domain.assessment_schedule``)."""
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        with self.ctx.unit_of_work(write=False) as uow:
            settings = read_settings(uow.session)
            every = {instrument: int(settings[key])
                     for instrument, key in DUE_EVERY_SETTING.items() if int(settings[key]) > 0}
            if not every:
                return []
            on_caseload = (
                select(Episode.id, Episode.client_id, Episode.start_date, Episode.level_code,
                       Client.given_name, Client.family_name, Client.record_number)
                .join(Client, Client.id == Episode.client_id)
                .outerjoin(Facility, Facility.id == Episode.facility_id)
                # A partner's program gives its own; only the clinic's are scheduled here.
                .where(or_(Episode.facility_id.is_(None), Facility.is_own_program.is_(True)),
                       Client.primary_case_manager_id == actor.user_id,
                       Client.status == ClientStatus.ACTIVE.value,
                       Episode.status == EpisodeStatus.ACTIVE.value,
                       Episode.entered_in_error.is_(False)))
            episodes = uow.session.execute(on_caseload).all()
            # The latest of each instrument per stay, joined to the same stays (through the
            # client, whose index the assessments have) rather than listed by id: a large
            # caseload has more stays than SQLite takes parameters.
            stays = on_caseload.subquery()
            last: dict[tuple[int | None, str], date] = {
                (episode_id, instrument): day for episode_id, instrument, day in
                uow.session.execute(
                    select(Assessment.episode_id, Assessment.instrument,
                           func.max(Assessment.administered_on))
                    .join(stays, and_(stays.c.client_id == Assessment.client_id,
                                      stays.c.id == Assessment.episode_id))
                    .where(Assessment.entered_in_error.is_(False))
                    .group_by(Assessment.episode_id, Assessment.instrument))}
        # Dated first, DTOs only for the ones listed: a big caseload has thousands due.
        found: list[tuple[date, str, str, Any, Instrument, date | None]] = []
        for row in episodes:
            episode_id, start = row[0], row[2]
            for instrument, days in every.items():
                given_on = max((last[(episode_id, kind.value)] for kind in COUNTS_AS[instrument]
                                if (episode_id, kind.value) in last), default=None)
                due_on = next_due(start, given_on, days)
                if due_on is not None and due_on <= today:
                    found.append((due_on, f"{row[5]}, {row[4]}", instrument.value, row,
                                  instrument, given_on))
        return [DueAssessment(row[1], name, row[6], instrument, row[0], row[3], given_on,
                              due_on, days_overdue(due_on, today))
                for due_on, name, _code, row, instrument, given_on
                in heapq.nsmallest(limit, found, key=lambda item: item[:3])]

    # --- writes --------------------------------------------------------------------------

    def record(self, client_id: int, entry: AssessmentInput, *,
               confirm_duplicate: bool = False) -> AssessmentView:
        """Score and save one administration, attached to the episode active that day.

        Raises ``ValidationError`` (per field) for an answer that is not a whole number on
        its item's scale, unanswered items or a date after today, and
        ``DuplicateAssessment`` when the instrument was already recorded that day, unless
        ``confirm_duplicate``. A safety flag raises an alert in the same transaction.
        """
        actor = self.ctx.require(Permission.EDIT_CARE)
        if not isinstance(entry.instrument, Instrument):
            raise ValidationError.for_fields({"instrument": said(
                "Validation", "Choose an instrument.")})
        if entry.administered_on > self._today():
            raise ValidationError.for_fields(
                {"administered_on": said(
                    "Validation", "An assessment cannot be dated after today.")})
        with self.ctx.unit_of_work() as uow:
            client = lock_client(uow.session, client_id)
            if client.status == ClientStatus.ARCHIVED.value:
                raise ValidationError(said(
                    "Validation", "The client's record is archived; restore it first."))
            if problem := clinical_date_problem(
                    said("Validation", "The assessment date"), entry.administered_on,
                    today=self._today(), birth_date=client.birth_date):
                raise ValidationError.for_fields({"administered_on": problem})
            cutoff = int(read_settings(uow.session)["pcl5_probable_ptsd_cutoff"])
            score = _score(entry, cutoff)
            language = _item_language(entry)
            if not confirm_duplicate:
                _check_duplicate(uow.session, client_id, entry)
            episode = _episode_on(uow.session, client_id, entry.administered_on)
            row = Assessment(
                client_id=client_id, episode_id=episode.id if episode else None,
                instrument=entry.instrument.value, administered_on=entry.administered_on,
                administered_by_id=actor.user_id,
                item_answers=[int(answer or 0) for answer in entry.item_answers] or None,
                total=score.total, risk_level=score.risk_level, band=score.band,
                flags=[flag.value for flag in score.flags], entered_in_error=False,
                item_language=language)
            uow.session.add(row)
            uow.session.flush()
            result = score.total if score.total is not None else score.risk_level
            uow.audit("create", "assessment", row.id,
                      f"{entry.instrument.value} for client {client_id} on "
                      f"{entry.administered_on.isoformat()}: {result} ({score.band})")
            if score.safety_flags:
                self._raise_alert(uow, row, score)
            uow.changed(Topic.ASSESSMENT, row.id)
            return _views(uow.session, [row])[0]

    def address_alert(self, alert_id: int, action_taken: str, expected_version: int,
                      safety_plan_id: int | None = None) -> SafetyAlertView:
        """Record that a clinician addressed the alert: who (the signed-in user), when
        (now) and what was done (``action_taken``, required unless a safety plan is named).

        ``safety_plan_id`` names the client's plan in force as reviewed or written for this
        alert (Stanley & Brown 2012); the action then begins "Safety plan version N
        reviewed" and the alert keeps the plan's id.
        """
        actor = self.ctx.require(Permission.EDIT_CARE)
        action = action_taken.strip()
        if not action and safety_plan_id is None:
            raise ValidationError.for_fields({"action_taken": said(
                "Validation", "Say what was done, e.g. safety plan reviewed, crisis line given, "
                              "psychiatrist informed.")})
        with self.ctx.unit_of_work() as uow:
            alert = load(uow.session, SafetyAlert, alert_id, "safety alert")
            if alert.version != expected_version:
                raise stale_conflict()
            if alert.addressed_at is not None:
                raise ValidationError.for_fields({"action_taken": said(
                    "Validation", "This alert was already addressed; reload to see what was "
                                  "done.")})
            if safety_plan_id is not None:
                plan_number = _plan_in_force(uow.session, alert.client_id, safety_plan_id)
                reviewed = f"Safety plan version {plan_number} reviewed"
                action = f"{reviewed}; {action}" if action else reviewed
            if problem := text_problem("What was done", action, _ACTION_LIMIT):
                raise ValidationError.for_fields({"action_taken": problem})
            alert.addressed_at = self.ctx.clock()
            alert.addressed_by_id = actor.user_id
            alert.action_taken = action
            alert.safety_plan_id = safety_plan_id
            uow.session.flush()
            uow.audit("update", "safety_alert", alert.id, f"addressed: {action[:200]}")
            uow.changed(Topic.SAFETY_ALERT, alert.id)
            return _alerts(uow.session, SafetyAlert.id == alert.id)[0]

    def mark_entered_in_error(self, assessment_id: int, expected_version: int,
                              reason: str) -> AssessmentView:
        """Take a mistaken entry off the trend (it stays on the record, struck through);
        an open alert it raised is closed with the reason."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        why = reason.strip()
        if not why:
            raise ValidationError.for_fields(
                {"reason": said(
                    "Validation", "Say why this entry is in error, e.g. wrong client.")})
        if problem := text_problem("Reason", why):
            raise ValidationError.for_fields({"reason": problem})
        with self.ctx.unit_of_work() as uow:
            row = load(uow.session, Assessment, assessment_id, "assessment")
            if row.version != expected_version:
                raise stale_conflict()
            if row.entered_in_error:
                raise ValidationError(said(
                    "Validation", "This assessment is already marked entered in error."))
            row.entered_in_error = True
            for alert in uow.session.execute(select(SafetyAlert).where(
                    SafetyAlert.assessment_id == row.id,
                    SafetyAlert.addressed_at.is_(None))).scalars():
                alert.addressed_at = self.ctx.clock()
                alert.addressed_by_id = actor.user_id
                alert.action_taken = f"Assessment entered in error: {why}"[:_ACTION_LIMIT]
                uow.changed(Topic.SAFETY_ALERT, alert.id)
            uow.session.flush()
            uow.audit("entered_in_error", "assessment", row.id, why[:300])
            uow.changed(Topic.ASSESSMENT, row.id)
            return _views(uow.session, [row])[0]

    # --- helpers -------------------------------------------------------------------------

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    def _raise_alert(self, uow: UnitOfWork, row: Assessment, score: Score) -> None:
        found = ", ".join(flag.value for flag in score.safety_flags)
        reason = f"{row.instrument} on {row.administered_on.isoformat()}: {found}"
        alert = SafetyAlert(client_id=row.client_id, assessment_id=row.id,
                            reason=reason[:_REASON_LIMIT], raised_at=self.ctx.clock(),
                            action_taken="")
        uow.session.add(alert)
        uow.session.flush()
        uow.audit("create", "safety_alert", alert.id,
                  f"for client {row.client_id}: {reason}"[:300])
        uow.changed(Topic.SAFETY_ALERT, alert.id)


def _plan_in_force(session: Session, client_id: int, plan_id: int) -> int:
    """The number of safety plan ``plan_id`` if it is the client's plan in force; else a
    ``ValidationError`` on the safety-plan field."""
    plan = session.get(SafetyPlan, plan_id) if possible_key(plan_id) else None
    if plan is None or plan.client_id != client_id:
        raise ValidationError.for_fields(
            {"safety_plan_id": said("Validation", "That safety plan is not this client's.")})
    newest = session.execute(select(func.max(SafetyPlan.plan_number)).where(
        SafetyPlan.client_id == client_id,
        SafetyPlan.entered_in_error.is_(False))).scalar_one()
    if plan.entered_in_error or plan.plan_number != newest:
        raise ValidationError.for_fields({"safety_plan_id": said(
            "Validation", "Safety plan version %1 is no longer the plan in force; reload to "
                          "name the current one.").arg(plan.plan_number)})
    return plan.plan_number


def _score(entry: AssessmentInput, cutoff: int) -> Score:
    kind = definition(entry.instrument).entry
    if kind == "items":
        return score_items(entry.instrument, entry.item_answers, pcl5_cutoff=cutoff)
    if kind == "total":
        return score_total(entry.instrument, entry.total, self_harm=entry.self_harm)
    return score_risk(entry.instrument, entry.risk_level)


def _item_language(entry: AssessmentInput) -> str | None:
    """The language the items were read in, if the instrument has a version in it; None
    for an instrument whose wording is not shown."""
    if definition(entry.instrument).entry != "items":
        return None
    if entry.item_language not in languages_of(entry.instrument):
        raise ValidationError.for_fields({"item_language": (
            f"The {entry.instrument} has no version in the language "
            f"\"{entry.item_language}\" here; read its items in English.")})
    return entry.item_language


def _check_duplicate(session: Session, client_id: int, entry: AssessmentInput) -> None:
    earlier = session.execute(select(Assessment.id).where(
        Assessment.client_id == client_id, Assessment.instrument == entry.instrument.value,
        Assessment.administered_on == entry.administered_on,
        Assessment.entered_in_error.is_(False)).limit(1)).scalar_one_or_none()
    if earlier is not None:
        raise DuplicateAssessment.for_fields({"administered_on": said(
            "Validation", "A %1 is already recorded for this client on %2.").arg(
            entry.instrument.value, entry.administered_on)})


def _episode_on(session: Session, client_id: int, day: date) -> Episode | None:
    """The episode taking place on ``day``; on a transfer day, the one that starts then."""
    return session.execute(select(Episode).where(
        Episode.client_id == client_id, Episode.entered_in_error.is_(False),
        Episode.status.in_(_TAKING_PLACE), Episode.start_date <= day,
        or_(Episode.end_date.is_(None), Episode.end_date >= day))
        .order_by(Episode.start_date.desc(), Episode.id.desc()).limit(1)).scalar_one_or_none()


def _episode_spans(session: Session, client_id: int) -> list[EpisodeSpan]:
    levels = levels_by_code(session)
    episodes = session.execute(select(Episode).where(
        Episode.client_id == client_id, Episode.entered_in_error.is_(False),
        Episode.status.in_(_TAKING_PLACE)).order_by(Episode.start_date, Episode.id)).scalars()
    return [EpisodeSpan(episode.id, episode.level_code, levels[episode.level_code].name,
                        levels[episode.level_code].intensity, episode.start_date,
                        episode.end_date) for episode in episodes]


def _trend(instrument: Instrument, rows: list[Assessment], spans: list[EpisodeSpan],
           cutoff: int) -> Trend:
    found = definition(instrument, cutoff)
    first_of_episode: dict[int, int] = {}
    points: list[TrendPoint] = []
    for row in rows:
        total = int(row.total or 0)
        change: int | None = None
        words: tuple[str, ...] = ()
        if row.episode_id is not None:
            baseline = first_of_episode.get(row.episode_id)
            if baseline is None:
                first_of_episode[row.episode_id] = total
            else:
                change = total - baseline
                words = tuple(word.value for word in outcomes(instrument, baseline, total))
        points.append(TrendPoint(row.id, row.administered_on, total, row.band,
                                 row.episode_id, change, words))
    return Trend(instrument, found.title, found.max_total, found.bands, tuple(points),
                 tuple(spans))


def _views(session: Session, rows: Iterable[Assessment]) -> list[AssessmentView]:
    rows = list(rows)
    names = user_names(session, (row.administered_by_id for row in rows))
    levels = levels_by_code(session)
    episode_levels: dict[int | None, str] = {
        episode_id: level_code for episode_id, level_code in session.execute(
            select(Episode.id, Episode.level_code).where(
                Episode.id.in_({row.episode_id for row in rows if row.episode_id})))}
    return [assessment_view(row, names.get(row.administered_by_id or 0, ""),
                            levels[episode_levels[row.episode_id]].name
                            if row.episode_id in episode_levels else "")
            for row in rows]


def _alerts(session: Session, *conditions: ColumnElement[bool], limit: int | None = None
            ) -> list[SafetyAlertView]:
    query = (select(SafetyAlert, Client.given_name, Client.family_name, Client.record_number,
                    SafetyPlan.plan_number, Client.primary_case_manager_id,
                    Assessment.instrument, Assessment.administered_on, Assessment.flags)
             .join(Client, Client.id == SafetyAlert.client_id)
             .outerjoin(SafetyPlan, SafetyPlan.id == SafetyAlert.safety_plan_id)
             .outerjoin(Assessment, Assessment.id == SafetyAlert.assessment_id)
             .where(*conditions)
             .order_by(SafetyAlert.raised_at, SafetyAlert.id))
    if limit is not None:
        query = query.limit(limit)
    rows = session.execute(query).all()
    names = user_names(session, [id_ for row in rows
                                 for id_ in (row[0].addressed_by_id, row[5])])
    # Names in lists are "Family, Given" everywhere, as the clocks and referrals show them.
    return [alert_view(alert, f"{family}, {given}", record_number,
                       names.get(alert.addressed_by_id or 0, ""), plan_number,
                       names.get(manager_id or 0, ""), instrument=instrument,
                       administered_on=administered_on, flags=flags)
            for (alert, given, family, record_number, plan_number, manager_id, instrument,
                 administered_on, flags) in rows]

"""The referral outcomes report: of the referrals sent in the period, how many closed the
loop (completed, with the outcome recorded), how fast, and whether the client got help.

Rules, printed in the sheet's definition:

- A referral is **made** on the day it was first sent (its first move to "requested",
  from the referral's history; ``coordinator.domain.referrals``). A draft that never left
  the clinic is no referral yet, and a referral sent again after being on hold keeps its
  first day.
- **Closed loop**: completed by the report's day (closing needs an outcome, so every
  completed referral has one). Cancelled referrals are left out of the rate on both
  sides: the clinic or the client withdrew them, so the receiver owed no answer. Rejected
  and failed ones stay in the denominator: the loop was closed without the service.
- **Got help**: of the referrals closed by the report's day (completed, rejected, failed
  or cancelled), the share whose outcome is "got help".
- Days are calendar days on the workstation's calendar, from the day sent to the day
  closed. A referral closed after the report's day was still open on it.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, func, select

from coordinator.domain.referrals import CATEGORY_TITLES, OUTCOME_TITLES, STATUS_TITLES
from coordinator.domain.vocabulary import (
    ClientStatus,
    EpisodeStatus,
    ReferralOutcome,
    ReferralStatus,
)
from coordinator.domain.words import Words, said
from coordinator.reports.outcome_data import CaseList, Figure, ReportSheet, Table, Unit
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.wording import filters_text, percent_cell
from coordinator.store.models import (
    Client,
    Episode,
    Facility,
    HsdsOrganization,
    HsdsService,
    Referral,
    ReferralEvent,
    User,
)

_BATCH = 500
_STARTED = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)

REFERRALS_MADE = "referrals.made"
REFERRALS_COMPLETED = "referrals.completed"
REFERRALS_GOT_HELP = "referrals.got_help"
REFERRALS_NO_HELP = "referrals.no_help"
REFERRALS_OPEN = "referrals.open"
REFERRALS_OVERDUE = "referrals.overdue"
REFERRALS_CANCELLED = "referrals.cancelled"
_NO_HELP = said("ReferralOutcomesReport", "Closed without help")
_OVERDUE = said("ReferralOutcomesReport", "Open past the follow-up date")
_CANCELLED = said("ReferralOutcomesReport", "Cancelled")
_NOT_NAMED = said("ReferralOutcomesReport", "(not named)")
_COLUMNS = (said("ReferralOutcomesReport", "Client"),
            said("ReferralOutcomesReport", "Record number"), said("ReferralOutcomesReport", "Sent"),
            said("ReferralOutcomesReport", "Category"),
            said("ReferralOutcomesReport", "Referred to"),
            said("ReferralOutcomesReport", "Status"), said("ReferralOutcomesReport", "Closed"),
            said("ReferralOutcomesReport", "Days"),
            said("ReferralOutcomesReport", "Follow-up due"),
            said("ReferralOutcomesReport", "Case manager"),
            said("ReferralOutcomesReport", "Reason"))


@dataclass(frozen=True)
class _Referral:
    referral_id: int
    client_id: int
    client_name: str
    record_number: str
    sent: date
    category: str
    organization: str
    target: str
    status: ReferralStatus  # now
    outcome: ReferralOutcome | None
    outcome_note: str
    closed: date | None  # the day closed, when closed by the report's day
    follow_up_due: date | None
    case_manager: str
    as_of: date

    @property
    def closed_status(self) -> ReferralStatus | None:
        """The closing status, when closed by the report's day."""
        return self.status if self.closed is not None else None

    @property
    def completed(self) -> bool:
        return self.closed_status is ReferralStatus.COMPLETED

    @property
    def cancelled(self) -> bool:
        return self.closed_status is ReferralStatus.CANCELLED

    @property
    def got_help(self) -> bool:
        return self.closed is not None and self.outcome is ReferralOutcome.GOT_HELP

    @property
    def overdue(self) -> bool:
        return (self.closed is None and self.follow_up_due is not None
                and self.follow_up_due < self.as_of)

    @property
    def days(self) -> int | None:
        return (self.closed - self.sent).days if self.closed is not None else None


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    """The referral outcomes over ``period``, judged on ``as_of``; period and filters are
    already checked by the report service."""
    referrals = _referrals(connection, period, filters, as_of)
    made = len(referrals)
    completed = [ref for ref in referrals if ref.completed]
    cancelled = [ref for ref in referrals if ref.cancelled]
    closed = [ref for ref in referrals if ref.closed is not None]
    got_help = [ref for ref in closed if ref.got_help]
    no_help = [ref for ref in closed if not ref.got_help]
    still_open = [ref for ref in referrals if ref.closed is None]
    overdue = sorted((ref for ref in still_open if ref.overdue),
                     key=lambda ref: (ref.follow_up_due or as_of, ref.client_name))
    counted = made - len(cancelled)
    days = [ref.days for ref in completed if ref.days is not None]
    median_days = float(statistics.median(days)) if days else None
    still_open_on = said("ReferralOutcomesReport", "Still open on %1").arg(as_of)
    figures = (
        Figure("referrals.made", said("ReferralOutcomesReport", "Referrals sent"),
               float(made), Unit.COUNT, list_key=REFERRALS_MADE),
        Figure("referrals.closed_loop", said("ReferralOutcomesReport", "Closed loop (completed)"),
               len(completed) / counted if counted else None, Unit.PERCENT,
               len(completed), counted,
               detail=said("ReferralOutcomesReport", "%1 cancelled left out").arg(len(cancelled)),
               list_key=REFERRALS_COMPLETED),
        Figure("referrals.median_days",
               said("ReferralOutcomesReport", "Median days from sending to completion"),
               median_days, Unit.DAYS,
               detail=said("ReferralOutcomesReport", "over %1 completed").arg(len(days))),
        Figure("referrals.got_help", said("ReferralOutcomesReport", "Got help (of those closed)"),
               len(got_help) / len(closed) if closed else None, Unit.PERCENT,
               len(got_help), len(closed), list_key=REFERRALS_GOT_HELP),
        Figure("referrals.no_help", _NO_HELP, float(len(no_help)), Unit.COUNT,
               list_key=REFERRALS_NO_HELP),
        Figure("referrals.open", still_open_on, float(len(still_open)), Unit.COUNT,
               list_key=REFERRALS_OPEN),
        Figure("referrals.overdue", _OVERDUE, float(len(overdue)), Unit.COUNT,
               list_key=REFERRALS_OVERDUE),
        Figure("referrals.cancelled", _CANCELLED, float(len(cancelled)), Unit.COUNT,
               list_key=REFERRALS_CANCELLED),
    )
    tables = (
        _table("referrals.by_category", said("ReferralOutcomesReport", "By resource category"),
               said("ReferralOutcomesReport", "Category"), referrals,
               lambda ref: _category_title(ref.category)),
        _table("referrals.by_organization", said("ReferralOutcomesReport", "By organization"),
               said("ReferralOutcomesReport", "Organization"), referrals,
               lambda ref: ref.organization or _NOT_NAMED),
    )
    # Each referral's row is written once, whichever lists show it, when a list showing it
    # is first opened or saved.
    shown: dict[int, tuple[str, ...]] = {}

    def row_of(ref: _Referral) -> tuple[str, ...]:
        if (row := shown.get(ref.referral_id)) is None:
            row = shown[ref.referral_id] = _row(ref)
        return row

    def case_list(key: str, title: Words, chosen: Sequence[_Referral]) -> CaseList:
        return CaseList.later(key, title, _COLUMNS, len(chosen), lambda: (
            tuple(map(row_of, chosen)), tuple(ref.client_id for ref in chosen)))

    lists = tuple(
        case_list(key, title, chosen)
        for key, title, chosen in (
            (REFERRALS_MADE, said("ReferralOutcomesReport", "Referrals sent in the period"),
             referrals),
            (REFERRALS_COMPLETED, said("ReferralOutcomesReport", "Completed (loop closed)"),
             completed),
            (REFERRALS_GOT_HELP, said("ReferralOutcomesReport", "Closed: got help"), got_help),
            (REFERRALS_NO_HELP, _NO_HELP, no_help),
            (REFERRALS_OPEN, still_open_on, still_open),
            (REFERRALS_OVERDUE, _OVERDUE, overdue),
            (REFERRALS_CANCELLED, _CANCELLED, cancelled)))
    return ReportSheet(
        name="referrals", title=said("Reports", "Referral outcomes"), first_day=period.first_day,
        last_day=period.last_day, as_of=as_of, filters=filters_text(connection, filters),
        definition=_definition(as_of), figures=figures, tables=tables, lists=lists,
        note=_note(period, filters, made, as_of))


def _definition(as_of: date) -> Words:
    return said(
        "ReferralOutcomesReport",
        "Referrals sent in the period (the day a referral first moved to requested; drafts "
        "never sent are not counted). Closed loop: the share completed, with its outcome "
        "recorded, by %1; cancelled referrals are left out of both sides "
        "(withdrawn, so the receiver owed no answer), rejected and failed ones count as not "
        "completed. Median days: from the day sent to the day completed. Got help: of the "
        "referrals closed by then (completed, rejected, failed or cancelled), the share "
        "whose outcome is 'got help'. Open past the follow-up date: still open on "
        "%1 with the follow-up date before it. Case manager and payer: "
        "the client's as recorded now. Level, program and track: the client had an episode "
        "of that level, program or track (started, not entered in error) taking place on "
        "the day the referral was sent, the discharge day included.").arg(as_of)


def _note(period: ReportPeriod, filters: ReportFilters, made: int, as_of: date) -> str:
    if made:
        return ""
    last = min(period.last_day, as_of)
    if last < period.first_day:
        return said("ReferralOutcomesReport", "The period starts after %1: no referral of it "
                                              "has been sent yet.").arg(as_of)
    if filters != ReportFilters():
        return said("ReferralOutcomesReport", "No referrals matching the filters were sent "
                                              "between %1 and %2.").arg(period.first_day, last)
    return said("ReferralOutcomesReport", "No referrals were sent between %1 and %2.").arg(
        period.first_day, last)


def _local_midnight(day: date) -> datetime:
    """The start of ``day`` on the workstation's calendar, as an aware time."""
    return datetime.combine(day, time.min).astimezone()


def _referrals(connection: Connection, period: ReportPeriod, filters: ReportFilters,
               as_of: date) -> list[_Referral]:
    last = min(period.last_day, as_of)
    if last < period.first_day:
        return []
    start = _local_midnight(period.first_day)
    end = _local_midnight(last + timedelta(days=1))
    judged_until = _local_midnight(as_of + timedelta(days=1))
    first_sent = func.min(ReferralEvent.occurred_at)
    sent = (select(ReferralEvent.referral_id.label("referral_id"),
                   first_sent.label("sent_at"))
            .where(ReferralEvent.to_status == ReferralStatus.REQUESTED.value,
                   ReferralEvent.occurred_at < end)
            .group_by(ReferralEvent.referral_id)
            .having(first_sent >= start)).subquery()
    query = (
        select(Referral.id, Referral.client_id, Client.family_name, Client.given_name,
               Client.record_number, Client.insurance_payer, sent.c.sent_at,
               Referral.category, Referral.status, Referral.outcome, Referral.outcome_note,
               Referral.closed_at, Referral.follow_up_due, Facility.name, HsdsService.name,
               HsdsOrganization.name, User.full_name)
        .join(sent, sent.c.referral_id == Referral.id)
        .join(Client, Client.id == Referral.client_id)
        .outerjoin(Facility, Facility.id == Referral.facility_id)
        .outerjoin(HsdsService, HsdsService.id == Referral.service_id)
        .outerjoin(HsdsOrganization, HsdsOrganization.id == HsdsService.organization_id)
        .outerjoin(User, User.id == Client.primary_case_manager_id)
        .where(Client.status != ClientStatus.ARCHIVED.value)
        .order_by(sent.c.sent_at, Client.family_name_key, Client.given_name_key,
                  Referral.id))
    if filters.case_manager_id is not None:
        query = query.where(Client.primary_case_manager_id == filters.case_manager_id)
    found: list[_Referral] = []
    for (referral_id, client_id, family, given, record_number, client_payer, sent_at,
         category, status, outcome, outcome_note, closed_at, follow_up_due, facility,
         service, organization, manager) in connection.execute(query).all():
        if not filters.payer_matches(client_payer):
            continue
        closed = (closed_at.astimezone().date()
                  if closed_at is not None and closed_at < judged_until else None)
        found.append(_Referral(
            referral_id, client_id, f"{family}, {given}", record_number,
            sent_at.astimezone().date(), category, facility or organization or "",
            # The lists name the organization (the service is in the client's record), so
            # the row stays narrow enough for a printed page.
            facility or organization or service or "", ReferralStatus(status),
            ReferralOutcome(outcome) if outcome else None, outcome_note or "", closed,
            follow_up_due, manager or "", as_of))
    if filters.level_code or filters.facility_id is not None or filters.track:
        during = _episodes(connection, {ref.client_id for ref in found}, filters)
        found = [ref for ref in found if any(
            begin <= ref.sent and (finish is None or ref.sent <= finish)
            for begin, finish in during.get(ref.client_id, ()))]
    return found


def _episodes(connection: Connection, client_ids: Iterable[int],
              filters: ReportFilters) -> dict[int, list[tuple[date, date | None]]]:
    """The started episodes of these clients (none entered in error) of the filtered level,
    program and track: their first and last days."""
    ids = sorted(client_ids)
    found: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
    for first in range(0, len(ids), _BATCH):
        query = (select(Episode.client_id, Episode.start_date, Episode.end_date)
                 .where(Episode.client_id.in_(ids[first:first + _BATCH]),
                        Episode.status.in_(_STARTED), Episode.entered_in_error.is_(False)))
        if filters.level_code:
            query = query.where(Episode.level_code == filters.level_code)
        if filters.facility_id is not None:
            query = query.where(Episode.facility_id == filters.facility_id)
        if filters.track:
            query = query.where(Episode.track == filters.track)
        for client_id, start, end in connection.execute(query):
            found[client_id].append((start, end))
    return found


_CATEGORY_TITLES = {category.value: title for category, title in CATEGORY_TITLES.items()}


def _category_title(code: str) -> str:
    return _CATEGORY_TITLES.get(code, code)


def _table(key: str, title: Words, heading: Words, referrals: Sequence[_Referral],
           group: Callable[[_Referral], str]) -> Table:
    groups: dict[str, list[_Referral]] = defaultdict(list)
    for ref in referrals:
        groups[group(ref)].append(ref)
    rows: list[tuple[str, ...]] = []
    for name, members in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        completed = [ref for ref in members if ref.completed]
        counted = len(members) - sum(ref.cancelled for ref in members)
        closed = [ref for ref in members if ref.closed is not None]
        helped = sum(ref.got_help for ref in closed)
        days = [ref.days for ref in completed if ref.days is not None]
        rows.append((
            name, str(len(members)), str(len(completed)),
            percent_cell(len(completed), counted),
            f"{statistics.median(days):g}" if days else "",
            str(len(closed)), str(helped), percent_cell(helped, len(closed))))
    return Table(key, title, (heading, said("ReferralOutcomesReport", "Referrals"),
                              said("ReferralOutcomesReport", "Closed loop"),
                              said("ReferralOutcomesReport", "Rate"),
                              said("ReferralOutcomesReport", "Median days"),
                              said("ReferralOutcomesReport", "Closed"),
                              said("ReferralOutcomesReport", "Got help"),
                              said("ReferralOutcomesReport", "Got help %")),
                 tuple(rows), numeric=frozenset(range(1, 8)))


def _row(ref: _Referral) -> tuple[str, ...]:
    return (ref.client_name, ref.record_number, ref.sent.isoformat(),
            _category_title(ref.category), ref.target,
            _status_words(ref), "" if ref.closed is None else ref.closed.isoformat(),
            "" if ref.days is None else str(ref.days),
            "" if ref.follow_up_due is None else ref.follow_up_due.isoformat(),
            ref.case_manager, _reason(ref))


def _status_words(ref: _Referral) -> str:
    if ref.closed is None and ref.status in _CLOSED_NOW:
        return said("ReferralOutcomesReport", "Open then")  # closed after the report's day
    return STATUS_TITLES[ref.status]


_CLOSED_NOW = frozenset({ReferralStatus.COMPLETED, ReferralStatus.CANCELLED,
                         ReferralStatus.REJECTED, ReferralStatus.FAILED})


def _reason(ref: _Referral) -> str:
    """What explains the row: the outcome for a closed referral, the follow-up for an open
    one."""
    if ref.closed is not None:
        words = (OUTCOME_TITLES[ref.outcome] if ref.outcome
                 else said("ReferralOutcomesReport", "No outcome recorded"))
        if ref.outcome_note:
            return said("ReferralOutcomesReport", "%1: %2").arg(words, ref.outcome_note)
        return words
    if ref.overdue and ref.follow_up_due is not None:
        late = (ref.as_of - ref.follow_up_due).days
        if late == 1:
            return said("ReferralOutcomesReport", "Follow-up was due %1: 1 day overdue.").arg(
                ref.follow_up_due)
        return said("ReferralOutcomesReport", "Follow-up was due %1: %2 days overdue.").arg(
            ref.follow_up_due, late)
    if ref.status in _CLOSED_NOW:
        return said("ReferralOutcomesReport", "Closed after the report's day.")
    return said("ReferralOutcomesReport", "Awaiting the receiver.")

"""The follow-up report (FUH, FUI, IET) as a sheet: its figures, tables and case lists as
the screen, the CSV file and the PDF show them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import Connection

from coordinator.domain.clocks import (
    IET_INITIATION_DAYS,
    MINIMUM_AGE,
    NEW_SUD_EPISODE_CLEAN_DAYS,
    READMISSION_EXCLUSION_DAYS,
    ClockKind,
    ClockState,
)
from coordinator.domain.words import Words, said
from coordinator.reports.outcome_data import (
    CaseList,
    Figure,
    ReportSheet,
    Table,
    Unit,
    percent_text,
)
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.follow_up import follow_up_report
from coordinator.services.reports.follow_up_counts import (
    FollowUpCase,
    FollowUpOutcome,
    FollowUpReport,
    MeasureCount,
)
from coordinator.services.reports.wording import filters_text


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    """The report as the screen, the CSV file and the PDF show it (``connection``'s stored
    clocks brought up to date by the caller; ``period`` and ``filters`` already checked)."""
    report = follow_up_report(connection, period, filters, as_of)
    return follow_up_sheet(report, filters_text(connection, filters))


def list_key(measure_key: str, outcome: FollowUpOutcome) -> str:
    """The key of one measure's list of one outcome, e.g. "follow_up.fuh7.missed"."""
    return f"follow_up.{measure_key}.{outcome.value}"


_LIST_TITLES = {
    FollowUpOutcome.MET: said("FollowUpReport", "%1: met"),
    FollowUpOutcome.MISSED: said("FollowUpReport", "%1: missed"),
    FollowUpOutcome.EXCLUDED: said("FollowUpReport", "%1: left out (readmitted within 30 days)"),
    FollowUpOutcome.OPEN: said("FollowUpReport", "%1: still open")}


#: The clock's state on the worklist, as an excluded case's row says it.
_WORKLIST_WORDS = {
    ClockState.OPEN: said("FollowUpReport", "open"),
    ClockState.MET: said("FollowUpReport", "met"),
    ClockState.MISSED: said("FollowUpReport", "missed"),
    ClockState.TRANSFERRED: said("FollowUpReport", "transferred")}


def follow_up_sheet(report: FollowUpReport, filters_text: str) -> ReportSheet:
    """The report as the screen, the CSV file and the PDF show it."""
    figures = tuple(_figure(found) for found in report.measures)
    tables = (_by_measure(report.measures), _by_level(report.measures))
    lists = tuple(_case_list(found, outcome) for found in report.measures
                  for outcome in _LIST_TITLES
                  # IET has no readmission exclusion: an admission initiates treatment.
                  if not (outcome is FollowUpOutcome.EXCLUDED
                          and found.measure.kind is ClockKind.IET_INITIATION))
    return ReportSheet(
        name="follow-up",
        title=said("Reports", "Follow-up after hospitalization (FUH, FUI) and IET"),
        first_day=report.period.first_day, last_day=report.period.last_day,
        as_of=report.as_of, filters=filters_text, definition=_definition(report.as_of),
        figures=figures, tables=tables, lists=lists, note=report.note)


def _definition(as_of: date) -> Words:
    fuh, fui = MINIMUM_AGE[ClockKind.FUH7], MINIMUM_AGE[ClockKind.FUI7]
    iet = MINIMUM_AGE[ClockKind.IET_INITIATION]
    last_day = IET_INITIATION_DAYS - 1
    return said(
        "FollowUpReport",
        "FUH (follow-up after hospitalization for mental illness): of the discharges in the "
        "period from inpatient care for mental health or co-occurring disorders, of clients "
        "%1 or older on the discharge day, the share with a mental-health follow-up visit "
        "within 7 days and within 30 days after the discharge (day 0 is the discharge day "
        "and a visit that day does not count; day 7 and day 30 count). FUI (follow-up after "
        "high-intensity care for substance use): the same for discharges from inpatient, "
        "residential or withdrawal-management care for substance use or co-occurring "
        "disorders, of clients %2 or older, with a substance-use visit outside 24-hour "
        "care. IET initiation: of the new substance-use episodes in the period (no "
        "substance-use care in the %3 days before), of clients "
        "%4 or older on the episode date, the share with treatment initiated within 14 "
        "days of the episode date (day 0 to day %5); an admission to 24-hour care "
        "initiates treatment itself. A visit is what the worklist's clocks count: the start "
        "of, or an attended session in, outpatient, IOP or PHP care of the same focus, or a "
        "kept appointment that counts for it. A discharge followed by a readmission or "
        "direct transfer to 24-hour care within %6 days is left "
        "out of both its 7-day and 30-day rates (the later discharge counts instead), while the "
        "worklist shows the clock transferred, or met or missed as it happened. Judged on "
        "%7: clocks still open are listed but not counted, and the rates "
        "over discharges of the last %6 days can still change as "
        "readmissions are recorded. This follows the logic of the NCQA HEDIS FUH, FUI and "
        "IET measures on the app's own record; it is not a certified HEDIS calculation (no "
        "claims, enrollment or diagnosis codes). Filters: level, program and track are "
        "those of the stay left (FUH, FUI) or of the new substance-use episode (IET); case "
        "manager and payer are the client's as recorded now.").arg(
            fuh, fui, NEW_SUD_EPISODE_CLEAN_DAYS, iet, last_day, READMISSION_EXCLUSION_DAYS,
            as_of)


def _figure(found: MeasureCount) -> Figure:
    if found.measure.kind is ClockKind.IET_INITIATION:
        detail = said("FollowUpReport", "%1 missed, %2 open").arg(found.tally.missed,
                                                                 found.pending)
    else:
        detail = said("FollowUpReport", "%1 missed, %2 left out, %3 open").arg(
            found.tally.missed, found.excluded, found.pending)
    return Figure(f"follow_up.{found.measure.key}", found.measure.label, found.rate,
                  Unit.PERCENT, found.numerator, found.denominator, detail=detail,
                  list_key=list_key(found.measure.key, FollowUpOutcome.MET))


def _by_measure(measures: Iterable[MeasureCount]) -> Table:
    rows = tuple((found.measure.label, str(found.eligible), str(found.excluded),
                  str(found.pending), str(found.denominator), str(found.numerator),
                  percent_text(found.rate)) for found in measures)
    return Table("follow_up.by_measure", said("FollowUpReport", "By measure"),
                 (said("FollowUpReport", "Measure"), said("FollowUpReport", "Eligible"),
                  said("FollowUpReport", "Excluded"), said("FollowUpReport", "Pending"),
                  said("FollowUpReport", "Denominator"), said("FollowUpReport", "Numerator"),
                  said("FollowUpReport", "Rate")), rows, numeric=frozenset(range(1, 7)))


def _by_level(measures: Iterable[MeasureCount]) -> Table:
    rows = tuple((found.measure.label, level, str(part.eligible), str(part.denominator),
                  str(part.numerator), percent_text(part.rate))
                 for found in measures for level, part in found.by_level)
    return Table("follow_up.by_level", said("FollowUpReport", "By level of care left or started"),
                 (said("FollowUpReport", "Measure"), said("FollowUpReport", "Level"),
                  said("FollowUpReport", "Eligible"), said("FollowUpReport", "Denominator"),
                  said("FollowUpReport", "Numerator"), said("FollowUpReport", "Rate")),
                 rows, numeric=frozenset({2, 3, 4, 5}))


def _case_list(found: MeasureCount, outcome: FollowUpOutcome) -> CaseList:
    """The cases of one measure with one outcome; the rows are written out when the list
    is first opened or saved."""
    measure = found.measure
    iet = measure.kind is ClockKind.IET_INITIATION
    day_zero = (said("FollowUpReport", "Episode date") if iet
                else said("FollowUpReport", "Discharged"))
    head = (said("FollowUpReport", "Client"), said("FollowUpReport", "Record number"),
            said("FollowUpReport", "Level"), day_zero)
    columns: tuple[str, ...]
    row: Callable[[FollowUpCase], tuple[str, ...]]
    if outcome is FollowUpOutcome.MET:
        met_on = (said("FollowUpReport", "Treated on") if iet
                  else said("FollowUpReport", "Seen on"))
        columns = (*head, met_on, said("FollowUpReport", "Day"), said("FollowUpReport", "Met by"),
                   said("FollowUpReport", "Case manager"))

        def row(case: FollowUpCase) -> tuple[str, ...]:
            return (*_head(case), _day(case.met_on), _number(case.days), case.met_by,
                    case.case_manager)
    elif outcome is FollowUpOutcome.EXCLUDED:
        columns = (*head, said("FollowUpReport", "Readmitted"),
                   said("FollowUpReport", "Worklist"), said("FollowUpReport", "Case manager"),
                   said("FollowUpReport", "Reason"))

        def row(case: FollowUpCase) -> tuple[str, ...]:
            return (*_head(case), _day(case.readmitted_on), _WORKLIST_WORDS[case.worklist_state],
                    case.case_manager, case.reason)
    else:
        columns = (*head, said("FollowUpReport", "Due"), said("FollowUpReport", "Case manager"),
                   said("FollowUpReport", "Reason"))

        def row(case: FollowUpCase) -> tuple[str, ...]:
            return (*_head(case), case.due.isoformat(), case.case_manager, case.reason)

    def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        cases = found.of(outcome)
        return tuple(map(row, cases)), tuple(case.client_id for case in cases)

    return CaseList.later(
        list_key(measure.key, outcome), _LIST_TITLES[outcome].arg(measure.label), columns,
        found.tally.count(outcome), build)


def _head(case: FollowUpCase) -> tuple[str, str, str, str]:
    return case.client_name, case.record_number, case.level_code, case.start.isoformat()


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _number(value: int | None) -> str:
    return "" if value is None else str(value)

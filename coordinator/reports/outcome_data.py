"""An outcome report as the screen, the command line, a CSV file and a PDF all show it.

Each report service answers with its own typed result (``coordinator.services.reports``);
one pure function per report turns that result into a ``ReportSheet``: the headline
figures with their numerators and denominators, the definition printed with them, the
breakdown tables, the charts' series and the lists of clients behind each figure. The
Reports view, ``coordinator report`` (table, CSV) and the printable PDF read the same
sheet, so a printed figure is the figure on screen and never a second computation.

Plain frozen dataclasses: no Qt, no ReportLab, no database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from coordinator.domain.words import said

#: Every outcome report, by its command-line name and title, in the order the Reports view
#: lists them and ``report outcomes`` prints them. Kept here, away from the database layer,
#: so ``coordinator --help`` lists them without loading it; the services' catalog gives each
#: its reader. The titles are ``Words`` (the Reports view shows them translated).
REPORT_KINDS: tuple[tuple[str, str], ...] = (
    ("step-down", said("Reports", "Step-down within the window")),
    ("follow-up", said("Reports", "Follow-up after hospitalization (FUH, FUI) and IET")),
    ("retention", said("Reports", "Retention in IOP and PHP")),
    ("symptoms", said("Reports", "Symptom change (PHQ-9, GAD-7)")),
    ("referrals", said("Reports", "Referral outcomes")),
    ("census", said("Reports", "Census over time")),
    ("attendance", said("Reports", "Attendance")),
    ("caseload", said("Reports", "Caseload per case manager")),
)


class Unit(StrEnum):
    """How a figure's ``value`` reads."""

    PERCENT = "percent"  # a share from 0 to 1, printed as a percentage
    DAYS = "days"
    COUNT = "count"
    POINTS = "points"  # a change in an instrument's score


@dataclass(frozen=True)
class Figure:
    """One headline number.

    ``value`` is None when there is nothing to compute it from (a rate over 0 cases);
    ``numerator`` and ``denominator`` are given for rates (and None otherwise). ``detail``
    is a short plain addition ("95 % CI -7.1 to -4.3", "median of 19 met"). ``list_key``
    names the ``CaseList`` of the clients behind the number ("" when none).
    """

    key: str
    label: str
    value: float | None
    unit: Unit
    numerator: int | None = None
    denominator: int | None = None
    detail: str = ""
    list_key: str = ""


@dataclass(frozen=True)
class Table:
    """A breakdown (by category, by level, by case manager): text cells, one row per group.

    ``numeric`` holds the indexes of the columns that are numbers (right-aligned).
    """

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()


class ChartKind(StrEnum):
    LINE = "line"
    STEP = "step"  # a survival curve: each value holds until the next point
    STACKED_AREA = "stacked_area"
    BAR = "bar"  # grouped bars, one group per x label


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """A chart's data. ``x`` are the points' positions (days, or 0, 1, 2 … for weeks);
    ``x_labels`` the text for each (same length); each series has one value per point.
    ``y_max`` fixes the top of the value axis (1.0 for shares), None to fit the data.
    ``description`` says in words what the chart shows, for a screen reader and the PDF.
    """

    key: str
    title: str
    kind: ChartKind
    x: tuple[float, ...]
    x_labels: tuple[str, ...]
    series: tuple[Series, ...]
    x_title: str
    y_title: str
    y_max: float | None = None
    y_unit: Unit = Unit.COUNT
    description: str = ""


Rows = tuple[tuple[str, ...], ...]


class CaseList:
    """The clients behind a figure: one row per case, ``client_ids`` in row order (for
    opening a record and for the audit trail's count).

    A report counts its cases in one read, but writing out tens of thousands of rows of
    names and dates is most of a large clinic's report and is needed only when the list is
    opened or saved: ``CaseList.later`` takes the number of cases and a function that
    writes the rows on first use, either from what the report already read or for the
    cases it counted, with what it did not need to count (names, programs) read then.
    ``size`` is known either way; ``rows`` and ``client_ids`` are the same whichever way
    the list was made.
    """

    __slots__ = ("_build", "_built", "columns", "key", "size", "title")

    def __init__(self, key: str, title: str, columns: tuple[str, ...], rows: Rows,
                 client_ids: tuple[int, ...]) -> None:
        if len(rows) != len(client_ids):
            raise ValueError(f"{key}: {len(rows)} rows for {len(client_ids)} clients")
        self.key = key
        self.title = title
        self.columns = columns
        self.size = len(rows)
        self._built: tuple[Rows, tuple[int, ...]] | None = (rows, client_ids)
        self._build: Callable[[], tuple[Rows, tuple[int, ...]]] | None = None

    @classmethod
    def later(cls, key: str, title: str, columns: tuple[str, ...], size: int,
              build: Callable[[], tuple[Rows, tuple[int, ...]]]) -> CaseList:
        """A list of ``size`` cases whose rows and client ids ``build`` returns when first
        asked for."""
        made = cls(key, title, columns, (), ())
        made.size = size
        made._built = None
        made._build = build
        return made

    @property
    def rows(self) -> Rows:
        return self._contents()[0]

    @property
    def client_ids(self) -> tuple[int, ...]:
        return self._contents()[1]

    def _contents(self) -> tuple[Rows, tuple[int, ...]]:
        built = self._built
        if built is None:
            assert self._build is not None
            rows, client_ids = built = self._build()
            if not len(rows) == len(client_ids) == self.size:
                raise ValueError(f"{self.key}: {len(rows)} rows for {len(client_ids)} "
                                 f"clients, {self.size} counted")
            # Two threads asking at once each build the same rows; either result is kept.
            self._built, self._build = built, None
        return built

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CaseList):
            return NotImplemented
        return (self.key, self.title, self.columns, self.size, self.rows, self.client_ids) == (
            other.key, other.title, other.columns, other.size, other.rows, other.client_ids)

    def __hash__(self) -> int:
        return hash((self.key, self.title, self.columns, self.size))

    def __repr__(self) -> str:
        return f"CaseList({self.key!r}, {self.size} rows)"


@dataclass(frozen=True)
class ReportSheet:
    """One report over one period: what it counts (``definition``), its figures, charts,
    tables and lists. ``note`` is a sentence when there is nothing to count ("" else);
    ``filters`` says in words who is included ("Everyone" when not narrowed)."""

    name: str
    title: str
    first_day: date
    last_day: date
    as_of: date
    filters: str
    definition: str
    figures: tuple[Figure, ...] = ()
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    lists: tuple[CaseList, ...] = ()
    note: str = ""

    def case_list(self, key: str) -> CaseList:
        """The list named ``key``; KeyError when the sheet has none of that name."""
        for found in self.lists:
            if found.key == key:
                return found
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        for found in self.figures:
            if found.key == key:
                return found
        raise KeyError(key)


def percent_text(value: float | None) -> str:
    """A share as people read it: 0.9047 → "90.5 %"; None → "–" (nothing to compute)."""
    if value is None:
        return "–"
    return f"{value * 100:.1f} %"


def figure_text(figure: Figure) -> str:
    """A figure's value as printed, with its fraction for a rate ("90.5 % (19 of 21)")."""
    if figure.value is None:
        text = "–"
    elif figure.unit is Unit.PERCENT:
        text = percent_text(figure.value)
    elif figure.unit is Unit.DAYS:
        text = f"{figure.value:g} days" if figure.value != 1 else "1 day"
    elif figure.unit is Unit.POINTS:
        text = f"{figure.value:+.1f} points"
    else:
        text = f"{figure.value:,.0f}"
    if figure.numerator is not None and figure.denominator is not None:
        text += f" ({figure.numerator} of {figure.denominator})"
    return text


def last_full_quarter(today: date) -> tuple[date, date]:
    """The last calendar quarter that ended before ``today``: the reports' default period
    (on 2026-05-12: 2026-01-01 to 2026-03-31)."""
    this_quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last_day = this_quarter - timedelta(days=1)
    return date(last_day.year, last_day.month - 2, 1), last_day

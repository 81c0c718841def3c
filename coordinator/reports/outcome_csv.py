"""The outcome reports as one CSV file: the same ``ReportSheet``s the screen and the PDF show.

One file, not one per list: it can go to standard output (``coordinator report … --format
csv``), and a single file keeps each list beside the figure it explains. The file holds one
section per report, sections apart by an empty row; every row's first cell says what the
row is, so a spreadsheet filter on column A picks out one kind of row:

- ``Report``, its name and title; ``Period``, first and last day; ``Judged on``;
  ``Included`` (the filters in words); ``Definition``; ``Note`` (only when there is
  nothing to count);
- ``Figures``, then a header row and one row per figure: key, label, value, unit,
  numerator, denominator, the value as printed, detail, and the key of the list behind it.
  The value is the raw number (a share from 0 to 1 for a percentage, so a spreadsheet can
  compute with it); "as printed" is the text the screen shows ("90.5 % (19 of 21)");
- ``Chart`` and its title, then a header row (the x axis, then one column per series)
  and one row per point;
- ``Table`` and its title, then its header row and rows;
- ``List``, its key and title and row count, then its header row and one row per client.

Dates are ISO 8601 (YYYY-MM-DD). A spreadsheet runs a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return as a formula, so such a text cell (a name or a
reason typed that way) is written with a leading apostrophe, as the audit trail's export
does; a plain number ("-5.6") is left as it is.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from typing import TextIO

from coordinator.reports.outcome_data import Figure, ReportSheet, figure_text

FIGURE_COLUMNS = ("Key", "Figure", "Value", "Unit", "Numerator", "Denominator",
                  "As printed", "Detail", "List")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


def safe_cell(cell: str) -> str:
    """``cell``, with an apostrophe before it when a spreadsheet would read it as a
    formula (a number stays a number)."""
    if cell.startswith(_FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def sheet_rows(sheet: ReportSheet) -> Iterator[tuple[str, ...]]:
    """The rows of one report's section, unguarded (``write_csv`` guards them)."""
    yield ("Report", sheet.name, sheet.title)
    yield ("Period", sheet.first_day.isoformat(), sheet.last_day.isoformat())
    yield ("Judged on", sheet.as_of.isoformat())
    yield ("Included", sheet.filters)
    yield ("Definition", sheet.definition)
    if sheet.note:
        yield ("Note", sheet.note)
    if sheet.figures:
        yield ()
        yield ("Figures",)
        yield FIGURE_COLUMNS
        yield from (_figure_row(figure) for figure in sheet.figures)
    for chart in sheet.charts:
        yield ()
        yield ("Chart", chart.key, chart.title)
        yield (chart.x_title, *(series.name for series in chart.series))
        for index, label in enumerate(chart.x_labels):
            yield (label, *(_number(series.values[index]) if index < len(series.values)
                            else "" for series in chart.series))
    for table in sheet.tables:
        yield ()
        yield ("Table", table.key, table.title)
        yield table.columns
        yield from table.rows
    for found in sheet.lists:
        yield ()
        yield ("List", found.key, found.title, str(len(found.rows)))
        yield found.columns
        yield from found.rows


def _figure_row(figure: Figure) -> tuple[str, ...]:
    return (figure.key, figure.label, _number(figure.value), figure.unit.value,
            "" if figure.numerator is None else str(figure.numerator),
            "" if figure.denominator is None else str(figure.denominator),
            figure_text(figure), figure.detail, figure.list_key)


def _number(value: float | None) -> str:
    """A value as a spreadsheet reads it back: whole numbers without ".0"."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def all_rows(sheets: Sequence[ReportSheet]) -> Iterator[tuple[str, ...]]:
    for number, sheet in enumerate(sheets):
        if number:
            yield ()
        yield from sheet_rows(sheet)


def write_csv(sheets: Sequence[ReportSheet], stream: TextIO) -> int:
    """Write the reports to ``stream``; the number of rows written."""
    writer = csv.writer(stream, lineterminator="\n")
    count = 0
    for row in all_rows(sheets):
        writer.writerow([safe_cell(cell) for cell in row])
        count += 1
    return count


def csv_text(sheets: Sequence[ReportSheet]) -> str:
    """The whole file as text (what a file on disk holds after its UTF-8 byte-order mark,
    which lets a spreadsheet read names such as "Nguyễn" right)."""
    buffer = io.StringIO()
    write_csv(sheets, buffer)
    return buffer.getvalue()


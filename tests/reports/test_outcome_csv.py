"""The outcome reports' CSV file: one section per report, read back as a spreadsheet would
read it, with no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import date

from coordinator.reports.outcome_csv import csv_text, safe_cell
from coordinator.reports.outcome_data import (
    CaseList,
    Chart,
    ChartKind,
    Figure,
    ReportSheet,
    Series,
    Table,
    Unit,
)

FIRST, LAST, AS_OF = date(2026, 1, 1), date(2026, 3, 31), date(2026, 4, 2)


def test_each_report_is_a_section_of_figures_charts_tables_and_lists() -> None:
    retention = ReportSheet(
        "retention", "Retention in IOP and PHP", FIRST, LAST, AS_OF, "Track: morning",
        "Of the clients admitted, the share still attending.",
        figures=(Figure("rate", "Still attending at week 4", 19 / 21, Unit.PERCENT, 19, 21,
                        list_key="gone"),
                 Figure("change", "Mean PHQ-9 change", -5.6, Unit.POINTS),
                 Figure("none", "Median weeks", None, Unit.COUNT)),
        charts=(Chart("curve", "Still attending", ChartKind.STEP, (0.0, 7.0), ("0", "7"),
                      (Series("IOP", (1.0, 0.75)), Series("PHP", (1.0, 0.5))), "Days",
                      "Share", 1.0, Unit.PERCENT),),
        tables=(Table("by_level", "By level", ("Level", "Admitted"), (("IOP", "12"),),
                      frozenset({1})),),
        lists=(CaseList("gone", "Stopped attending", ("Client", "Record number", "Reason"),
                        (("Nguyễn, Lan", "MRN-000002", "=HYPERLINK(\"http://x\")"),
                         ("-Dash, Ann", "MRN-000003", "+1 more")), (2, 3)),))
    empty = ReportSheet("census", "Census over time", FIRST, LAST, AS_OF, "Everyone",
                        "Clients in care each week.", note="No clients were in care.")
    rows = list(csv.reader(io.StringIO(csv_text([retention, empty]))))
    assert rows == [
        ["Report", "retention", "Retention in IOP and PHP"],
        ["Period", "2026-01-01", "2026-03-31"],
        ["Judged on", "2026-04-02"],
        ["Included", "Track: morning"],
        ["Definition", "Of the clients admitted, the share still attending."],
        [],
        ["Figures"],
        ["Key", "Figure", "Value", "Unit", "Numerator", "Denominator", "As printed",
         "Detail", "List"],
        ["rate", "Still attending at week 4", repr(19 / 21), "percent", "19", "21",
         "90.5 % (19 of 21)", "", "gone"],
        # "-5.6 points" would start a formula: text; the value -5.6 stays a number.
        ["change", "Mean PHQ-9 change", "-5.6", "points", "", "", "'-5.6 points", "", ""],
        ["none", "Median weeks", "", "count", "", "", "–", "", ""],
        [],
        ["Chart", "curve", "Still attending"],
        ["Days", "IOP", "PHP"],
        ["0", "1", "1"],
        ["7", "0.75", "0.5"],
        [],
        ["Table", "by_level", "By level"],
        ["Level", "Admitted"],
        ["IOP", "12"],
        [],
        ["List", "gone", "Stopped attending", "2"],
        ["Client", "Record number", "Reason"],
        # A cell a spreadsheet would run as a formula stays text; a number stays a number.
        ["Nguyễn, Lan", "MRN-000002", "'=HYPERLINK(\"http://x\")"],
        ["'-Dash, Ann", "MRN-000003", "'+1 more"],
        [],
        ["Report", "census", "Census over time"],
        ["Period", "2026-01-01", "2026-03-31"],
        ["Judged on", "2026-04-02"],
        ["Included", "Everyone"],
        ["Definition", "Clients in care each week."],
        ["Note", "No clients were in care."],
    ]


def test_only_formula_starts_are_guarded() -> None:
    assert [safe_cell(cell) for cell in ("=1+1", "@SUM(A1)", "\tx", "-5.6", "-12", "1e-3",
                                         "-1+2", "Moss, Ada", "")] == [
        "'=1+1", "'@SUM(A1)", "'\tx", "-5.6", "-12", "1e-3", "'-1+2", "Moss, Ada", ""]

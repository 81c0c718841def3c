"""A report's list of clients can be written out when it is first opened or saved: its size
is known at once, its rows are the same as a list written at once, and a list that does
not hold what it counted says so instead of showing the wrong rows."""

from __future__ import annotations

import pytest

from coordinator.reports.outcome_data import CaseList

COLUMNS = ("Client", "Record number")


def test_a_list_written_later_counts_at_once_and_writes_its_rows_once() -> None:
    calls: list[int] = []

    def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        calls.append(1)
        return (("Moss, Ada", "MRN-000001"), ("Ortiz, Ben", "MRN-000002")), (11, 12)

    later = CaseList.later("census.in_care", "In care on 2026-09-30", COLUMNS, 2, build)

    assert later.size == 2 and calls == []
    assert later.rows == (("Moss, Ada", "MRN-000001"), ("Ortiz, Ben", "MRN-000002"))
    assert later.client_ids == (11, 12)
    assert later.rows[1][0] == "Ortiz, Ben"
    assert calls == [1]
    assert later == CaseList("census.in_care", "In care on 2026-09-30", COLUMNS,
                             (("Moss, Ada", "MRN-000001"), ("Ortiz, Ben", "MRN-000002")),
                             (11, 12))


def test_a_list_that_writes_more_rows_than_it_counted_is_refused() -> None:
    later = CaseList.later("census.admissions", "Admissions in the period", COLUMNS, 1,
                           lambda: ((("Moss, Ada", "MRN-000001"), ("Ortiz, Ben", "MRN-000002")),
                                    (11, 12)))

    with pytest.raises(ValueError, match="2 rows for 2 clients, 1 counted"):
        _ = later.rows


def test_a_list_written_at_once_needs_a_client_per_row() -> None:
    with pytest.raises(ValueError, match="1 rows for 2 clients"):
        CaseList("gone", "Stopped attending", COLUMNS, (("Moss, Ada", "MRN-000001"),), (11, 12))

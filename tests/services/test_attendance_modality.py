"""Telehealth in the roll call: each mark says how the client attended (in person unless
told), and adherence can be counted per way of attending."""

from __future__ import annotations

from datetime import date

import pytest

from coordinator.domain.errors import ValidationError
from coordinator.services.attendance_views import AttendanceMark, RollCallRow, mark_field
from coordinator.services.reports import ReportPeriod
from tests.services.test_attendance import MON, THU, TUE, Program
from tests.services.test_attendance import program as program  # the same clinic fixture


def rows(program: Program, day: date) -> dict[str, RollCallRow]:
    return {row.client_name: row
            for row in program.maria.attendance.roll_call(program.schedule_id, day).rows}


def test_marks_record_how_each_client_attended_and_adherence_is_counted_per_modality(
        program: Program) -> None:
    ana = program.client("Ana", "Reyes")
    bo = program.client("Bo", "Chen")
    attendance = program.maria.attendance
    attendance.mark(program.schedule_id, MON, [
        AttendanceMark(ana, "present"), AttendanceMark(bo, "telehealth")])
    attendance.mark(program.schedule_id, TUE, [
        AttendanceMark(ana, "present", modality="phone"),
        AttendanceMark(bo, "unexcused", modality="video")])
    attendance.mark(program.schedule_id, THU, [
        AttendanceMark(ana, "unexcused"), AttendanceMark(bo, "telehealth", modality="phone")])

    assert [(name, row.modality) for name, row in rows(program, MON).items()] == [
        ("Chen, Bo", "video"), ("Reyes, Ana", "in_person")]
    counts = {row.modality: (row.attended, row.scheduled)
              for row in attendance.modality_adherence(MON, THU)}
    assert counts == {"in_person": (1, 2), "video": (1, 2), "phone": (2, 2)}
    assert {row.modality: row.scheduled for row in attendance.modality_adherence(
        date(2026, 3, 3), date(2026, 3, 3))} == {"in_person": 0, "video": 1, "phone": 1}

    # The attendance report has the same counts, by how clients attended.
    sheet = program.admin.reports.sheet("attendance", ReportPeriod(MON, date(2026, 3, 6)))
    (table,) = [table for table in sheet.tables if table.key == "attendance.by_modality"]
    assert [row[:3] for row in table.rows] == [
        ("In person", "2", "1"), ("Video", "2", "1"), ("Phone", "2", "2")]


def test_an_unknown_way_of_attending_is_refused_under_the_client_and_nothing_is_saved(
        program: Program) -> None:
    ana = program.client("Ana", "Reyes")
    before = program.attendance_rows()
    with pytest.raises(ValidationError) as refused:
        program.maria.attendance.mark(program.schedule_id, MON, [
            AttendanceMark(ana, "present", modality="carrier pigeon")])
    assert refused.value.fields == {
        mark_field(ana): "Ana Reyes: choose in person, video or phone."}
    assert program.attendance_rows() == before

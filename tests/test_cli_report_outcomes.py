"""``coordinator report step-down`` (and ``report outcomes``): the outcome reports on the
command line, as a table, a CSV file and a PDF, on a small real caseload.

The printed and written figures are compared with the sheet the report service returns for
the same period and filters (the screen reads that same sheet); the service's own counts
are tested against an independent count in tests/services/test_report_step_down.py.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, select

from coordinator.cli import CLIENT_FILE_NOTICE, CLIENT_OUTPUT_NOTICE, last_full_quarter
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import FacilityKind
from coordinator.reports.outcome_data import REPORT_KINDS, ReportSheet, figure_text
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.passwords import hash_password
from coordinator.services.reports import REPORT_NAMES, ReportFilters, ReportPeriod
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, User
from tests.cli_helpers import run
from tests.services.helpers import ADMIN_PASSWORD, SteppingClock

AS_OF = date(2026, 6, 1)
SPRING = ("--from", "2026-03-01", "--to", "2026-05-31", "--as-of", AS_OF.isoformat())


@dataclass
class Clinic:
    url: str
    services: AppServices  # signed in as the administrator 'ana'
    harbor: int


@cache
def password_hash() -> str:
    """Every account's password hashed once per run (hashing is slow on purpose)."""
    return hash_password(ADMIN_PASSWORD)


@pytest.fixture
def clinic(database: Database, monkeypatch: pytest.MonkeyPatch) -> Clinic:
    """Four discharges in spring 2026: Ada Moss stepped down from Harbor House on day 14,
    Ben Ortiz missed (IOP on day 15), Cy Park stepped down from PHP in two days, and Flo
    Sato's window is still open on 1 June. The administrator 'ana', a supervisor 'sam' and
    a case manager 'cara' are written straight to the database with one password."""
    services = AppServices(database, clock=SteppingClock(datetime(2026, 6, 1, 12, tzinfo=UTC)))
    with database.engine.begin() as connection:
        connection.execute(insert(User), [
            {"username": username, "full_name": username.title(), "role": role.value,
             "password_hash": password_hash()}
            for username, role in (("ana", Role.ADMIN), ("sam", Role.SUPERVISOR),
                                   ("cara", Role.CASE_MANAGER))])
    services.auth.login("ana", ADMIN_PASSWORD)
    cara = next(user.id for user in services.users.list_users() if user.username == "cara")
    harbor = services.facilities.create(FacilityInput(
        "Harbor House", FacilityKind.OWN_PROGRAM.value, ("RES",))).id

    def client(given: str, family: str, payer: str,
               *stays: tuple[str, date, date | None, int | None]) -> None:
        made = services.clients.create(ClientInput(given, family, date(1990, 1, 1),
                                                   insurance_payer=payer,
                                                   primary_case_manager_id=cara))
        for level, start, end, facility in stays:
            services.episodes.add(made.id, EpisodeInput(level, start, end_date=end,
                                                        facility_id=facility))

    client("Ada", "Moss", "Medicaid", ("RES", date(2026, 2, 20), date(2026, 3, 2), harbor),
           ("IOP", date(2026, 3, 16), date(2026, 4, 30), None))
    client("Ben", "Ortiz", "Aetna", ("INP", date(2026, 3, 1), date(2026, 3, 5), None),
           ("IOP", date(2026, 3, 20), None, None))
    client("Cy", "Park", "Medicaid", ("PHP", date(2026, 2, 10), date(2026, 3, 10), None),
           ("OP", date(2026, 3, 12), None, None))
    client("Flo", "Sato", "Aetna", ("INP", date(2026, 5, 10), date(2026, 5, 25), None))
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    return Clinic(database.url.render_as_string(hide_password=False), services, harbor)


def step_down_sheet(clinic: Clinic, filters: ReportFilters | None = None) -> ReportSheet:
    return clinic.services.reports.sheet(
        "step-down", ReportPeriod(date(2026, 3, 1), date(2026, 5, 31), AS_OF), filters)


def report(capsys: pytest.CaptureFixture[str], clinic: Clinic, *argv: str,
           user: str = "ana") -> tuple[int, str, str]:
    return run(capsys, "--db", clinic.url, "--user", user, "report", *argv)


def exports(clinic: Clinic) -> list[tuple[str, str, str]]:
    with clinic.services.db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(  # type: ignore[misc]
            select(AuditEvent.username, AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.entity_type == "outcome_report").order_by(AuditEvent.id))]


def test_the_csv_figures_and_lists_are_the_services_sheet(
        clinic: Clinic, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = report(capsys, clinic, "step-down", *SPRING, "--format", "csv")
    assert (code, err) == (0, CLIENT_OUTPUT_NOTICE + "\n")
    rows = list(csv.reader(io.StringIO(out)))
    sheet = step_down_sheet(clinic)
    assert rows[:4] == [["Report", "step-down", "Step-down within the window"],
                        ["Period", "2026-03-01", "2026-05-31"], ["Judged on", "2026-06-01"],
                        ["Included", "Everyone"]]
    start = rows.index(["Figures"]) + 2
    figures = {row[0]: row for row in rows[start:start + len(sheet.figures)]}
    assert set(figures) == {figure.key for figure in sheet.figures}
    for figure in sheet.figures:
        row = figures[figure.key]
        value = None if row[2] == "" else float(row[2])
        assert (row[1], value, row[4], row[5], row[6]) == (
            figure.label, figure.value,
            "" if figure.numerator is None else str(figure.numerator),
            "" if figure.denominator is None else str(figure.denominator),
            figure_text(figure))
    # Ada and Cy met, Ben missed; Flo's window is open and not counted.
    rate = figures["step_down.rate"]
    assert (rate[2], rate[4], rate[5], rate[6]) == (str(2 / 3), "2", "3", "66.7 % (2 of 3)")
    for found in sheet.lists:
        at = rows.index(["List", found.key, found.title, str(len(found.rows))])
        assert rows[at + 1] == list(found.columns)
        assert [tuple(row) for row in rows[at + 2:at + 2 + len(found.rows)]] == list(
            found.rows)
    missed = sheet.case_list("step_down.misses")
    assert [row[:4] for row in missed.rows] == [("Ortiz, Ben", missed.rows[0][1], "INP",
                                                 "2026-03-05")]
    assert exports(clinic)[-1] == (
        "ana", "export", "reports=step-down; format=csv; period=2026-03-01..2026-05-31; "
                         "listed=4")


def test_the_filters_narrow_the_csv_as_they_narrow_the_sheet(
        clinic: Clinic, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = report(capsys, clinic, "step-down", *SPRING, "--format", "csv",
                          "--program", "harbor house", "--payer", " MEDICAID ")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert ["Included", "Program: Harbor House; Payer: MEDICAID"] in rows
    rate = next(row for row in rows if row[:1] == ["step_down.rate"])
    assert rate[4:7] == ["1", "1", "100.0 % (1 of 1)"]
    sheet = step_down_sheet(clinic, ReportFilters(facility_id=clinic.harbor, payer="medicaid"))
    assert sheet.figure("step_down.rate").numerator == 1
    code, out, _ = report(capsys, clinic, "step-down", *SPRING, "--format", "csv",
                          "--program", str(clinic.harbor), "--level", "INP")
    rate = next(row for row in csv.reader(io.StringIO(out))
                if row[:1] == ["step_down.rate"])
    assert (code, rate[4:7]) == (0, ["0", "0", "– (0 of 0)"])


def test_report_outcomes_writes_every_report_of_the_catalog_in_one_file(
        clinic: Clinic, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = report(capsys, clinic, "outcomes", *SPRING, "--format", "csv")
    assert (code, err) == (0, CLIENT_OUTPUT_NOTICE + "\n")
    rows = list(csv.reader(io.StringIO(out)))
    assert [row[1] for row in rows if row[:1] == ["Report"]] == list(REPORT_NAMES)
    assert rows.count(["Period", "2026-03-01", "2026-05-31"]) == len(REPORT_NAMES)
    rate = next(row for row in rows if row[:1] == ["step_down.rate"])
    assert rate[4:7] == ["2", "3", "66.7 % (2 of 3)"]
    (username, action, detail), = exports(clinic)
    assert (username, action) == ("ana", "export")
    assert detail.startswith(f"reports={','.join(REPORT_NAMES)}; format=csv; "
                             "period=2026-03-01..2026-05-31; listed=")


def test_the_pdf_is_written_logged_and_reads_back(
        clinic: Clinic, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "spring.pdf"
    code, out, err = report(capsys, clinic, "step-down", *SPRING, "--format", "pdf",
                            "--out", str(target), user="sam")
    assert (code, err) == (0, CLIENT_FILE_NOTICE + "\n")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert out == f"Saved {target} ({len(reader.pages)} pages).\n"
    assert [path.name for path in folder.iterdir()] == ["spring.pdf"]  # no temporary left
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Step-down within the window" in text and "66.7 %" in text
    assert "Ortiz, Ben" in text and "Moss, Ada" in text and "Sato, Flo" in text
    assert "Period 2026-03-01 to 2026-05-31" in text
    assert all("CONFIDENTIAL" in page.extract_text() for page in reader.pages)
    assert exports(clinic)[-1] == (
        "sam", "export", "reports=step-down; format=pdf; period=2026-03-01..2026-05-31; "
                         "listed=4")


def test_the_table_prints_figures_and_only_with_lists_the_clients(
        clinic: Clinic, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = report(capsys, clinic, "step-down", *SPRING)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:3] == ["Step-down within the window", "=" * 27,
                         "Period 2026-03-01 to 2026-05-31, judged on 2026-06-01. Included: "
                         "Everyone."]
    rate = next(line for line in lines if line.startswith("Stepped down within 14 days"))
    assert rate.split()[-3:] == ["%", "2", "3"] and "66.7 %" in rate
    assert "Ortiz" not in out
    assert ("Lists (add --lists to print them): Missed step-downs (1); Stepped down in time "
            "(2); Window still\nopen (1); Back in 24-hour care first (0).") in out
    assert exports(clinic)[-1][1:] == (
        "view", "reports=step-down; format=table; period=2026-03-01..2026-05-31; listed=0")

    code, out, _ = report(capsys, clinic, "step-down", *SPRING, "--lists")
    assert code == 0
    missed = out.splitlines()[out.splitlines().index("Missed step-downs (1)") + 3]
    assert missed.startswith("Ortiz, Ben") and "IOP started on day 15" in missed
    assert exports(clinic)[-1][2].endswith("listed=4")


def test_bad_input_is_refused_in_a_sentence_and_a_long_period_warned_about(
        clinic: Clinic, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = len(exports(clinic))
    refused = [
        (("--from", "2026-05-31", "--to", "2026-03-01"), 1,
         "coordinator: The period ends on 2026-03-01, before it starts on 2026-05-31: "
         "choose an end date on or after the start date.\n"),
        ((*SPRING, "--program", "Nowhere House"), 1,
         "coordinator: No facility has the id or name 'Nowhere House'.\n"),
        ((*SPRING, "--case-manager", "zed"), 1,
         "coordinator: No user has the user name 'zed'.\n"),
        ((*SPRING, "--level", "XYZ"), 1, "coordinator: XYZ is not a level of care.\n"),
        ((*SPRING, "--track", "night"), 1, "coordinator: night is not a program track.\n"),
        ((*SPRING, "--format", "pdf"), 2,
         "coordinator: a PDF is written to a file: give --out FILE.pdf.\n"),
        ((*SPRING, "--format", "csv", "--out", str(tmp_path / "no" / "r.csv")), 1,
         f"coordinator: Could not save r.csv: the folder {tmp_path / 'no'} does not "
         "exist.\n"),
    ]
    for argv, exit_code, sentence in refused:
        code, out, err = report(capsys, clinic, "step-down", *argv)
        assert (code, out, err) == (exit_code, "", sentence), argv
    with pytest.raises(SystemExit) as stopped:
        report(capsys, clinic, "step-down", "--from", "2026-02-30")
    assert stopped.value.code == 2
    assert "argument --from: '2026-02-30' is not a date: write it as YYYY-MM-DD" in (
        capsys.readouterr().err)
    assert len(exports(clinic)) == before

    # A period over five years runs, after a warning.
    code, out, err = report(capsys, clinic, "step-down", "--from", "2020-01-01", "--to",
                            "2026-05-31", "--as-of", AS_OF.isoformat(), "--format", "csv")
    assert code == 0
    assert err == ("coordinator: warning: the period 2020-01-01 to 2026-05-31 is over five "
                   "years long; reading it may take a while.\n" + CLIENT_OUTPUT_NOTICE + "\n")
    assert ["Period", "2020-01-01", "2026-05-31"] in list(csv.reader(io.StringIO(out)))


def test_a_case_manager_is_refused_and_a_supervisor_may_filter_by_one(
        clinic: Clinic, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = report(capsys, clinic, "step-down", *SPRING, "--format", "csv",
                            user="cara")
    assert (code, out) == (3, "")
    assert err == ("coordinator: Outcome reports are for supervisors and administrators; "
                   "cara is signed in as case manager.\n")
    code, out, err = report(capsys, clinic, "step-down", *SPRING, "--format", "csv",
                            "--case-manager", "CARA", user="sam")
    assert (code, err) == (0, CLIENT_OUTPUT_NOTICE + "\n")
    assert ["Included", "Case manager: Cara"] in list(csv.reader(io.StringIO(out)))


def test_the_default_period_is_the_last_full_calendar_quarter() -> None:
    assert last_full_quarter(date(2026, 6, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert last_full_quarter(date(2026, 4, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert last_full_quarter(date(2026, 3, 31)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert last_full_quarter(date(2026, 12, 2)) == (date(2026, 7, 1), date(2026, 9, 30))


def test_every_report_of_the_catalog_has_a_command() -> None:
    assert tuple(name for name, _title in REPORT_KINDS) == REPORT_NAMES

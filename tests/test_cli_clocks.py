"""``coordinator report clocks``: open and recently closed transition clocks, table or CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from coordinator.cli import main
from coordinator.demo import generate_demo
from coordinator.services.app import open_services
from coordinator.services.dto import ClientInput
from coordinator.store.models import Episode
from tests.cli_helpers import choose_own_password, run

ADMIN_PASSWORD = "admin-password-1"
HEADER = ["Client", "Record number", "Clock", "Start", "Due", "Days left", "State"]


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Path:
    """A clinic database with the administrator 'ana' and no clients yet."""
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", ADMIN_PASSWORD)
    assert run(capsys, "--db", str(path), "users", "add", "ana", "--role", "admin")[0] == 0
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    return path


@pytest.fixture
def today(db_path: Path) -> date:
    """Two clients with clocks, dated from the day the command runs.

    Dara Sok left the hospital 3 days ago with nothing arranged yet; Lan Nguyễn left a day
    program 20 days ago and started IOP 9 days ago.
    """
    services, _ = open_services(str(db_path))
    try:
        services.auth.login("ana", ADMIN_PASSWORD)
        today = services.ctx.clock().astimezone().date()
        dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
        lan = services.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9))).id
        with services.db.engine.begin() as connection:
            connection.execute(insert(Episode), [
                {"client_id": dara, "level_code": "INP", "start_date": today - timedelta(10),
                 "end_date": today - timedelta(3), "status": "completed"},
                {"client_id": lan, "level_code": "PHP", "start_date": today - timedelta(40),
                 "end_date": today - timedelta(20), "status": "completed"},
                {"client_id": lan, "level_code": "IOP", "start_date": today - timedelta(9),
                 "end_date": None, "status": "active"},
            ])
    finally:
        services.close()
    return today


def expected_rows(today: date) -> list[list[str]]:
    def day(offset: int) -> str:
        return (today + timedelta(offset)).isoformat()

    return [
        ["Sok, Dara", "MRN-000001", "Mental-health follow-up (7 days)",
         day(-3), day(4), "4", "Open"],
        ["Sok, Dara", "MRN-000001", "Step-down window (14 days)", day(-3), day(11), "11",
         "Open"],
        ["Sok, Dara", "MRN-000001", "Mental-health follow-up (30 days)",
         day(-3), day(27), "27", "Open"],
        ["Nguyễn, Lan", "MRN-000002", "Step-down window (14 days)", day(-20), day(-6), "",
         "Met"],
    ]


def test_the_table_lists_open_clocks_by_days_left_then_recently_met_ones(
        db_path: Path, today: date, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "--user", "ana", "report", "clocks")
    assert (code, err) == (0, "")
    rows = expected_rows(today)
    widths = [max(len(cell) for cell in column) for column in zip(HEADER, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.rjust(width) if number == 5 else cell.ljust(width)
                         for number, (cell, width) in enumerate(
                             zip(cells, widths, strict=True))).rstrip()

    lines = out.splitlines()
    assert lines[0].split("  ")[0] == "Client" and "Days left" in lines[0]
    assert lines[1] == line(["-" * width for width in widths])
    assert lines[2:] == [line(row) for row in rows]
    # The days-left column is right-aligned: the "4" sits under the end of "Days left".
    assert lines[2].index(" 4  Open") + 2 == lines[0].index("Days left") + len("Days left")


def test_csv_has_a_header_row_and_one_row_per_clock(
        db_path: Path, today: date, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "ana", "report", "clocks",
                       "--format", "csv")
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [HEADER, *expected_rows(today)]


def test_an_empty_caseload_says_so(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "ana", "report", "clocks")
    assert (code, out) == (0, "No open or recently closed transition clocks.\n")
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "ana", "report", "clocks",
                       "--format", "csv")
    assert (code, out) == (0, ",".join(HEADER) + "\n")


def test_it_acts_as_a_signed_in_user(db_path: Path, today: date,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "report", "clocks")
    assert (code, out) == (3, "")
    assert err == "coordinator: This command reads or writes records: give --user NAME.\n"

    monkeypatch.setenv("COORDINATOR_PASSWORD", "wrong")
    code, out, err = run(capsys, "--db", str(db_path), "--user", "ana", "report", "clocks")
    assert (code, out, err) == (1, "", "coordinator: The user name or password is not right.\n")

    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", "reader-password")
    assert run(capsys, "--db", str(db_path), "--user", "ana", "users", "add", "rita",
               "--role", "read_only")[0] == 0
    # Rita first chooses her own password in the app, as her temporary one must be replaced.
    choose_own_password(db_path, "rita", "reader-password", "ritas-own-password")
    monkeypatch.setenv("COORDINATOR_PASSWORD", "ritas-own-password")
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "rita", "report", "clocks")
    assert code == 0 and "Sok, Dara" in out


def test_a_demo_database_still_needs_a_user(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    # Unlike screenshots, a report prints client records: no signing in as the demo admin.
    path = tmp_path / "demo.sqlite3"
    services, _ = open_services(str(path))
    try:
        generate_demo(services.db, clients=5, seed=3)
    finally:
        services.close()
    code, out, err = run(capsys, "--db", str(path), "report", "clocks")
    assert (code, out) == (3, "")
    assert "give --user NAME" in err


@pytest.mark.parametrize("argv", [["report"], ["report", "clocks", "--format", "pdf"]])
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().out == ""

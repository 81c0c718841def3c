"""The log file: where it goes, how it rolls over, what happens when it cannot be written, and
that a failure leaves its traceback there without the client's name or record number."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, String, Table, create_engine
from sqlalchemy.exc import IntegrityError

from coordinator.domain.errors import ValidationError
from coordinator.logs import (
    BACKUP_COUNT,
    LOG_DIR_ENV,
    MAX_BYTES,
    configure_logging,
    log_failure,
    log_folder,
    unconfigure_logging,
)
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.dialogs import report_failure
from tests.cli_helpers import run
from tests.ui.fakes import RecordingDialogs

# A name and record number that appear nowhere else, so finding them in the log means the
# log holds client data.
GIVEN, FAMILY, MRN = "Zephyrine", "Quillfeather", "QX-740219"
PASSWORD = "admin-password-1"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    yield folder
    unconfigure_logging()


def read_log(folder: Path) -> str:
    for handler in logging.getLogger("coordinator").handlers:
        handler.flush()
    return (folder / "coordinator.log").read_text(encoding="utf-8")


def test_the_log_file_is_made_in_the_folder_the_environment_names(log_dir: Path) -> None:
    assert log_folder() == log_dir

    path = configure_logging()
    logging.getLogger("coordinator.services.auth").info("User %d signed in", 7)

    assert path == log_dir / "coordinator.log"
    line = read_log(log_dir).splitlines()[-1]
    assert line.endswith(f" INFO    coordinator.services.auth [pid {os.getpid()}] "
                         "User 7 signed in")
    assert line[:4].isdigit()  # it starts with the time


def test_the_file_rolls_over_at_a_megabyte_and_keeps_five_older_files(log_dir: Path) -> None:
    configure_logging()
    log = logging.getLogger("coordinator.test")
    line = "x" * 9_990
    for _ in range(7 * MAX_BYTES // len(line)):
        log.info(line)
    for handler in log.parent.handlers if log.parent else ():
        handler.flush()

    names = sorted(path.name for path in log_dir.iterdir())
    assert names == ["coordinator.log"] + [f"coordinator.log.{n}"
                                           for n in range(1, BACKUP_COUNT + 1)]
    assert all(path.stat().st_size <= MAX_BYTES for path in log_dir.iterdir())


def test_configuring_twice_writes_each_message_once(log_dir: Path) -> None:
    configure_logging(verbose=True, stream=io.StringIO())
    stream = io.StringIO()
    configure_logging(verbose=True, stream=stream)
    logging.getLogger("coordinator.cli").info("once")

    assert read_log(log_dir).count("once") == 1
    assert stream.getvalue().count("once") == 1
    assert len(logging.getLogger("coordinator").handlers) == 2  # the file and the stream


def test_without_verbose_nothing_goes_to_the_stream(log_dir: Path) -> None:
    stream = io.StringIO()
    configure_logging(stream=stream)
    logging.getLogger("coordinator.cli").warning("quiet")

    assert stream.getvalue() == "" and "quiet" in read_log(log_dir)


@pytest.mark.parametrize("blocked", ["folder", "file"])
def test_an_unwritable_log_goes_to_stderr_with_one_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blocked: str) -> None:
    # Root ignores file permissions (CI runs as root), so the folder or the file is made
    # impossible instead: a regular file where the folder's parent should be, or a folder
    # where the log file should be.
    if blocked == "folder":
        (tmp_path / "not-a-folder").write_text("a file", encoding="utf-8")
        folder = tmp_path / "not-a-folder" / "logs"
    else:
        folder = tmp_path / "logs"
        (folder / "coordinator.log").mkdir(parents=True)
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    stream = io.StringIO()
    try:
        assert configure_logging(stream=stream) is None
        first = stream.getvalue()
        logging.getLogger("coordinator.cli").info("not shown without -v")
        logging.getLogger("coordinator.cli").error("shown")
    finally:
        unconfigure_logging()

    assert first.count("\n") == 1
    assert f"The log folder {folder} cannot be written (" in first and " WARNING " in first
    assert stream.getvalue() == first + stream.getvalue().splitlines(keepends=True)[-1]
    assert stream.getvalue().endswith(" shown\n")


def test_an_expected_failure_shown_to_the_user_is_logged_without_the_clients_name(
        log_dir: Path) -> None:
    configure_logging()
    dialogs = RecordingDialogs()

    def save_client() -> None:
        raise ValidationError(f"{GIVEN} {FAMILY} ({MRN}) needs a date of birth.",
                              {"birth_date": f"{GIVEN}'s date of birth is required."})

    try:
        save_client()
    except ValidationError as error:
        report_failure(dialogs, None, error)

    assert GIVEN in dialogs.shown[0].text  # the person sees the sentence
    text = read_log(log_dir)
    assert " WARNING coordinator.ui.dialogs " in text
    assert "Traceback (most recent call last):" in text and "in save_client" in text
    assert ("coordinator.domain.errors.ValidationError: [message withheld: it may name a "
            "client] (fields: birth_date)") in text
    assert GIVEN not in text and FAMILY not in text and MRN not in text


def test_a_refusal_the_form_answers_itself_is_one_line_and_a_bug_stays_in_full(
        log_dir: Path) -> None:
    configure_logging()
    logger = logging.getLogger("coordinator.ui.operations")
    refusal = ValidationError(f"{GIVEN} {FAMILY} needs a date of birth.",
                              {"birth_date": "Required."})
    try:
        {}["no such key"]
    except KeyError as error:
        bug = error

    log_failure(logger, "Background operation failed", refusal, answered=True)
    log_failure(logger, "Background operation failed", bug, answered=True)

    text = read_log(log_dir)
    assert "Background operation failed: ValidationError\n" in text
    assert text.count("Traceback (most recent call last):") == 1  # the bug's, not the refusal's
    assert " ERROR   coordinator.ui.operations " in text and "KeyError: 'no such key'" in text
    assert GIVEN not in text and FAMILY not in text


def test_a_bug_shown_to_the_user_is_logged_with_its_text(log_dir: Path) -> None:
    configure_logging()
    dialogs = RecordingDialogs()
    known: dict[str, int] = {}
    try:
        known["missing key"]
    except KeyError as error:
        report_failure(dialogs, None, error)
        report_failure(dialogs, None, error)  # shown twice, logged once

    text = read_log(log_dir)
    assert [shown.kind for shown in dialogs.shown] == ["error_details", "error_details"]
    assert text.count(" ERROR   coordinator.ui.dialogs ") == 1
    assert "KeyError: 'missing key'" in text


def test_a_database_error_is_logged_without_the_row_it_quotes(log_dir: Path) -> None:
    configure_logging()
    engine = create_engine("sqlite://")
    table = Table("person", MetaData(), Column("name", String, unique=True))
    table.metadata.create_all(engine)
    try:
        with engine.begin() as connection:
            connection.execute(table.insert(), [{"name": f"{GIVEN} {FAMILY}"}] * 2)
    except IntegrityError as error:
        assert GIVEN in str(error)  # what would have reached the log
        log_failure(logging.getLogger("coordinator.test"), "Insert failed", error)
    finally:
        engine.dispose()

    text = read_log(log_dir)
    assert "sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) UNIQUE constraint " \
           "failed: person.name\n[SQL: INSERT INTO person (name) VALUES (?)]\n" \
           "[parameters withheld]" in text
    assert GIVEN not in text


def test_a_failed_command_leaves_its_traceback_in_the_log_and_no_client_data(
        log_dir: Path, database: Database, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    services = AppServices(database)
    services.auth.create_first_admin("ana", "Ana Admin", PASSWORD)
    services.auth.login("ana", PASSWORD)
    client = services.clients.create(ClientInput(GIVEN, FAMILY, date(1990, 4, 2),
                                                 record_number=MRN))
    services.episodes.add(client.id, EpisodeInput("IOP", date(2026, 1, 5)))
    services.auth.logout()
    monkeypatch.setenv("COORDINATOR_PASSWORD", PASSWORD)

    code, _, stderr = run(capsys, "--db", database.url.render_as_string(hide_password=False),
                          "--user", "ana", "export", "discharge", "--client", MRN,
                          "--out", str(tmp_path / "discharge.pdf"))

    assert code == 1 and stderr.startswith(f"coordinator: {GIVEN} {FAMILY} is still in")
    text = read_log(log_dir)
    assert "Coordinator " in text and "started (export discharge)" in text
    assert " WARNING coordinator.cli " in text and "export discharge failed (exit 1)" in text
    assert "Traceback (most recent call last):" in text and "in _export_packet" in text
    assert "StillInCare: [message withheld: it may name a client]" in text
    assert GIVEN not in text and FAMILY not in text and MRN not in text


def test_verbose_prints_the_log_on_stderr(log_dir: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "clinic.sqlite3")

    code, _, quiet = run(capsys, "--db", db, "db", "upgrade")
    code_verbose, stdout, stderr = run(capsys, "-v", "--db", db, "db", "upgrade")

    assert (code, code_verbose, quiet) == (0, 0, "")
    assert stdout.startswith("The database is up to date")
    assert " INFO    coordinator " in stderr and "started (db upgrade)" in stderr
    assert "; SQLite database" in stderr
    assert read_log(log_dir).count("started (db upgrade)") == 2


def test_a_worker_processs_traceback_keeps_its_frames_but_not_the_message(
        log_dir: Path) -> None:
    # What concurrent.futures attaches to an exception a pool process raised: the worker's
    # traceback as text, ending in the exception's own line.
    from concurrent.futures.process import _RemoteTraceback

    configure_logging()
    remote = _RemoteTraceback(
        '\n"""\nTraceback (most recent call last):\n'
        '  File "render.py", line 12, in render_packet\n'
        '    raise ValidationError(sentence)\n'
        f'coordinator.domain.errors.ValidationError: {GIVEN} {FAMILY} has no stay\n"""')
    error = ValidationError(f"{GIVEN} {FAMILY} has no stay")
    error.__cause__ = remote
    log_failure(logging.getLogger("coordinator.test"), "Batch failed", error)

    text = read_log(log_dir)
    assert ('Traceback in the worker process:\nTraceback (most recent call last):\n'
            '  File "render.py", line 12, in render_packet\n'
            '    raise ValidationError(sentence)\n') in text
    assert GIVEN not in text

"""`coordinator audit verify` and `audit checkpoint`, run as a supervisor would run them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command

from coordinator.cli import main
from coordinator.domain.audit_chain import GENESIS_HASH, Anchor, ChainHead, event_hash
from coordinator.services.audit_anchor import anchor_path
from coordinator.services.audit_anchor_file import replace_anchor
from coordinator.store import migrate
from coordinator.store.engine import open_database
from tests.cli_helpers import run
from tests.sqlite_damage import open_db


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 200-client demo database made by the CLI once; tests copy it with its anchor."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--clients", "200"]) == 0
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    shutil.copyfile(demo_template, path)  # same salt: this workstation's key opens it
    anchor_path(path).write_bytes(anchor_path(demo_template).read_bytes())
    return path


def folder_listing(folder: Path) -> list[tuple[str, int]]:
    return sorted((path.name, path.stat().st_size) for path in folder.iterdir())


def test_a_demo_database_verifies_intact(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(demo), "audit", "verify")
    assert (code, err) == (0, "")
    assert out == ("The audit trail is intact: 1 event checked.\n"
                   "Its newest event is the one recorded in the anchor file beside the "
                   "database.\n")


def test_verify_of_a_path_that_does_not_exist_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "clinc.sqlite3"  # a typing slip

    code, out, err = run(capsys, "--db", str(missing), "audit", "verify")

    assert (code, out) == (1, "")
    assert err == f"coordinator: There is no database at {missing}.\n"
    assert not missing.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("content", "sentence"), [
    (b"", "{path} is an empty file, not a Coordinator database."),
    (b"name,phone\nDara,555-0100\n", "{path} is not a Coordinator database (not a SQLite file)."),
    (b"SQLite format 3\0" + bytes(range(256)) * 20,
     "{path} is damaged and cannot be read (file is not a database); restore it from a "
     "backup."),
])
def test_verify_of_a_file_that_is_not_a_usable_database_is_one_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
        sentence: str) -> None:
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(content)

    code, out, err = run(capsys, "--db", str(path), "audit", "verify")

    assert (code, out) == (1, "")
    assert err == f"coordinator: {sentence.format(path=path)}\n"
    assert path.read_bytes() == content
    assert [name for name, _ in folder_listing(tmp_path)] == ["clinic.sqlite3"]


def test_verify_of_another_programs_sqlite_file_leaves_it_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "contacts.sqlite3"
    with open_db(path) as other:
        other.execute("CREATE TABLE contact (name TEXT, phone TEXT)")
        other.execute("INSERT INTO contact VALUES ('Dara', '555-0100')")
    other.close()
    before = path.read_bytes()

    code, _, err = run(capsys, "--db", str(path), "audit", "verify")

    assert (code, err) == (1, f"coordinator: {path} is not a Coordinator database.\n")
    assert path.read_bytes() == before
    assert [name for name, _ in folder_listing(tmp_path)] == ["contacts.sqlite3"]


def test_verify_of_an_old_schema_asks_for_an_upgrade_and_does_not_do_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clinic.sqlite3"
    db = open_database(str(path))
    config = migrate.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    db.dispose()
    listing = folder_listing(tmp_path)

    code, _, err = run(capsys, "--db", str(path), "audit", "verify")

    assert code == 1
    assert err == (f"coordinator: {path} has an older schema (0002); run `coordinator db "
                   "upgrade` on it first, then verify it.\n")
    assert folder_listing(tmp_path) == listing  # no upgrade, no copy made aside


def test_a_checkpoint_round_trip(demo: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, printed, _ = run(capsys, "--db", str(demo), "audit", "checkpoint")
    assert code == 0
    lines = printed.splitlines()
    assert lines[0] == "Coordinator audit checkpoint"
    assert lines[1] == f"  database:    {demo}"
    assert lines[3] == "  events:      1"
    token = lines[6].split()[-1]
    assert lines[6].startswith("  checkpoint:  1:") and len(token) == 2 + 64
    kept = tmp_path / "checkpoint-monday.txt"
    kept.write_text(printed, encoding="utf-8")

    for given in (str(kept), token):
        code, out, err = run(capsys, "--db", str(demo), "audit", "verify", "--checkpoint",
                             given)
        assert (code, err) == (0, "")
        assert out.splitlines()[-1].startswith("It holds the checkpoint of event 1")


def test_a_checkpoint_catches_a_rewrite_that_also_forged_the_anchor_file(
        demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, printed, _ = run(capsys, "--db", str(demo), "audit", "checkpoint")
    token = printed.splitlines()[6].split()[-1]
    # Someone who read the source rewrites the event, recomputes its hash, and writes an
    # anchor file that matches: the database and the file beside it agree again...
    with open_db(demo) as sql:
        sql.execute("DROP TRIGGER audit_event_no_update")
        row = sql.execute("SELECT id, occurred_at, user_id, username, action, entity_type, "
                          "entity_id FROM audit_event").fetchone()
        forged = event_hash(GENESIS_HASH, *row, "Demo caseload: 20 clients")
        sql.execute("UPDATE audit_event SET detail = 'Demo caseload: 20 clients', hash = ?",
                    (forged,))
    sql.close()
    replace_anchor(anchor_path(demo), Anchor(ChainHead(1, forged)))
    assert run(capsys, "--db", str(demo), "audit", "verify")[0] == 0

    # ...but not with the checkpoint the supervisor kept elsewhere.
    code, _, err = run(capsys, "--db", str(demo), "audit", "verify", "--checkpoint", token)

    assert (code, err) == (1, "coordinator: the audit trail fails verification: event 1 is "
                              "not the one in the checkpoint of event 1: events were altered "
                              "or replaced and their hashes recomputed.\n")


def test_verify_with_something_that_is_not_a_checkpoint_is_one_sentence(
        demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo), "audit", "verify", "--checkpoint",
                       "monday")
    assert (code, err) == (1, "coordinator: 'monday' is no checkpoint: give the file "
                              "`coordinator audit checkpoint` printed, or its EVENT:HASH.\n")


def test_no_checkpoint_is_taken_of_a_broken_trail(demo: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with open_db(demo) as sql:
        sql.execute("DROP TRIGGER audit_event_no_update")
        sql.execute("UPDATE audit_event SET detail = 'Demo caseload: 20 clients' WHERE id = 1")
    sql.close()

    code, out, err = run(capsys, "--db", str(demo), "audit", "checkpoint")

    assert (code, out) == (1, "")
    assert err == ("coordinator: The audit trail fails verification (event 1 was altered "
                   "after it was written); no checkpoint was taken.\n")

"""Migrations build exactly the models' schema, seed the levels of care, and guard old data.

Runs on the engine the run selects (``--engine``); the backup-file checks are SQLite only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from coordinator.domain.errors import SchemaTooNew
from coordinator.domain.levels import SEED_LEVELS
from coordinator.store import migrate
from coordinator.store.engine import Database, open_database
from coordinator.store.models import Base, LevelOfCare, Setting
from tests.sqlite_damage import open_db

# Test-only revisions after our head, to put a database one revision behind.
BASE = migrate.head_revision()
#: A row's created_at as raw SQL writes it: the timestamp columns hold naive UTC
#: (store.models.base turns aware values into that on the way in).
STORED_AT = datetime(2026, 3, 3, 9, 0)  # noqa: DTZ001
TEST_REVISION = "9999"
_TEST_REVISION_SCRIPT = '''"""Test-only revision."""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    raise NotImplementedError
'''
SETTING_NOTE = """\
    with op.batch_alter_table("setting") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))"""
# On SQLite this rebuilds level_of_care (copy, drop, rename), a table episodes, transitions
# and facility_level refer to; on PostgreSQL it is a plain ALTER COLUMN.
LEVEL_DESCRIPTION_OPTIONAL = """\
    with op.batch_alter_table("level_of_care") as batch_op:
        batch_op.alter_column("description", existing_type=sa.Text(), nullable=True)"""
BREAKS_REFERENCES = """\
    op.execute("DELETE FROM level_of_care WHERE code = 'INP'")"""
FAILS_HALFWAY = SETTING_NOTE + """
    raise RuntimeError("migration bug after the first change")"""

AddRevision = Callable[[str], str]


def _schema_differences(db: Database) -> list[Any]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences: list[Any] = compare_metadata(context, Base.metadata)
    return differences


def _stamp(db: Database, revision: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :revision"),
                           {"revision": revision})


def _table_names(db: Database) -> list[str]:
    return sorted(inspect(db.engine).get_table_names())


def _sqlite_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".sqlite3" in path.name)


@pytest.fixture
def add_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AddRevision:
    """Our migrations plus a test revision doing ``body``; returns the new head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))

    def add(body: str) -> str:
        (scripts / "versions" / f"{TEST_REVISION}_test_only.py").write_text(
            _TEST_REVISION_SCRIPT.format(revision=TEST_REVISION, down=BASE, body=body))
        monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
        return TEST_REVISION

    return add


def test_upgrading_an_empty_database_builds_exactly_the_models_schema(
        empty_database: Database) -> None:
    assert migrate.current_revision(empty_database) is None

    backup = migrate.upgrade(empty_database)

    assert backup is None  # nothing to protect in an empty database
    assert migrate.current_revision(empty_database) == migrate.head_revision()
    assert _schema_differences(empty_database) == []
    assert set(_table_names(empty_database)) == set(Base.metadata.tables) | {"alembic_version"}


def test_the_schema_comparison_notices_a_column_the_models_do_not_have(
        database: Database) -> None:
    # Guards the test above: an empty difference list must mean "same schema", not "blind".
    with database.engine.begin() as connection:
        connection.execute(text("ALTER TABLE setting ADD COLUMN stray_note VARCHAR(20)"))

    differences = _schema_differences(database)

    assert len(differences) == 1, differences
    kind, _schema, table, column = differences[0]
    assert (kind, table, column.name) == ("remove_column", "setting", "stray_note")


def test_upgrade_seeds_the_six_levels_of_care_as_the_domain_defines_them(
        database: Database) -> None:
    with database.session_factory() as session:
        rows = session.scalars(select(LevelOfCare).order_by(LevelOfCare.code)).all()
        seeded = {
            row.code: (row.name, row.asam_level, row.min_weekly_hours, row.max_weekly_hours,
                       row.round_the_clock, row.intensity, row.description)
            for row in rows
        }

    assert sorted(seeded) == ["INP", "IOP", "OP", "PHP", "RES", "WM"]
    assert seeded == {
        level.code: (level.name, level.asam_level, level.min_weekly_hours,
                     level.max_weekly_hours, level.round_the_clock, level.intensity,
                     level.description)
        for level in SEED_LEVELS
    }
    assert seeded["IOP"][2:4] == (9, 19)  # ASAM: IOP starts at 9 hours a week, not "up to 9"


def test_upgrading_a_database_already_at_head_does_nothing(database: Database) -> None:
    tables = _table_names(database)

    assert migrate.needs_upgrade(database) is False
    assert migrate.upgrade(database) is None
    assert migrate.current_revision(database) == migrate.head_revision()
    assert _table_names(database) == tables


def test_a_sqlite_file_at_head_is_not_copied_aside(sqlite_only: None, database: Database) -> None:
    assert database.sqlite_path is not None
    before = _sqlite_files(database.sqlite_path.parent)

    assert migrate.upgrade(database) is None

    assert _sqlite_files(database.sqlite_path.parent) == before


def test_backup_sqlite_writes_a_readable_copy_with_the_same_rows(
        sqlite_only: None, database: Database) -> None:
    with database.session_factory.begin() as session:
        session.add(Setting(key="clinic_name", value="Clínica Esperanza IOP"))
    source = database.sqlite_path
    assert source is not None

    copy = migrate.backup_sqlite(source, "0001", database.key)

    assert copy.parent == source.parent
    assert copy.name.startswith("coordinator.before-0001-")
    assert copy.suffix == ".sqlite3"
    with open_db(copy) as backup, open_db(source) as live:
        for query in ("SELECT code, name, intensity FROM level_of_care ORDER BY code",
                      "SELECT key, value FROM setting ORDER BY key",
                      "SELECT version_num FROM alembic_version"):
            assert backup.execute(query).fetchall() == live.execute(query).fetchall()
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert backup.execute("SELECT value FROM setting").fetchone() == (
            "Clínica Esperanza IOP",)
    backup.close()
    live.close()


def test_upgrading_a_sqlite_file_from_an_older_revision_copies_it_aside_first(
        sqlite_only: None, database: Database, add_revision: AddRevision) -> None:
    with database.session_factory.begin() as session:
        session.add(Setting(key="step_down_window_days", value="14"))
    head = add_revision(SETTING_NOTE)

    backup = migrate.upgrade(database)

    assert migrate.current_revision(database) == head
    assert backup is not None and backup.exists()
    assert backup.name.startswith(f"coordinator.before-{BASE}-")
    with open_db(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [(BASE,)]
        assert old.execute("SELECT key, value FROM setting").fetchall() == [
            ("step_down_window_days", "14")]
        columns = [row[1] for row in old.execute("PRAGMA table_info(setting)")]
    old.close()
    assert "note" not in columns
    assert "note" in {column["name"] for column in inspect(database.engine).get_columns("setting")}


def test_upgrading_a_server_database_from_an_older_revision_makes_no_file_copy(
        postgresql_only: None, database: Database, add_revision: AddRevision) -> None:
    head = add_revision(SETTING_NOTE)

    assert migrate.upgrade(database) is None
    assert migrate.current_revision(database) == head


def test_a_migration_that_rebuilds_a_referenced_table_keeps_every_reference(
        database: Database, add_revision: AddRevision) -> None:
    with database.engine.begin() as connection:
        facility_id = connection.execute(text(
            "INSERT INTO facility (name, kind, is_own_program, address_line1, address_line2, "
            "city, state, postal_code, phone, fax, intake_contact_name, intake_contact_phone, "
            "intake_contact_email, accepts_referrals, notes, version, created_at, updated_at) "
            "VALUES ('Harbor View Hospital', 'hospital', false, '', '', 'Lowell', 'MA', '', "
            "'', '', '', '', '', true, '', 1, :now, :now) RETURNING id"),
            {"now": STORED_AT}).scalar_one()
        connection.execute(text(
            "INSERT INTO facility_level (facility_id, level_code) VALUES (:id, 'INP'), "
            "(:id, 'PHP')"), {"id": facility_id})
    head = add_revision(LEVEL_DESCRIPTION_OPTIONAL)

    migrate.upgrade(database)

    assert migrate.current_revision(database) == head
    with database.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT level_code FROM facility_level ORDER BY level_code")).scalars().all() == [
            "INP", "PHP"]
        assert connection.execute(text("SELECT count(*) FROM level_of_care")).scalar_one() == 6
    # The references are still enforced after the rebuild.
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO facility_level (facility_id, level_code) VALUES (:id, 'XYZ')"),
            {"id": facility_id})


def test_a_migration_that_fails_halfway_leaves_the_database_as_it_was(
        database: Database, add_revision: AddRevision) -> None:
    columns = {column["name"] for column in inspect(database.engine).get_columns("setting")}
    add_revision(FAILS_HALFWAY)

    with pytest.raises(RuntimeError, match="migration bug"):
        migrate.upgrade(database)

    assert migrate.current_revision(database) == BASE
    assert {column["name"] for column in inspect(database.engine).get_columns("setting")} == (
        columns)


def test_a_migration_that_would_break_references_is_refused_and_changes_nothing(
        database: Database, add_revision: AddRevision) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO facility (name, kind, is_own_program, address_line1, address_line2, "
            "city, state, postal_code, phone, fax, intake_contact_name, intake_contact_phone, "
            "intake_contact_email, accepts_referrals, notes, version, created_at, updated_at) "
            "VALUES ('Harbor View Hospital', 'hospital', false, '', '', 'Lowell', 'MA', '', "
            "'', '', '', '', '', true, '', 1, :now, :now)"), {"now": STORED_AT})
        connection.execute(text(
            "INSERT INTO facility_level (facility_id, level_code) "
            "SELECT id, 'INP' FROM facility"))
    add_revision(BREAKS_REFERENCES)

    # SQLite checks the references before commit; PostgreSQL refuses the DELETE itself.
    with pytest.raises((RuntimeError, IntegrityError), match="facility_level"):
        migrate.upgrade(database)

    assert migrate.current_revision(database) == BASE
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM level_of_care")).scalar_one() == 6


def test_the_sqlite_pragmas_are_back_on_after_an_upgrade(
        sqlite_only: None, database: Database, add_revision: AddRevision) -> None:
    add_revision(LEVEL_DESCRIPTION_OPTIONAL)

    migrate.upgrade(database)

    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(
        database: Database) -> None:
    _stamp(database, "9999")
    tables = _table_names(database)

    with pytest.raises(SchemaTooNew, match=r"newer version of Coordinator \(schema 9999\)"):
        migrate.upgrade(database)

    assert migrate.current_revision(database) == "9999"
    assert _table_names(database) == tables


def test_a_sqlite_file_from_a_newer_version_keeps_every_byte(
        sqlite_only: None, database: Database) -> None:
    _stamp(database, "9999")
    database.dispose()  # checkpoint the WAL so the main file holds everything
    path = database.sqlite_path
    assert path is not None
    before = path.read_bytes()
    files = _sqlite_files(path.parent)

    reopened = open_database(str(path))
    try:
        with pytest.raises(SchemaTooNew) as refused:
            migrate.upgrade(reopened)
    finally:
        reopened.dispose()

    assert "update Coordinator to open it" in str(refused.value)
    assert path.read_bytes() == before
    assert _sqlite_files(path.parent) == files  # and no backup copy was made


def test_the_quick_head_read_from_the_scripts_is_alembics_head(
        add_revision: AddRevision) -> None:
    assert migrate.quick_head() == migrate.head_revision() == BASE
    added = add_revision(SETTING_NOTE)
    assert migrate.quick_head() == migrate.head_revision() == added


def test_a_database_at_head_is_opened_without_importing_alembic(tmp_path: Path) -> None:
    # A fresh interpreter, so the modules this test process already loaded do not count.
    database = tmp_path / "coordinator.sqlite3"
    program = (
        "import sys\n"
        "from coordinator.services.app import open_services\n"
        f"services, backup = open_services({str(database)!r})\n"
        "services.close()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))\n")
    first = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                           check=True)
    assert first.stdout.strip() != "[]"  # creating the schema needs Alembic
    again = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                           check=True)
    assert again.stdout.strip() == "[]"

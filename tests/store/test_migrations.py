"""Migrations build exactly the models' schema, seed the levels of care, and guard old data.

Runs on the engine the run selects (``--engine``); the backup-file checks are SQLite only.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from coordinator.domain.errors import SchemaTooNew
from coordinator.domain.levels import SEED_LEVELS
from coordinator.store import migrate
from coordinator.store.engine import Database, open_database
from coordinator.store.models import Base, LevelOfCare, Setting

# A second revision, used only to put a database one revision behind head.
_NEXT_REVISION = '''"""Test-only revision: a note on settings."""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("setting") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("setting") as batch_op:
        batch_op.drop_column("note")
'''


def _schema_differences(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences: list[object] = compare_metadata(context, Base.metadata)
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
def migrations_with_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Our migrations plus a revision 0002, so a head-0001 database is one step behind."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_test_setting_note.py").write_text(_NEXT_REVISION)
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    return "0002"


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

    assert [(kind, column.name) for kind, _schema, table, column in differences
            if table == "setting"] == [("remove_column", "stray_note")]
    assert len(differences) == 1


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


def test_a_sqlite_file_at_head_is_not_copied_aside(database: Database, sqlite_only: None) -> None:
    assert database.sqlite_path is not None
    before = _sqlite_files(database.sqlite_path.parent)

    assert migrate.upgrade(database) is None

    assert _sqlite_files(database.sqlite_path.parent) == before


def test_backup_sqlite_writes_a_readable_copy_with_the_same_rows(
        database: Database, sqlite_only: None) -> None:
    with database.session_factory.begin() as session:
        session.add(Setting(key="clinic_name", value="Clínica Esperanza IOP"))
    source = database.sqlite_path
    assert source is not None

    copy = migrate.backup_sqlite(source, "0001")

    assert copy.parent == source.parent
    assert copy.name.startswith("coordinator.before-0001-")
    assert copy.suffix == ".sqlite3"
    with sqlite3.connect(copy) as backup, sqlite3.connect(source) as live:
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
        database: Database, sqlite_only: None, migrations_with_next_revision: str) -> None:
    with database.session_factory.begin() as session:
        session.add(Setting(key="step_down_window_days", value="14"))
    source = database.sqlite_path
    assert source is not None

    backup = migrate.upgrade(database)

    assert migrate.current_revision(database) == migrations_with_next_revision
    assert backup is not None and backup.exists()
    assert backup.name.startswith("coordinator.before-0001-")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert old.execute("SELECT key, value FROM setting").fetchall() == [
            ("step_down_window_days", "14")]
        columns = [row[1] for row in old.execute("PRAGMA table_info(setting)")]
    old.close()
    assert "note" not in columns
    assert "note" in {column["name"] for column in inspect(database.engine).get_columns("setting")}


def test_upgrading_a_server_database_from_an_older_revision_makes_no_file_copy(
        database: Database, postgresql_only: None, migrations_with_next_revision: str) -> None:
    assert migrate.upgrade(database) is None
    assert migrate.current_revision(database) == migrations_with_next_revision


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(
        database: Database) -> None:
    _stamp(database, "9999")
    tables = _table_names(database)

    with pytest.raises(SchemaTooNew, match=r"newer version of Coordinator \(schema 9999\)"):
        migrate.upgrade(database)

    assert migrate.current_revision(database) == "9999"
    assert _table_names(database) == tables


def test_a_sqlite_file_from_a_newer_version_keeps_every_byte(
        database: Database, sqlite_only: None) -> None:
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
